"""One article with everything found in it, as offsets into its text, for the reading view.

The page highlights spans by cutting the text at these offsets and building text nodes, so
the article is never parsed as HTML (see static/app.js).
"""

from __future__ import annotations

import json
from typing import Any

from riftmap.network.store import identity_relation
from riftmap.store import Store
from riftmap.store.query import Corpus
from riftmap.web.params import Page


def article(store: Store, article_id: str) -> dict[str, Any]:
    """The article's metadata and text, its quotes (corrected), mentions and relations."""
    cursor = store.con.execute(
        "SELECT id, doc, title, outlet, url, author, CAST(published_date AS VARCHAR) AS date,"
        " text, removed FROM articles WHERE id = ?",
        [article_id],
    )
    row = cursor.fetchone()
    if row is None:
        raise LookupError(f"no article '{article_id}'")
    names = [d[0] for d in cursor.description or ()]
    found = dict(zip(names, row, strict=True))
    found["removed"] = json.loads(found["removed"] or "[]")
    identity = identity_relation(store)
    found["quotes"] = _rows(
        store,
        f"""SELECT q.idx, coalesce(i.actor_id, q.speaker) AS speaker,
        coalesce(s.name, i.actor_id, q.speaker) AS speaker_name, q.kind, q.confidence,
        q.source_start, q.source_end, q.cue_start, q.cue_end, q.content_start, q.content_end,
        q.content_text, q.corrected
        FROM quotes_corrected q
        LEFT JOIN {identity} i ON i.local_id = q.speaker
        LEFT JOIN actors s ON s.id = coalesce(i.actor_id, q.speaker)
        WHERE q.article_id = ? ORDER BY q.idx""",
        [article_id],
    )
    found["mentions"] = _rows(
        store,
        f"""SELECT coalesce(i.actor_id, m.actor_id) AS actor, m.start, m."end", m.text
        FROM mentions m
        LEFT JOIN {identity} i ON i.local_id = m.actor_id
        WHERE m.article_id = ? ORDER BY m.start, m."end\"""",
        [article_id],
    )
    found["relations"] = _rows(
        store,
        f"""SELECT r.idx, coalesce(si.actor_id, r.source) AS source,
        coalesce(ti.actor_id, r.target) AS target, r.type, r.polarity, r.topic, r."when",
        r.evidence_start, r.evidence_end, r.evidence_text, r.quote, r.corrected
        FROM relations_corrected r
        LEFT JOIN {identity} si ON si.local_id = r.source
        LEFT JOIN {identity} ti ON ti.local_id = r.target
        WHERE r.article_id = ? ORDER BY r.idx""",
        [article_id],
    )
    return found


def listing(store: Store, page: Page) -> dict[str, Any]:
    """Articles in arrival order, without their text."""
    rows = _rows(
        store,
        "SELECT id, doc, title, outlet, CAST(published_date AS VARCHAR) AS date,"
        " count(*) OVER () AS total FROM articles ORDER BY seq LIMIT ? OFFSET ?",
        [page.limit, page.offset],
    )
    total = int(rows[0]["total"]) if rows else 0
    for row in rows:
        del row["total"]
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


def stats(store: Store) -> dict[str, Any]:
    """The store's counts (near-duplicates counted once), as ``riftmap stats`` prints them."""
    s = Corpus(store).stats()
    corrections = store.con.execute("SELECT count(*) FROM corrections").fetchall()[0][0]
    return {
        "articles": s.articles,
        "near_duplicates": s.near_duplicates,
        "actors": s.actors,
        "quotes": s.quotes,
        "relations": s.relations,
        "outlets": s.outlets,
        "first_published": s.first_published.isoformat() if s.first_published else None,
        "last_published": s.last_published.isoformat() if s.last_published else None,
        "runs": s.runs,
        "corrections": int(corrections),
        "topics": [
            str(t[0])
            for t in store.con.execute(
                "SELECT topic FROM relations_corrected WHERE topic IS NOT NULL"
                " GROUP BY topic ORDER BY count(*) DESC, topic LIMIT 50"
            ).fetchall()
        ],
        "top_speakers": [{"id": a, "name": b, "quotes": c} for a, b, c in s.top_speakers],
    }


def _rows(store: Store, query: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = store.con.execute(query, params)
    names = [d[0] for d in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
