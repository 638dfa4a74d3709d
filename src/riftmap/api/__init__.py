"""The Python API that every interface (CLI, HTTP, web) calls; no logic lives in those shells.

extract(articles, nlp)   what was said in articles you hold
extract_paths(paths)     the same for files and folders
ingest(paths, db)        take a pile of articles into a DuckDB store (idempotent, resumable)
open(db)                 read a store: quotes, relations, actors ... as DataFrames
relations(db | paths)    the map's relation rows of a slice, actors merged across articles
network(db | paths)      the signed network of a slice (``Network``)
windows(db | paths)      the same over moving windows
factions(db | paths)     a signed partition of the actors (``Factions``)
rifts(db | paths)        ranked rifts with their brokers and evidence (``Rift``)
merge_actors(db, ids)    join actors by hand; split_actors(db, id) undoes a merge
report(out, db | paths)  the reporter's brief of a slice, .html (one offline file) or .md
export(fmt, db | paths)  the slice for Gephi (graphml, gexf), DNA, PLOVER or GDELT tools
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from riftmap.api.briefs import export, report
from riftmap.api.maps import (
    bloc_rifts,
    discourse,
    factions,
    merge_actors,
    network,
    relations,
    rifts,
    split_actors,
    windows,
)
from riftmap.api.reading import DEFAULT_DB, Sources
from riftmap.errors import InputError, UsageError
from riftmap.ingest import Columns, read_paths
from riftmap.models import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from riftmap.engine.run import Engine, IngestSummary, ProgressHandler
    from riftmap.engine.stages import PipelineFactory
    from riftmap.nlp.actors.corpus import CorpusActors
    from riftmap.store import Corpus

__all__ = [
    "DEFAULT_DB",
    "Sources",
    "bloc_rifts",
    "discourse",
    "export",
    "extract",
    "extract_paths",
    "factions",
    "ingest",
    "merge_actors",
    "network",
    "open",
    "relations",
    "report",
    "rifts",
    "split_actors",
    "windows",
]

ErrorHandler = Callable[[InputError], None]


def extract(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    corpus: CorpusActors | None = None,
) -> Iterator[Extraction]:
    """Run the pipeline over articles, yielding one ``Extraction`` per article, in order.

    ``nlp`` defaults to ``build_nlp()``; pass one in to load the model once for many calls.
    ``corpus`` (a fresh ``riftmap.nlp.actors.corpus.CorpusActors`` by default) gives each
    actor one id across the articles and carries descriptors learned in one article to the
    next; pass one in to read it afterwards (``riftmap actors``) or to use knowledge-base
    files of your own.
    """
    from riftmap.nlp.actors.corpus import CorpusActors, with_corpus
    from riftmap.nlp.collector import long_lived_frozen
    from riftmap.nlp.pipeline import build_nlp, extraction_of, make_docs

    if nlp is None:
        nlp = build_nlp()
    pairs = make_docs(nlp, articles, prepare=_without_boilerplate)
    pairs = with_corpus(pairs, corpus if corpus is not None else CorpusActors())
    with long_lived_frozen():  # the model's objects outlive the run: no pass can free them
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield extraction_of(doc, article)


def _without_boilerplate(text: str) -> str:
    """Donation appeals and repeated paragraphs blanked out (same length: offsets hold)."""
    from riftmap.ingest.clean import clean

    return clean(text).text


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    on_error: ErrorHandler | None = None,
    corpus: CorpusActors | None = None,
) -> Iterator[Extraction]:
    """Read files and folders (see ``riftmap.ingest``) and extract from every article in them.

    A file or record that cannot be read is passed to ``on_error`` and the run goes on; without
    a handler the first such error is raised. ``corpus`` as for ``extract``.
    """
    yield from extract(_articles(paths, on_error), nlp, batch_size=batch_size, corpus=corpus)


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


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str] = DEFAULT_DB,
    *,
    engine: Engine = "local",
    workers: int = 1,
    scheduler: str | None = None,
    columns: Columns | str | None = None,
    batch_size: int = 16,
    staging: str | os.PathLike[str] | None = None,
    nlp: Language | None = None,
    pipeline: PipelineFactory | None = None,
    on_progress: ProgressHandler | None = None,
) -> IngestSummary:
    """Take every article under ``paths`` into the DuckDB file ``db`` (see ``riftmap ingest``).

    Idempotent and resumable: articles already stored are skipped, so running again after an
    interruption finishes the job and running again after success adds nothing. ``columns``
    maps riftmap's fields to the columns of CSV and JSON Lines inputs (``"text=body"``).
    ``nlp`` is used in-process when given (one worker); worker processes and Dask tasks build
    their own with ``pipeline`` (default ``build_nlp``), which must be importable by them.
    """
    from riftmap.engine.run import IngestOptions, run_ingest
    from riftmap.nlp.pipeline import build_nlp
    from riftmap.store import Store

    if workers < 1:
        raise UsageError("workers must be at least 1")
    options = IngestOptions(
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        columns=columns if isinstance(columns, Columns) else Columns.parse(columns),
        batch_size=batch_size,
        staging=Path(staging) if staging else None,
    )
    from riftmap.network.store import refresh_identity

    with Store.open(db) as store:
        summary = run_ingest(
            paths, store, options, pipeline or build_nlp, nlp=nlp, on_progress=on_progress
        )
        refresh_identity(store)
    return summary


def open(db: str | os.PathLike[str] = DEFAULT_DB) -> Corpus:
    """Open a store for reading: DataFrames of its quotes, relations, actors and more."""
    from riftmap.store import Corpus

    return Corpus.open(db)
