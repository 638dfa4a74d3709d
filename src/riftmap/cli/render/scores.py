"""The tables ``riftmap eval`` prints: PolNeAR measures with their counts, NewsMTSC stance."""

from __future__ import annotations

from collections.abc import Mapping

from rich import box
from rich.table import Table
from rich.text import Text

from riftmap.eval.polnear import Scores


def score_table(scores: Scores, title: str, caption: str) -> Table:
    """Precision, recall and F1 of every measure, in the scorer's order, with their counts."""
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD)
    table.add_column("Measure")
    for name in ("Precision", "Recall", "F1"):
        table.add_column(name, justify="right")
    for name in ("TP", "Predicted", "Gold"):
        table.add_column(name, justify="right", style="dim")
    for measure, c in scores.counts.items():
        label = measure.replace("_", " ").capitalize()
        figures = (f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
        counts = (str(c.tp), str(c.predicted), str(c.gold))
        table.add_row(label, *figures[:2], Text(figures[2], style="bold"), *counts)
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
