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
Republicans"). A chamber stays federal when a federal member's title holds it ("House
Speaker Mike Johnson"), or, in an article that only implies its state, when the article
names any member of it ("Sen. Mike Lee").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
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
AMBIGUOUS_STATES = frozenset({"Washington"})


def name_state_bodies(state: ActorState) -> None:
    """Give an article's state chambers, legislature and chamber caucuses its state's name,
    when the article is set in one state's legislature."""
    found = _home_state(state)
    if found is None:
        return
    home, named = found
    # with the state's own chamber named ("the Indiana Senate"), a bare "Senate" is that one,
    # unless it titles a federal member ("House Speaker Mike Johnson"); with the state only
    # implied, a federal member named keeps their chamber federal
    federal = _titling(state) if named else _members(state)
    for entity in state.entities:
        new = _state_name(entity, home, federal)
        if new is not None:
            entity.kb = None
            entity.corpus_id = None
            entity.names = [new]


def _home_state(state: ActorState) -> tuple[str, bool] | None:
    """The state whose legislature the article is set in, if there is one and nothing in the
    article is federal, and whether the article names one of its bodies."""
    text = doc_text(state.doc)
    if any(e.kb is not None and e.kb.id == "us-congress" for e in state.entities if e.mentions):
        return None
    if any(FEDERAL.search(_mention_text(state, e)) for e in _federal_chambers(state)):
        return None
    named = {s for e in state.entities for n in e.names if (s := _state_of_body(n))}
    if len(named) == 1:
        return named.pop(), True
    if named or not STATE_WORDS.search(text):
        return None
    counts = Counter(
        m.group(0) for m in _state_names().finditer(text) if m.group(0) not in AMBIGUOUS_STATES
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0], False


def _state_name(entity: Entity, home: str, federal: set[str]) -> str | None:
    """The name ``entity`` takes in an article set in ``home``'s legislature, or None. A
    chamber in ``federal`` stays federal ("Smith confronted Lee off the Senate floor": two US
    senators in a story on a state's lawmakers)."""
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
        for prefix, chamber in MEMBER_TITLES.items()
        if any(e.mentions for e in _holders(state, prefix))
    }


def _titling(state: ActorState) -> set[str]:
    """The federal chambers whose name the article writes in a federal member's title, at
    most two words before the member's name ("Republican House Speaker Mike Johnson")."""
    members = {  # mentions by name: "the House Speaker" alone may be a state's
        chamber: [m for e in _holders(state, prefix) for m in e.mentions if _by_name(state, e, m)]
        for prefix, chamber in MEMBER_TITLES.items()
    }
    return {
        FEDERAL_CHAMBERS[e.kb.id]
        for e in _federal_chambers(state)
        if e.kb is not None
        for a, b in e.mentions
        if any(c <= a < d or b <= c <= b + 2 for c, d in members[FEDERAL_CHAMBERS[e.kb.id]])
    }


def _by_name(state: ActorState, entity: Entity, mention: tuple[int, int]) -> bool:
    surname = entity.name.split()[-1] if entity.name else ""
    return bool(surname) and surname in state.doc[mention[0] : mention[1]].text


def _holders(state: ActorState, prefix: str) -> list[Entity]:
    return [
        e
        for e in state.entities
        if e.kb is not None and any(r.title.startswith(prefix) for r in e.kb.roles)
    ]


def _federal_chambers(state: ActorState) -> list[Entity]:
    return [e for e in state.entities if e.kb is not None and e.kb.id in FEDERAL_CHAMBERS]


def _mention_text(state: ActorState, entity: Entity) -> str:
    return " | ".join(state.doc[a:b].text for a, b in entity.mentions)


def _state_of_body(name: str) -> str | None:
    """The state a body's name names ("the Florida House": Florida), or None."""
    match = _bodies().fullmatch(name.removeprefix("the ").removeprefix("The "))
    return match.group(1) if match else None


@cache
def _states() -> str:
    """The US states as one regular-expression alternation, longest first ("West Virginia"
    before "Virginia")."""
    return "|".join(map(re.escape, sorted(lexicon().us_states, key=len, reverse=True)))


@cache
def _state_names() -> re.Pattern[str]:
    return re.compile(rf"\b({_states()})\b")


@cache
def _bodies() -> re.Pattern[str]:
    return re.compile(rf"({_states()}) ({'|'.join(BODIES)})")
