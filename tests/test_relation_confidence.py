"""Relation confidence: histogram binning by PLOVER type, fitted on keyed articles, and the
expected calibration error that reports it."""

from __future__ import annotations

import pytest

from riftmap.errors import ModelError
from riftmap.eval.calibration import expected_calibration_error
from riftmap.nlp.relations import confidence
from riftmap.nlp.relations.confidence import ANY_TYPE, Calibration, bin_of, fit, parse
from riftmap.resources import read_text


def test_bins_follow_the_edges() -> None:
    assert [bin_of(x) for x in (0.0, 0.5, 0.6, 0.79, 0.8, 0.95, 1.0)] == [0, 0, 1, 1, 2, 3, 3]


def test_fit_shrinks_a_rare_type_toward_its_bin() -> None:
    rows = [("ACCUSE", 0.95, True)] * 8 + [("ACCUSE", 0.95, False)] * 2
    rows += [("REQUEST", 0.95, False)]
    table = fit(rows, prior=5.0)
    assert table[(ANY_TYPE, 3)] == (round(8 / 11, 3), 11)
    base = 8 / 11
    assert table[("ACCUSE", 3)] == (round((8 + 5 * base) / 15, 3), 10)
    assert table[("REQUEST", 3)] == (round((0 + 5 * base) / 6, 3), 1)


def test_unknown_type_falls_back_to_the_bin_and_then_to_the_raw_score() -> None:
    table = Calibration({(ANY_TYPE, 3): 0.7, ("ACCUSE", 3): 0.9})
    assert table.of("ACCUSE", 0.95) == 0.9
    assert table.of("SUPPORT", 0.92) == 0.7
    assert table.of("SUPPORT", 0.5) == 0.5


def test_parse_reads_the_shipped_table_and_rejects_a_bad_row() -> None:
    shipped = parse(read_text("relations", confidence.FILE))
    assert shipped.table and all(0.0 <= v <= 1.0 for v in shipped.table.values())
    assert {b for _, b in shipped.table} <= set(range(len(confidence.EDGES)))
    with pytest.raises(ModelError, match=r"confidence\.tsv:2"):
        parse("# comment\nACCUSE\tthree\t0.5\t4\n")


def test_calibration_error() -> None:
    assert expected_calibration_error([], []) == 0.0
    assert expected_calibration_error([0.9] * 10, [True] * 9 + [False]) == 0.0
    assert expected_calibration_error([0.9] * 10, [True] * 5 + [False] * 5) == 0.4
    assert expected_calibration_error([0.25, 0.75], [False, True]) == 0.25
