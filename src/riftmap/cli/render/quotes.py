"""Quotes for people: one table per document (``extract --format table``) and the quotes
found in the store (``quotes``)."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from riftmap.models import Extraction, Quote


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
