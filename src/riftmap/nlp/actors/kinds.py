"""The kinds of organisation and the words that say them in a name, read both by the rule
that links a plain description to an organisation (``organizations``) and by the one that
keeps a title word before a kind word as a name ("Justice Department": ``titles``)."""

from __future__ import annotations

# the kinds of organisation a plain description names, each with the words that say that
# kind in a name ("the committee" may be the "House Intelligence Committee" or the "Rules
# Committee", not the "Republican Party"); a name that holds another kind's word is no
# organisation of this kind
KINDS = (
    frozenset({"group", "organization", "organisation", "coalition", "alliance", "league",
               "union", "foundation", "institute", "council", "committee", "caucus", "pac"}),
    frozenset({"agency", "bureau", "department", "administration", "service", "commission",
               "office"}),
    frozenset({"company", "firm", "corporation", "conglomerate", "startup", "retailer",
               "automaker", "carmaker", "bank", "giant", "inc", "corp", "co", "group"}),
)
ALL_KIND_WORDS = frozenset().union(*KINDS)
