"""What several ``riftmap`` commands share, declared once: arguments and options, the
diagnostics on stderr, the reading of input paths, the pipeline and the actor knowledge base.

``load_pipeline`` is the one seam through which tests hand in a loaded pipeline
(``monkeypatch.setattr(riftmap.cli.common, "load_pipeline", ...)``): every command gets its
pipeline from ``pipeline_or_exit`` or looks ``common.load_pipeline`` up when it runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from riftmap.cli.render.diagnostics import Diagnostics
from riftmap.errors import InputError, RiftmapError
from riftmap.ingest.files import find_files
from riftmap.nlp.actors.corpus import CorpusActors

if TYPE_CHECKING:
    from spacy.language import Language

    from riftmap.kb.loader import KnowledgeBase

ArticlePaths = Annotated[
    list[Path],
    typer.Argument(
        exists=True,
        show_default=False,
        metavar="PATH",
        help="Files (.txt .html .jsonl .csv .rss .atom .xml .warc .warc.gz .zip) or folders.",
    ),
]
BatchSize = Annotated[
    int, typer.Option("--batch-size", min=1, help="Documents the parser takes at a time.")
]
Db = Annotated[
    Path,
    typer.Option("--db", metavar="FILE", help="The DuckDB file of the store."),
]
KbOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--kb",
        exists=True,
        dir_okay=False,
        metavar="FILE",
        show_default=False,
        help="An actor knowledge-base file (YAML) added to the default one; repeatable.",
    ),
]


def stderr_diagnostics() -> Diagnostics:
    """Where a command reports its problems: one line each on stderr."""
    return Diagnostics(Console(stderr=True))


def load_pipeline() -> Language:
    """The spaCy pipeline; a function of its own so that tests can hand in a loaded one."""
    from riftmap.nlp.pipeline import build_nlp

    return build_nlp()


def pipeline_or_exit(diagnostics: Diagnostics) -> Language:
    """``load_pipeline()``, or exit with status 1 after naming why it could not be loaded."""
    try:
        return load_pipeline()
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(1) from problem


def readable_files(paths: list[Path], diagnostics: Diagnostics) -> list[Path]:
    """The files named or found under ``paths``; each one that cannot be read is reported."""
    files = []
    for found in find_files(paths):
        if isinstance(found, InputError):
            diagnostics.error(found)
        else:
            files.append(found)
    return files


def knowledge_of(kb: list[Path] | None) -> KnowledgeBase | None:
    """The default KB joined with the ``--kb`` files, or None (the default alone) without them;
    a file that cannot be read raises ``KnowledgeBaseError`` (a usage error)."""
    from riftmap.kb import load_kb

    return load_kb(kb) if kb else None


def corpus_of(kb: list[Path] | None, diagnostics: Diagnostics) -> CorpusActors:
    """A fresh ``CorpusActors`` over the default KB and the ``--kb`` files (exit 2 if bad)."""
    from riftmap.kb import load_kb

    try:
        return CorpusActors(load_kb(kb or ()))
    except RiftmapError as problem:
        diagnostics.error(problem)
        raise typer.Exit(2) from problem
