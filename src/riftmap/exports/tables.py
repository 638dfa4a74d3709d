"""Row exports: DNA's statement event list (CSV) and GDELT-style event rows (tab-separated).

Both are one header line and one row per item, in the events' stable order, so a golden file
diffs line by line. The mappings are documented in docs/exports.md.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from riftmap.exports.events import Event, cameo_of, full_date

DNA_COLUMNS = (
    "statement_id",
    "time",
    "person",
    "organization",
    "concept",
    "agreement",
    "start_position",
    "stop_position",
    "text",
    "document_id",
    "document_title",
    "document_source",
)

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "Actor1Name",
    "Actor1Wikidata",
    "Actor2Name",
    "Actor2Wikidata",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "PLOVER",
    "RelationID",
    "SOURCEURL",
)

_PERSON = "person"


def dna_rows(events: Iterable[Event]) -> list[list[str]]:
    """One DNA statement per (document, speaker, concept, agreement, span).

    The concept is the relation's topic or, when it has none, the actor it is addressed to;
    relations of one sentence that differ only in their target's topic-less name stay apart,
    those that repeat a statement collapse into one row.
    """
    rows: list[list[str]] = []
    seen: set[tuple[object, ...]] = set()
    for event in events:
        r = event.record
        concept = r.topic or event.target.name
        key = (r.doc, event.source.id, concept, r.polarity, r.start, r.end)
        if key in seen:
            continue
        seen.add(key)
        day = full_date(r.date)
        person = event.source.type == _PERSON
        rows.append([
            str(len(rows) + 1),
            f"{day} 00:00:00" if day else "",
            event.source.name if person else "",
            (r.source.affiliation or "") if person else event.source.name,
            concept,
            str(r.polarity),
            str(r.start),
            str(r.end),
            r.text,
            r.doc,
            r.title or r.document,
            r.outlet or "",
        ])
    return rows


def gdelt_rows(events: Iterable[Event]) -> list[list[str]]:
    """One GDELT 1.0-style event row per relation (the CAMEO table in data/exports)."""
    rows: list[list[str]] = []
    for event in events:
        r = event.record
        cameo = cameo_of(r.type, r.polarity)
        day = (full_date(r.date) or "").replace("-", "")
        rows.append([
            str(len(rows) + 1),
            day,
            day[:6],
            day[:4],
            event.source.name.upper(),
            r.source.wikidata or "",
            event.target.name.upper(),
            r.target.wikidata or "",
            "1",
            f"{cameo.code}0" if cameo else "",
            f"{cameo.code}0" if cameo else "",
            cameo.code if cameo else "",
            str(cameo.quad) if cameo else "",
            f"{cameo.goldstein:.1f}" if cameo else "",
            "1",
            "1",
            "1",
            r.type,
            r.id,
            r.url or "",
        ])
    return rows


def dna_csv(events: Iterable[Event]) -> str:
    return _table(DNA_COLUMNS, dna_rows(events), ",")


def gdelt_tsv(events: Iterable[Event]) -> str:
    return _table(GDELT_COLUMNS, gdelt_rows(events), "\t")


def _table(header: tuple[str, ...], rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_one_line(cell) for cell in row] for row in rows])
    return out.getvalue()


def _one_line(cell: str) -> str:
    """Cells keep to one line so that every row is one line of the file."""
    return " ".join(cell.split()) if "\n" in cell or "\r" in cell or "\t" in cell else cell
