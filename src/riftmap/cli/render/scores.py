"""The tables ``riftmap eval`` prints: PolNeAR measures with their counts, NewsMTSC stance."""

from __future__ import annotations

from collections.abc import Mapping

from rich import box
from rich.table import Table
from rich.text import Text

from riftmap.eval.keys import MEASURES as KEY_MEASURES
from riftmap.eval.keys import KeyScores
from riftmap.eval.polnear import MEASURES, PolnearScores


def score_table(scores: PolnearScores, caption: str) -> Table:
    """PolNeAR figures: precision, recall and F1 of every measure, with the counts behind them."""
    table = Table(title="PolNeAR attribution scores", caption=caption, box=box.SIMPLE_HEAD)
    table.add_column("Measure")
    for name in ("Precision", "Recall", "F1"):
        table.add_column(name, justify="right")
    for name in ("TP", "Predicted", "Gold"):
        table.add_column(name, justify="right", style="dim")
    for measure in MEASURES:
        c = scores.counts[measure]
        label = measure.replace("_", " ").capitalize()
        figures = (f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
        counts = (str(c.tp), str(c.predicted), str(c.gold))
        table.add_row(label, *figures[:2], Text(figures[2], style="bold"), *counts)
    return table


def key_score_table(scores: KeyScores, caption: str) -> Table:
    """Scores against answer keys: each measure's precision, recall and F1, with its counts."""
    table = Table(title="Scores against the answer keys", caption=caption, box=box.SIMPLE_HEAD)
    table.add_column("Measure")
    for name in ("Precision", "Recall", "F1"):
        table.add_column(name, justify="right")
    for name in ("TP", "Predicted", "Gold"):
        table.add_column(name, justify="right", style="dim")
    for measure in KEY_MEASURES:
        c = scores.counts[measure]
        figures = (f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
        label = measure.replace("_", " ").capitalize()
        table.add_row(
            label,
            *figures[:2],
            Text(figures[2], style="bold"),
            str(c.tp),
            str(c.predicted),
            str(c.gold),
        )
    return table


STANCE_ROWS = (
    ("macro_f1", "Macro-F1"),
    ("accuracy", "Accuracy"),
    ("f1_-1", "F1 negative"),
    ("f1_0", "F1 neutral"),
    ("f1_1", "F1 positive"),
    ("ece", "Calibration error (ECE)"),
)


def stance_table(scores: Mapping[str, float], caption: str) -> Table:
    """NewsMTSC figures of the stance model, macro-F1 first."""
    table = Table(title="NewsMTSC stance scores", caption=caption, box=box.SIMPLE_HEAD)
    table.add_column("Measure")
    table.add_column("Value", justify="right")
    for key, label in STANCE_ROWS:
        value = Text(f"{scores[key]:.3f}", style="bold" if key == "macro_f1" else "")
        table.add_row(label, value)
    return table
