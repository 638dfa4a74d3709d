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
from typing import TYPE_CHECKING, TypeVar

from riftmap.errors import InputError, UsageError
from riftmap.ingest import Columns, read_paths
from riftmap.models import Article, Extraction

if TYPE_CHECKING:
    from datetime import timedelta

    from spacy.language import Language

    from riftmap.engine.run import Engine, IngestSummary, ProgressHandler
    from riftmap.engine.stages import PipelineFactory
    from riftmap.kb.loader import KnowledgeBase
    from riftmap.network.blocs import BlocRift
    from riftmap.network.dna import DnaViews, Normalisation
    from riftmap.network.identity import Identity
    from riftmap.network.model import Factions, Network, Rift
    from riftmap.network.rows import Relations, Slice
    from riftmap.network.windows import Window
    from riftmap.nlp.actors.corpus import CorpusActors
    from riftmap.store import Corpus, Store

DEFAULT_DB = "riftmap.duckdb"

ErrorHandler = Callable[[InputError], None]
T = TypeVar("T")


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
    from riftmap.nlp.pipeline import build_nlp, extraction_of, make_docs

    if nlp is None:
        nlp = build_nlp()
    pairs = make_docs(nlp, articles, prepare=_without_boilerplate)
    pairs = with_corpus(pairs, corpus if corpus is not None else CorpusActors())
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


# -- the map: networks, windows, factions, rifts ---------------------------------------------
# Each reads either a store (``db``) or extraction JSON Lines (``paths``, as printed by
# ``riftmap extract --format jsonl``); ``kb`` adds knowledge-base aliases to the actor merge.

Sources = Iterable[str | os.PathLike[str]]


