"""Party groups of a legislature ("Senate Republicans", "House Democrats", "congressional
Republicans", "Republicans in the Senate", "the House GOP"): actors of their own, with one id
however the article writes them, not the party nor the chamber.

A party caucus speaks and is spoken of as one actor ("Senate Republicans urged Trump to ...")
distinct from its party at large; the tagger reads the phrase as a chamber (ORG) and a party
(NORP), so this pass runs after the names and takes their tokens back.
"""

from __future__ import annotations

from spacy.tokens import Doc

from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.select import positions

# the word before the party and the name it gives the group
# (keys as written: "Senate" and "House" capitalised, "congressional" in either case)
CHAMBERS = {"Senate": "Senate", "House": "House", "congressional": "congressional"}
# after "in (the)": "Republicans in the Senate", "Democrats in Congress"
PLACES = {"senate": "Senate", "house": "House", "congress": "congressional"}
PARTIES = {
    "republicans": "Republicans",
    "democrats": "Democrats",
    "dems": "Democrats",
    "gop": "Republicans",
}
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def find_chamber_groups(state: ActorState) -> None:
    """Make each chamber's party group an actor, taking its tokens from the chamber's and the
    party's mentions."""
    doc = state.doc
    for start, end, name in _groups(doc):
        state.take(start, end)
        entity = _group(state, name)
        state.mention(entity, start, end, end - 1 if name.endswith(doc[end - 1].text) else start)


def _groups(doc: Doc) -> list[tuple[int, int, str]]:
    """The groups, left to right, each search resuming after the last group found. Only a
    chamber word or a party word can open one, so only those tokens are tried."""
    openers = set(positions(doc, CHAMBERS) + positions(doc, [*CHAMBERS, *PARTIES], lower=True))
    out = []
    resume = 0
    for i in sorted(openers):
        if i < resume or i >= len(doc) - 1:
            continue
        found = _before(doc, i) or _after(doc, i)
        if found:
            out.append(found)
            resume = found[1]
    return out


def _before(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """"Senate Republicans", "House GOP", "congressional Democrats"."""
    chamber = CHAMBERS.get(doc[i].text) or CHAMBERS.get(doc[i].lower_)
    party = PARTIES.get(doc[i + 1].lower_)
    if chamber is None or party is None or doc[i + 1].text[0].islower():
        return None
    if doc[i + 1].lower_ == "gop" and i + 2 < len(doc) and doc[i + 2].tag_ in NOUN_TAGS:
        return None  # "House GOP leaders": the leaders, a group of their own
    return i, i + 2, f"{chamber} {party}"


def _after(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """"Republicans in the Senate", "Democrats in Congress"."""
    party = PARTIES.get(doc[i].lower_)
    if party is None or doc[i].lower_ == "gop" or doc[i].text[0].islower():
        return None
    j = i + 1
    if j >= len(doc) or doc[j].lower_ != "in":
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or not doc[j].text[0].isupper() or doc[j].lower_ not in PLACES:
        return None
    if j + 1 < len(doc) and doc[j + 1].tag_ in NOUN_TAGS:
        return None  # "Democrats in the House chamber", "in the Senate race"
    return i, j + 1, f"{PLACES[doc[j].lower_]} {party}"


def _group(state: ActorState, name: str) -> Entity:
    for entity in state.entities:
        if entity.type == "group" and name in entity.names:
            return entity
    entity = state.new_entity("group")
    entity.add_name(name)
    entity.plural = True
    return entity
