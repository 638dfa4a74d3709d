"""A state's legislature, as articles set in a state capitol name it.

Such an article writes "the House", "the Senate", "the Legislature" and "House Republicans"
for the state's own chambers and caucuses ("Hobbs vetoed the budgets House Republicans
passed"), and the knowledge base, which reads "the House" as the US House of
Representatives, would put Arizona's budget fight in Congress (14 devset articles, on
Alaska, Arizona, California, Florida, Georgia, Indiana, Kentucky, Maryland, Mississippi,
Montana and Virginia). An article is set in one state's legislature when it names a body of
that state's ("the Florida House", "Kentucky General Assembly", "Mississippi lawmakers"), or
speaks of "the Legislature", "the General Assembly", "state lawmakers", "the state budget"
or "the statehouse" and names one US state more often than any other; and when nothing in it
is federal (Congress, a chamber written "U.S. Senate"). Its bodies then take the state's
name, as readers and keys name them ("Arizona House", "Alaska Legislature", "Florida House
Republicans"). A chamber stays federal when the article names one of its federal members
("Sen. Mike Lee", "Republican House Speaker Mike Johnson") and not the state's own chamber
("the Indiana Senate", which makes its bare "Senate" the state's whoever else is named).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import us_states
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.extensions import doc_text

# knowledge-base chambers that a state article's bare "House" or "Senate" means
FEDERAL_CHAMBERS = {"us-house-of-representatives": "House", "us-senate": "Senate"}
# the knowledge base's titles of the federal chambers' members
MEMBER_TITLES = {"Senator from ": "Senate", "Representative from ": "House"}
# a state's legislative bodies as written after its name
BODIES = (
    "House of Representatives",
    "State Legislature",
    "General Assembly",
    "Legislature",
    "Senate",
    "House",
    "Assembly",
    "lawmakers",
    "legislators",
)
# words that speak of a state legislature without naming the state
STATE_WORDS = re.compile(
    r"\b(Legislature|General Assembly|[Ss]tatehouse|state (Senate|House|lawmakers|legislators"
    r"|legislature|government|budget))\b"
)
# what makes a chamber or an article federal
FEDERAL = re.compile(r"\bU\.\s?S\.|\b(US|United States|Congress)\b")
# "Washington" is as often the federal government as the state
AMBIGUOUS_STATES = frozenset({"washington"})
# a state's chamber named with its state ("the Florida House"), as the federal one is read
FEDERAL_CHAMBERS_BY_WORD = {
    "house": "House",
    "house of representatives": "House",
    "senate": "Senate",
}


def name_state_bodies(state: ActorState) -> None:
    """Give an article's state chambers, legislature and chamber caucuses its state's name,
    when the article is set in one state's legislature."""
    home = _home_state(state)
    if home is None:
        return
    federal = _members(state) - _named_chambers(state)
    for entity in state.entities:
        new = _state_name(entity, home, federal)
        if new is not None:
            entity.kb = None
            entity.corpus_id = None
            entity.names = [new]


def _home_state(state: ActorState) -> str | None:
    """The state whose legislature the article is set in, if there is one and nothing in the
    article is federal."""
    text = doc_text(state.doc)
    if any(e.kb is not None and e.kb.id == "us-congress" for e in state.entities if e.mentions):
        return None
    if any(FEDERAL.search(_mention_text(state, e)) for e in _federal_chambers(state)):
        return None
    named = {body[0] for e in state.entities for n in e.names if (body := _body(n))}
    if len(named) == 1:
        return named.pop()
    if named or not STATE_WORDS.search(text):
        return None
    counts = Counter(m for m in us_states().findall(text.lower()) if m not in AMBIGUOUS_STATES)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return _cased()[ranked[0][0]]


def _state_name(entity: Entity, home: str, federal: set[str]) -> str | None:
    """The name ``entity`` takes in an article set in ``home``'s legislature, or None; a
    chamber in ``federal`` stays federal."""
    if entity.kb is not None:
        chamber = FEDERAL_CHAMBERS.get(entity.kb.id)
        return f"{home} {chamber}" if chamber and chamber not in federal else None
    name = entity.own_name.removeprefix("the ").removeprefix("The ")
    if entity.type == "organization" and name in ("Legislature", "General Assembly"):
        return f"{home} {name}"
    first = name.split(" ", 1)[0]
    if entity.type == "group" and first in ("House", "Senate"):  # "House Republicans"
        return f"{home} {name}"
    return None


def _members(state: ActorState) -> set[str]:
    """The federal chambers ("Senate", "House") of which the article names a member, as the
    knowledge base's roles ("Senator from Utah", "Representative from Ohio") tell."""
    return {
        chamber
        for e in state.entities
        if e.kb is not None and e.mentions
        for r in e.kb.roles
        for prefix, chamber in MEMBER_TITLES.items()
        if r.title.startswith(prefix)
    }


def _named_chambers(state: ActorState) -> set[str]:
    """The chambers ("House", "Senate") the article names with their state ("the Florida
    House", "The Indiana Senate")."""
    bodies = (body for e in state.entities for n in e.names if (body := _body(n)))
    return {FEDERAL_CHAMBERS_BY_WORD[b] for _, b in bodies if b in FEDERAL_CHAMBERS_BY_WORD}


def _federal_chambers(state: ActorState) -> list[Entity]:
    return [e for e in state.entities if e.kb is not None and e.kb.id in FEDERAL_CHAMBERS]


def _mention_text(state: ActorState, entity: Entity) -> str:
    return " | ".join(state.doc[a:b].text for a, b in entity.mentions)


def _body(name: str) -> tuple[str, str] | None:
    """The state and the body a name names ("the Florida House": Florida, "house"), or None."""
    match = _bodies().fullmatch(name.removeprefix("the ").removeprefix("The ").lower())
    return (_cased()[match.group(1)], match.group(2)) if match else None


@cache
def _cased() -> dict[str, str]:
    """Each state's name as the lexicon writes it, by its lower case."""
    return {s.lower(): s for s in lexicon().us_states}


@cache
def _bodies() -> re.Pattern[str]:
    bodies = "|".join(b.lower() for b in BODIES)
    return re.compile(rf"({us_states().pattern}) ({bodies})")
