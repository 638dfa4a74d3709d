"""DNA's views of statements, windows over dated and undated relations, slices, and the
errors a bad JSON Lines input gives."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from riftmap import api
from riftmap.errors import InputError, UsageError
from riftmap.network.dna import dna_views
from riftmap.network.rows import RelationRow, Relations, parse_span
from riftmap.network.surges import day_number, iso_day
from riftmap.network.windows import spans


def _row(
    n: int, source: str, topic: str | None, polarity: int, day: str | None = None
) -> RelationRow:
    return RelationRow("d", n, source, "x", "ACCUSE" if polarity < 0 else "SUPPORT", polarity,
                       topic, day)  # fmt: skip


STATEMENTS = [
    _row(0, "ann", "tax", 1),
    _row(1, "bob", "tax", 1),
    _row(2, "cat", "tax", -1),
    _row(3, "ann", "war", -1),
    _row(4, "cat", "war", -1),
    _row(5, "bob", "war", 1),
    _row(6, "ann", None, 0),
]


def test_dna_congruence_conflict_and_subtract() -> None:
    views = dna_views(STATEMENTS)
    a = {x: i for i, x in enumerate(views.actors)}
    assert views.concepts == ("@x", "tax", "war")
    assert views.affiliation[a["ann"]].tolist() == [0.0, 1.0, -1.0]
    assert views.congruence[a["ann"], a["bob"]] == 1  # both agree on tax
    assert views.conflict[a["ann"], a["bob"]] == 1  # opposite on war
    assert views.congruence[a["ann"], a["cat"]] == 1 and views.conflict[a["ann"], a["cat"]] == 1
    assert views.congruence[a["bob"], a["cat"]] == 0 and views.conflict[a["bob"], a["cat"]] == 2
    assert np.allclose(views.subtract, views.congruence - views.conflict)
    assert np.allclose(views.congruence, views.congruence.T)


def test_dna_normalisations() -> None:
    a = {x: i for i, x in enumerate(dna_views(STATEMENTS).actors)}
    ann, bob = a["ann"], a["bob"]
    # each of ann and bob takes 2 concept-stances; they share 1
    assert dna_views(STATEMENTS, "average").congruence[ann, bob] == pytest.approx(0.5)
    assert dna_views(STATEMENTS, "jaccard").congruence[ann, bob] == pytest.approx(1 / 3)
    assert dna_views(STATEMENTS, "cosine").congruence[ann, bob] == pytest.approx(0.5)
    out = dna_views(STATEMENTS, "cosine").to_json()
    assert {"source": "ann", "target": "bob", "weight": 0.5} in out["congruence"]
    with pytest.raises(ValueError):
        dna_views(STATEMENTS, "median")  # type: ignore[arg-type]


def test_windows_step_over_dates_and_undated_rows_stand_alone() -> None:
    dated = Relations(tuple(_row(i, "ann", None, 1, f"2025-01-{1 + 3 * i:02d}") for i in range(10)))
    grid = spans(dated, timedelta(days=10), timedelta(days=5))
    assert grid[0].start == "2025-01-01" and grid[0].end == "2025-01-11"
    assert [len(w.rows) for w in grid] == [4, 3, 3, 4, 3]  # the last one reaches the 28th
    assert grid[-1].end is not None and grid[-1].end > "2025-01-28"
    undated = spans(Relations(tuple(STATEMENTS)))
    assert len(undated) == 1 and undated[0].start is None and len(undated[0].rows) == 7


def test_spans_of_time_parse_and_bad_ones_are_usage_errors() -> None:
    assert parse_span("30d") == timedelta(days=30)
    assert parse_span("2w") == timedelta(days=14)
    assert parse_span("1m") == timedelta(days=30)
    assert parse_span("100y") == timedelta(days=36500)
    for bad in ("", "soon", "0d", "-3d", "101y", "8000y"):
        with pytest.raises(UsageError):
            parse_span(bad)


def test_bad_json_lines_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps({"doc": "a", "relations": []}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"out\.jsonl:2: not JSON"):
        api.network(paths=[path])
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"out\.jsonl:1: not an extraction record"):
        api.network(paths=[path])
    with pytest.raises(InputError, match="cannot read"):
        api.network(paths=[tmp_path / "missing.jsonl"])
    with pytest.raises(UsageError, match="not both"):
        api.network(db=tmp_path / "x.duckdb", paths=[path])


def test_an_actor_with_only_neutral_ties_takes_no_side() -> None:
    from riftmap.network.build import build_network
    from riftmap.network.factions import factions

    rows = (
        RelationRow("d", 0, "ann", "bob", "ACCUSE", -1),
        RelationRow("d", 1, "cat", "ann", "SUPPORT", 1),
        RelationRow("d", 2, "dan", "bob", "REQUEST", 0),
    )
    found = factions(build_network(Relations(rows)))
    members = sorted(m for f in found.factions for m in f.members)
    assert members == ["ann", "bob", "cat"]
    assert [sorted(f.members) for f in found.factions] == [["ann", "cat"], ["bob"]]
    assert found.frustration == 0 and found.polarisation == pytest.approx(0.5)


def test_a_window_past_the_calendar_ends_at_its_last_day() -> None:
    last = day_number("9999-12-01")
    assert iso_day(last) == "9999-12-01"
    assert iso_day(last + 400) == "9999-12-31"
    assert iso_day(day_number("0001-01-05") - 30) == "0001-01-01"
