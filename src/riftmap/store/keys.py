"""The store, corrections applied, written as answer keys (the format of ``shared/keys``).

One JSON file per article, named after the article's file, holding its actors with every
surface string that names them, its quotes (speaker, content, which occurrence of that
content, cue, source, kind) and its relations (source, target, type, polarity, topic,
evidence, when). A reporter who corrected the machine on the page gets keys the machine can
then be scored against (``riftmap eval keys``, or the shared scorer).

The key format asks of every quote a cue and a source, and of every relation a topic slug: a
quote the machine left without its cue or source is not written, and a relation without a
topic gets the topic ``unspecified``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Any

from riftmap.store import Store

NO_TOPIC = "unspecified"


def article_keys(store: Store) -> Iterator[dict[str, Any]]:
    """One key per stored article (near-duplicates left out), in arrival order."""
    con = store.con
    articles = con.execute(
        "SELECT id, doc, text, CAST(published_date AS VARCHAR) FROM articles"
        " WHERE id NOT IN (SELECT article_id FROM duplicates) ORDER BY seq"
    ).fetchall()
    for article_id, doc, text, published in articles:
        quotes = _quotes(store, article_id, text)
        relations = _relations(store, article_id)
        named = {q["speaker"] for q in quotes} | {
            a for r in relations for a in (r["source"], r["target"])
        }
        yield {
            "doc": PurePath(str(doc)).name,
            "published": published,
            "actors": _actors(store, article_id, named, quotes),
            "quotes": quotes,
            "relations": relations,
        }


def write_keys(store: Store, out: Path) -> list[Path]:
    """Write every article's key under ``out`` (created); return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for key in article_keys(store):
        path = out / (Path(key["doc"]).stem + ".json")
        path.write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n", "utf-8")
        written.append(path)
    return written


def _quotes(store: Store, article_id: str, text: str) -> list[dict[str, Any]]:
    rows = store.con.execute(
        "SELECT speaker, content_start, content_text, cue_text, source_text, kind"
        " FROM quotes_corrected WHERE article_id = ? AND speaker IS NOT NULL"
        " AND content_text IS NOT NULL AND cue_text IS NOT NULL AND source_text IS NOT NULL"
        " ORDER BY content_start, idx",
        [article_id],
    ).fetchall()
    return [
        {
            "speaker": speaker,
            "content": content,
            "occurrence": _occurrence(text, content, start),
            "cue": cue,
            "source": source,
            "kind": kind,
        }
        for speaker, start, content, cue, source, kind in rows
    ]


def _occurrence(text: str, needle: str, start: int | None) -> int:
    """Which occurrence (0-based) of ``needle`` in ``text`` begins at ``start``."""
    count, at = 0, text.find(needle)
    while at != -1 and start is not None and at < start:
        count, at = count + 1, text.find(needle, at + 1)
    return count


def _relations(store: Store, article_id: str) -> list[dict[str, Any]]:
    rows = store.con.execute(
        "SELECT source, target, type, polarity, coalesce(topic, ?), evidence_text,"
        ' "when"'
        " FROM relations_corrected WHERE article_id = ? AND source IS NOT NULL"
        " AND target IS NOT NULL ORDER BY evidence_start, idx",
        [NO_TOPIC, article_id],
    ).fetchall()
    keys = ("source", "target", "type", "polarity", "topic", "evidence", "when")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _actors(
    store: Store, article_id: str, named: set[str], quotes: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The article's actors (and any actor a correction brought in), each with its surface
    strings: its mentions and the sources of its quotes."""
    rows = store.con.execute(
        "SELECT c.id, c.name, c.type FROM actors c WHERE c.id IN"
        " (SELECT actor_id FROM mentions WHERE article_id = ? UNION SELECT unnest(?::VARCHAR[]))"
        " ORDER BY c.id",
        [article_id, sorted(named)],
    ).fetchall()
    surfaces: dict[str, set[str]] = {}
    for actor, mention in store.con.execute(
        "SELECT actor_id, text FROM mentions WHERE article_id = ?", [article_id]
    ).fetchall():
        surfaces.setdefault(actor, set()).add(mention)
    for q in quotes:
        if q["source"]:
            surfaces.setdefault(q["speaker"], set()).add(q["source"])
    return [
        {"id": i, "name": name, "type": type_ or "person", "mentions": sorted(surfaces.get(i, ()))}
        for i, name, type_ in rows
    ]
