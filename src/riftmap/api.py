"""The Python API that every interface (CLI, HTTP, web) calls; no logic lives in those shells."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from riftmap.errors import InputError
from riftmap.ingest import read_paths
from riftmap.models import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

ErrorHandler = Callable[[InputError], None]


def extract(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[Extraction]:
    """Run the pipeline over articles, yielding one ``Extraction`` per article, in order.

    ``nlp`` defaults to ``build_nlp()``; pass one in to load the model once for many calls.
    """
    if nlp is None:
        from riftmap.nlp.pipeline import build_nlp

        nlp = build_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield Extraction(
            article=article,
            actors=tuple(doc._.actors or ()),
            quotes=tuple(doc._.quotes or ()),
        )


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    on_error: ErrorHandler | None = None,
) -> Iterator[Extraction]:
    """Read files and folders (see ``riftmap.ingest``) and extract from every article in them.

    A file or record that cannot be read is passed to ``on_error`` and the run goes on; without
    a handler the first such error is raised.
    """
    yield from extract(_articles(paths, on_error), nlp, batch_size=batch_size)


def _articles(
    paths: Iterable[str | os.PathLike[str]], on_error: ErrorHandler | None
) -> Iterator[Article]:
    for item in read_paths(paths):
        if isinstance(item, Article):
            yield item
        elif on_error is None:
            raise item
        else:
            on_error(item)
