"""The kinds of organisation and the words that say them in a name, read both by the rule
that links a plain description to an organisation (``organizations``) and by the one that
keeps a title word before a kind word as a name ("Justice Department": ``titles``); the
names of laws, which are no kind of actor (``named``); and the titles of publications, the
only names that keep a sentence's capital "The" (``name_text.clean_name``)."""

from __future__ import annotations

import re

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
# Words that make a name an institution's, not a publication's: "The" before such a name is
# the article a sentence starts with ("The Council on American-Islamic Relations said"),
# where a title keeps it ("The Hill", "The Atlantic").
INSTITUTION_KIND_WORDS = ALL_KIND_WORDS | {
    "ministry", "party", "convention", "court", "university", "force", "forces", "army",
    "center", "centre", "museum", "association",
}  # fmt: skip
# the heads of the names of laws and pacts
LAW_WORDS = frozenset({"bill", "act", "mandate", "amendment", "treaty", "agreement", "accord"})


def is_law(words: list[str]) -> bool:
    """Whether a name's lower-case words name a law or a pact, which neither speaks nor is
    spoken to ("the One Big Beautiful Bill", "the Affordable Care Act", "the North American
    Free Trade Agreement"): headed by a word for one, with no word for an organisation's kind
    in it ("Office of Management and Budget" is one)."""
    law = len(words) > 1 and words[-1] in LAW_WORDS  # "Bill" alone is a given name
    return law and not ALL_KIND_WORDS.intersection(words)


def publication_title(name: str) -> bool:
    """Whether a name with a capital "The" is a publication's title, which keeps it ("The
    Buffalo News", "The Charlotte Observer"): its last word says so, and no word of it, or
    its singular, says an institution's kind ("The Media Research Center", "The Open Society
    Foundations", "The U.S. Border Patrol" lose it). Outlets the knowledge base knows take
    its name ("The Hill") whatever their mention gives."""
    words = re.findall(r"[a-z]+", name.lower())
    if any(w in INSTITUTION_KIND_WORDS or w[:-1] in INSTITUTION_KIND_WORDS for w in words):
        return False
    return bool(words) and words[-1] in PUBLICATION_WORDS


# the last words of newspapers' and magazines' titles
PUBLICATION_WORDS = frozenset(
    {"news", "times", "post", "journal", "review", "observer", "herald", "tribune",
     "republic", "register", "gazette", "magazine", "informer", "press", "chronicle",
     "examiner", "inquirer", "sentinel", "dispatch", "courier", "beacon", "globe", "star",
     "sun", "mirror", "express", "telegraph", "guardian", "independent", "spectator",
     "economist", "monitor", "bee", "record", "daily", "weekly", "wire", "report"}
)  # fmt: skip
