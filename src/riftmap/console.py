"""Terminal presentation for the CLI: quote tables, score tables, progress and diagnostics.

Only rendering lives here; what to render comes from ``riftmap.api`` and ``riftmap.eval``.
Article text goes into ``rich.text.Text`` cells, never through console markup, so brackets in
a quote print as written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich import box
from rich.console import Console, Group, RenderableType
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from riftmap.eval.polnear import MEASURES, PolnearScores
from riftmap.models import Extraction, Quote


class Diagnostics:
    """Prints each error and warning as one line on stderr and counts the errors.

    Lines are never wrapped, so that each problem stays one line in logs and ``grep`` output.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.errors = 0

    def error(self, problem: Exception | str) -> None:
        self.errors += 1
        self._line("error: ", "bold red", str(problem))

    def warning(self, message: str) -> None:
        self._line("warning: ", "yellow", message)

    def note(self, label: str, message: str) -> None:
        """A line that is neither error nor warning, such as ``skipped: ...``."""
        self._line(f"{label}: " if label else "", "yellow", message)

    def _line(self, label: str, style: str, message: str) -> None:
        line = Text(label, style=style) + Text(message)
        self.console.print(line, soft_wrap=True, highlight=False)

    @contextmanager
    def capture_warnings(self, logger_name: str = "riftmap") -> Iterator[None]:
        """Show what riftmap's library code logs as warnings while the block runs."""
        logger = logging.getLogger(logger_name)
        handler = _WarningHandler(self)
        logger.addHandler(handler)
        propagate, logger.propagate = logger.propagate, False
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.propagate = propagate


class _WarningHandler(logging.Handler):
    def __init__(self, diagnostics: Diagnostics) -> None:
        super().__init__(logging.WARNING)
        self.diagnostics = diagnostics

    def emit(self, record: logging.LogRecord) -> None:
        self.diagnostics.warning(record.getMessage())


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


def extraction_view(extraction: Extraction) -> RenderableType:
    """One document's quotes as a table titled with the document and its metadata."""
    article = extraction.article
    title = Text(article.doc, style="bold")
    details = [d for d in (article.title, article.outlet, article.published) if d]
    if details:
        title.append("  " + " · ".join(details), style="dim")
    if not extraction.quotes:
        return Group(title, Text("  no attributed statements found", style="dim italic"))
    table = Table(
        title=title, title_justify="left", box=box.HORIZONTALS, show_lines=True, expand=True
    )
    table.add_column("Speaker", ratio=2, style="cyan")
    table.add_column("Cue", ratio=1, style="magenta")
    table.add_column("Content", ratio=6)
    names = {actor.id: actor.name for actor in extraction.actors}
    for quote in extraction.quotes:
        cue = Text(quote.cue.text) if quote.cue else Text("—", style="dim")
        table.add_row(_speaker(quote, names), cue, Text(quote.content.text))
    return table


def _speaker(quote: Quote, names: dict[str, str]) -> Text:
    """The resolved actor's name, with the words the article used when they differ."""
    name = names.get(quote.speaker or "") or quote.speaker
    said_as = quote.source.text.strip() if quote.source else ""
    if not name and not said_as:
        return Text("unattributed", style="dim italic")
    if not name or name == said_as:
        return Text(name or said_as, style="bold")
    out = Text(name, style="bold")
    if said_as:
        out.append(f"\nas “{said_as}”", style="dim")
    return out


def summary(documents: int, quotes: int) -> Text:
    """The closing line of a table report."""
    return Text(f"{_count(quotes, 'quote')} in {_count(documents, 'document')}", style="bold")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def score_table(scores: PolnearScores, caption: str) -> Table:
    """PolNeAR figures: precision, recall and F1 of every measure, with the counts behind them."""
    table = Table(title="PolNeAR attribution scores", caption=caption, box=box.SIMPLE_HEAD)
    table.add_column("Measure")
    for name in ("Precision", "Recall", "F1"):
        table.add_column(name, justify="right")
    for name in ("TP", "Predicted", "Gold"):
        table.add_column(name, justify="right", style="dim")
    for measure in MEASURES:
        c = scores.counts[measure]
        label = measure.replace("_", " ").capitalize()
        figures = (f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
        counts = (str(c.tp), str(c.predicted), str(c.gold))
        table.add_row(label, *figures[:2], Text(figures[2], style="bold"), *counts)
    return table
