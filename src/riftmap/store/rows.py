"""Rows for the store from prepared articles and their extractions, as Arrow tables.

The analysis stage turns each ``(Prepared, Extraction)`` into rows of the batch tables below;
the local engine hands them to the store directly and the Dask engine writes them as Parquet
partitions that the driver loads later, so both reach the store through the same tables.
Quotes, actors and relations are stored generically: their known fields as columns and the
whole value, as the extraction contract prints it, as JSON. Every span's text is cut again
from the original text, so evidence always matches it exactly even where cleaning blanked a
neighbouring line.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from riftmap.ingest.dedupe import bands
from riftmap.ingest.prepare import Prepared
from riftmap.models import Article, Extraction

_TYPES = {"s": pa.string(), "i": pa.int32(), "d": pa.float64(), "b": pa.binary()}
_TYPES |= {"h": pa.int16(), "l": pa.int64()}


def _schema(spec: str) -> pa.Schema:
    """An Arrow schema from ``"name:type ..."`` with the one-letter types of ``_TYPES``."""
    return pa.schema([(name, _TYPES[kind]) for name, kind in (c.split(":") for c in spec.split())])


_SPANS = " ".join(f"{r}_start:i {r}_end:i {r}_text:s" for r in ("source", "cue", "content"))

BATCH_SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(
        "id:s doc:s origin:s title:s published:s outlet:s url:s author:s text:s removed:s minhash:b"
    ),
    "bands": _schema("article_id:s band:h key:l"),
    "actors": _schema("article_id:s idx:i actor_id:s name:s type:s data:s"),
    "mentions": _schema("article_id:s actor_id:s start:i end:i text:s"),
    "quotes": _schema(f"article_id:s idx:i speaker:s kind:s confidence:d {_SPANS} data:s"),
    "relations": _schema(
        "article_id:s idx:i source:s target:s type:s polarity:i topic:s when:s "
        "evidence_start:i evidence_end:i evidence_text:s quote:i data:s"
    ),
    "problems": _schema("origin:s severity:s reason:s"),
}


class Rows:
    """Rows of the batch tables for some articles, in the order they were added."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in BATCH_SCHEMAS}

    def __len__(self) -> int:
        return len(self.tables["articles"])

    def add(self, prepared: Prepared, extraction: Extraction) -> None:
        """The rows of one analysed article."""
        text, aid = prepared.article.text, prepared.id
        self.tables["articles"].append(_article(prepared, extraction.article))
        if prepared.minhash is not None:
            self.tables["bands"].extend(
                {"article_id": aid, "band": band, "key": key}
                for band, key in enumerate(bands(prepared.minhash))
            )
        for idx, actor in enumerate(extraction.actors):
            self._actor(aid, idx, recut(actor, text))
        for idx, quote in enumerate(extraction.quotes):
            self.tables["quotes"].append(_quote(aid, idx, recut(quote, text)))
        for idx, relation in enumerate(extraction.relations):
            self.tables["relations"].append(_relation(aid, idx, recut(relation, text)))

    def extend(self, other: Rows) -> None:
        for name, rows in other.tables.items():
            self.tables[name].extend(rows)

    def problem(self, origin: str, severity: str, reason: str) -> None:
        self.tables["problems"].append({"origin": origin, "severity": severity, "reason": reason})

    def to_arrow(self) -> dict[str, pa.Table]:
        return {
            name: pa.Table.from_pylist([_storable(r) for r in rows], schema=BATCH_SCHEMAS[name])
            for name, rows in self.tables.items()
        }

    def _actor(self, aid: str, idx: int, data: dict[str, Any]) -> None:
        mentions = data.pop("mentions", None) or []
        actor_id = str(data.get("id"))
        self.tables["actors"].append(
            {
                "article_id": aid,
                "idx": idx,
                "actor_id": actor_id,
                "name": data.get("name"),
                "type": data.get("type"),
                "data": _json(data),
            }
        )
        self.tables["mentions"].extend(
            {
                "article_id": aid,
                "actor_id": actor_id,
                "start": m["start"],
                "end": m["end"],
                "text": m["text"],
            }
            for m in mentions
            if _is_span(m)
        )


# Lone surrogates (from a file name that is not UTF-8, or "\ud800" in JSON) cannot be stored
# as UTF-8; each becomes U+FFFD, one character for one, so no offset moves.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) and not v.isascii() else v
        for k, v in row.items()
    }


def _article(prepared: Prepared, a: Article) -> dict[str, Any]:
    """The article row; metadata as the extraction gives it (a date from the file name, say)."""
    return {
        "id": prepared.id,
        "doc": a.doc,
        "origin": a.origin,
        "title": a.title,
        "published": a.published,
        "outlet": a.outlet,
        "url": a.url,
        "author": a.author,
        "text": a.text,
        "removed": json.dumps([list(r) for r in prepared.removed]),
        "minhash": prepared.minhash,
    }


def _quote(aid: str, idx: int, data: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": aid,
        "idx": idx,
        "speaker": data.get("speaker"),
        "kind": data.get("kind"),
        "confidence": _number(data.get("confidence")),
        "data": _json(data),
    }
    for role in ("source", "cue", "content"):
        row.update(_span_columns(role, data.get(role)))
    return row


def _relation(aid: str, idx: int, data: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": aid, "idx": idx, "data": _json(data)}
    for name in ("source", "target", "type", "topic", "when"):
        value = data.get(name)
        row[name] = None if value is None else str(value)
    row["polarity"] = _integer(data.get("polarity"))
    row["quote"] = _integer(data.get("quote"))
    row.update(_span_columns("evidence", data.get("evidence")))
    return row


def _span_columns(role: str, span: Any) -> dict[str, Any]:
    if not _is_span(span):
        return {f"{role}_start": None, f"{role}_end": None, f"{role}_text": None}
    return {
        f"{role}_start": span["start"],
        f"{role}_end": span["end"],
        f"{role}_text": span["text"],
    }


# Values that are already JSON-ready as they stand (exact types: a subclass could convert).
_SCALARS = frozenset({str, int, float, bool, type(None)})


def recut(value: Any, text: str) -> Any:
    """``value`` in a JSON-ready form, with the text of every span in it (a dict with int start
    and end) cut again from ``text``, the original article.

    JSON-ready means ``to_json()`` where the value has one, dataclass fields otherwise, dicts
    with string keys and lists for every sequence or set. Both are done in one walk: a quote,
    actor or relation holds about twenty values, and a walk for each step was most of the
    cost of making the rows.
    """
    if type(value) in _SCALARS:
        return value
    if hasattr(value, "to_json"):
        return recut(value.to_json(), text)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: recut(getattr(value, f.name), text) for f in dataclasses.fields(value)}
    elif isinstance(value, Mapping):
        out = {str(k): recut(v, text) for k, v in value.items()}
    elif isinstance(value, list | tuple | set | frozenset):
        return [recut(v, text) for v in value]
    else:
        return value
    if _is_span(out) and 0 <= out["start"] <= out["end"] <= len(text):
        out["text"] = text[out["start"] : out["end"]]
    return out


def _is_span(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("start"), int)
        and isinstance(value.get("end"), int)
        and "text" in value
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _number(value: Any) -> float | None:
    return round(float(value), 6) if isinstance(value, int | float) else None


def _integer(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