def relations(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> Relations:
    """The relation rows of the slice (date range and topic), ends as corpus actor ids."""
    from riftmap.network.jsonl import read_jsonl
    from riftmap.network.rows import Slice
    from riftmap.network.store import read_store

    slice = slice or Slice()
    return _read(
        db, paths,
        lambda files: read_jsonl(files, kb=kb).where(slice),
        lambda store: read_store(store, slice, kb=kb),
    )  # fmt: skip


def network(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> Network:
    """The signed, directed, weighted network of the slice (aggregated in DuckDB for a store)."""
    from riftmap.network.build import build_network
    from riftmap.network.store import store_network

    return _read(
        db, paths,
        lambda files: build_network(relations(paths=files, slice=slice, kb=kb), slice),
        lambda store: store_network(store, slice, kb=kb),
    )  # fmt: skip


def windows(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    window: timedelta | str = "30d",
    step: timedelta | str = "7d",
) -> list[tuple[Window, Network]]:
    """The slice's network in each moving window, in time order."""
    from riftmap.network.windows import windows as over

    rows = relations(db=db, paths=paths, slice=slice, kb=kb)
    return over(rows, _span(window), _span(step), slice)


def factions(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> Factions:
    """The signed partition of the slice's network, with its frustration and polarisation."""
    from riftmap.network.factions import factions as partition

    return partition(network(db=db, paths=paths, slice=slice, kb=kb))


def rifts(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    window: timedelta | str = "30d",
    step: timedelta | str = "7d",
    top: int = 20,
) -> list[Rift]:
    """The slice's rifts, highest surge first, with brokers, topics and evidence."""
    from riftmap.network.rifts import rifts as ranked
    from riftmap.network.store import store_rifts

    span, every = _span(window), _span(step)
    return _read(
        db, paths,
        lambda files: ranked(relations(paths=files, slice=slice, kb=kb), window=span,
                             step=every, slice=slice, top=top),
        lambda store: store_rifts(store, slice, kb=kb, window=span, step=every, top=top),
    )  # fmt: skip


def bloc_rifts(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    window: timedelta | str = "30d",
    step: timedelta | str = "7d",
    top: int = 10,
) -> list[BlocRift]:
    """Rifts between the slice's factions (``factions``), highest surge first."""
    from riftmap.network.blocs import bloc_rifts as ranked
    from riftmap.network.build import build_network
    from riftmap.network.factions import factions as partition

    rows = relations(db=db, paths=paths, slice=slice, kb=kb)  # read once, for blocs and rifts
    blocs = partition(build_network(rows, slice))
    return ranked(rows, blocs, window=_span(window), step=_span(step), slice=slice, top=top)


def discourse(
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    normalisation: Normalisation = "none",
) -> DnaViews:
    """The Discourse Network Analyzer's views of the slice's statements: actor x concept
    affiliation and the one-mode congruence, conflict and subtract networks."""
    from riftmap.network.dna import dna_views

    return dna_views(relations(db=db, paths=paths, slice=slice, kb=kb).rows, normalisation)


def merge_actors(
    db: str | os.PathLike[str], ids: list[str], *, kb: KnowledgeBase | None = None
) -> Identity:
    """Join ``ids[1:]`` into ``ids[0]`` for good (kept across re-ingests); with ``kb``, also
    every actor that knowledge base names by a name or alias (``ids`` may then be empty)."""
    return _override(db, "merge", ids, kb)


def split_actors(
    db: str | os.PathLike[str], actor: str, *, kb: KnowledgeBase | None = None
) -> Identity:
    """Let ``actor`` (an article's id, or a merged corpus id) stand alone again."""
    return _override(db, "split", [actor], kb)


def _override(
    db: str | os.PathLike[str], action: str, ids: list[str], kb: KnowledgeBase | None
) -> Identity:
    from riftmap.network.store import add_override
    from riftmap.store import Store

    with Store.open(db) as store:
        return add_override(store, action, ids, kb)


def _read(
    db: str | os.PathLike[str] | None,
    paths: Sources,
    from_jsonl: Callable[[list[str | os.PathLike[str]]], T],
    from_store: Callable[[Store], T],
) -> T:
    """``from_jsonl(paths)`` when JSON Lines are given, else ``from_store`` over the store
    opened read-only (``DEFAULT_DB`` when ``db`` is None); never both."""
    from riftmap.store import Store

    files = list(paths)
    if db is not None and files:
        raise UsageError("read either a store (--db) or extraction JSON Lines (--from), not both")
    if files:
        return from_jsonl(files)
    with Store.open(db or DEFAULT_DB, read_only=True) as store:
        return from_store(store)


def _span(value: timedelta | str) -> timedelta:
    from riftmap.network.rows import parse_span

    return value if not isinstance(value, str) else parse_span(value)


# -- the report and the exports ----------------------------------------------------------


def report(
    out: str | os.PathLike[str],
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    title: str = "riftmap brief",
    on_progress: Callable[[str], None] | None = None,
) -> Path:
    """Write the brief of the slice (rifts, factions, brokers, quotes, charts) to ``out``.

    ``on_progress`` is called with each stage's name as it starts.
    """
    from riftmap.exports.catalogue import catalogue_of, load_catalogue
    from riftmap.network.build import build_network
    from riftmap.network.rifts import rifts as ranked
    from riftmap.network.store import relation_table, store_network, store_rifts
    from riftmap.report.make import check_output, make_report

    check_output(out)
    step = on_progress or _silent

    def from_jsonl(files: list[str | os.PathLike[str]]) -> Path:
        step("network")
        rows = relations(paths=files, slice=slice, kb=kb)  # read once, for network and rifts
        graph = build_network(rows, slice)
        step("rifts")
        found = ranked(rows, slice=slice)
        return make_report(out, graph, found, lambda ids: load_catalogue(DEFAULT_DB, files, ids),
                           slice=slice, title=title, on_progress=step)

    def from_store(store: Store) -> Path:
        # The slice's rows are read once, for the network and the rifts.
        step("network")
        rows = relation_table(store, slice, kb=kb)
        graph = store_network(store, slice, kb=kb, rows=rows)
        step("rifts")
        found = store_rifts(store, slice, kb=kb, rows=rows)
        return make_report(out, graph, found, lambda ids: catalogue_of(store.con, ids),
                           slice=slice, title=title, on_progress=step)

    return _read(db, paths, from_jsonl, from_store)


def export(
    fmt: str,
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sources = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
) -> str:
    """The slice's network (graphml, gexf) or its relations (dna, plover, gdelt) as text."""
    from riftmap.exports import FORMATS, GRAPH_FORMATS, export_text
    from riftmap.exports.catalogue import load_catalogue

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}' (choose {', '.join(FORMATS)})")
    paths = list(paths)
    graph = network(db=db, paths=paths, slice=slice, kb=kb)
    if fmt in GRAPH_FORMATS:
        return export_text(graph, fmt)
    ids = [r for e in graph.edges for r in e.relations]
    return export_text(graph, fmt, load_catalogue(db or DEFAULT_DB, paths, ids))


def _silent(stage: str) -> None:
    """No progress to show."""
