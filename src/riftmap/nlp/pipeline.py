"""Assemble the riftmap spaCy pipeline (the shipped English model plus our components), make
its documents from articles, and read what it found back as ``Extraction`` values.

The model package (``nlp.text.word_classes.MODEL_PACKAGE``) is imported here and nowhere
else, and only when ``build_nlp`` is called, so importing riftmap never loads a model.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from riftmap.models import Article, Extraction, Quote, Relation, Span
from riftmap.nlp import (
    extensions,
    factories,  # noqa: F401  (registers the component factories)
)
from riftmap.nlp.text import attribute_table, lemma_table
from riftmap.nlp.text.dot_mentions import split_dot_mentions
from riftmap.nlp.text.glued_quotes import split_glued_quotes
from riftmap.nlp.text.long_runs import guard, guard_config
from riftmap.nlp.text.prefixes import keep_prefixed
from riftmap.nlp.text.sentence_breaks import keep_whole_titles
from riftmap.nlp.text.turned_apostrophes import split_turned_possessives
from riftmap.nlp.text.word_classes import MODEL_PACKAGE
from riftmap.nlp.timex import published_of


def load_base_model() -> Language:
    """Load the pinned English pipeline from its Python package (no download, no lookup), with
    the sentence starts it must not miss set before it parses and titles such as "Sens." and
    "Pres." kept whole (``nlp.text.sentence_breaks``), words such as "co-founder" kept whole
    (``nlp.text.prefixes``), the period of ".@handle" and the "‘s" of "Trump‘s" split off
    (``nlp.text.dot_mentions``, ``nlp.text.turned_apostrophes``), a quotation mark glued to
    the next word split off (``nlp.text.glued_quotes``) and its tokenizer guarded
    against long runs without a space (``nlp.text.long_runs``)."""
    nlp: Language = importlib.import_module(MODEL_PACKAGE).load()
    keep_prefixed(nlp.tokenizer)
    keep_whole_titles(nlp.tokenizer)
    split_dot_mentions(nlp.tokenizer)
    split_turned_possessives(nlp.tokenizer)
    split_glued_quotes(nlp.tokenizer)
    nlp.tokenizer = guard(nlp.tokenizer, nlp.vocab)
    guard_config(nlp)
    nlp.add_pipe("riftmap_sentence_breaks", first=True)
    return nlp


def make_docs(
    nlp: Language, articles: Iterable[Article], prepare: Callable[[str], str] | None = None
) -> Iterator[tuple[Doc, Article]]:
    """Unparsed docs for ``nlp.pipe(..., as_tuples=True)``, each carrying its article's
    publication date in ``doc._.published`` for the components that need it.

    ``prepare`` may rewrite the text before parsing (boilerplate blanked out) but must keep its
    length, so that every offset found still indexes the article's own text.
    """
    extensions.register()
    for article in articles:
        text = prepare(article.text) if prepare else article.text
        if len(text) != len(article.text):
            raise ValueError("prepare() must keep the text's length (offsets index the original)")
        doc = nlp.make_doc(text)
        doc._.published = published_of(article)
        yield doc, article


def build_nlp(*, speakers: bool = True) -> Language:
    """The full extraction pipeline: parse, attribute statements, resolve speakers. The
    model's attribute ruler and lemmatizer are swapped for tables that set the same values
    faster (``nlp.text.attribute_table``, ``nlp.text.lemma_table``)."""
    nlp = load_base_model()
    attribute_table.use_table(nlp)
    lemma_table.use_table(nlp)
    nlp.add_pipe("riftmap_attribution")
    if speakers:
        nlp.add_pipe("riftmap_speakers")
        nlp.add_pipe("riftmap_relations")
    return nlp


def extraction_of(doc: Doc, article: Article) -> Extraction:
    """What the pipeline found in ``doc`` (the parsed text of ``article``).

    Relations handed in as contract dicts (by a pipeline of one's own) become ``Relation``
    values; an article without a publication date takes the one its file name carries.
    """
    relations = doc._.get("relations") if doc.has_extension("relations") else None
    published = published_of(article)
    if published != article.published:
        article = replace(article, published=published)
    text = article.text
    return Extraction(
        article=article,
        actors=tuple(
            replace(a, mentions=tuple(_recut(m, text) for m in a.mentions))
            for a in doc._.actors or ()
        ),
        quotes=tuple(_recut_quote(q, text) for q in doc._.quotes or ()),
        relations=tuple(
            replace(r, evidence=_recut(r.evidence, text))
            for r in (
                r if isinstance(r, Relation) else Relation.from_json(r) for r in relations or ()
            )
        ),
    )


def _recut(span: Span, text: str) -> Span:
    """The span cut out of the article's own text: the parsed copy may differ from it in a
    character here and there (``make_docs``' ``prepare``: boilerplate blanked, single
    quotation marks made double), and every span shown must quote the article exactly."""
    return span if text[span.start : span.end] == span.text else Span.of(text, span.start, span.end)


def _recut_quote(quote: Quote, text: str) -> Quote:
    return replace(
        quote,
        content=_recut(quote.content, text),
        cue=None if quote.cue is None else _recut(quote.cue, text),
        source=None if quote.source is None else _recut(quote.source, text),
    )
