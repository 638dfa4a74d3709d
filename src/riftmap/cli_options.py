"""Command-line arguments shared by several ``riftmap`` commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

ArticlePaths = Annotated[
    list[Path],
    typer.Argument(
        exists=True,
        show_default=False,
        metavar="PATH",
        help="Files (.txt .html .jsonl .csv .rss .atom .xml .warc .warc.gz .zip) or folders.",
    ),
]
