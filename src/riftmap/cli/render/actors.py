"""What ``riftmap actors --format table`` prints: the actors, then the top speakers."""

from __future__ import annotations

from rich.table import Table

from riftmap.nlp.actors.corpus import CorpusActor


def actors_table(listed: list[CorpusActor]) -> Table:
    table = Table(title="Actors", title_justify="left")
    for column in ("actor", "type", "aliases", "epithets"):
        table.add_column(column, overflow="fold")
    for column in ("docs", "mentions", "quotes"):
        table.add_column(column, justify="right")
    for a in listed:
        aliases = ", ".join(n for n, _ in a.names.most_common(4) if n != a.name)
        epithets = ", ".join(e for e, _ in a.epithets.most_common(4))
        table.add_row(
            f"{a.name}\n[dim]{a.id}[/dim]",
            a.type,
            aliases,
            epithets,
            str(a.documents),
            str(a.mentions),
            str(a.quotes),
        )
    return table


def speakers_table(speakers: list[CorpusActor]) -> Table:
    table = Table(title="Top speakers", title_justify="left")
    table.add_column("actor")
    table.add_column("quotes", justify="right")
    for a in speakers:
        table.add_row(a.name, str(a.quotes))
    return table
