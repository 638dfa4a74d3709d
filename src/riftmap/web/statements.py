"""Quotes and relations as the API serves them: corrected, with corpus actor ids, paginated.

Both read the ``*_corrected`` views, so the user's corrections win here as in the network,
and map each article's actor ids through the corpus identity (``riftmap.network.store``), so
filtering by "steve-bannon" finds him in every article.
"""

from __future__ import annotations

from typing import Any, Literal

from riftmap.network.store import identity_relation
from riftmap.store import Store
from riftmap.web.params import Filters, Page, actor_match

QuoteSort = Literal["date", "-date", "confidence", "-confidence", "article"]
RelationSort = Literal["date", "-date", "article", "type"]

_QUOTES = """
WITH q AS (
    SELECT q.*, coalesce(i.actor_id, q.speaker) AS speaker_id, a.doc, a.title, a.outlet, a.url,
           a.published_date AS day, a.seq, d.duplicate_of
    FROM quotes_corrected q JOIN articles a ON a.id = q.article_id
    LEFT JOIN {identity} i ON i.local_id = q.speaker
    LEFT JOIN duplicates d ON d.article_id = q.article_id
)
SELECT q.article_id, q.idx, q.speaker_id AS speaker, coalesce(s.name, q.speaker_id) AS speaker_name,
       q.kind, q.confidence, q.source_start, q.source_end, q.source_text, q.cue_start, q.cue_end,
       q.cue_text, q.content_start, q.content_end, q.content_text, q.doc, q.title, q.outlet,
       q.url, CAST(q.day AS VARCHAR) AS date, q.corrected, q.duplicate_of,
       count(*) OVER () AS total
FROM q LEFT JOIN actors s ON s.id = q.speaker_id"""

_RELATIONS = """
WITH r AS (
    SELECT r.*, coalesce(si.actor_id, r.source) AS source_id,
           coalesce(ti.actor_id, r.target) AS target_id,
           coalesce(TRY_CAST(substr(r."when", 1, 10) AS DATE), a.published_date) AS day,
           a.doc, a.title, a.outlet, a.url, a.seq, d.duplicate_of
    FROM relations_corrected r JOIN articles a ON a.id = r.article_id
    LEFT JOIN {identity} si ON si.local_id = r.source
    LEFT JOIN {identity} ti ON ti.local_id = r.target
    LEFT JOIN duplicates d ON d.article_id = r.article_id
)
SELECT r.article_id, r.idx, r.source_id AS source, coalesce(sn.name, r.source_id) AS source_name,
       r.target_id AS target, coalesce(tn.name, r.target_id) AS target_name, r.type, r.polarity,
       r.topic, CAST(r.day AS VARCHAR) AS date, r.evidence_start, r.evidence_end,
       r.evidence_text, r.quote, r.doc, r.title, r.outlet, r.url, r.corrected, r.duplicate_of,
       count(*) OVER () AS total
FROM r LEFT JOIN actors sn ON sn.id = r.source_id LEFT JOIN actors tn ON tn.id = r.target_id"""

_QUOTE_ORDER = {
    "date": "q.day NULLS LAST, q.seq, q.idx",
    "-date": "q.day DESC NULLS LAST, q.seq DESC, q.idx",
    "confidence": "q.confidence NULLS LAST, q.seq, q.idx",
    "-confidence": "q.confidence DESC NULLS LAST, q.seq, q.idx",
    "article": "q.seq, q.idx",
}
_RELATION_ORDER = {
    "date": "r.day NULLS LAST, r.seq, r.idx",
    "-date": "r.day DESC NULLS LAST, r.seq DESC, r.idx",
    "article": "r.seq, r.idx",
    "type": "r.type, r.seq, r.idx",
}

# A quote's target, type and topic are those of the relations resting on it.
_QUOTE_RELATION = """EXISTS (SELECT 1 FROM relations_corrected r
    LEFT JOIN {identity} ti ON ti.local_id = r.target
    LEFT JOIN actors tn ON tn.id = coalesce(ti.actor_id, r.target)
    WHERE r.article_id = q.article_id AND r.quote = q.idx AND {condition})"""


def quotes(
    store: Store, f: Filters, page: Page, sort: QuoteSort = "date", kind: str | None = None
) -> dict[str, Any]:
    """One page of the quotes the filters take, and how many they take in all."""
    identity = identity_relation(store)
    where, params = _common(f, "q", "q.content_text")
    if f.actor:
        where.append(actor_match("q.speaker_id", "s.name", f.actor, params))
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    for condition, value in (
        ("coalesce(ti.actor_id, r.target) = ? OR tn.name ILIKE ?", f.target),
        ("r.type = ?", f.type),
        ("lower(r.topic) = lower(?)", f.topic),
    ):
        if value:
            where.append(_QUOTE_RELATION.format(identity=identity, condition=condition))
            params += [value, f"%{value}%"] if "ILIKE" in condition else [value]
    query = _QUOTES.format(identity=identity) + _where(where)
    query += f" ORDER BY {_QUOTE_ORDER[sort]} LIMIT ? OFFSET ?"
    return _page(store, query, [*params, page.limit, page.offset], page)


def relations(
    store: Store,
    f: Filters,
    page: Page,
    sort: RelationSort = "date",
    polarity: int | None = None,
) -> dict[str, Any]:
    """One page of the relations the filters take, and how many they take in all."""
    identity = identity_relation(store)
    where, params = _common(f, "r", "r.evidence_text")
    if f.actor:
        where.append(actor_match("r.source_id", "sn.name", f.actor, params))
    if f.target:
        where.append(actor_match("r.target_id", "tn.name", f.target, params))
    if f.type:
        where.append("r.type = ?")
        params.append(f.type)
    if f.topic:
        where.append("lower(r.topic) = lower(?)")
        params.append(f.topic)
    if polarity is not None:
        where.append("r.polarity = ?")
        params.append(polarity)
    query = _RELATIONS.format(identity=identity) + _where(where)
    query += f" ORDER BY {_RELATION_ORDER[sort]} LIMIT ? OFFSET ?"
    return _page(store, query, [*params, page.limit, page.offset], page)


def _common(f: Filters, alias: str, text: str) -> tuple[list[str], list[Any]]:
    where, params = ([] if f.duplicates else [f"{alias}.duplicate_of IS NULL"]), list[Any]()
    if f.since:
        where.append(f"{alias}.day >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{alias}.day <= ?")
        params.append(f.until)
    if f.outlet:
        where.append(f"lower({alias}.outlet) = lower(?)")
        params.append(f.outlet)
    for word in (f.words or "").split():
        where.append(f"{text} ILIKE ?")
        params.append(f"%{word}%")
    return where, params


def _where(conditions: list[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def _page(store: Store, query: str, params: list[Any], page: Page) -> dict[str, Any]:
    cursor = store.con.execute(query, params)
    names = [d[0] for d in cursor.description or ()]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    total = int(rows[0].pop("total")) if rows else 0
    for row in rows[1:]:
        row.pop("total")
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}
