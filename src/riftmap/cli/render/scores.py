"""The table ``riftmap eval polnear`` prints: every measure with the counts behind it."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

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
