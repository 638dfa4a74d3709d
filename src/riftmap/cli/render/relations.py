"""Terminal presentation of relations: one table per document, hostile ties in red.

Article text goes into ``rich.text.Text`` cells, never through console markup.
"""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from riftmap.models import Extraction, Relation

STYLE = {-1: "red", 0: "yellow", 1: "green"}


def relations_table(extraction: Extraction, relations: list[Relation]) -> Table:
    """Source, type, target, topic, date and evidence of each relation of a document."""
    article = extraction.article
    names = {a.id: a.name for a in extraction.actors}
    details = [d for d in (article.title, article.outlet, article.published) if d]
    table = Table(
        title=Text(" · ".join([article.doc, *details])),
        box=box.SIMPLE_HEAD,
        title_justify="left",
        expand=True,
    )
    for column in ("source", "type", "target", "topic", "when"):
        table.add_column(column, no_wrap=column in ("type", "when"))
    table.add_column("evidence", ratio=3)
    for r in relations:
        table.add_row(
            Text(names.get(r.source, r.source)),
            _type(r),
            Text(names.get(r.target, r.target)),
            Text(r.topic or "—"),
            Text(r.when or "—"),
            Text(r.evidence.text),
        )
    return table


def _type(r: Relation) -> Text:
    label = Text(r.type, style=STYLE.get(r.polarity, ""))
    if r.flags:
        label.append(" (" + ", ".join(r.flags) + ")", style="dim")
    return label


def relation_summary(documents: int, relations: int) -> Text:
    return Text(
        f"{relations} relation{'s' * (relations != 1)} in "
        f"{documents} document{'s' * (documents != 1)}",
        style="bold",
    )
