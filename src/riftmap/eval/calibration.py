"""Expected calibration error, the one measure of how far confidence strays from accuracy
(stance probabilities, relation confidence)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

ECE_BINS = 10


def expected_calibration_error(
    confidence: Sequence[float] | np.ndarray, right: Sequence[bool] | np.ndarray,
    bins: int = ECE_BINS,
) -> float:
    """Over equal-width confidence bins, the gap between mean confidence and accuracy,
    weighted by the bin's share of items (0 for no items)."""
    conf = np.asarray(confidence, dtype=float)
    hit = np.asarray(right, dtype=float)
    if not len(conf):
        return 0.0
    total = 0.0
    for lo, hi in itertools.pairwise(np.linspace(0.0, 1.0, bins + 1)):
        inside = (conf > lo) & (conf <= hi) if lo else (conf >= lo) & (conf <= hi)
        if inside.any():
            total += inside.mean() * abs(conf[inside].mean() - hit[inside].mean())
    return round(float(total), 4)
