"""Relations by possessor: "her husband", "his wife", "Trump's running mate", "her dad".

Such an epithet names whoever stands in that relation to its possessor, and nobody else: "her
husband" is Bill Clinton when "her" is Hillary Clinton, and someone the article may never name
when "her" is a voter. It is resolved through what is known of the possessor: a descriptor of
another actor with the same relation head whose content words are all the possessor's name
words ("husband of Hillary Clinton" in the knowledge base, "Trump's wife" in an apposition),
bringing a knowledge-base actor into the document if need be. A kinship noun whose relation is
known of no one names no one known: the most salient person of the text is then a guess that
PolNeAR train shows wrong about half the time ("her husband" of a widow taken for the
president the paragraph is about).
"""

from __future__ import annotations

from collections.abc import Iterable

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import KBActor, KnowledgeBase, norm
from riftmap.nlp.actors.descriptors import Descriptor, from_phrase
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState


def is_relation(desc: Descriptor) -> bool:
    """Does the epithet's head say what someone is to another ("wife", "running mate")?"""
    return bool(desc.heads & lexicon().relation_nouns)


def related(
    state: ActorState, desc: Descriptor, owners: list[Entity], gender: str, at: int
) -> tuple[bool, Entity | None]:
    """(decided, actor) for a relation epithet whose possessor is resolved to ``owners``:
    the actor known to stand in that relation to them, else, for a kinship noun, decided with
    no actor; other relations (rivals, allies) are left undecided for the caller's matching."""
    words = _name_words(owners)
    if not words:
        return False, None
    keys = {o.key for o in owners}
    present = [
        e
        for e in state.entities
        if e.type == "person" and e.mentions and e.key not in keys and _fits(state, desc, e, words)
    ]
    if present:
        ranked = {k: s for s, k in state.salience.ranked(at, lambda _k: True)}
        return True, max(present, key=lambda e: ranked.get(e.key, 0.0))
    ids = {e.kb.id for e in state.entities if e.kb is not None}
    known = [a for a in _kb_relatives(state.kb, desc, words) if a.id not in ids]
    known = [a for a in known if not (gender and a.gender and a.gender != gender)]
    if len(known) == 1:
        entity = state.new_entity("person")
        entity.link(known[0])
        return True, entity
    return bool(desc.heads & lexicon().kin_nouns), None


def _fits(state: ActorState, desc: Descriptor, entity: Entity, words: frozenset[str]) -> bool:
    """Is ``entity`` known, by the document or the knowledge base, to stand in the epithet's
    relation to the bearer of the name ``words``?"""
    known = list(entity.descriptors)
    if entity.kb is not None:
        known += [from_phrase(d) for d in entity.kb.descriptors]
    return any(_same_relation(desc, d, words) for d in known)


def _same_relation(desc: Descriptor, known: Descriptor, words: frozenset[str]) -> bool:
    lex = lexicon()
    if not any(lex.same_head(h, k) for h in desc.heads for k in known.heads):
        return False
    # what the known relation says beyond the epithet must be the possessor's name: "running
    # mate of Donald Trump" is what "his running mate" says when "his" is Trump
    extra = known.words - desc.words
    return bool(extra) and extra <= words


def _kb_relatives(kb: KnowledgeBase, desc: Descriptor, words: frozenset[str]) -> list[KBActor]:
    """Knowledge-base persons with a descriptor of the epithet's relation to ``words``."""
    return [
        actor
        for actor in kb.actors.values()
        if actor.type == "person"
        and any(_same_relation(desc, from_phrase(d), words) for d in actor.descriptors)
    ]


def _name_words(owners: Iterable[Entity]) -> frozenset[str]:
    """The words of the possessors' names and knowledge-base aliases."""
    names = [n for o in owners for n in (*o.names, *(o.kb.names() if o.kb else ()))]
    return frozenset(w for n in names for w in norm(n).replace("'s", "").split())
