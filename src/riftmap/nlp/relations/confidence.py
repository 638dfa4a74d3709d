"""A relation's ``confidence``: how often relations like it were right on keyed articles.

The finder's raw score is the stance model's probability for a statement, and nothing (the
``Candidate`` default) for an act a predicate found. Neither is the chance that the relation
is right: the model was calibrated for the polarity of a sentence toward a person, not for
who said it to whom. Histogram binning (Zadrozny and Elkan 2001) maps the raw score, within
the relation's PLOVER type, to the share of such relations that the answer keys of the
development set (eval/devset) confirm, shrunk toward the share of the score's bin over all
types when a type is rare. ``scripts/calibrate_confidence.py`` writes the table
(``data/relations/confidence.tsv``) and reports the expected calibration error before and
after on a keyed set not used to fit it (eval/checkset).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from riftmap.errors import ModelError

# Lower edges of the raw-score bins. An act found by a predicate has no score of its own
# and sits in the first bin; the model's most probable polarity has at least 1/3.
EDGES = (0.0, 0.6, 0.8, 0.9)
ANY_TYPE = "*"
FILE = "confidence.tsv"


@dataclass(frozen=True)
class Calibration:
    """Confidence by (PLOVER type or ``ANY_TYPE``, bin index)."""

    table: Mapping[tuple[str, int], float]

    def of(self, type_: str, raw: float) -> float:
        """The calibrated confidence of a relation of ``type_`` with raw score ``raw``; the
        raw score itself when the table knows neither the type nor the bin."""
        b = bin_of(raw)
        found = self.table.get((type_, b), self.table.get((ANY_TYPE, b)))
        return raw if found is None else found


def bin_of(raw: float) -> int:
    return max(0, bisect_right(EDGES, raw) - 1)


def parse(text: str) -> Calibration:
    """Rows ``type<TAB>bin<TAB>confidence<TAB>relations``; ``#`` lines are comments."""
    table = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            type_, b, value, _ = line.split("\t")
            table[(type_, int(b))] = float(value)
        except ValueError as err:
            raise ModelError(f"data/relations/{FILE}:{n}: not type, bin, confidence, n") from err
    return Calibration(table)


def fit(
    outcomes: Iterable[tuple[str, float, bool]], prior: float = 5.0
) -> dict[tuple[str, int], tuple[float, int]]:
    """(type, raw score, right?) triples -> confidence and count per (type, bin) and per
    (``ANY_TYPE``, bin); a type's share is shrunk toward its bin's by ``prior`` relations."""
    counts: dict[tuple[str, int], list[int]] = {}
    for type_, raw, right in outcomes:
        for key in ((type_, bin_of(raw)), (ANY_TYPE, bin_of(raw))):
            tally = counts.setdefault(key, [0, 0])
            tally[0] += int(right)
            tally[1] += 1
    out = {}
    for (type_, b), (hits, n) in sorted(counts.items()):
        base_hits, base_n = counts[(ANY_TYPE, b)]
        base = base_hits / base_n
        value = base if type_ == ANY_TYPE else (hits + prior * base) / (n + prior)
        out[(type_, b)] = (round(value, 3), n)
    return out

