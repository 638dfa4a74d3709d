"""The actor component: resolves every mention of a document to an actor, then each quote's
source to its speaker.

It fills ``doc._.actors`` (contract ``Actor`` values), ``doc._.token_actor`` (token index ->
actor id for every resolved mention: names, titles, epithets, groups, pronouns) and the
``speaker`` of every quote in ``doc._.quotes``. When ``doc._.corpus_actors`` holds a
``CorpusActors`` (``riftmap.api.extract`` sets one per run), ids are the corpus's and the
document's descriptors are learned for the next ones; the reference is cleared afterwards so
that docs stay serialisable.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from riftmap.kb.loader import KnowledgeBase, default_kb
from riftmap.models import Quote, Span
from riftmap.nlp import extensions
from riftmap.nlp.actors.addressees import find_addressees
from riftmap.nlp.actors.corpus import CorpusActors
from riftmap.nlp.actors.document import DocActors
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.sources import IntroducedSources, source_actor


class SpeakerComponent:
    """spaCy component: actors, token -> actor map, and quote speakers."""

    def __init__(self, *, kb: KnowledgeBase | None = None) -> None:
        extensions.register()
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        corpus = doc._.corpus_actors
        kb = corpus.kb if isinstance(corpus, CorpusActors) else self.kb or default_kb()
        corpus = corpus if isinstance(corpus, CorpusActors) else None
        actors = DocActors(doc, kb, date=doc._.published, corpus=corpus)
        quotes = list(doc._.quotes or [])
        speakers = speakers_of(actors, quotes)
        find_addressees(actors.state, [r for q in quotes if (r := _ranges(doc, q)) is not None])
        if corpus is not None:
            corpus.observe(actors.entities, speakers, doc._.published)
            doc._.corpus_actors = None
        doc._.quotes = [
            replace(q, speaker=(e.id or None) if e is not None else None)
            for q, e in zip(quotes, speakers, strict=True)
        ]
        doc._.actors = actors.actors()
        doc._.token_actor = actors.token_actor()
        return doc


def speakers_of(actors: DocActors, quotes: list[Quote]) -> list[Entity | None]:
    """The actor of each quote's source; a continuation takes its first part's speaker."""
    out: list[Entity | None] = []
    introduced = IntroducedSources()
    for quote in quotes:
        speaker = None
        rng = token_range(actors.doc, quote.source) if quote.source else None
        if rng is not None:
            speaker = introduced.earlier(actors.state, *rng) or source_actor(actors.state, *rng)
            introduced.note(actors.state, *rng, speaker)
        continues = getattr(quote, "continues", None)
        if continues is not None and 0 <= continues < len(out):
            speaker = out[continues]
        out.append(speaker)
    return out


def _ranges(doc: Doc, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The token ranges of a quote's cue and content, when it has both."""
    cue = token_range(doc, quote.cue) if quote.cue is not None else None
    content = token_range(doc, quote.content)
    return (cue, content) if cue is not None and content is not None else None


def token_range(doc: Doc, span: Span) -> tuple[int, int] | None:
    """Tokens covering a character span, without surrounding punctuation."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    start, end = sp.start, sp.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None
