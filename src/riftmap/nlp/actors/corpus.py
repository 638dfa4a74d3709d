"""Actors across a corpus: one id per person in every article, and what one article teaches
about an actor used in the next.

``CorpusActors`` is handed to the pipeline through ``doc._.corpus_actors`` (``riftmap.api
.extract`` does it). For each document it (1) gives every actor its corpus id: the knowledge
base's, else that of an earlier actor with a compatible name ("Bannon", "Steve Bannon" and
"Stephen K. Bannon" are one; "Bill" and "Hillary Clinton" two), else a slug of its fullest
name; and (2) learns the descriptors the document defines ("Elon Musk, the Tesla CEO"), so that
"the Tesla CEO said" in a later article resolves to Musk even where Musk is not named. It also
keeps the counts that ``riftmap actors`` prints. Documents are taken in order: an article read
before the one that gives a full name keeps its short id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import KnowledgeBase, default_kb, norm
from riftmap.models import ActorType, Article
from riftmap.nlp import extensions
from riftmap.nlp.actors.descriptors import Descriptor, Period, is_office, same_tense
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.name_forms import acronym
from riftmap.nlp.actors.names import PersonName, first_names, same_person

MAX_DESCRIPTORS = 40
# How many years apart an article may be from the one that taught an office ("the senator",
# "the president of the United States") for the office to tell whom it names: offices change
# hands at elections (learned from 2025 articles, they named a 2021 senator and the 2025
# president in 2015-16 articles of the development set); what is no office ("the party",
# "his wife", "the billionaire") holds longer.
YEARS_APART = 1

# a descriptor as learned: with the year of the article that taught it ("" when undated)
Learned = tuple[Descriptor, str]


@dataclass
class CorpusActor:
    """What the corpus knows of one actor so far."""

    id: str
    name: str
    type: ActorType
    person: PersonName | None = None
    names: Counter[str] = field(default_factory=Counter)
    epithets: Counter[str] = field(default_factory=Counter)
    descriptors: list[Learned] = field(default_factory=list)
    documents: int = 0
    mentions: int = 0
    quotes: int = 0


class CorpusActors:
    """Cross-document identity and learned descriptors of a corpus's actors."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else default_kb()
        self.actors: dict[str, CorpusActor] = {}
        self._by_surname: dict[str, list[str]] = {}
        self._by_name: dict[str, str] = {}
        self._by_head: dict[str, set[str]] = {}

    # -- identity ------------------------------------------------------------------------
    def canonical_id(self, entity: Entity) -> str:
        """The corpus id of a document's actor (see the module docstring)."""
        if entity.kb is not None:
            return entity.kb.id
        if entity.type == "person" and entity.person is not None:
            found = self._person(entity.person)
            if found is not None or _first_and_last(entity.person):
                # a full name that names no one known is someone new, whatever short name
                # it shares ("Gabriela Violeta Lazar" is not the "Lazar" of her husband);
                # not a name the tagger ran together ("Rotten Clinton", "Google Hillary")
                return found or entity.id
        for name in entity.names:
            found_id = self._by_name.get(norm(name))
            if found_id is not None and self.actors[found_id].type == entity.type:
                return found_id
        return entity.id

    def _person(self, name: PersonName) -> str | None:
        ids = self._by_surname.get(name.surname, [])
        same = [self.actors[i] for i in ids if same_person(name, self.actors[i].person or name)]
        if not name.full:
            plain = [a for a in same if a.person is not None and not a.person.suffix]
            same = plain or same
        if name.full:
            same = [a for a in same if a.person is not None and a.person.full]
        if not same:
            return None
        return max(same, key=lambda a: (a.person is not None and a.person.full, a.documents)).id

    # -- learning ------------------------------------------------------------------------
    def observe(
        self, entities: list[Entity], speakers: list[Entity | None], published: str | None = None
    ) -> None:
        """Take a resolved document in (its actors, and the speaker of each statement, its
        publication date): assign corpus ids, learn names and descriptors."""
        quoted = Counter(e.key for e in speakers if e is not None)
        seen: set[str] = set()
        for entity in entities:
            if not entity.mentions:
                continue
            entity.corpus_id = self.canonical_id(entity)
            record = self._record(entity)
            record.documents += record.id not in seen
            seen.add(record.id)
            record.mentions += len(entity.mentions)
            record.quotes += quoted[entity.key]
            record.names.update(entity.names or [entity.name])
            record.epithets.update(entity.epithets)
            self._learn(record, entity, _year(published))

    def _record(self, entity: Entity) -> CorpusActor:
        cid = entity.id
        record = self.actors.get(cid)
        if record is None:
            record = CorpusActor(cid, entity.name, entity.type, entity.person)
            self.actors[cid] = record
            if entity.person is not None:
                self._absorb_short_names(record, entity.person)
                self._by_surname.setdefault(entity.person.surname, []).append(cid)
        elif (
            entity.person is not None
            and entity.person.full
            and not (record.person and record.person.full)
        ):
            record.person, record.name = entity.person, entity.name
        for name in entity.names:
            self._by_name.setdefault(norm(name), cid)
            for short in acronym(name):
                self._by_name.setdefault(norm(short), cid)
        return record

    def _absorb_short_names(self, record: CorpusActor, person: PersonName) -> None:
        """A full name seen after its bare surname ("Bannon" earlier, "Steve Bannon" now)
        takes the short record in: later documents use the full name's id."""
        if not person.full:
            return
        ids = self._by_surname.get(person.surname, [])
        for short_id in [i for i in ids if not (self.actors[i].person or person).full]:
            short = self.actors.pop(short_id)
            ids.remove(short_id)
            record.documents += short.documents
            record.mentions += short.mentions
            record.quotes += short.quotes
            record.names.update(short.names)
            record.epithets.update(short.epithets)
            record.descriptors.extend(short.descriptors)
            self._by_name.update({k: record.id for k, v in self._by_name.items() if v == short_id})
            # every index that named the short record now names the full one: a head left
            # pointing at a popped id would fail the next epithet that looks it up
            for ids_of_head in self._by_head.values():
                if short_id in ids_of_head:
                    ids_of_head.discard(short_id)
                    ids_of_head.add(record.id)

    def _learn(self, record: CorpusActor, entity: Entity, year: str) -> None:
        for desc in entity.descriptors:
            if len(record.descriptors) >= MAX_DESCRIPTORS or (desc, year) in record.descriptors:
                continue
            record.descriptors.append((desc, year))
            for head in desc.heads:
                self._by_head.setdefault(head, set()).add(record.id)

    # -- use in resolution ---------------------------------------------------------------
    def descriptor_fit(self, desc: Descriptor, entity: Entity, when: Period | None = None) -> float:
        """How well an epithet of an article of the time ``when`` (its ``ActorState.when``)
        fits what other documents said of ``entity``."""
        record = self.actors.get(self.canonical_id(entity))
        if record is None:
            return 0.0
        return self.descriptor_fit_id(desc, record.id, when)

    def best_fit(self, desc: Descriptor, when: Period | None = None) -> CorpusActor | None:
        """The actor of other documents that this epithet of an article of the time ``when``
        fits fully (not just by its head): "the Tesla CEO" where only another article named
        Musk."""
        lex = lexicon()
        ids: set[str] = set()
        for head in desc.heads:
            for word in {head} | lex.head_class.get(head, frozenset()):
                ids |= self._by_head.get(word, set())
        scored = [(self.descriptor_fit_id(desc, i, when), i) for i in sorted(ids)]
        scored = [(s, i) for s, i in scored if s > 1.0]
        if not scored or not desc.words:
            return None
        _, cid = max(scored)
        return self.actors[cid]

    def descriptor_fit_id(self, desc: Descriptor, cid: str, when: Period | None = None) -> float:
        record = self.actors[cid]
        year = _year(when[0] if when else None)
        return max(
            (desc.match(d) for d, learned in record.descriptors if _told(desc, d, learned, year)),
            default=0.0,
        )

    # -- reporting -----------------------------------------------------------------------
    def summary(self) -> list[CorpusActor]:
        """Every actor, most mentioned first."""
        return sorted(self.actors.values(), key=lambda a: (-a.mentions, a.id))

    def top_speakers(self, n: int = 10) -> list[CorpusActor]:
        """The actors quoted most often."""
        speakers = [a for a in self.actors.values() if a.quotes]
        return sorted(speakers, key=lambda a: (-a.quotes, a.id))[:n]


