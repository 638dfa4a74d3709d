"""Progress of long commands: a transient Rich bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

if TYPE_CHECKING:
    from riftmap.engine.run import Progress as IngestProgress

# Without a terminal, a progress line at most this often (seconds).
LOG_EVERY = 10.0


@contextmanager
def progress_bar(
    console: Console, total: int | None, *, enabled: bool
) -> Iterator[Callable[[], None]]:
    """Yield a function to call once per document; draws a transient bar when ``enabled``."""
    if not enabled:
        yield lambda: None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn() if total else TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
    )
    # No stdout redirection: the output may be a file while the bar is on the terminal.
    with Progress(
        *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
    ) as progress:
        task = progress.add_task("extract", total=total)
        yield lambda: progress.advance(task)


@contextmanager
def ingest_progress(
    console: Console, *, terminal: bool
) -> Iterator[Callable[[IngestProgress], None]]:
    """Yield the callback for progress: a Rich bar on a terminal, plain log lines otherwise."""
    if not terminal:
        yield _log_lines(console)
        return
    columns = (
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.fields[articles]:,} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True, redirect_stdout=False) as bar:
        task = bar.add_task("ingest", total=None, articles=0, rate=0.0)

        def update(p: IngestProgress) -> None:
            bar.update(
                task,
                total=p.bytes_total or None,
                completed=p.bytes_done,
                articles=p.articles + p.duplicates,
                rate=p.rate,
            )

        yield update


def _log_lines(console: Console) -> Callable[[IngestProgress], None]:
    last = [time.monotonic()]

    def log(p: IngestProgress) -> None:
        if time.monotonic() - last[0] < LOG_EVERY:
            return
        last[0] = time.monotonic()
        console.print(progress_line(p), soft_wrap=True, highlight=False)

    return log


def progress_line(p: IngestProgress) -> str:
    """One plain line of progress, for logs."""
    return (
        f"ingest: {p.files_done}/{p.files_total} files, {p.articles} new articles, "
        f"{p.duplicates} duplicates, {p.skipped} skipped, {p.errors} failed, "
        f"{p.rate:.1f} articles/s, {p.elapsed:.0f} s"
    )
