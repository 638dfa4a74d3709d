"""The ``riftmap`` command: parse options, call ``riftmap.api`` and ``riftmap.eval``, print.

Exit status: 0 when every input was read, 1 when some input could not be read (each one is
named on stderr, the others are still processed), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console

from riftmap import __version__, cli_actors, cli_relations, cli_store
from riftmap.api import extract_paths
from riftmap.cli_options import ArticlePaths, readable_files
from riftmap.console import Diagnostics, extraction_view, progress_bar, score_table, summary
from riftmap.errors import InputError, RiftmapError
from riftmap.eval.polnear import evaluate
from riftmap.ingest.files import COLLECTIONS, suffix_of
from riftmap.models import Extraction

if TYPE_CHECKING:
    from spacy.language import Language

app = typer.Typer(
    name="riftmap",
    help="Who said what about whom: attributed statements from news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Score riftmap against annotated corpora.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def load_pipeline() -> Language:
    """The spaCy pipeline; a function of its own so that tests can hand in a loaded one."""
    from riftmap.nlp.pipeline import build_nlp

    return build_nlp()


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"riftmap {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Who said what about whom: attributed statements from news articles."""


BatchSize = Annotated[
    int, typer.Option("--batch-size", min=1, help="Documents the parser takes at a time.")
]


@app.command()
def extract(
    paths: ArticlePaths,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f", help="jsonl: one JSON object per document; table: a report."
        ),
    ] = OutputFormat.jsonl,
    batch_size: BatchSize = 16,
    kb: cli_actors.KbOption = None,
) -> None:
    """Print every attributed statement: who said it, the cue, what was said, with offsets."""
    err = Console(stderr=True)
    diagnostics = Diagnostics(err)
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

        corpus = cli_actors.corpus_of(kb, diagnostics)
        extractions = extract_paths(
            files, _load(diagnostics), batch_size=batch_size, on_error=on_error, corpus=corpus
        )
        if output_format is OutputFormat.jsonl:
            _write_jsonl(extractions, out, advance)
        else:
            _write_tables(extractions, Console(file=out), advance)


def _load(diagnostics: Diagnostics) -> Language:
    try:
        return load_pipeline()
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(1) from problem


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


@eval_app.command("polnear")
def eval_polnear(
    folder: Annotated[
        Path,
        typer.Argument(
            exists=True,
            file_okay=False,
            show_default=False,
            metavar="FOLDER",
            help="A PolNeAR folder holding text/*.txt and attributions/*.ann.",
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of a table.")
    ] = False,
    batch_size: BatchSize = 16,
) -> None:
    """Extract from a PolNeAR folder and score source, cue, content and attribution."""
    for part in ("text", "attributions"):
        if not (folder / part).is_dir():
            raise typer.BadParameter(f"{folder} has no {part}/ folder", param_hint="FOLDER")
    err = Console(stderr=True)
    diagnostics = Diagnostics(err)
    with diagnostics.capture_warnings(), err.status("extracting and scoring", spinner="dots"):
        try:
            scores = evaluate(folder, _load(diagnostics), batch_size=batch_size)
        except InputError as problem:
            diagnostics.error(problem)
            raise typer.Exit(1) from problem
    if as_json:
        typer.echo(json.dumps(scores.to_json(), sort_keys=True))
        return
    caption = f"{scores.documents} documents in {folder}"
    Console().print(score_table(scores, caption))


app.command("ingest")(cli_store.ingest)
app.command("stats")(cli_store.stats)
app.command("quotes")(cli_store.quotes)
app.command("export")(cli_store.export)
app.command("actors")(cli_actors.actors)
app.command("relations")(cli_relations.relations)
app.command("actors")(cli_actors.actors)


def main() -> None:
    """Console-script entry point (``riftmap`` in pyproject.toml)."""
    app()
