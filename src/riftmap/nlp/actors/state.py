"""What actor resolution knows of one document while it resolves it: the explicit state that
every pass receives (names, definitions, epithets, groups, pronouns, speakers and the corpus).

A pass reads the parse (``doc``, ``tags``, ``deps``), the actors found so far (``entities``,
``owner``: token -> actor) and how salient each is (``salience``), and adds to them only
through ``mention()`` and ``new_entity()``, so that ownership and salience never disagree.
"""

from __future__ import annotations

import numpy
from numpy.typing import NDArray
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from riftmap.kb.loader import KnowledgeBase
from riftmap.models import ActorType, Span
from riftmap.nlp.actors.corpus import CorpusActors
from riftmap.nlp.actors.entities import LABELS, WEAK_LABELS, Entity, NameIndex
from riftmap.nlp.actors.particle_names import with_particle_names
from riftmap.nlp.actors.salience import Salience, role_weight, sentence_index
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text.quotemarks import find_regions

# sentences looked back for the previous statement's speaker (``ActorState.previous_speakers``)
SPEAKER_BACK = 3


class ActorState:
    """The actors of one document as far as they are resolved, and the parse they come from."""

    def __init__(
        self,
        doc: Doc,
        kb: KnowledgeBase,
        *,
        date: str | None = None,
        corpus: CorpusActors | None = None,
    ) -> None:
        self.doc, self.kb, self.date, self.corpus = doc, kb, date, corpus
        # the time the article speaks of, for roles: its day, else what its titles leave
        self.when: tuple[str, str] | None = (date, date) if date else None
        # tags, dependencies and entities read as arrays: spaCy builds a Token object at every
        # access, and most tokens are never looked at again
        self.tags, self.deps, ents, self.dep_ids = _arrays(doc)
        self.ent_spans = with_particle_names(doc, ents)
        self.quoted = _quoted_tokens(doc)
        self.salience = Salience(sentence_index(doc), quoted=self.quoted)
        self.index = NameIndex(kb, salience=self.salience)
        self.owner: dict[int, Entity] = {}
        # tokens of the names of laws and pacts: no actor's mention is headed inside one
        # ("The Every Student Succeeds Act" is no student)
        self.laws: set[int] = set()
        self.group_keys: dict[int, tuple[str, str]] = {}  # group -> (possessor, head lemma)
        # group -> (mentions read, their words): ``groups._restated`` reads each mention once
        self.group_words: dict[int, tuple[int, set[str]]] = {}
        self._speakers: dict[int, list[Token]] | None = None
        self._quotations: dict[int, list[int]] | None = None
        self._said: dict[int, list[tuple[int, int]]] = {}

    @property
    def entities(self) -> list[Entity]:
        return self.index.entities

    def mention(
        self, entity: Entity, start: int, end: int, head: int, *, weight: float | None = None
    ) -> None:
        """Record a mention: its span, its tokens' owner (inner names keep theirs) and its
        weight for salience. White space at either end (a dateline blanked out before the
        first word) is no part of it."""
        if head in self.laws:
            return
        while start < end - 1 and self.doc[start].is_space:
            start += 1
        while end - 1 > start and self.doc[end - 1].is_space:
            end -= 1
        if (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
        for i in range(start, end):
            self.owner.setdefault(i, entity)
        w = role_weight(self.doc[head]) if weight is None else weight
        self.salience.add(head, w, entity.key)

    def new_entity(self, kind: ActorType) -> Entity:
        return self.index.new(kind)

    def forget(self, entity: Entity) -> list[tuple[int, int]]:
        """Take an actor's mentions back (ownership of their tokens, salience) when another
        actor turns out to be the one named; returns the spans, for that actor to mention."""
        self.salience.forget(entity.key)
        spans = list(entity.mentions)
        for a, b in spans:
            self.release(entity, a, b)
        entity.mentions.clear()
        return spans

    def hand_over(self, entity: Entity, other: Entity) -> None:
        """Give every mention of ``entity`` to ``other`` and leave ``entity`` without names, when
        what it was named by turns out to name ``other`` (a misspelled or an inner surname)."""
        for a, b in self.forget(entity):
            self.mention(other, a, b, b - 1)
        entity.names.clear()
        entity.person = None

    def release(self, entity: Entity, start: int, end: int) -> None:
        """Give up the actor's ownership of tokens ``start``..``end``, for another reading of
        them (a possessor's pronoun inside the description it possesses)."""
        for i in range(start, end):
            if self.owner.get(i) is entity:
                del self.owner[i]

    def take(self, start: int, end: int) -> None:
        """Take tokens ``start``..``end`` back from every mention that holds one of them,
        when a later pass reads the span as one name of its own ("Senate Republicans": no
        longer the Senate and the Republicans)."""
        holders = {self.owner[i].key: self.owner[i] for i in range(start, end) if i in self.owner}
        for entity in holders.values():
            kept = [(a, b) for a, b in entity.mentions if b <= start or a >= end]
            for a, b in entity.mentions:
                if (a, b) not in kept:
                    for i in range(a, b):
                        if self.owner.get(i) is entity:
                            del self.owner[i]
            entity.mentions[:] = kept

    def actors_within(self, tokens: list[Token]) -> set[int]:
        """Actors mentioned within the subtrees of ``tokens``."""
        out = set()
        for tok in tokens:
            for i in range(tok.left_edge.i, tok.right_edge.i + 1):
                if i in self.owner:
                    out.add(self.owner[i].key)
        return out

    def where(self, dep: str) -> list[Token]:
        """The tokens attached by dependency ``dep``, in order: found in the dependency
        column, not by comparing every token's label in Python."""
        found = numpy.flatnonzero(self.dep_ids == get_string_id(dep)).tolist()
        return [self.doc[i] for i in found]

    def quotation_speakers(self, i: int) -> set[int]:
        """The entities that speak the direct quotations holding token ``i``, by the owner of
        each statement's source head as far as it is resolved when asked. Which sources hold
        which tokens is read once per document, so a long transcript of many quotations and
        pronouns costs one pass, not their product."""
        heads = self._direct_quotations()[0].get(i, ())
        return {self.owner[h].key for h in heads if h in self.owner}

    def quoted_by(self, i: int) -> list[tuple[int, int]]:
        """The token ranges of the direct quotations whose source's head is token ``i``."""
        return self._direct_quotations()[1].get(i, [])

    def _direct_quotations(self) -> tuple[dict[int, list[int]], dict[int, list[tuple[int, int]]]]:
        """Token -> source heads of the direct quotations holding it, and source head -> the
        token ranges of its direct quotations; read once per document."""
        if self._quotations is None:
            self._quotations, self._said = {}, {}
            for quote in self.doc._.quotes or []:
                if quote.source is None or quote.content is None or quote.kind != "direct":
                    continue
                src, content = _tokens(self.doc, quote.source), _tokens(self.doc, quote.content)
                if src is not None and content is not None:
                    for k in range(content.start, content.end):
                        self._quotations.setdefault(k, []).append(src.root.i)
                    self._said.setdefault(src.root.i, []).append((content.start, content.end))
        return self._quotations, self._said

    def speakers_by_sentence(self) -> dict[int, list[Token]]:
        """Head tokens of the statements' sources, by the sentence of their cue: whoever speaks
        in a sentence is its topic, however the parser read it. Computed once per document."""
        if self._speakers is None:
            self._speakers = {}
            for quote in self.doc._.quotes or []:
                if quote.cue is None or quote.source is None:
                    continue
                cue, src = _tokens(self.doc, quote.cue), _tokens(self.doc, quote.source)
                if cue is not None and src is not None:
                    sent = self.salience.sent_of[cue.start]
                    self._speakers.setdefault(sent, []).append(src.root)
        return self._speakers

    def previous_speakers(self, i: int) -> set[int]:
        """The speakers of the nearest statement within ``SPEAKER_BACK`` sentences before token
        ``i``'s: whom a speaker pronoun continues when the sentence before it names no actor
        ('Hwang urged each party to … . Such a motion must be voted on within 72 hours. "…," he
        said'), and who made the statement a source names by itself ("the statement read")."""
        sent = self.salience.sent_of[i]
        speakers = self.speakers_by_sentence()
        for back in range(sent - 1, max(-1, sent - 1 - SPEAKER_BACK), -1):
            found = {self.owner[t.i].key for t in speakers.get(back, []) if t.i in self.owner}
            if found:
                return found
        return set()


def _tokens(doc: Doc, part: Span) -> SpacySpan | None:
    """The tokens a statement's part (source, cue, content) covers, by its characters."""
    return doc.char_span(part.start, part.end, alignment_mode="expand")


def _arrays(doc: Doc) -> tuple[list[str], list[str], list[SpacySpan], NDArray[numpy.uint64]]:
    """Tag and dependency of every token, the entities of the labels actors come from, and
    the dependency column (label ids). The columns are read once and each distinct value
    named once (a set of a column is built in C), where a walk of the rows named values
    token by token."""
    if not len(doc):
        return [], [], [], numpy.zeros(0, dtype=numpy.uint64)
    columns = doc.to_array([TAG, DEP, ENT_IOB, ENT_TYPE])
    tag_ids, dep_ids, iobs, types = columns.T.tolist()
    strings = doc.vocab.strings
    names = {h: strings[h] if h else "" for h in {*tag_ids, *dep_ids, *types}}
    tags = [names[h] for h in tag_ids]
    deps = [names[h] for h in dep_ids]
    return tags, deps, _entity_spans(doc, iobs, types, names), columns[:, 1].astype(numpy.uint64)


def _entity_spans(
    doc: Doc, iobs: list[int], types: list[int], names: dict[int, str]
) -> list[SpacySpan]:
    """The entities of the labels actors come from: each begins at a B (3) and runs over the
    I (1) tokens after it; ``names`` gives each entity type's label."""
    spans = []
    for start in [i for i, iob in enumerate(iobs) if iob == 3]:
        end = start + 1
        while end < len(iobs) and iobs[end] == 1:
            end += 1
        label = names[types[start]]
        if label in LABELS or label in WEAK_LABELS:
            spans.append(SpacySpan(doc, start, end, label=label))
    return spans


def _quoted_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside quotation marks of direct speech (not scare quotes or nicknames, which
    are short: "the president's 'first buddy'")."""
    out: set[int] = set()
    for region in find_regions(doc_text(doc)):
        span = doc.char_span(region.start, region.end, alignment_mode="contract")
        if span is not None and len(span) > 4:
            out.update(range(span.start, span.end))
    return frozenset(out)
