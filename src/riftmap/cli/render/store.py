"""What the store commands print: the ingest summary and the store's figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.table import Table

from riftmap.cli.render.diagnostics import Diagnostics

if TYPE_CHECKING:
    from riftmap.engine.run import IngestSummary
    from riftmap.store.query import Stats

# Problems of one kind named in the summary; the rest are in the ingest_errors table.
MAX_LISTED = 50


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
