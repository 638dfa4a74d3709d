"""Bodies a person heads, named by their possessor: "his administration", "Clinton's
campaign", "her office" are the "Trump administration", the "Clinton campaign", the "Kotek
office". News names such a body by its head's possessor far more often than by its own name,
and the body speaks and is spoken to apart from its head ("her campaign said", "the
administration argued"); as a descriptor of the person, or of whatever organisation is
salient, it would give the head's words to the wrong actor. The body is one actor with the
one named "the Clinton campaign". "The administration" unqualified is the one of the president
the article names, or of the one in office at its date.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.descriptors import from_phrase
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import role_holders
from riftmap.nlp.actors.names import parse_name, surname_as_written
from riftmap.nlp.actors.phrases import noun_phrase
from riftmap.nlp.actors.state import ActorState

# the heads of bodies a person leads or employs, named after that person
BODIES = frozenset({"administration", "campaign", "team", "staff", "office", "camp"})
# heads that also say a position or a place ("since he took office", "in his office"): a body
# only where it acts or owns, as the subject or possessor of its clause
POSITIONS = frozenset({"office"})
ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
# dependents that leave the body plain ("his new administration", "her own campaign");
# a compound or another noun says it is some other body ("her debate prep team")
PLAIN = frozenset({"poss", "amod", "det", "punct", "case"})
# the body a head of government leads, and the office whose holder heads it
ADMINISTRATION = "administration"
HEAD_OF_GOVERNMENT = "president"


def body_mention(state: ActorState, head: Token) -> tuple[Entity, int, int] | None:
    """The body an organisation description headed by ``head`` names, with its mention's
    token span: a possessed one ("his administration") or a plain "the administration"."""
    if (body := owned_body(state, head)) is not None:
        start, end = noun_phrase(head)
        return body, start, end
    if (body := plain_administration(state, head)) is not None:
        return body, head.i - 1, head.i + 1
    return None


def owned_body(state: ActorState, head: Token) -> Entity | None:
    """The body a possessed description names ("his administration"): the one of that
    person's surname and head, found or made; None unless the possessor is a person."""
    low = head.lower_
    if low not in BODIES or head.tag_ != "NN":
        return None
    if low in POSITIONS and head.dep_ not in ACTING:
        return None
    poss = [c for c in head.children if c.dep_ == "poss"]
    if len(poss) != 1 or any(c.dep_ not in PLAIN for c in head.children if c.i < head.i):
        return None
    if any(c.dep_ == "amod" and c.tag_ != "JJ" for c in head.children):
        return None  # "his Iowa campaign": a name says which of them
    owner = state.owner.get(poss[0].i)
    if owner is None or owner.type != "person" or owner.person is None:
        return None
    body = lexicon().body_word(low)  # "his camp": the Trump campaign
    return _named_after(state, owner.name, owner.person.surname, body)


def plain_administration(state: ActorState, head: Token) -> Entity | None:
    """The body "the administration" names: the president's that the document names (the
    one in office at its date, when it names several), else the one in office then. None
    when neither is known: a description alone does not say which of them it is."""
    if head.lower_ != ADMINISTRATION or head.tag_ != "NN":
        return None
    if any(not _plain_part(c) for c in head.children):
        return None
    holders = role_holders(from_phrase(HEAD_OF_GOVERNMENT), state.kb, state.when)
    ids = {h.id for h in holders}
    named = [e for e in state.entities if e.mentions and e.kb is not None and e.kb.id in ids]
    person = named[0].person if len(named) == 1 else None
    if person is not None:
        return _named_after(state, named[0].name, person.surname, ADMINISTRATION)
    if not named and state.when is not None and len(holders) == 1:
        name = holders[0].name
        return _named_after(state, name, parse_name(name).surname, ADMINISTRATION)
    return None


def _named_after(state: ActorState, name: str, surname: str, head: str) -> Entity:
    """The body of this head named after the person of this name ("Trump administration")."""
    return state.index.organization(f"{surname_as_written(name, surname)} {head}")


def _plain_part(child: Token) -> bool:
    """May this dependent stand in a plain "the administration" ("the administration's",
    "the administration itself")?"""
    return (
        (child.dep_ == "det" and child.lower_ == "the")
        or child.dep_ == "case"
        or (child.lower_ == "itself")
    )
