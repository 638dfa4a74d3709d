"""Command-line arguments and helpers shared by several ``riftmap`` commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from riftmap.console import Diagnostics
from riftmap.errors import InputError
from riftmap.ingest.files import find_files

ArticlePaths = Annotated[
    list[Path],
    typer.Argument(
        exists=True,
        show_default=False,
        metavar="PATH",
        help="Files (.txt .html .jsonl .csv .rss .atom .xml .warc .warc.gz .zip) or folders.",
    ),
]


def readable_files(paths: list[Path], diagnostics: Diagnostics) -> list[Path]:
    """The files named or found under ``paths``; each one that cannot be read is reported."""
    files = []
    for found in find_files(paths):
        if isinstance(found, InputError):
            diagnostics.error(found)
        else:
            files.append(found)
    return files
