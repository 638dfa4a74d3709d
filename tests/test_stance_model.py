"""The packaged stance model: loads offline, reads the polarity toward the marked target, is
independent of how sentences are batched, and scores NewsMTSC as its evaluation says."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from riftmap.cli import app
from riftmap.errors import InputError
from riftmap.eval.newsmtsc import (
    calibration_error,
    evaluate,
    fit_temperature,
    read_items,
    scores,
)
from riftmap.nlp.relations.stance_model import POLARITIES, Target, stance_model, window


def target(sentence: str, mention: str, nth: int = 0) -> Target:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(mention, start + 1)
    return Target(sentence, start, start + len(mention))


# Sentences written for these tests (not from NewsMTSC or the examples), one polarity each.
KNOWN = [
    (
        target(
            "Critics slammed Senator Alvarez as a corrupt liar who betrayed voters.",
            "Senator Alvarez",
        ),
        -1,
    ),
    (
        target(
            "The mayor praised Governor Okafor for her courageous and honest leadership.",
            "Governor Okafor",
        ),
        1,
    ),
    (
        target(
            "Ms. Lindqvist arrived in Columbus on Tuesday for a meeting with county officials.",
            "Ms. Lindqvist",
        ),
        0,
    ),
]


def test_the_model_loads_from_the_package_with_a_fitted_temperature() -> None:
    model = stance_model()
    assert model is stance_model()  # loaded once per process
    assert 0.25 <= model.temperature <= 8.0
    assert model.meta["dev"]["dev-rw"]["macro_f1"] >= 0.7


@pytest.mark.parametrize(("item", "polarity"), KNOWN)
def test_known_polarities(item: Target, polarity: int) -> None:
    [(got, confidence)] = stance_model().polarities([item])
    assert got == polarity
    assert 1 / 3 < confidence <= 1.0


def test_the_stance_follows_the_marked_target() -> None:
    """One sentence, two people: praise for one, blame for the other."""
    s = "Reyes thanked Bauer for his loyalty, while she blamed Moreau for the disastrous collapse."
    got = stance_model().polarities([target(s, "Bauer"), target(s, "Moreau")])
    assert [p for p, _ in got] == [1, -1]


def test_probabilities_do_not_depend_on_the_batch() -> None:
    model = stance_model()
    items = [t for t, _ in KNOWN] + [
        target("A " + "very " * 200 + "long sentence about Kim.", "Kim")
    ]
    together = model.probabilities(items)
    alone = np.concatenate([model.probabilities([t]) for t in items])
    assert np.allclose(together, alone, atol=1e-4)
    assert np.allclose(together.sum(axis=1), 1.0)
    assert model.probabilities([]).shape == (0, len(POLARITIES))


def test_a_long_sentence_keeps_the_pieces_around_the_target() -> None:
    ids = [101, *range(1000, 1300), 102]
    kept = window(ids, centre=250, size=20)
    assert kept[0] == 101 and kept[-1] == 102 and len(kept) == 22
    assert 1000 + 249 in kept  # the piece at position 250 of ids
    assert window(ids[:10], centre=3, size=20) == ids[:10]
    assert window(ids, centre=1, size=20)[1] == 1000  # a target at the start keeps the start


def test_scores_are_macro_f1_and_accuracy() -> None:
    got = scores([-1, -1, 0, 1], [-1, 0, 0, 0])
    # F1: -1 -> 2/3, 0 -> 2*(1/3*1)/(4/3) = 0.5, 1 -> 0
    assert got["macro_f1"] == pytest.approx((2 / 3 + 0.5 + 0) / 3, abs=1e-4)
    assert got["accuracy"] == 0.5


def test_calibration_error_and_temperature() -> None:
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 3, size=(4000, 3))
    probs = np.exp(logits / 2) / np.exp(logits / 2).sum(axis=1, keepdims=True)
    gold = [POLARITIES[rng.choice(3, p=p)] for p in probs]
    assert fit_temperature(logits, gold) == pytest.approx(2.0, rel=0.1)
    raw = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert calibration_error(probs, gold) < 0.03 < calibration_error(raw, gold)


def known_file(tmp_path: Path, flip: int = 0) -> Path:
    """The known items as a NewsMTSC file; ``flip`` of them with the gold sign reversed."""
    path = tmp_path / "items.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for k, (t, p) in enumerate(KNOWN):
            gold = -p if k < flip else p
            row = {"sentence": t.sentence, "from": t.start, "to": t.end, "polarity": gold}
            fh.write(json.dumps(row) + "\n")
    return path


def test_evaluate_reads_a_newsmtsc_file(tmp_path: Path) -> None:
    got = evaluate(known_file(tmp_path))
    assert got["macro_f1"] == 1.0 and got["accuracy"] == 1.0 and got["items"] == 3
    assert 0.0 <= got["ece"] <= 1.0
    wrong = evaluate(known_file(tmp_path, flip=1))  # the negative item now says positive
    assert wrong["accuracy"] == pytest.approx(2 / 3, abs=1e-4)


def test_eval_newsmtsc_command_prints_macro_f1_and_accuracy(tmp_path: Path) -> None:
    path = known_file(tmp_path, flip=1)
    done = CliRunner().invoke(app, ["eval", "newsmtsc", str(path), "--json"])
    assert done.exit_code == 0, done.output
    got = json.loads(done.stdout)
    assert got["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert 0.0 < got["macro_f1"] < 1.0
    table = CliRunner().invoke(app, ["eval", "newsmtsc", str(path)])
    assert "Macro-F1" in table.stdout and "0.667" in table.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    failed = CliRunner().invoke(app, ["eval", "newsmtsc", str(bad)])
    assert failed.exit_code == 1 and "bad.jsonl:1" in failed.output


def test_a_malformed_item_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"sentence": "Kim", "from": 0, "to": 3, "polarity": 0}\n{"sentence": 1}\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        read_items(path)
    path.write_text('{"sentence": "Kim", "from": 0, "to": 9, "polarity": 0}\n')
    with pytest.raises(InputError, match="out of range"):
        read_items(path)


# NewsMTSC dev-rw macro-F1 of the shipped model when it was trained (meta.json), less 0.02.
DEV_RW_MACRO_F1 = 0.8014
FLOOR = DEV_RW_MACRO_F1 - 0.02


@pytest.mark.shared
@pytest.mark.slow
def test_newsmtsc_dev_rw_stays_above_its_floor(shared: Path) -> None:
    """The shipped model on NewsMTSC dev-rw stays within 0.02 of its measured figure, so that
    a change in encoding, windowing or the model file cannot pass silently."""
    got = evaluate(shared / "corpora" / "newsmtsc" / "dev-rw.jsonl")
    assert got["macro_f1"] >= FLOOR
    assert stance_model().meta["dev"]["dev-rw"]["macro_f1"] == DEV_RW_MACRO_F1
