"""Joint speakers: "Mary Lou McDonald and Ivana Bacik criticised ...", "Trump campaign senior
advisers Chris LaCivita and Susie Wiles wrote in a memo". The statement is the pair's, not the
first-named person's: it speaks as one group actor named by the members' surnames ("McDonald
and Bacik"), the same group wherever the document names the pair again."""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.names import first_names
from riftmap.nlp.actors.state import ActorState

CONJUNCTIONS = frozenset({"and", "&"})


def joint_speaker(state: ActorState, start: int, end: int) -> Entity | None:
    """The group of the persons a source span coordinates, or None when it names fewer than
    two persons so joined. The first name must be what the span is about: its root, or a
    name in apposition to it ("senior advisers Chris LaCivita and Susie Wiles")."""
    first = _first_conjunct(state, start, end)
    if first is None:
        return None
    members = [state.owner[first.i]]
    for tok in first.conjuncts:
        owner = state.owner.get(tok.i)
        if tok.i < start or tok.i >= end or owner is None or not _person(owner):
            return None
        if owner not in members:
            members.append(owner)
    if len(members) < 2:
        return None
    return _group_of(state, members, start, end, first.i)


def _first_conjunct(state: ActorState, start: int, end: int) -> Token | None:
    span = state.doc[start:end]
    for tok in span:
        owner = state.owner.get(tok.i)
        if owner is None or not _person(owner) or tok.pos_ != "PROPN":
            continue
        if not any(c.dep_ == "cc" and c.lower_ in CONJUNCTIONS for c in tok.children):
            continue
        if not any(c.dep_ == "conj" for c in tok.children):
            continue
        head = tok
        while head.i != span.root.i and head.dep_ == "appos" and start <= head.head.i < end:
            head = head.head
        return tok if head.i == span.root.i else None
    return None


def _person(entity: Entity) -> bool:
    """A person, or a full name the tagger took for something else: the second of two
    coordinated names is often tagged an organisation ("Ivana Bacik")."""
    if entity.type == "person":
        return True
    words = entity.name.split()
    return entity.kb is None and len(words) >= 2 and words[0].lower() in first_names()


def _group_of(state: ActorState, members: list[Entity], start: int, end: int, head: int) -> Entity:
    names = [_surname(m) for m in members]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    group = next((e for e in state.entities if e.type == "group" and name in e.names), None)
    if group is None:
        group = state.new_entity("group")
        group.plural = True
        group.names.append(name)
    state.mention(group, start, end, head)
    return group


def _surname(entity: Entity) -> str:
    """The surname as the document writes it ("O’Brien"), else the whole name."""
    words = entity.name.split()
    if entity.person is not None and entity.person.suffix and len(words) > 1:
        words = words[:-1]
    return words[-1] if words else entity.name
