"""The Python API that every interface (CLI, HTTP, web) calls; no logic lives in those shells."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from riftmap.models import Extraction, Article


def extract(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[Extraction]:
    """Run the pipeline over articles, yielding one ``Extraction`` per article, in order."""
    from riftmap.nlp.pipeline import build_nlp

    nlp = nlp or build_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield Extraction(
            article=article,
            actors=tuple(doc._.actors),
            quotes=tuple(doc._.quotes),
        )
