"""Terminal presentation of the store commands: ingest progress and summary, stats, quotes.

Only rendering lives here; the figures come from ``riftmap.api`` (``ingest``, ``open``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from riftmap.console import Diagnostics

if TYPE_CHECKING:
    from riftmap.engine.run import IngestSummary
    from riftmap.engine.run import Progress as IngestProgress
    from riftmap.store.query import Stats

# Without a terminal, a progress line at most this often (seconds).
LOG_EVERY = 10.0
# Problems of one kind named in the summary; the rest are in the ingest_errors table.
MAX_LISTED = 50


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


def ingest_summary(summary: IngestSummary, diagnostics: Diagnostics) -> Table:
    """The closing report: counts, then (on stderr, one line each) every problem by name."""
    for severity in ("error", "skipped", "warning"):
        listed = [p for p in summary.problems if p.severity == severity]
        for problem in listed[:MAX_LISTED]:
            if severity == "error":
                diagnostics.error(problem.reason)
            else:
                diagnostics.note(severity, problem.reason)
        if len(listed) > MAX_LISTED:
            more = len(listed) - MAX_LISTED
            diagnostics.note("", f"... and {more} more ({severity}) in the table ingest_errors")
    rate = (summary.articles + summary.duplicates) / summary.elapsed if summary.elapsed else 0.0
    table = Table(box=box.SIMPLE, show_header=False, title=f"ingest into {summary.db}")
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (
        ("ingested", f"{summary.articles:,} articles"),
        ("duplicates", f"{summary.duplicates:,} (already stored, or near-copies linked)"),
        ("skipped", f"{summary.skipped:,} (no article text)"),
        ("failed", f"{summary.errors:,} files or records"),
        ("time", f"{summary.elapsed:,.1f} s ({rate:,.1f} articles/s)"),
        ("run", f"{summary.run_id} ({summary.status})"),
    ):
        table.add_row(label, value)
    return table


def stats_table(stats: Stats, db: str) -> Table:
    table = Table(box=box.SIMPLE, show_header=False, title=f"riftmap store {db}")
    table.add_column(style="bold")
    table.add_column(justify="right")
    dates = "—"
    if stats.first_published and stats.last_published:
        dates = f"{stats.first_published} to {stats.last_published}"
    for label, value in (
        ("articles", f"{stats.articles:,} (near-duplicates counted once)"),
        ("near-duplicates", f"{stats.near_duplicates:,}"),
        ("outlets", f"{stats.outlets:,}"),
        ("published", dates),
        ("actors", f"{stats.actors:,}"),
        ("quotes", f"{stats.quotes:,}"),
        ("relations", f"{stats.relations:,}"),
        ("ingest runs", f"{stats.runs:,} ({stats.errors_last_run:,} failed inputs in the last)"),
    ):
        table.add_row(label, value)
    for rank, (_, name, count) in enumerate(stats.top_speakers, 1):
        table.add_row("top speakers" if rank == 1 else "", f"{name}  {count:,}")
    return table


def quotes_table(rows: list[dict[str, Any]]) -> Table:
    """Quotes found by ``riftmap quotes``: who, when, where, what."""
    table = Table(box=box.HORIZONTALS, show_lines=True, expand=True)
    table.add_column("Speaker", ratio=2, style="cyan")
    table.add_column("Published", ratio=1)
    table.add_column("Article", ratio=2, style="dim")
    table.add_column("Content", ratio=6)
    for row in rows:
        speaker = row.get("speaker_name") or row.get("speaker") or row.get("source_text")
        table.add_row(
            Text(str(speaker or "unattributed")),
            Text(str(row.get("published") or "—")),
            Text(" · ".join(str(row[k]) for k in ("doc", "outlet") if row.get(k))),
            Text(str(row.get("content_text") or "")),
        )
    table.caption = f"{len(rows)} quotes"
    return table
