"""Ingest progress: a bar with articles, rate and ETA on a terminal, plain lines otherwise."""

from __future__ import annotations

import io

from rich.console import Console

from riftmap.cli.render import progress
from riftmap.engine.run import Progress


def test_progress_bar_on_a_terminal_shows_articles_rate_and_eta() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=160)
    with progress.ingest_progress(console, terminal=True) as update:
        update(
            Progress(
                files_total=4,
                bytes_total=4000,
                files_done=2,
                bytes_done=2000,
                articles=30,
                duplicates=2,
                started=0.0,
            )
        )
    drawn = console.file.getvalue()  # type: ignore[attr-defined]
    assert "32 articles" in drawn and "articles/s" in drawn and "ETA" in drawn


def test_without_a_terminal_progress_is_plain_lines(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    console = Console(file=io.StringIO(), width=60)
    with progress.ingest_progress(console, terminal=False) as update:
        update(Progress(files_total=4, bytes_total=4000, files_done=1, articles=3, errors=1))
    (line,) = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert line.startswith("ingest: 1/4 files, 3 new articles,") and "1 failed" in line
