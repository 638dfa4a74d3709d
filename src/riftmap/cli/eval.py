"""``riftmap eval``: score riftmap against annotated corpora (PolNeAR, NewsMTSC) and answer keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from riftmap.cli.common import BatchSize, pipeline_or_exit, stderr_diagnostics
from riftmap.cli.render.scores import score_table, stance_table
from riftmap.errors import InputError, ModelError, RiftmapError
from riftmap.eval import newsmtsc
from riftmap.eval.polnear import evaluate

eval_app = typer.Typer(help="Score riftmap against annotated corpora.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


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
    diagnostics = stderr_diagnostics()
    err = diagnostics.console
    with diagnostics.capture_warnings(), err.status("extracting and scoring", spinner="dots"):
        try:
            scores = evaluate(folder, pipeline_or_exit(diagnostics), batch_size=batch_size)
        except InputError as problem:
            diagnostics.error(problem)
            raise typer.Exit(1) from problem
    if as_json:
        typer.echo(json.dumps(scores.to_json(), sort_keys=True))
        return
    caption = f"{scores.documents} documents in {folder}"
    Console().print(score_table(scores, "PolNeAR attribution scores", caption))


@eval_app.command("keys")
def eval_keys(
    keys: Annotated[
        Path,
        typer.Argument(
            exists=True,
            file_okay=False,
            show_default=False,
            metavar="KEYS_DIR",
            help="Answer keys: shared/keys, or a folder `riftmap export keys` wrote.",
        ),
    ],
    db: Annotated[
        Path | None,
        typer.Option("--db", metavar="FILE", help="Score the machine's output in this store."),
    ] = None,
    outputs: Annotated[
        list[Path] | None,
        typer.Option(
            "--from",
            exists=True,
            dir_okay=False,
            metavar="OUT.jsonl",
            help="Score extraction JSON Lines instead (with --texts).",
        ),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option(file_okay=False, exists=True, metavar="DIR", help="The articles of --from."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of a table.")
    ] = False,
) -> None:
    """Score the machine's quotes and relations against answer keys (corrections left out of
    the machine's side, so keys exported after correcting measure the machine)."""
    from riftmap.eval.keys import from_jsonl, from_store, read_keys, score
    from riftmap.store import Store

    if (db is None) == (not outputs):
        raise typer.BadParameter("score either a store (--db) or JSON Lines (--from), one of them")
    if outputs and texts is None:
        raise typer.BadParameter("--from needs --texts DIR, the folder of the articles")
    diagnostics = stderr_diagnostics()
    try:
        gold = read_keys(keys)
        if db is not None:
            with Store.open(db, read_only=True) as store:
                machine = from_store(store)
        else:
            machine = from_jsonl(outputs or [], texts or Path())
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(1) from problem
    scores = score(gold, machine)
    if as_json:
        typer.echo(json.dumps(scores.to_json(), sort_keys=True))
        return
    caption = f"{scores.documents} keyed documents in {keys}"
    Console().print(score_table(scores, "Scores against the answer keys", caption))


@eval_app.command("newsmtsc")
def eval_newsmtsc(
    file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            show_default=False,
            metavar="FILE",
            help="A NewsMTSC JSON-lines file (sentence, from, to, polarity per line).",
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of a table.")
    ] = False,
) -> None:
    """Score the stance model's polarity toward each item's target: macro-F1 and accuracy."""
    diagnostics = stderr_diagnostics()
    with diagnostics.console.status("scoring stance", spinner="dots"):
        try:
            scores = newsmtsc.evaluate(file)
        except (InputError, ModelError) as problem:
            diagnostics.error(problem)
            raise typer.Exit(1) from problem
    if as_json:
        typer.echo(json.dumps(scores, sort_keys=True))
        return
    Console().print(stance_table(scores, f"{scores['items']} items in {file}"))
