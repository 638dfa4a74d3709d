"""The DuckDB store on real files: exactly-once writes, near-duplicates, migrations, queries."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_support import article, counts, fake_pipeline, snapshot
from spacy.language import Language

import riftmap
from riftmap.engine.stages import analyse
from riftmap.errors import StoreError
from riftmap.ingest.prepare import prepare
from riftmap.models import Article
from riftmap.store import Store
from riftmap.store.migrations import CURRENT, schema_sql

V1 = Path(__file__).parent / "fixtures" / "store" / "schema_v1.sql"


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return fake_pipeline()


def batch(nlp: Language, texts: list[str], prefix: str = "d") -> dict[str, object]:
    prepared = [prepare(Article(doc=f"{prefix}{i}", text=t)) for i, t in enumerate(texts)]
    return analyse(nlp, prepared).to_arrow()  # type: ignore[return-value]


def write_jsonl(path: Path, texts: list[str], published: str | None = None) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"n{i}", "text": text, "published": published}) + "\n")
    return path


def test_a_batch_written_twice_is_stored_once(tmp_path: Path, pipeline: Language) -> None:
    tables = batch(pipeline, [article(i) for i in range(5)])
    with Store.open(tmp_path / "s.duckdb") as store:
        run = store.start_run(engine="local", workers=1, paths=["x"])
        first = store.write(run, tables)  # type: ignore[arg-type]
        again = store.write(run, tables)  # type: ignore[arg-type]
    assert (first.stored, again.stored, again.exact_duplicates) == (5, 0, 5)
    assert counts(tmp_path / "s.duckdb")["quotes"] == 10


def test_spans_are_cut_from_the_original_text(tmp_path: Path, pipeline: Language) -> None:
    text = "Read more\n" + article(1)
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(store.start_run(engine="local", workers=1, paths=[]), batch(pipeline, [text]))  # type: ignore[arg-type]
        rows = store.con.execute(
            "SELECT a.text, q.content_start, q.content_end, q.content_text, q.data, a.removed"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
        ).fetchall()
    for stored, start, end, content, data, removed in rows:
        assert stored == text and stored[start:end] == content
        assert json.loads(data)["content"]["text"] == content
        assert json.loads(removed) == [[0, 9, "boilerplate"]]


def test_near_duplicates_link_to_the_first_copy(tmp_path: Path, pipeline: Language) -> None:
    base = article(7, words=120)
    copy1 = base.replace("said", "said on Tuesday", 1)
    copy2 = copy1.replace("Item 7", "Item seven")
    with Store.open(tmp_path / "s.duckdb") as store:
        run = store.start_run(engine="local", workers=1, paths=[])
        store.write(run, batch(pipeline, [base, article(8)]))  # type: ignore[arg-type]
        written = store.write(run, batch(pipeline, [copy1, copy2], "c"))  # type: ignore[arg-type]
        links = store.con.execute(
            "SELECT a.doc, o.doc FROM duplicates d JOIN articles a ON a.id = d.article_id"
            " JOIN articles o ON o.id = d.duplicate_of ORDER BY a.doc"
        ).fetchall()
    assert written.near_duplicates == 2
    assert links == [("c0", "d0"), ("c1", "d0")]
    with riftmap.open(tmp_path / "s.duckdb") as corpus:
        stats = corpus.stats()
        assert (stats.articles, stats.near_duplicates) == (2, 2)
        assert len(corpus.quotes()) == 4 and len(corpus.quotes(duplicates=True)) == 8


def test_a_v1_file_is_upgraded_with_its_rows(tmp_path: Path, pipeline: Language) -> None:
    path = tmp_path / "old.duckdb"
    text = article(3, words=80)
    con = duckdb.connect(str(path))
    con.execute(V1.read_text("utf-8"))
    con.execute("INSERT INTO riftmap_schema VALUES (1, now())")
    con.execute(
        "INSERT INTO articles VALUES ('old', 1, 1, 'old.txt', NULL, NULL, NULL, NULL, NULL,"
        " NULL, NULL, ?, '[]')",
        [text],
    )
    con.close()
    with Store.open(path) as store:
        assert store.con.execute("SELECT max(version) FROM riftmap_schema").fetchall() == [
            (CURRENT,)
        ]
        assert store.con.execute("SELECT count(*) FROM article_bands").fetchall() == [(32,)]
        # the upgraded file finds a copy of the article stored before the upgrade
        written = store.write(
            store.start_run(engine="local", workers=1, paths=[]),
            batch(pipeline, [text.replace("said", "said again", 1)]),
        )  # type: ignore[arg-type]
        assert written.near_duplicates == 1
    assert _catalog(path) == _catalog_of_new(tmp_path / "new.duckdb")


def _catalog(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
        " ORDER BY table_name, ordinal_position"
    ).fetchall()
    con.close()
    return rows


def _catalog_of_new(path: Path) -> list[tuple[object, ...]]:
    Store.open(path).close()
    return _catalog(path)


def test_a_file_from_a_newer_riftmap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    con = duckdb.connect(str(path))
    con.execute(schema_sql())
    con.execute("INSERT INTO riftmap_schema VALUES (?, now())", [CURRENT + 1])
    con.close()
    with pytest.raises(StoreError, match="newer riftmap"):
        Store.open(path)


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a riftmap store"):
        Store.open(path)


def test_a_run_left_running_is_marked_interrupted(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        store.start_run(engine="local", workers=1, paths=[])
    with Store.open(tmp_path / "s.duckdb") as store:
        status = store.con.execute("SELECT status FROM ingest_runs").fetchall()
    assert status == [("interrupted",)]


def test_queries_filter_by_speaker_date_and_words(tmp_path: Path, pipeline: Language) -> None:
    db = tmp_path / "s.duckdb"
    texts = ["“The budget is a fraud,” Ana Ruiz said.", "“We back the port deal,” Omar Sato said."]
    riftmap.ingest_paths([write_jsonl(tmp_path / "a.jsonl", texts, "2025-01-23")], db, nlp=pipeline)
    riftmap.ingest_paths(
        [write_jsonl(tmp_path / "b.jsonl", [article(1)], "2025-03-01")], db, nlp=pipeline
    )
    with riftmap.open(db) as corpus:
        assert corpus.quotes(speaker="ruiz")["speaker"].tolist() == ["ana-ruiz"]
        assert corpus.quotes(speaker="Omar Sato")["content_text"].tolist() == [
            "We back the port deal,"
        ]
        assert len(corpus.quotes(since=date(2025, 2, 1))) == 2
        assert len(corpus.quotes(until=date(2025, 1, 31))) == 2
        assert corpus.quotes(search="BUDGET fraud")["speaker"].tolist() == ["ana-ruiz"]
        assert isinstance(corpus.relations(), pd.DataFrame) and len(corpus.relations()) >= 1
        actors = corpus.actors()
        assert {"id", "name", "aliases", "articles", "quotes"} <= set(actors.columns)
        assert corpus.stats().first_published == date(2025, 1, 23)
        assert len(corpus.runs()) == 2 and corpus.errors().empty


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_exports_hold_every_row(tmp_path: Path, pipeline: Language, fmt: str) -> None:
    db = tmp_path / "s.duckdb"
    riftmap.ingest_paths(
        [write_jsonl(tmp_path / "a.jsonl", [article(i) for i in range(3)])], db, nlp=pipeline
    )
    with riftmap.open(db) as corpus:
        for what, expected in (("quotes", 6), ("relations", None), ("actors", None)):
            out = tmp_path / f"{what}.{fmt}"
            corpus.export(what, fmt, out)  # type: ignore[arg-type]
            con = duckdb.connect()
            reader = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[fmt]
            n = con.execute(f"SELECT count(*) FROM {reader}('{out}')").fetchall()[0][0]
            assert n == (expected if expected is not None else n) and n > 0


TEXTS = st.lists(st.integers(0, 30), min_size=1, max_size=12)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(picks=TEXTS, cut=st.integers(0, 12), near=st.booleans())
def test_ingest_is_idempotent_and_a_resumed_run_ends_alike(
    tmp_path_factory: pytest.TempPathFactory,
    pipeline: Language,
    picks: list[int],
    cut: int,
    near: bool,
) -> None:
    """Any input (with repeats and near-copies): ingesting twice equals ingesting once, and a run
    stopped after any prefix and started again equals an uninterrupted one."""
    folder = tmp_path_factory.mktemp("idem")
    texts = [article(i, words=40) for i in picks]
    if near:
        texts.append(texts[0].replace("said", "said today", 1))
    source = write_jsonl(folder / "in.jsonl", texts)
    prefix = write_jsonl(folder / "prefix.jsonl", texts[:cut])
    once, twice, resumed = (folder / f"{n}.duckdb" for n in ("once", "twice", "resumed"))
    riftmap.ingest_paths([source], once, nlp=pipeline)
    for _ in range(2):
        riftmap.ingest_paths([source], twice, nlp=pipeline)
    riftmap.ingest_paths([prefix], resumed, nlp=pipeline)
    riftmap.ingest_paths([source], resumed, nlp=pipeline)
    expected = snapshot(once)
    assert snapshot(twice) == expected
    resumed_rows = snapshot(resumed)
    # the prefix file names its records like the whole one, so only `origin` may differ
    assert {t: len(r) for t, r in resumed_rows.items()} == {t: len(r) for t, r in expected.items()}
    assert len(expected["articles"]) == len(set(texts))
