"""Corpus actors as the API serves them: search, and one actor's detail.

An actor here is a corpus actor (``riftmap.network.identity``): all the per-article ids the
merge joined, with their names, aliases, descriptors and roles pooled.
"""

from __future__ import annotations

import json
from typing import Any

from riftmap.network.store import identity_relation
from riftmap.store import Store
from riftmap.web.params import Page

_MEMBERS = """
WITH members AS (
    SELECT DISTINCT coalesce(i.actor_id, c.id) AS cid, c.id AS local_id FROM actors c
    LEFT JOIN (SELECT DISTINCT local_id, actor_id FROM {identity}) i ON i.local_id = c.id
)"""

_SEARCH = (
    _MEMBERS
    + """,
counted AS (
    SELECT m.cid, count(DISTINCT q.article_id || ':' || q.idx) AS quotes
    FROM members m LEFT JOIN quotes_corrected q ON q.speaker = m.local_id GROUP BY m.cid
)
SELECT n.cid AS id, coalesce(max(c.name) FILTER (WHERE c.id = n.cid), min(c.name)) AS name,
       coalesce(max(c.type) FILTER (WHERE c.id = n.cid), min(c.type)) AS type,
       max(k.quotes) AS quotes, count(*) OVER () AS total
FROM members n JOIN actors c ON c.id = n.local_id JOIN counted k ON k.cid = n.cid
WHERE {where}
GROUP BY n.cid ORDER BY quotes DESC, id LIMIT ? OFFSET ?"""
)


def search(store: Store, q: str | None, type_: str | None, page: Page) -> dict[str, Any]:
    """Actors whose id, name or any alias holds ``q``, most quoted first."""
    identity = identity_relation(store)
    where, params = ["TRUE"], list[Any]()
    if q:
        where.append(
            "(n.cid ILIKE ? OR n.cid IN (SELECT m.cid FROM members m JOIN actor_aliases x"
            " ON x.actor_id = m.local_id WHERE x.alias ILIKE ?))"
        )
        params += [f"%{q}%", f"%{q}%"]
    if type_:
        where.append("c.type = ?")
        params.append(type_)
    query = _SEARCH.format(identity=identity, where=" AND ".join(where))
    cursor = store.con.execute(query, [*params, page.limit, page.offset])
    names = [d[0] for d in cursor.description or ()]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    total = int(rows[0]["total"]) if rows else 0
    for row in rows:
        del row["total"]
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}


def detail(store: Store, actor: str) -> dict[str, Any]:
    """One corpus actor: its names, aliases, descriptors, roles, members and counts."""
    identity = identity_relation(store)
    locals_ = [
        str(r[0])
        for r in store.con.execute(
            _MEMBERS.format(identity=identity)
            + " SELECT local_id FROM members WHERE cid = ? ORDER BY local_id",
            [actor],
        ).fetchall()
    ]
    if not locals_:
        raise LookupError(f"no actor '{actor}'")
    rows = store.con.execute(
        "SELECT id, name, type, data FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[]))"
        " ORDER BY id <> ?, id",
        [locals_, actor],
    ).fetchall()
    pooled: dict[str, set[str]] = {"descriptors": set(), "roles": set(), "affiliations": set()}
    wikidata = None
    for _, _, _, data in rows:
        values = json.loads(data) if data else {}
        for key, found in pooled.items():
            found.update(_strings(values.get(key)))
        wikidata = wikidata or values.get("wikidata")
    aliases = store.con.execute(
        "SELECT DISTINCT alias FROM actor_aliases WHERE actor_id IN"
        " (SELECT unnest(?::VARCHAR[])) ORDER BY alias",
        [locals_],
    ).fetchall()
    return {
        "id": actor,
        "name": rows[0][1],
        "type": rows[0][2],
        "wikidata": wikidata,
        "members": locals_,
        "aliases": [str(a[0]) for a in aliases],
        **{key: sorted(found) for key, found in pooled.items()},
        "counts": _counts(store, locals_),
    }


def _strings(value: object) -> list[str]:
    """Descriptor or role entries as text (the extraction gives strings or small objects)."""
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            text = item.get("text") or item.get("name") or item.get("role")
            if text:
                out.append(str(text))
    return out


def _counts(store: Store, locals_: list[str]) -> dict[str, int]:
    row = store.con.execute(
        """SELECT
        (SELECT count(DISTINCT article_id) FROM mentions WHERE actor_id IN (SELECT unnest($1))),
        (SELECT count(*) FROM mentions WHERE actor_id IN (SELECT unnest($1))),
        (SELECT count(*) FROM quotes_corrected WHERE speaker IN (SELECT unnest($1))),
        (SELECT count(*) FROM relations_corrected WHERE source IN (SELECT unnest($1))),
        (SELECT count(*) FROM relations_corrected WHERE target IN (SELECT unnest($1)))""",
        [locals_],
    ).fetchall()[0]
    keys = ("articles", "mentions", "quotes", "relations_made", "relations_received")
    return {k: int(v or 0) for k, v in zip(keys, row, strict=True)}
