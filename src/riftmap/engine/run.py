"""The driver of an ingest run: find the files, run an engine, write its batches, report.

The driver alone writes to the store, one transaction per batch, in input order; the engines
only produce batches. Progress is reported after every batch through a callback, and the
run's row in ``ingest_runs`` says how it ended.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from riftmap.engine.local import Batch, local_batches
from riftmap.engine.stages import PipelineFactory, Problem, find
from riftmap.errors import UsageError
from riftmap.ingest import Columns
from riftmap.store.db import Store, Written

if TYPE_CHECKING:
    from spacy.language import Language

Engine = Literal["local", "dask"]


@dataclass
class Progress:
    """Counts so far, for a progress bar or log lines."""

    files_total: int
    bytes_total: int
    files_done: int = 0
    bytes_done: int = 0
    articles: int = 0
    duplicates: int = 0
    skipped: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Articles taken in (stored or recognised as copies) per second."""
        return (self.articles + self.duplicates) / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(frozen=True)
class IngestSummary:
    """How a run ended and what it added; ``problems`` lists what was not stored and why."""

    run_id: int
    status: str
    db: Path
    articles: int
    duplicates: int
    skipped: int
    errors: int
    elapsed: float
    problems: tuple[Problem, ...] = ()

    @property
    def failed(self) -> bool:
        return self.errors > 0 or self.status != "finished"


@dataclass(frozen=True)
class IngestOptions:
    engine: Engine = "local"
    workers: int = 1
    scheduler: str | None = None
    columns: Columns = field(default_factory=Columns)
    batch_size: int = 16
    staging: Path | None = None


ProgressHandler = Callable[[Progress], None]


def run_ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    options: IngestOptions,
    pipeline: PipelineFactory,
    *,
    nlp: Language | None = None,
    on_progress: ProgressHandler | None = None,
) -> IngestSummary:
    """Take every article under ``paths`` into ``store``; see the module docstring."""
    given = [str(p) for p in paths]
    files, problems = find(given)
    progress = Progress(len(files), sum(_size(f) for f in files))
    run_id = store.start_run(engine=options.engine, workers=options.workers, paths=given)
    status = "failed"
    try:
        for batch in _batches(files, store, options, pipeline, nlp, problems):
            written = store.write(run_id, batch.tables, duplicates=batch.duplicates)
            _advance(progress, batch, written)
            if on_progress:
                on_progress(progress)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        row = store.finish_run(run_id, status)
    return _summary(store, row, progress)


def _batches(
    files: list[Path],
    store: Store,
    options: IngestOptions,
    pipeline: PipelineFactory,
    nlp: Language | None,
    first: list[Problem],
) -> Iterator[Batch]:
    if options.engine == "local":
        return local_batches(
            files,
            store,
            columns=options.columns,
            workers=options.workers,
            pipeline=pipeline,
            nlp=nlp,
            batch_size=options.batch_size,
            first=first,
        )
    if options.engine == "dask":
        from riftmap.engine.dask import dask_batches

        staging = options.staging or store.path.with_name(store.path.name + ".parts")
        return dask_batches(
            files,
            staging,
            columns=options.columns,
            workers=options.workers,
            scheduler=options.scheduler,
            pipeline=pipeline,
            batch_size=options.batch_size,
            first=first,
        )
    raise UsageError(f"unknown engine '{options.engine}' (local or dask)")


def _advance(progress: Progress, batch: Batch, written: Written) -> None:
    problems = batch.tables["problems"].column("severity").to_pylist()
    progress.files_done += len(batch.files)
    progress.bytes_done += sum(f.size for f in batch.files)
    progress.skipped += problems.count("skipped")
    progress.errors += problems.count("error")
    progress.articles += written.stored - written.near_duplicates
    progress.duplicates += written.near_duplicates + written.exact_duplicates


def _summary(store: Store, row: dict[str, object], progress: Progress) -> IngestSummary:
    run_id = int(row["id"])  # type: ignore[call-overload]
    problems = store.con.execute(
        "SELECT origin, severity, reason FROM ingest_errors WHERE run_id = ? ORDER BY seq",
        [run_id],
    ).fetchall()
    return IngestSummary(
        run_id=run_id,
        status=str(row["status"]),
        db=store.path,
        articles=int(row["articles"]),  # type: ignore[call-overload]
        duplicates=int(row["duplicates"]),  # type: ignore[call-overload]
        skipped=int(row["skipped"]),  # type: ignore[call-overload]
        errors=int(row["errors"]),  # type: ignore[call-overload]
        elapsed=progress.elapsed,
        problems=tuple(Problem(o, s, r) for o, s, r in problems),
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
