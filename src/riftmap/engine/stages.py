"""The stage functions of an ingest run, shared by every engine.

    read:     files -> Prepared articles, Problems and FileDone marks (streaming)
    analyse:  Prepared articles -> Rows (the spaCy pipeline; the costly stage)
    store:    Rows -> the database (riftmap.store.db; the driver alone writes)

The local engine runs ``read`` in the driver and ``analyse`` in-process or in worker
processes; the Dask engine runs both in Dask tasks over partitions of the input files. Both
hand the same rows to the same store write, so they store identical rows.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from riftmap.errors import EmptyInput, InputError, UsageError
from riftmap.ingest import Columns, find_files, read_file
from riftmap.ingest.prepare import Prepared, prepare
from riftmap.models import Article
from riftmap.store.rows import Rows

if TYPE_CHECKING:
    from spacy.language import Language

Severity = Literal["error", "skipped", "warning"]
PipelineFactory = Callable[[], "Language"]


def pipeline_from(spec: str) -> PipelineFactory:
    """The factory named ``"module:function"``: a function returning a spaCy ``Language``
    that fills ``doc._.quotes`` and ``doc._.actors`` (and ``doc._.relations``) as riftmap's do.

    It is imported by name, so worker processes and Dask workers can import it too.
    """
    module_name, sep, name = spec.partition(":")
    if not sep or not module_name or not name:
        raise UsageError(f"--pipeline: '{spec}' is not MODULE:FUNCTION")
    try:
        factory = getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError) as err:
        raise UsageError(f"--pipeline: cannot import {spec} ({err})") from err
    if not callable(factory):
        raise UsageError(f"--pipeline: {spec} is not a function")
    return cast(PipelineFactory, factory)


@dataclass(frozen=True)
class Problem:
    """A file or record that was not stored as it stands, and why."""

    origin: str
    severity: Severity
    reason: str

    @classmethod
    def of(cls, err: InputError | str, severity: Severity) -> Problem:
        """From a message that names its file first (``"path: reason"``)."""
        message = str(err)
        origin, sep, _ = message.partition(": ")
        return cls(origin if sep else "", severity, message)


@dataclass(frozen=True)
class FileDone:
    """The reading of one input file has finished (for progress)."""

    path: Path
    size: int


ReadItem = Prepared | Problem | FileDone


def find(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """The files to read under ``paths`` (see ``find_files``), and problems met finding them."""
    files, problems = [], []
    with _warnings() as warnings:
        for found in find_files(paths):
            if isinstance(found, InputError):
                problems.append(Problem.of(found, "error"))
            else:
                files.append(found)
        problems.extend(_drain(warnings))
    return files, problems


def read(files: Iterable[Path], columns: Columns) -> Iterator[ReadItem]:
    """Read and prepare every article of ``files``, with problems and warnings in their place."""
    with _warnings() as warnings:
        for path in files:
            for item in read_file(path, columns):
                yield from _drain(warnings)
                yield _prepared(item)
            yield from _drain(warnings)
            yield FileDone(path, _size(path))


def _prepared(item: Article | InputError) -> Prepared | Problem:
    if isinstance(item, EmptyInput):
        return Problem.of(item, "skipped")
    if isinstance(item, InputError):
        return Problem.of(item, "error")
    prepared = prepare(item)
    if prepared.is_empty:
        where = prepared.article.origin or prepared.article.doc
        reason = "empty" if not prepared.article.text.strip() else "nothing but boilerplate"
        return Problem(where, "skipped", f"{where}: no article text ({reason}); skipped")
    return prepared


def analyse(nlp: Language, batch: list[Prepared], *, batch_size: int = 16) -> Rows:
    """Run the pipeline over the cleaned texts of ``batch``; rows for the store.

    Documents are made as ``riftmap.api.extract`` makes them (``make_docs``: the publication
    date on ``doc._.published``), but from the cleaned text (boilerplate blanked, same length),
    so every offset found indexes the original text too. Each article is analysed on its own
    (no actor memory carried from one article to the next), so that its rows do not depend on
    which articles a worker saw before: engines, worker counts and resumed runs then store
    the same rows. An article the pipeline fails on becomes a problem, not a failed batch.
    """
    from riftmap.nlp.collector import long_lived_frozen
    from riftmap.nlp.pipeline import extraction_of, make_docs

    rows = Rows()
    try:
        pairs = make_docs(nlp, [p.article for p in batch], prepare=_cleaned(batch))
        with long_lived_frozen():  # as in ``riftmap.api.extract``
            done = list(nlp.pipe(pairs, as_tuples=True, batch_size=batch_size))
    except Exception:
        return _analyse_one_by_one(nlp, batch)
    for prepared, (doc, article) in zip(batch, done, strict=True):
        rows.add(prepared, extraction_of(doc, article))
    return rows


def _cleaned(batch: list[Prepared]) -> Callable[[str], str]:
    """The cleaned text of each article of ``batch`` by its text, as ``prepare`` made it when
    the article was read (cleaning it again for the parser would only repeat that work)."""
    return {p.article.text: p.clean_text for p in batch}.__getitem__


def _analyse_one_by_one(nlp: Language, batch: list[Prepared]) -> Rows:
    from riftmap.nlp.pipeline import extraction_of, make_docs

    rows = Rows()
    for prepared in batch:
        where = prepared.article.origin or prepared.article.doc
        try:
            ((made, article),) = make_docs(nlp, [prepared.article], prepare=_cleaned([prepared]))
            doc = nlp(made)
        except Exception as err:  # one bad article must not stop the run
            rows.problem(where, "error", f"{where}: analysis failed ({type(err).__name__}: {err})")
            continue
        rows.add(prepared, extraction_of(doc, article))
    return rows


def add_problems(rows: Rows, problems: Iterable[Problem]) -> Rows:
    for problem in problems:
        rows.problem(problem.origin, problem.severity, problem.reason)
    return rows


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _warnings() -> Iterator[_Collector]:
    """Collect what the readers log as warnings, instead of letting it reach the console."""
    logger = logging.getLogger("riftmap.ingest")
    collector = _Collector()
    logger.addHandler(collector)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield collector
    finally:
        logger.removeHandler(collector)
        logger.propagate = propagate


def _drain(collector: _Collector) -> Iterator[Problem]:
    while collector.messages:
        yield Problem.of(collector.messages.pop(0), "warning")
