"""Score the stance model on NewsMTSC (Hamborg and Donnay, EACL 2021).

Each item is a sentence from political news, one person mention in it (character offsets,
end exclusive) and the polarity the sentence expresses toward that person (-1, 0, 1). The
measure is the one the dataset's paper reports: macro-F1 over the three classes, with
accuracy beside it. The calibration helpers (temperature, expected calibration error) live
here too because they are measured on the same dev files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from riftmap.errors import InputError
from riftmap.eval.calibration import expected_calibration_error
from riftmap.nlp.relations.stance_model import (
    POLARITIES,
    StanceModel,
    Target,
    softmax,
    stance_model,
)


@dataclass(frozen=True)
class Item:
    """One NewsMTSC judgement."""

    target: Target
    polarity: int
    id: str


def read_items(path: Path) -> list[Item]:
    """The items of one NewsMTSC JSON-lines file; a malformed line names its file and line."""
    items = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                sentence, start, end = str(raw["sentence"]), int(raw["from"]), int(raw["to"])
                polarity = int(raw["polarity"])
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{path}:{n}: not a NewsMTSC item ({exc})") from exc
            if polarity not in POLARITIES or not 0 <= start < end <= len(sentence):
                raise InputError(f"{path}:{n}: polarity or offsets out of range")
            items.append(Item(Target(sentence, start, end), polarity, str(raw.get("id", n))))
    return items


def scores(gold: Sequence[int], predicted: Sequence[int]) -> dict[str, float]:
    """Macro-F1 over the three polarities, accuracy, and each polarity's F1."""
    out: dict[str, float] = {}
    f1s = []
    for p in POLARITIES:
        tp = sum(1 for g, q in zip(gold, predicted, strict=True) if g == q == p)
        n_pred, n_gold = sum(1 for q in predicted if q == p), sum(1 for g in gold if g == p)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"f1_{p}"] = round(f1, 4)
        f1s.append(f1)
    right = sum(1 for g, q in zip(gold, predicted, strict=True) if g == q)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 4)
    out["accuracy"] = round(right / len(gold), 4) if gold else 0.0
    return out


def calibration_error(probs: np.ndarray, gold: Sequence[int]) -> float:
    """Expected calibration error of the top probability against the gold polarity."""
    right = [POLARITIES[int(j)] == g for j, g in zip(probs.argmax(axis=1), gold, strict=True)]
    return expected_calibration_error(probs.max(axis=1), right)


def fit_temperature(logits: np.ndarray, gold: Sequence[int]) -> float:
    """The temperature that minimises the negative log-likelihood of the gold polarities."""
    return fit_calibration(logits, gold)[0]


def fit_calibration(
    logits: np.ndarray, gold: Sequence[int], votes: Sequence[int] | None = None
) -> tuple[float, float]:
    """Temperature and lexicon weight that minimise the negative log-likelihood of the gold
    polarities (a grid search: two scalars cannot overfit a few hundred items). Without
    ``votes`` the weight is 0."""
    index = np.array([POLARITIES.index(g) for g in gold])
    rows = np.arange(len(index))

    def nll(t: float, w: float) -> float:
        p = softmax(logits, t, votes, w)[rows, index]
        return float(-np.log(np.clip(p, 1e-12, 1.0)).mean())

    temps = np.exp(np.linspace(np.log(0.25), np.log(8.0), 200))
    weights = np.linspace(0.0, 4.0, 41) if votes is not None else np.zeros(1)
    grid = [(float(t), float(w)) for t in temps for w in weights]
    return min(grid, key=lambda tw: nll(*tw))


def evaluate(
    path: Path,
    model: StanceModel | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, float]:
    """Scores of the packaged model (or ``model``) on one NewsMTSC file, with the expected
    calibration error of its probabilities."""
    items = read_items(path)
    if not items:
        raise InputError(f"{path}: no NewsMTSC items")
    model = model or stance_model()
    logits = model.logits([i.target for i in items])
    if progress:
        progress(len(items))
    gold = [i.polarity for i in items]
    predicted = [POLARITIES[int(j)] for j in logits.argmax(axis=1)]
    out = scores(gold, predicted)
    out["ece"] = calibration_error(softmax(logits, model.temperature), gold)
    out["items"] = len(items)
    return out
