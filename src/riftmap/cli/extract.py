"""``riftmap extract``: every attributed statement of some articles, as JSON Lines or tables.

Exit status: 0 when every input was read, 1 when some input could not be read (each one is
named on stderr, the others are still processed), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from riftmap.api import extract_paths
from riftmap.cli.common import (
    ArticlePaths,
    BatchSize,
    KbOption,
    corpus_of,
    pipeline_or_exit,
    readable_files,
    stderr_diagnostics,
)
from riftmap.cli.render.diagnostics import Diagnostics
from riftmap.cli.render.progress import progress_bar
from riftmap.cli.render.quotes import extraction_view, summary
from riftmap.errors import InputError
from riftmap.ingest.files import COLLECTIONS, suffix_of
from riftmap.models import Extraction


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    paths: ArticlePaths,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f", help="jsonl: one JSON object per document; table: a report."
        ),
    ] = OutputFormat.jsonl,
    batch_size: BatchSize = 16,
    kb: KbOption = None,
) -> None:
    """Print every attributed statement: who said it, the cue, what was said, with offsets."""
    diagnostics = stderr_diagnostics()
    with diagnostics.capture_warnings():
        files = readable_files(paths, diagnostics)
        if files:
            _run_extraction(files, output_format, batch_size, diagnostics, kb)
    raise typer.Exit(1 if diagnostics.errors else 0)


def _run_extraction(
    files: list[Path],
    output_format: OutputFormat,
    batch_size: int,
    diagnostics: Diagnostics,
    kb: list[Path] | None = None,
) -> None:
    out = sys.stdout
    # Documents per file are known only when no file holds many (JSON Lines, CSV, feeds, ...).
    total = None if any(suffix_of(f) in COLLECTIONS for f in files) else len(files)
    enabled = diagnostics.console.is_terminal and not out.isatty()
    with progress_bar(diagnostics.console, total, enabled=enabled) as advance:

        def on_error(problem: InputError) -> None:
            diagnostics.error(problem)
            advance()

        corpus = corpus_of(kb, diagnostics)
        extractions = extract_paths(
            files,
            pipeline_or_exit(diagnostics),
            batch_size=batch_size,
            on_error=on_error,
            corpus=corpus,
        )
        if output_format is OutputFormat.jsonl:
            _write_jsonl(extractions, out, advance)
        else:
            _write_tables(extractions, Console(file=out), advance)


def _write_jsonl(
    extractions: Iterator[Extraction], out: TextIO, advance: Callable[[], None]
) -> None:
    for extraction in extractions:
        out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
        advance()


def _write_tables(
    extractions: Iterator[Extraction], console: Console, advance: Callable[[], None]
) -> None:
    documents = quotes = 0
    for extraction in extractions:
        console.print(extraction_view(extraction))
        console.print()
        documents += 1
        quotes += len(extraction.quotes)
        advance()
    console.print(summary(documents, quotes))
