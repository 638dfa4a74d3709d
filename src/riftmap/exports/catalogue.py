"""What stands behind a relation id: its sentence, date, speaker and the article it came from.

A ``Network`` edge carries only the ids of its relations (``"<article id>:<index>"`` from a
store, ``"<doc>:<index>"`` from extraction JSON Lines). The event exports (DNA, PLOVER, GDELT)
and the report's quotes need the rest: the evidence span, the outlet and link, the actors'
Wikidata ids. A ``Catalogue`` reads exactly that, once, for the ids a slice holds, from the same
source the network was built from.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from riftmap.errors import InputError, UsageError, no_database


@dataclass(frozen=True)
class Party:
    """An actor as one article names it: per-article id, name, type, Wikidata id, first party."""

    id: str
    name: str
    type: str | None = None
    wikidata: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class RelationRecord:
    """One relation with its article's metadata, as the exports and the report show it.

    ``date`` is when it happened (the relation's resolved date) or else the article's
    publication date; ``direct`` says whether it rests on a direct quotation.
    """

    id: str
    doc: str
    document: str
    source: Party
    target: Party
    type: str
    polarity: int
    start: int
    end: int
    text: str
    mode: str | None = None
    topic: str | None = None
    date: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    confidence: float = 0.5
    direct: bool = False


@dataclass(frozen=True)
class Catalogue:
    """Relation records by id."""

    records: dict[str, RelationRecord]

    def get(self, relation_id: str) -> RelationRecord | None:
        return self.records.get(relation_id)

    def of(self, ids: Iterable[str]) -> list[RelationRecord]:
        """The records of ``ids`` that the catalogue holds, in the order given."""
        return [r for r in (self.records.get(i) for i in ids) if r is not None]


def strength(record: RelationRecord) -> tuple[int, int, float, int]:
    """Sort key, strongest first: direct quotations, clear stance, confident, short enough."""
    return (
        0 if record.direct else 1,
        -abs(record.polarity),
        -record.confidence,
        abs(len(record.text) - 160),
    )


def load_catalogue(
    db: str | os.PathLike[str], paths: Iterable[str | os.PathLike[str]], ids: Iterable[str]
) -> Catalogue:
    """The relations ``ids`` from extraction JSON Lines when ``paths`` are given, else from
    the store ``db``."""
    paths = list(paths)
    return from_jsonl(paths) if paths else from_store(db, ids)


def from_jsonl(paths: Iterable[str | os.PathLike[str]]) -> Catalogue:
    """Read ``riftmap extract --format jsonl`` output; ids are ``"<doc>:<index>"``."""
    records: dict[str, RelationRecord] = {}
    for path in paths:
        for obj in _json_lines(Path(path)):
            for record in _records_of(obj):
                records[record.id] = record
    return Catalogue(records)


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: not JSON ({err.msg})") from err
        if not isinstance(obj, dict) or "doc" not in obj:
            raise InputError(f"{path}:{number}: not a riftmap extraction (no 'doc')")
        yield obj


def _records_of(obj: dict[str, Any]) -> Iterator[RelationRecord]:
    doc = str(obj["doc"])
    actors = {a["id"]: _party(a) for a in obj.get("actors") or ()}
    quotes = obj.get("quotes") or []
    for idx, rel in enumerate(obj.get("relations") or ()):
        ev = rel.get("evidence") or {}
        quote = rel.get("quote")
        yield RelationRecord(
            id=f"{doc}:{idx}",
            doc=doc,
            document=doc,
            source=actors.get(rel["source"]) or Party(rel["source"], rel["source"]),
            target=actors.get(rel["target"]) or Party(rel["target"], rel["target"]),
            type=str(rel.get("type")),
            polarity=int(rel.get("polarity") or 0),
            start=int(ev.get("start", 0)),
            end=int(ev.get("end", 0)),
            text=str(ev.get("text", "")),
            mode=rel.get("mode"),
            topic=rel.get("topic"),
            date=rel.get("when") or obj.get("published"),
            title=obj.get("title"),
            outlet=obj.get("outlet"),
            url=obj.get("url"),
            confidence=float(rel.get("confidence", 0.5)),
            direct=_is_direct(quotes, quote),
        )


def _party(actor: dict[str, Any]) -> Party:
    affiliations = actor.get("affiliations") or [None]
    return Party(
        str(actor["id"]),
        str(actor.get("name") or actor["id"]),
        actor.get("type"),
        actor.get("wikidata"),
        affiliations[0],
    )


def _is_direct(quotes: list[dict[str, Any]], index: int | None) -> bool:
    if index is None or not 0 <= index < len(quotes):
        return False
    return bool(quotes[index].get("kind") == "direct")


_STORE_QUERY = """
SELECT r.article_id, r.idx, a.doc, a.title, a.outlet, a.url,
       CAST(a.published_date AS VARCHAR), r."when", r.source, r.target, r.type, r.polarity,
       r.topic, r.evidence_start, r.evidence_end, r.evidence_text, r.data, q.kind,
       s.name, s.type, s.data, t.name, t.type, t.data
FROM {relations} JOIN articles a ON a.id = r.article_id
LEFT JOIN quotes q ON q.article_id = r.article_id AND q.idx = r.quote
LEFT JOIN actors s ON s.id = r.source
LEFT JOIN actors t ON t.id = r.target
"""

_WANTED = "riftmap_wanted w JOIN relations r ON r.article_id = w.article_id AND r.idx = w.idx"


def from_store(db: str | os.PathLike[str], ids: Iterable[str] | None = None) -> Catalogue:
    """Read the relations of a store (only ``ids``, when given); ids are ``"<article>:<idx>"``.

    The wanted ids are joined in DuckDB (as an Arrow table), so reading a few relations of a
    large store does not bring the rest into Python.
    """
    from riftmap.store import Corpus

    if not Path(db).exists():
        raise UsageError(f"{no_database(db)}, or read extraction output with --from")
    with Corpus.open(db) as corpus:
        return catalogue_of(corpus.con, ids)


def catalogue_of(con: duckdb.DuckDBPyConnection, ids: Iterable[str] | None = None) -> Catalogue:
    """``from_store`` over a connection the caller holds open."""
    if ids is None:
        rows = con.execute(_STORE_QUERY.format(relations="relations r")).fetchall()
    else:
        con.register("riftmap_wanted", _wanted_table(ids))
        rows = con.execute(_STORE_QUERY.format(relations=_WANTED)).fetchall()
        con.unregister("riftmap_wanted")
    return Catalogue({f"{row[0]}:{row[1]}": _stored(f"{row[0]}:{row[1]}", row) for row in rows})


def _wanted_table(ids: Iterable[str]) -> pa.Table:
    pairs = [rid.rpartition(":") for rid in ids]
    return pa.table({
        "article_id": pa.array([doc for doc, _, _ in pairs], pa.string()),
        "idx": pa.array([int(idx) for _, _, idx in pairs], pa.int32()),
    })


def _stored(rid: str, row: tuple[Any, ...]) -> RelationRecord:
    data = json.loads(row[16]) if row[16] else {}
    return RelationRecord(
        id=rid,
        doc=str(row[0]),
        document=str(row[2]),
        source=_stored_party(row[8], row[18], row[19], row[20]),
        target=_stored_party(row[9], row[21], row[22], row[23]),
        type=str(row[10]),
        polarity=int(row[11] or 0),
        start=int(row[13] or 0),
        end=int(row[14] or 0),
        text=str(row[15] or ""),
        mode=data.get("mode"),
        topic=row[12],
        date=row[7] or row[6],
        title=row[3],
        outlet=row[4],
        url=row[5],
        confidence=float(data.get("confidence", 0.5)),
        direct=row[17] == "direct",
    )


def _stored_party(aid: str, name: str | None, kind: str | None, data: str | None) -> Party:
    actor = json.loads(data) if data else {}
    affiliations = actor.get("affiliations") or [None]
    return Party(str(aid), name or str(aid), kind, actor.get("wikidata"), affiliations[0])
