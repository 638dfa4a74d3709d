"""Stores with known content for the web tests and benchmarks/api.py, made without the model.

``small_store`` writes a few articles whose quotes and relations are cut from their text at
real offsets; ``bulk_store`` fills a store with synthetic rows in SQL (10^5 relations in a
few seconds). Both go through ``Store.open``, so the schema is the current one, and both fill
the corpus identity as an ingest does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from riftmap.network.store import refresh_identity
from riftmap.store import Store

ARTICLE_ACTORS = """INSERT INTO article_actors
SELECT m.article_id, m.actor_id, a.name, a.type, count(*) FROM mentions m
JOIN actors a ON a.id = m.actor_id GROUP BY ALL"""


@dataclass(frozen=True)
class Said:
    """``speaker`` says ``content`` about ``target`` (polarity -1/0/1) in one sentence."""

    speaker: str
    content: str
    target: str
    polarity: int = -1
    type: str = "ACCUSE"
    topic: str | None = None


@dataclass(frozen=True)
class Doc:
    id: str
    date: str | None
    said: tuple[Said, ...]
    title: str = "A report"
    outlet: str = "The Daily"
    lead: str = ""
    names: dict[str, str] = field(default_factory=dict)


def name_of(actor: str) -> str:
    return " ".join(part.capitalize() for part in actor.split("-"))


def small_store(path: Path, docs: list[Doc]) -> Path:
    """A store holding ``docs``: one quote and one relation per ``Said``, at real offsets."""
    with Store.open(path) as store:
        con = store.con
        run = store.start_run(engine="local", workers=1, paths=[])
        for seq, doc in enumerate(docs, 1):
            text, quotes, relations, mentions = doc.lead, [], [], []
            for idx, s in enumerate(doc.said):
                who, whom = doc.names.get(s.speaker, name_of(s.speaker)), name_of(s.target)
                text += " "
                start = len(text)
                sentence = f'"{s.content}," {who} said of {whom}. '
                text += sentence
                c0, c1 = start + 1, start + 1 + len(s.content)
                w0 = c1 + 3
                w1 = w0 + len(who)
                q0 = w1 + 1
                t0 = q0 + len("said of ")
                spans = {"content": (c0, c1), "source": (w0, w1), "cue": (q0, q0 + 4)}
                quotes.append((idx, s.speaker, spans))
                relations.append((idx, s, (start, start + len(sentence) - 1)))
                mentions += [(s.speaker, w0, w1, who), (s.target, t0, t0 + len(whom), whom)]
            _insert(con, doc, seq, run, text, quotes, relations, mentions)
        store.finish_run(run, "finished")
        con.execute(ARTICLE_ACTORS)
        refresh_identity(store)
    return path


def _insert(con, doc, seq, run, text, quotes, relations, mentions):  # type: ignore[no-untyped-def]
    con.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, NULL, ?, ?, TRY_CAST(? AS DATE), ?, ?, NULL, ?,"
        " '[]', NULL)",
        [
            doc.id,
            seq,
            run,
            f"{doc.id}.txt",
            doc.title,
            doc.date,
            doc.date,
            doc.outlet,
            f"https://example.org/{doc.id}",
            text,
        ],
    )
    for actor, s, e, surface in mentions:
        con.execute(
            "INSERT OR IGNORE INTO actors VALUES (?, ?, 'person', ?)",
            [actor, name_of(actor), json.dumps({"descriptors": ["the critic"], "roles": []})],
        )
        con.execute("INSERT OR IGNORE INTO actor_aliases VALUES (?, ?)", [actor, surface])
        con.execute(
            "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?)", [doc.id, actor, s, e, surface]
        )
    for idx, speaker, spans in quotes:
        cut = {k: (a, b, text[a:b]) for k, (a, b) in spans.items()}
        con.execute(
            "INSERT INTO quotes VALUES (?, ?, ?, 'direct', 0.9, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')",
            [doc.id, idx, speaker, *cut["source"], *cut["cue"], *cut["content"]],
        )
    for idx, s, (a, b) in relations:
        con.execute(
            "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, '{}')",
            [doc.id, idx, s.speaker, s.target, s.type, s.polarity, s.topic, a, b, text[a:b], idx],
        )


def bulk_store(path: Path, relations: int, per_article: int = 20, actors: int = 400) -> Path:
    """A store of ``relations`` synthetic relations (one quote each) in articles of
    ``per_article``, between ``actors`` actors, over two years of dates."""
    articles = max(1, relations // per_article)
    with Store.open(path) as store:
        con = store.con
        con.execute("SET threads = 2")
        con.execute(
            "INSERT INTO actors SELECT 'actor-' || i, 'Actor ' || i, 'person', '{}'"
            " FROM range(?) t(i)",
            [actors],
        )
        con.execute("INSERT INTO actor_aliases SELECT id, name FROM actors")
        con.execute(
            "INSERT INTO articles SELECT 'art-' || i, i + 1, 1, 'doc-' || i || '.txt', NULL,"
            " 'Article ' || i, NULL, DATE '2024-01-01' + CAST(i % 730 AS INTEGER),"
            " 'Outlet ' || (i % 7), 'https://example.org/' || i, NULL,"
            " repeat('Someone said something sharp. ', ?), '[]', NULL"
            " FROM range(?) t(i)",
            [per_article, articles],
        )
        pairs = """FROM range(?) a(i), range(?) k(j)"""
        speaker = "'actor-' || ((i * 7 + j) % ?)"
        target = "'actor-' || ((i * 13 + j * 3 + 1) % ?)"
        con.execute(
            f"INSERT INTO quotes SELECT 'art-' || i, j, {speaker}, 'direct', 0.8,"
            " j * 31, j * 31 + 7,"
            f" 'Someone', j * 31 + 8, j * 31 + 12, 'said', j * 31 + 13, j * 31 + 29,"
            f" 'something sharp', '{{}}' {pairs}",
            [actors, articles, per_article],
        )
        con.execute(
            f"INSERT INTO relations SELECT 'art-' || i, j, {speaker}, {target},"
            " CASE WHEN (i + j) % 3 = 0 THEN 'SUPPORT' ELSE 'ACCUSE' END,"
            " CASE WHEN (i + j) % 3 = 0 THEN 1 ELSE -1 END, 'topic-' || (j % 5), NULL,"
            f" j * 31, j * 31 + 30, 'Someone said something sharp.', j, '{{}}' {pairs}",
            [actors, actors, articles, per_article],
        )
        con.execute(
            "INSERT INTO mentions SELECT DISTINCT article_id, source, evidence_start,"
            " evidence_start + 7, 'Someone' FROM relations"
        )
        con.execute(ARTICLE_ACTORS)
        refresh_identity(store)
    return path
