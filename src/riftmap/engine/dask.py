"""The Dask engine: the same stages as Dask tasks over partitions of the input files.

The files are cut, in input order, into partitions of about ``PARTITION_BYTES``; each task
reads, prepares and analyses one partition and writes its rows as Parquet files into a
staging folder (``part-NNNNNN/``, made whole by a rename). The driver loads the partitions
into the store in input order, each in one transaction, so the store links duplicates exactly
as the local engine does. A run that is stopped keeps its finished partitions: started again
on the same input, it loads them without analysing them again. With no scheduler address a
``LocalCluster`` of ``workers`` processes is started; on a real cluster the staging folder must
be one that the workers and the driver all see (a shared file system).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from riftmap.engine.local import CHUNK_ARTICLES, Batch
from riftmap.engine.stages import FileDone, PipelineFactory, Problem, add_problems
from riftmap.engine.stages import analyse as analyse_stage
from riftmap.engine.stages import read as read_stage
from riftmap.errors import UsageError
from riftmap.ingest import Columns
from riftmap.ingest.prepare import Prepared
from riftmap.store.rows import BATCH_SCHEMAS, Rows
from riftmap.store.version import VERSION as __version__

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

PARTITION_BYTES = 2 * 1024 * 1024
_DONE = "_done.json"


def partitions(files: list[Path], size: int | None = None) -> list[list[Path]]:
    """Consecutive runs of files of about ``size`` bytes each (a larger file stands alone)."""
    size = size or PARTITION_BYTES
    parts: list[list[Path]] = []
    current: list[Path] = []
    total = 0
    for path in files:
        length = _size(path)
        if current and total + length > size:
            parts.append(current)
            current, total = [], 0
        current.append(path)
        total += length
    if current:
        parts.append(current)
    return parts


def dask_batches(
    files: list[Path],
    staging: Path,
    *,
    columns: Columns,
    workers: int,
    scheduler: str | None,
    pipeline: PipelineFactory,
    batch_size: int = 16,
    first: list[Problem] | None = None,
) -> Iterator[Batch]:
    """Batches for the store, one per partition, in input order (see the module docstring)."""
    parts = partitions(files)
    run_dir = staging / _fingerprint(files, columns)
    run_dir.mkdir(parents=True, exist_ok=True)
    if first:
        yield Batch(add_problems(Rows(), first).to_arrow())
    with _client(scheduler, workers) as client:
        futures = [
            None
            if (run_dir / _name(i) / _DONE).exists()
            else client.submit(
                run_partition, i, part, columns, str(run_dir), pipeline, batch_size, pure=False
            )
            for i, part in enumerate(parts)
        ]
        for i, future in enumerate(futures):
            if future is not None:
                future.result()
            yield load_partition(run_dir / _name(i))
    shutil.rmtree(run_dir, ignore_errors=True)


def run_partition(
    index: int,
    files: list[Path],
    columns: Columns,
    run_dir: str,
    pipeline: PipelineFactory,
    batch_size: int,
) -> str:
    """One Dask task: read, prepare and analyse ``files``; write their rows as Parquet."""
    nlp = _pipeline(pipeline)
    rows, pending, seen, duplicates, done = Rows(), list[Prepared](), set[str](), 0, []
    for item in read_stage(files, columns):
        if isinstance(item, Prepared):
            if item.id in seen:
                duplicates += 1
                continue
            seen.add(item.id)
            pending.append(item)
            if len(pending) >= CHUNK_ARTICLES:
                rows.extend(analyse_stage(nlp, pending, batch_size=batch_size))
                pending = []
        elif isinstance(item, Problem):
            rows.problem(item.origin, item.severity, item.reason)
        else:
            done.append([str(item.path), item.size])
    rows.extend(analyse_stage(nlp, pending, batch_size=batch_size))
    return _write_partition(Path(run_dir) / _name(index), rows, duplicates, done)


def _write_partition(folder: Path, rows: Rows, duplicates: int, done: list[Any]) -> str:
    """Write the partition into a temporary folder and rename it: it exists whole or not."""
    scratch = folder.with_name(f"{folder.name}.{uuid.uuid4().hex}.tmp")
    scratch.mkdir(parents=True)
    for name, table in rows.to_arrow().items():
        pq.write_table(table, scratch / f"{name}.parquet")
    meta = {"duplicates": duplicates, "files": done}
    (scratch / _DONE).write_text(json.dumps(meta), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(scratch, folder)
    return str(folder)


def load_partition(folder: Path) -> Batch:
    """A partition written by ``run_partition``, as a batch for the store."""
    meta = json.loads((folder / _DONE).read_text(encoding="utf-8"))
    tables = {
        name: pq.read_table(folder / f"{name}.parquet", schema=schema)
        for name, schema in BATCH_SCHEMAS.items()
    }
    files = [FileDone(Path(path), size) for path, size in meta["files"]]
    return Batch(tables, meta["duplicates"], files)


_PIPELINES: dict[str, Language] = {}


def _pipeline(factory: PipelineFactory) -> Language:
    """The pipeline of this worker process, loaded by its first task."""
    key = f"{factory.__module__}.{factory.__qualname__}"
    if key not in _PIPELINES:
        _PIPELINES[key] = factory()
    return _PIPELINES[key]


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise UsageError(
            "--engine dask needs Dask: pip install 'riftmap[dask]' (dask and distributed)"
        ) from err
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def _fingerprint(files: list[Path], columns: Columns) -> str:
    """Names the staging folder of an input: the same files, unchanged, find it again."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{__version__}|{PARTITION_BYTES}|{sorted(columns.names.items())}".encode())
    for path in files:
        stat = path.stat() if path.exists() else None
        digest.update(
            f"|{path}|{stat.st_size if stat else -1}|{stat.st_mtime_ns if stat else -1}".encode(
                "utf-8", "surrogateescape"
            )
        )
    return f"run-{digest.hexdigest()}"


def _name(index: int) -> str:
    return f"part-{index:06d}"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