def _year(published: str | None) -> str:
    """The year of an ISO date or prefix ("2016-03-03", "2016-03"), "" when undated."""
    return published[:4] if published and published[:4].isdigit() else ""


def _told(epithet: Descriptor, known: Descriptor, learned: str, year: str) -> bool:
    """Whether a descriptor learned from an article of year ``learned`` can tell what an
    epithet of an article of ``year`` names: an office learned close enough in time, and the
    descriptor of the epithet's tense ("the former governor of Massachusetts" is not the
    one another article called the governor; "the former GOP presidential nominee" of
    2015 is not the one a 2016 article called the nominee)."""
    if learned and year and abs(int(learned) - int(year)) > YEARS_APART and is_office(known):
        return False
    if epithet.past and not known.past and learned and year and learned > year:
        return False
    return same_tense(epithet, known)


def _first_and_last(name: PersonName) -> bool:
    """A full name whose given name is a known first name."""
    return name.full and name.given in first_names()


def with_corpus(
    pairs: Iterable[tuple[Doc, Article]], corpus: CorpusActors
) -> Iterator[tuple[Doc, Article]]:
    """Hand ``corpus`` to the actor component of each document (``doc._.corpus_actors``)."""
    extensions.register()
    for doc, article in pairs:
        doc._.corpus_actors = corpus
        yield doc, article
