"""The ``riftmap`` command: the root Typer app, its ``--version``, and every command group.

A command group is a module ``riftmap.cli.<group>`` with a function ``register(app)`` that adds
its commands (``app.command("name")(function)``) or its sub-app (``app.add_typer(sub, name=)``)
to the root app. To add one: write the module (shared options and the pipeline come from
``riftmap.cli.common``, Rich output from ``riftmap.cli.render``), import it below and call its
``register`` in ``_register``; ``riftmap --help`` lists commands in that order. Command modules
never import this module, so there is no cycle.
"""

from __future__ import annotations

from typing import Annotated

import typer

from riftmap import __version__
from riftmap.cli import actors, eval, extract, ingest, relations, store

app = typer.Typer(
    name="riftmap",
    help="Who said what about whom: attributed statements from news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)


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


def _register(root_app: typer.Typer) -> None:
    """Every command group, in the order ``riftmap --help`` lists them."""
    extract.register(root_app)  # extract
    ingest.register(root_app)  # ingest
    store.register(root_app)  # stats, quotes, export
    actors.register(root_app)  # actors
    relations.register(root_app)  # relations
    eval.register(root_app)  # eval polnear


_register(app)


def main() -> None:
    """Console-script entry point (``riftmap`` in pyproject.toml)."""
    app()
