"""Actors an epithet names that the document need not name: the knowledge base's holder of
the role it names at the publication date ("the secretary of state" in 2016), and the actor
other articles of the corpus described so ("the Tesla CEO" for Musk where Musk goes unnamed).
Both are tried after the document's own actors (``riftmap.nlp.actors.matching``).
"""

from __future__ import annotations

import re

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.corpus import CorpusActor
from riftmap.nlp.actors.descriptors import Descriptor
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import role_holders
from riftmap.nlp.actors.names import parse_name
from riftmap.nlp.actors.state import ActorState

# institutions written with a capital in British usage ("the Leader of the Opposition", "the
# House"), which name no one by themselves
INSTITUTIONS = frozenset({"opposition", "house", "senate", "parliament", "commons", "cabinet"})


def holder_of_role(
    state: ActorState, desc: Descriptor, excluded: set[int], salience: dict[int, float]
) -> Entity | None:
    """The holder of the role an epithet names: one present in the document (most salient
    first), else the single holder at the publication date."""
    holders = role_holders(desc, state.kb, state.when)
    ids = {h.id for h in holders}
    present = [e for e in state.entities if e.kb is not None and e.kb.id in ids]
    present = [e for e in present if e.key not in excluded]
    if present:
        return max(present, key=lambda e: salience.get(e.key, 0.0))
    if state.when is not None and len(holders) == 1:
        entity = state.new_entity(holders[0].type)
        entity.link(holders[0])
        return entity
    return None


def corpus_actor(state: ActorState, desc: Descriptor, excluded: set[int]) -> Entity | None:
    """The actor of other documents of the corpus that the epithet fits, brought into this
    document (or found in it, unless excluded)."""
    if state.corpus is None or not _names_something(desc):
        return None
    record = state.corpus.best_fit(desc, state.when)
    if record is None or (record.type != "person" and not _bears_the_name(record, desc)):
        return None
    present = [e for e in state.entities if e.mentions and e.id == record.id]
    if present:
        return None if present[0].key in excluded else present[0]
    entity = state.new_entity(record.type)
    entity.names.append(record.name)
    entity.person, entity.corpus_id = record.person, record.id
    if record.person is not None:
        entity.person = parse_name(record.name)
    return entity


def _names_something(desc: Descriptor) -> bool:
    """Does the epithet carry a proper name besides its office ("the Tesla CEO", "the
    Republican nominee")? Only such an epithet is looked up in other documents: a corpus of
    articles from many countries has many holders of "the prime minister" and "the
    opposition leader", and the one another article named is rarely this article's."""
    return bool(_proper_words(desc))


def _proper_words(desc: Descriptor) -> set[str]:
    """The epithet's proper names besides its office, lowercase ("tesla" of "the Tesla
    CEO")."""
    lex = lexicon()
    common = lex.title_words.keys() | lex.empty_modifiers | lex.org_nouns | INSTITUTIONS
    words = re.findall(r"[A-Za-z][\w.-]*", desc.text)
    return {
        w.lower()
        for w in words
        if w[0].isupper() and w.lower() not in desc.heads and w.lower() not in common
    }


def _bears_the_name(record: CorpusActor, desc: Descriptor) -> bool:
    """Whether an organisation of other documents carries the name its epithet gives ("the
    Trump campaign": a campaign named for Trump). A person is described by what is not
    their name ("the Tesla CEO"); an organisation by its own name, so one that does not carry
    it is another, however well its learned descriptors fit: one article's headline read as
    an organisation ("The Unhappy Campaign Of ...") that took "the Trump campaign" there
    drew every campaign of a corpus after it."""
    names = {w.lower() for n in (record.name, *record.names) for w in re.findall(r"[\w.-]+", n)}
    return bool(_proper_words(desc) & names)
