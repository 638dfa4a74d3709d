"""The local engine: read in the driver, analyse in-process or in N worker processes.

The input streams through in chunks (a few articles each); every chunk becomes one batch for
the store, in input order. Before a chunk is analysed, articles already stored or already on
their way to the store are dropped, so a resumed run analyses only what is missing. At most
``2 * workers`` chunks are in flight, which bounds memory whatever the size of the input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from riftmap.engine.stages import FileDone, PipelineFactory, Problem, ReadItem, add_problems
from riftmap.engine.stages import analyse as analyse_stage
from riftmap.engine.stages import read as read_stage
from riftmap.ingest import Columns
from riftmap.ingest.prepare import Prepared
from riftmap.store.db import Store
from riftmap.store.rows import Rows

if TYPE_CHECKING:
    from spacy.language import Language

CHUNK_ARTICLES = 16
CHUNK_CHARS = 200_000
CHUNK_PROBLEMS = 256


@dataclass
class Batch:
    """One transaction's worth for the store, with what it means for progress."""

    tables: dict[str, pa.Table]
    duplicates: int = 0
    files: list[FileDone] = field(default_factory=list)


@dataclass
class _Chunk:
    articles: list[Prepared] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[FileDone] = field(default_factory=list)
    duplicates: int = 0
    chars: int = 0

    def full(self) -> bool:
        return (
            len(self.articles) >= CHUNK_ARTICLES
            or self.chars >= CHUNK_CHARS
            or len(self.problems) >= CHUNK_PROBLEMS
        )

    def batch(self, rows: Rows) -> Batch:
        return Batch(add_problems(rows, self.problems).to_arrow(), self.duplicates, self.files)


def local_batches(
    files: list[Path],
    store: Store,
    *,
    columns: Columns,
    workers: int,
    pipeline: PipelineFactory,
    nlp: Language | None = None,
    batch_size: int = 16,
    first: Iterable[Problem] = (),
) -> Iterator[Batch]:
    """Batches for the store, in input order; see the module docstring."""
    window = 2 * max(workers, 1)
    chunks = _chunks(read_stage(files, columns), store, window, list(first))
    if workers <= 1:
        model = nlp or pipeline()
        for chunk in chunks:
            yield chunk.batch(analyse_stage(model, chunk.articles, batch_size=batch_size))
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(pipeline,)
    ) as pool:
        in_flight: deque[tuple[_Chunk, Future[Rows]]] = deque()
        for chunk in chunks:
            in_flight.append((chunk, pool.submit(_analyse_in_worker, chunk.articles, batch_size)))
            if len(in_flight) >= window:
                done, future = in_flight.popleft()
                yield done.batch(future.result())
        while in_flight:
            done, future = in_flight.popleft()
            yield done.batch(future.result())


def _chunks(
    items: Iterator[ReadItem], store: Store, window: int, problems: list[Problem]
) -> Iterator[_Chunk]:
    """Group the read stream into chunks, leaving out articles stored or on their way.

    Ids of the last ``window + 2`` chunks are remembered; older chunks have been written by
    the time a new one is checked (the consumer writes each batch before asking for more),
    so the store itself answers for them.
    """
    recent: deque[set[str]] = deque(maxlen=window + 2)
    chunk = _Chunk(problems=problems)
    for item in items:
        if isinstance(item, Prepared):
            chunk.articles.append(item)
            chunk.chars += len(item.clean_text)
        elif isinstance(item, Problem):
            chunk.problems.append(item)
        else:
            chunk.files.append(item)
        if chunk.full():
            yield _unseen(chunk, store, recent)
            chunk = _Chunk()
    if chunk.articles or chunk.problems or chunk.files:
        yield _unseen(chunk, store, recent)


def _unseen(chunk: _Chunk, store: Store, recent: deque[set[str]]) -> _Chunk:
    stored = store.known([p.id for p in chunk.articles])
    ids: set[str] = set()
    kept = []
    for prepared in chunk.articles:
        if prepared.id in stored or prepared.id in ids or any(prepared.id in r for r in recent):
            chunk.duplicates += 1
        else:
            ids.add(prepared.id)
            kept.append(prepared)
    chunk.articles = kept
    recent.append(ids)
    return chunk


_WORKER_NLP: list[Language] = []


def _start_worker(pipeline: PipelineFactory) -> None:
    """Load the pipeline once per worker process."""
    _WORKER_NLP.append(pipeline())


def _analyse_in_worker(batch: list[Prepared], batch_size: int) -> Rows:
    return analyse_stage(_WORKER_NLP[0], batch, batch_size=batch_size)
