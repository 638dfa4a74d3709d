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
from riftmap.kb.loader import KBActor, KnowledgeBase
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.names import parse_name, surname_as_written
from riftmap.nlp.actors.pronouns import PRONOUNS
from riftmap.nlp.actors.state import ActorState

# the possessive pronouns that say the possessor's gender ("his wife", "her husband"); the
# gender is the one pronoun resolution reads (``PRONOUNS``)
GENDERED = frozenset({"his", "her"})


def complete_family_names(state: ActorState) -> None:
    """Give every person named by a bare given name in apposition to a possessed kinship
    noun the possessor's surname (see the module docstring); link any other bare given name
    to the knowledge base's relative of that name of someone the document names."""
    for entity in list(state.entities):
        if not _one_word(entity):
            continue
        surname = _family_surname(state, entity) if entity.type == "person" else ""
        if not surname:
            _kb_relative(state, entity)
            continue
        full = f"{entity.names[0]} {surname}"
        target = _known(state, entity, full)
        if target is None:
            entity.add_name(full)
        if target is None or target is entity:
            continue
        given = entity.names[0]
        state.hand_over(entity, target)
        target.descriptors.extend(entity.descriptors)
        target.epithets.extend(entity.epithets)
        target.add_name(given)


def _kb_relative(state: ActorState, entity: Entity) -> None:
    """Link a bare given name no kinship noun introduces ("Bill, Hillary, and Chelsea";
    "your daughter Chelsea", said to her mother) to the one knowledge-base relative of that
    given name of a person the document names: the relatives of public figures are named
    so once the family is in the story (PolNeAR train: "Chelsea" alone in 8 articles,
    "Khizr and Ghazala Khan" in 3)."""
    present = {e.kb.name for e in state.entities if e.kb is not None and e.mentions}
    given = entity.names[0].lower()
    if any(name.split()[0].lower() == given for name in present):
        return  # "George" beside George W. Bush, "The Donald": may be the one named
    found = [
        actor
        for actor in _by_given_name(state.kb).get(given, ())
        if any(_kin_of(d) in present for d in actor.descriptors)
    ]
    if len(found) == 1:
        entity.link(found[0])


def _by_given_name(kb: KnowledgeBase) -> dict[str, list[KBActor]]:
    """The knowledge base's persons by the first word of their name, lower case; built once
    per knowledge base (``KnowledgeBase.cache``), not for every bare given name."""
    slot = ("family", "by given name")
    if slot not in kb.cache:
        index: dict[str, list[KBActor]] = {}
        for actor in kb.actors.values():
            if actor.type == "person" and actor.name.split():
                index.setdefault(actor.name.split()[0].lower(), []).append(actor)
        kb.cache[slot] = index
    found: dict[str, list[KBActor]] = kb.cache[slot]
    return found


def _kin_of(descriptor: str) -> str:
    """The name a kinship descriptor relates to ("daughter of Hillary Clinton": "Hillary
    Clinton"), or "" for any other descriptor ("running mate of Donald Trump")."""
    kin, of, name = descriptor.partition(" of ")
    return name.strip() if of and kin.strip().lower() in lexicon().kin_nouns else ""


def _one_word(entity: Entity) -> bool:
    """An actor the document names only by one word that is no name the knowledge base
    knows: a bare given name, which the tagger may take for an organisation ("Chelsea")."""
    return (
        entity.kb is None
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
            owner = _possessor(state, tok, entity) if tok.lower_ in kin else None
            if owner is None:
                continue
            name = parse_name(owner.name)
            if name.full and not name.suffix:  # "Le Pen" of "Marine Le Pen", cased as written
                found.add(surname_as_written(owner.name, name.surname))
    return found.pop() if len(found) == 1 else ""


def _possessor(state: ActorState, kin: Token, entity: Entity) -> Entity | None:
    """The person whose relative the kinship noun says ``entity`` is: a named possessor
    ("Khan's wife", which the parser may attach as a modifier with its "'s" when the
    apostrophe is curly) or a pronoun ("his wife")."""
    found = [
        c
        for c in kin.children
        if c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.tag_ == "POS" for g in c.children))
    ]
    if len(found) != 1:
        return None
    if found[0].lower_ in GENDERED:
        return _pronoun_possessor(state, found[0], entity)
    owner = state.owner.get(found[0].i)
    return owner if owner is not None and owner is not entity and owner.type == "person" else None


def _pronoun_possessor(state: ActorState, pronoun: Token, entity: Entity) -> Entity | None:
    """The person "his" or "her" of "his wife, Jane" stands for: its resolution, unless the
    pronoun lies inside the relative's own mention, where no pass resolved it; then the most
    salient person of its gender other than the relative."""
    owner = state.owner.get(pronoun.i)
    if owner is not None and owner is not entity:
        return owner if owner.type == "person" else None
    gender = PRONOUNS[pronoun.lower_][0]

    def accept(key: int) -> bool:
        other = state.entities[key]
        return (
            other is not entity
            and other.type == "person"
            and not (other.gender and other.gender != gender)
        )

    ranked = state.salience.ranked(pronoun.i, accept)
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
