"""Corrections in the store: schema 4, the views that apply them, and the keys written from them."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from web_support import Doc, Said, small_store

from riftmap.errors import UsageError
from riftmap.store import Store, corrections
from riftmap.store.corrections import Correction
from riftmap.store.keys import write_keys
from riftmap.store.migrations import CURRENT

DOCS = [
    Doc(
        "k1",
        "2025-01-05",
        (
            Said("ann-lee", "Bob ruins everything", "bob-ray", topic="budget"),
            Said("bob-ray", "Ann is right", "ann-lee", 1, "SUPPORT"),
        ),
    ),
]


def _catalog(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
        " ORDER BY table_name, ordinal_position"
    ).fetchall()
    con.close()
    return rows


def test_a_version_3_file_gains_the_corrections_and_keeps_its_rows(tmp_path: Path) -> None:
    old = small_store(tmp_path / "old.duckdb", DOCS)
    con = duckdb.connect(str(old))
    for view in ("relations_corrected", "quotes_corrected", "relation_fixes", "quote_fixes"):
        con.execute(f"DROP VIEW {view}")
    con.execute("DROP TABLE corrections")
    con.execute("UPDATE riftmap_schema SET version = 3")
    con.close()
    with Store.open(old) as store:
        assert store.con.execute("SELECT max(version) FROM riftmap_schema").fetchall() == [
            (CURRENT,)
        ]
        assert store.con.execute("SELECT count(*) FROM quotes_corrected").fetchall() == [(2,)]
    assert CURRENT == 4
    assert _catalog(old) == _catalog(small_store(tmp_path / "new.duckdb", DOCS))


def test_the_latest_correction_wins_and_undo_restores_the_one_before(tmp_path: Path) -> None:
    db = small_store(tmp_path / "c.duckdb", DOCS)
    with Store.open(db) as store:
        con = store.con
        first = corrections.add(con, Correction("quote", "k1", 0, "speaker", "bob-ray"))
        second = corrections.add(con, Correction("quote", "k1", 0, "speaker", ""))
        speaker = "SELECT speaker FROM quotes_corrected WHERE article_id = 'k1' AND idx = 0"
        assert con.execute(speaker).fetchall() == [(None,)]
        corrections.undo(con, second)
        assert con.execute(speaker).fetchall() == [("bob-ray",)]
        corrections.undo(con, first)
        assert con.execute(speaker).fetchall() == [("ann-lee",)]
        with pytest.raises(LookupError):
            corrections.undo(con, first)


@pytest.mark.parametrize(
    ("correction", "words"),
    [
        (Correction("quote", "k1", 0, "polarity", "1"), "no field"),
        (Correction("relation", "k1", 0, "polarity", "2"), "-1, 0 or 1"),
        (Correction("relation", "k1", 0, "type", "accuse"), "PLOVER"),
        (Correction("quote", "k1", 0, "content", "5:2"), "not inside"),
        (Correction("quote", "k1", 0, "wrong", "maybe"), "true or false"),
        (Correction("actor", "k1", 0, "wrong", "true"), "cannot correct"),
    ],
)
def test_a_correction_that_cannot_hold_is_refused(
    tmp_path: Path, correction: Correction, words: str
) -> None:
    db = small_store(tmp_path / "r.duckdb", DOCS)
    with Store.open(db) as store, pytest.raises(UsageError, match=words):
        corrections.add(store.con, correction)


def test_a_correction_whose_span_the_machine_no_longer_finds_changes_nothing(
    tmp_path: Path,
) -> None:
    db = small_store(tmp_path / "m.duckdb", DOCS)
    with Store.open(db) as store:
        con = store.con
        corrections.add(con, Correction("quote", "k1", 0, "wrong", "true"))
        assert con.execute("SELECT count(*) FROM quotes_corrected").fetchall() == [(1,)]
        # a newer extraction finds the quote one character longer: another item
        con.execute("UPDATE quotes SET content_end = content_end + 1 WHERE idx = 0")
        assert con.execute("SELECT count(*) FROM quotes_corrected").fetchall() == [(2,)]


def test_keys_carry_the_corrections(tmp_path: Path) -> None:
    db = small_store(tmp_path / "k.duckdb", DOCS)
    with Store.open(db) as store:
        corrections.add(store.con, Correction("quote", "k1", 0, "speaker", "bob-ray"))
        corrections.add(store.con, Correction("relation", "k1", 1, "wrong", "true"))
        [path] = write_keys(store, tmp_path / "keys")
    key = json.loads(path.read_text("utf-8"))
    assert key["doc"] == "k1.txt" and key["published"] == "2025-01-05"
    assert [(q["speaker"], q["content"], q["occurrence"]) for q in key["quotes"]] == [
        ("bob-ray", "Bob ruins everything", 0),
        ("bob-ray", "Ann is right", 0),
    ]
    assert [(r["source"], r["target"], r["topic"]) for r in key["relations"]] == [
        ("bob-ray", "bob-ray", "budget")
    ]
    assert {a["id"] for a in key["actors"]} == {"ann-lee", "bob-ray"}
