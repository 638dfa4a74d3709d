"""A relative named by a given name alone: "his wife, Jane", "Khan's wife, Ghazala", "her
husband, Bill".

News writing names a relative in apposition to a kinship noun by the given name only: the
surname is the possessor's, and the article (or the knowledge base) often knows the person by
the full name ("Jane Sanders", "Ghazala Khan"). Read alone, "Jane" is an actor of its own,
named "Jane", that no reader or key would look for. Once pronouns are resolved, the bare given
name takes the possessor's surname: it joins the person of that full name the document or the
knowledge base knows, else it is named so. PolNeAR train: a kinship noun then a bare given
name in 39 sentences of 36 articles.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.names import parse_name
from riftmap.nlp.actors.relational import possessor
from riftmap.nlp.actors.state import ActorState

GENDERED = {"his": "m", "her": "f"}


def complete_family_names(state: ActorState) -> None:
    """Give every person named by a bare given name in apposition to a possessed kinship
    noun the possessor's surname (see the module docstring)."""
    for entity in list(state.entities):
        if not _bare_given_name(entity):
            continue
        surname = _family_surname(state, entity)
        if not surname:
            continue
        full = f"{entity.names[0]} {surname}"
        target = _known(state, entity, full)
        if target is None:
            entity.add_name(full)
        if target is None or target is entity:
            continue
        given = entity.names[0]
        for a, b in state.forget(entity):
            state.mention(target, a, b, b - 1)
        target.descriptors.extend(entity.descriptors)
        target.epithets.extend(entity.epithets)
        target.add_name(given)
        entity.names.clear()
        entity.person = None


def _bare_given_name(entity: Entity) -> bool:
    """A person the document names only by one word that is no surname it knows."""
    return (
        entity.type == "person"
        and entity.kb is None
        and bool(entity.mentions)
        and len(entity.names) == 1
        and len(entity.names[0].split()) == 1
        and entity.names[0][:1].isupper()
    )


def _family_surname(state: ActorState, entity: Entity) -> str:
    """The surname of the one person whose relative (by a kinship noun) ``entity`` is said to
    be in one of its mentions, else ""."""
    kin = lexicon().kin_nouns
    found: set[str] = set()
    for a, b in entity.mentions:
        for tok in state.doc[a:b]:
            if tok.lower_ not in kin:
                continue
            owner = possessor(state, tok)
            if owner is entity or owner is None:
                owner = _pronoun_possessor(state, tok, entity)
            if owner is None:
                continue
            name = parse_name(owner.name)
            if name.full and not name.suffix:
                found.add(owner.name.split()[-1])
    return found.pop() if len(found) == 1 else ""


def _pronoun_possessor(state: ActorState, head: Token, entity: Entity) -> Entity | None:
    """The person "his" or "her" of "his wife, Jane" stands for: the pronoun lies inside the
    relative's own mention, so no pass resolved it; the most salient person of its gender
    other than the relative."""
    poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in GENDERED]
    if len(poss) != 1:
        return None
    gender = GENDERED[poss[0].lower_]

    def accept(key: int) -> bool:
        other = state.entities[key]
        return (
            other is not entity
            and other.type == "person"
            and not (other.gender and other.gender != gender)
        )

    ranked = state.salience.ranked(poss[0].i, accept)
    return state.entities[ranked[0][1]] if ranked else None


def _known(state: ActorState, entity: Entity, full: str) -> Entity | None:
    """The actor the full name names: a person of the document named so, else the knowledge
    base's person of that name (``entity`` itself, linked to it); None when no one known."""
    for other in state.entities:
        if other is entity or other.type != "person" or not other.mentions:
            continue
        if full in other.names or (other.kb is not None and full in other.kb.names()):
            return other
    known = [a for a in state.kb.lookup(full) if a.type == "person"]
    if len(known) != 1:
        return None
    present = [e for e in state.entities if e.kb is not None and e.kb.id == known[0].id]
    if present:
        return present[0]
    entity.link(known[0])
    return entity
