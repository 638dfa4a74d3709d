"""Joint speakers: "Mary Lou McDonald and Ivana Bacik criticised ...", "Trump campaign senior
advisers Chris LaCivita and Susie Wiles wrote in a memo". The statement is the pair's, not the
first-named person's: it speaks as one group actor named by the members' surnames ("McDonald
and Bacik"), the same group wherever the document names the pair again.

The same group is what a plural description of two names ("Trump and Ryan met ... Both men
said", "the two Democrats", "the duo") refers to (``pair_reference``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.matching import gender_of_head
from riftmap.nlp.actors.names import first_names
from riftmap.nlp.actors.phrases import noun_phrase
from riftmap.nlp.actors.state import ActorState

CONJUNCTIONS = frozenset({"and", "&"})
# how ``pair_name`` joins the members' surnames
JOINED = re.compile(r",\s*|\s+and\s+")
# nouns that are a pair by themselves ("the duo"), and sentences back a pair may be named
PAIR_NOUNS = frozenset({"pair", "duo"})
PAIR_WINDOW = 2
ORDINALS = frozenset({"first", "last", "next", "final"})


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
    group = _members_group(state, members)
    state.mention(group, start, end, head)
    return group


def _members_group(state: ActorState, members: list[Entity]) -> Entity:
    """The document's group named by the members' surnames ("McDonald and Bacik"), made when
    there is none yet: a joint speaker and a later "both women" are one actor."""
    name = pair_name([_surname(m) for m in members])
    group = next((e for e in state.entities if e.type == "group" and name in e.names), None)
    if group is None:
        group = state.new_entity("group")
        group.plural = True
        group.names.append(name)
    return group


def pair_name(surnames: list[str]) -> str:
    """A joint group's name: its members' surnames joined ("Holt, Lind and Reyes")."""
    return ", ".join(surnames[:-1]) + " and " + surnames[-1]


def pair_surnames(name: str) -> list[str]:
    """The surnames a joint group's name joins (``pair_name`` undone); one for other names."""
    return JOINED.split(name)


def written_surname(name: str, suffix: str) -> str:
    """The surname as the document writes it ("O’Brien"), without a generational
    ``suffix`` ("Jr."); else the whole name."""
    words = name.split()
    if suffix and len(words) > 1:
        words = words[:-1]
    return words[-1] if words else name


def _surname(entity: Entity) -> str:
    return written_surname(entity.name, entity.person.suffix if entity.person else "")


def pair_reference(state: ActorState, head: Token) -> bool:
    """A plural description of two ("both men", "Both women", "the two candidates", "the two
    Democrats", "the pair") is the pair of persons named together last, in its sentence or
    the ``PAIR_WINDOW`` before it ("Clinton and Warren campaigned ... The two Democrats"):
    a mention of their group. True when so read. PolNeAR train: 27 such phrases in 25 of 840
    articles, of which a reading found 25 right."""
    if not _pair_phrase(head) or _of_persons(state, head):
        return False
    pair = _last_pair(state, head)
    if pair is None and _unmodified_common(head):
        pair = _only_pair(state, head)
    if pair is None or not _fits(head, pair):
        return False
    start, end = noun_phrase(head)
    state.mention(_members_group(state, list(pair)), start, end, head.i)
    return True


def _pair_phrase(head: Token) -> bool:
    """ "the pair", "the duo"; or a plural person noun with "both" or "the two" ("Both women",
    "the two GOP senators"), not "both parties" or "both sides". Not one coordinated inside
    ("both Democrats and Republicans", "both primary and general-election voters"), one whose
    apposition names its own pair ("the two leading Republicans, X and Y"), nor one with an
    ordinal ("the first two volunteers" are others)."""
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
    if head.tag_ == "NN":
        return head.lower_ in PAIR_NOUNS and "the" in dets
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    if head.tag_ == "NNS" and head.lemma_.lower() not in lexicon().person_nouns:
        return False
    if any(c.dep_ in ("cc", "conj", "appos") or c.lower_ in ORDINALS for c in head.children):
        return False
    if any(c.dep_ == "cc" for t in head.lefts for c in t.children):
        return False
    two = any(c.text == "two" and c.dep_ == "nummod" for c in head.children)
    return "both" in dets or (two and bool(dets & {"the", "these", "those"}))


def _of_persons(state: ActorState, head: Token) -> bool:
    """Does the phrase name persons of its own ("both Clinton and Sanders backers")? Then it
    is someone else's pair or group."""
    for child in head.children:
        owner = state.owner.get(child.i)
        if child.dep_ in ("nmod", "compound", "poss") and owner is not None and _person(owner):
            return True
    return False


def _last_pair(state: ActorState, head: Token) -> tuple[Entity, Entity] | None:
    """The two persons of the last coordination of persons before ``head`` within the window,
    or None when that coordination joins more than two, or there is none."""
    for tok, owner in _named_persons_before(state, head):
        if not any(c.dep_ == "cc" and c.lower_ in CONJUNCTIONS for c in tok.children):
            continue
        others = [state.owner.get(c.i) for c in tok.conjuncts]
        if len(others) != 1 or others[0] is None or others[0] is owner:
            return None
        listed = state.owner.get(tok.head.i) if tok.dep_ == "appos" else None
        if listed is not None and _person(listed):
            return None  # "Cruz, Rubio and Kasich", parsed as an apposition to Cruz
        return (owner, others[0]) if _person(others[0]) else None
    return None


def _unmodified_common(head: Token) -> bool:
    """A common noun with no clause of its own: "both Clintons" names its pair, and "the two
    young reporters who raised their hands" says by its clause which two it means."""
    return head.tag_ in ("NN", "NNS") and not any(
        c.dep_ in ("relcl", "acl") for c in head.rights
    )


def _only_pair(state: ActorState, head: Token) -> tuple[Entity, Entity] | None:
    """The two persons named by name in the phrase's sentence before it and the
    ``PAIR_WINDOW`` before that, when they are the only two there who fit its gender ("Trump
    met House Speaker Paul Ryan ... both men issued a statement"); None when one, three or
    more are named, which would leave the pair unsaid."""
    found: list[Entity] = []
    for _, owner in _named_persons_before(state, head):
        if owner not in found and _fits(head, (owner,)):
            found.append(owner)
    return (found[1], found[0]) if len(found) == 2 else None


def _named_persons_before(state: ActorState, head: Token) -> Iterator[tuple[Token, Entity]]:
    """The proper nouns that name persons before the phrase ("both X and Y fans" is before
    its left edge), nearest first, back to the ``PAIR_WINDOW`` sentences before its own."""
    sent_of = state.salience.sent_of
    for i in range(head.left_edge.i - 1, -1, -1):
        if sent_of[head.i] - sent_of[i] > PAIR_WINDOW:
            return
        tok, owner = state.doc[i], state.owner.get(i)
        if owner is not None and tok.pos_ == "PROPN" and _person(owner):
            yield tok, owner


def _fits(head: Token, pair: tuple[Entity, ...]) -> bool:
    """ "Both women" are no pair with a man in it, "both men" none with a woman."""
    gender = gender_of_head(head.lemma_.lower())
    return not gender or all(not e.gender or e.gender == gender for e in pair)
