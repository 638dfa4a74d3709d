"""Score attributions against PolNeAR's brat keys (Newell, Margolin and Ruths, LREC 2018).

The figures follow the project's reference scorer (``shared/eval/score.py polnear``) so that
numbers printed by ``riftmap eval polnear`` and by CI can be compared:

* Each role (source, cue, content) is scored on its own. A gold role is the hull of its
  fragments; gold and predicted spans are first trimmed of surrounding white space, quotation
  marks and punctuation, and spans left empty are dropped.
* *exact*: a predicted span counts when an identical gold span is left (multiset matching).
* *overlap*: predicted and gold spans are paired one-to-one, greedily, largest overlap first.
* *attribution*: a quote counts when its content overlaps the gold content and its source
  overlaps the gold source, or neither has a source; pairs are again one-to-one, greedily by
  content overlap. Spans are not trimmed here.

Precision, recall and F1 are micro-averaged over every document of the key folder; a document
missing from the predictions counts with no quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from riftmap.eval.brat import AnnotatedDoc, Fragments, GoldAttribution, read_corpus
from riftmap.models import Quote, Span

if TYPE_CHECKING:
    from spacy.language import Language

Interval = tuple[int, int]
T = TypeVar("T")

ROLES = ("source", "cue", "content")
MODES = ("exact", "overlap")
MEASURES = (*(f"{role}_{mode}" for role in ROLES for mode in MODES), "attribution")

# Characters trimmed from both ends of a span before it is compared.
TRIM_CHARS = frozenset(" \t\n\r\"'“”‘’«»,.;:—–-")


@dataclass(frozen=True)
class Counts:
    """True positives, predicted and gold items of one measure; adds up across documents."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class Scores:
    """Counts per measure, in the order the measures are reported, and how many key documents
    had no prediction: the one result shape of every scorer here (PolNeAR and answer keys)."""

    counts: Mapping[str, Counts]
    documents: int
    documents_missing: int

    def to_json(self) -> dict[str, Any]:
        """The same shape as ``score.py polnear|keys --json`` prints."""
        out: dict[str, Any] = {name: c.to_json() for name, c in self.counts.items()}
        out["documents"] = self.documents
        out["documents_missing_from_output"] = self.documents_missing
        return out


def trim(text: str, span: Interval) -> Interval:
    """Shrink ``span`` past surrounding white space, quotation marks and punctuation."""
    start, end = span
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def overlap(a: Interval, b: Interval) -> int:
    """Number of characters two half-open intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_greedy(
    pred: Sequence[T], gold: Sequence[T], score: Callable[[T, T], int]
) -> list[Interval]:
    """Pair predictions with gold items one-to-one, highest positive score first.

    Ties go to the later prediction, then the later gold item, as in the reference scorer, so
    that both count the same pairs.
    """
    candidates = [
        (s, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold) if (s := score(p, g)) > 0
    ]
    candidates.sort(reverse=True)
    pairs: list[Interval] = []
    free_pred, free_gold = set(range(len(pred))), set(range(len(gold)))
    for _, i, j in candidates:
        if i in free_pred and j in free_gold:
            free_pred.discard(i)
            free_gold.discard(j)
            pairs.append((i, j))
    return pairs


def _hull(fragments: Fragments) -> Interval | None:
    if not fragments:
        return None
    return min(a for a, _ in fragments), max(b for _, b in fragments)


def _interval(span: Span | None) -> Interval | None:
    return (span.start, span.end) if span is not None else None


def _role_counts(
    text: str, gold: Iterable[Interval | None], pred: Iterable[Interval | None]
) -> tuple[Counts, Counts]:
    """Exact and overlap counts of one role in one document."""
    g = [s for s in (trim(text, x) for x in gold if x) if s[1] > s[0]]
    p = [s for s in (trim(text, x) for x in pred if x) if s[1] > s[0]]
    exact = sum((Counter(g) & Counter(p)).values())
    matched = len(match_greedy(p, g, overlap))
    return Counts(exact, len(p), len(g)), Counts(matched, len(p), len(g))


Pair = tuple[Interval | None, Interval | None]


def _attribution_score(pred: Pair, gold: Pair) -> int:
    (p_content, p_source), (g_content, g_source) = pred, gold
    if p_content is None or g_content is None:
        return 0
    if p_source is None and g_source is None:
        return overlap(p_content, g_content)
    if p_source is None or g_source is None or not overlap(p_source, g_source):
        return 0
    return overlap(p_content, g_content)


def score_document(doc: AnnotatedDoc, quotes: Sequence[Quote]) -> dict[str, Counts]:
    """Counts of every measure for one annotated document and the quotes found in it."""
    gold: Sequence[GoldAttribution] = doc.attributions
    counts: dict[str, Counts] = {}
    for role in ROLES:
        exact, overlapping = _role_counts(
            doc.text,
            (_hull(getattr(a, role)) for a in gold),
            (_interval(getattr(q, role)) for q in quotes),
        )
        counts[f"{role}_exact"], counts[f"{role}_overlap"] = exact, overlapping
    gold_pairs = [(_hull(a.content), _hull(a.source)) for a in gold]
    pred_pairs = [(_interval(q.content), _interval(q.source)) for q in quotes]
    tp = len(match_greedy(pred_pairs, gold_pairs, _attribution_score))
    counts["attribution"] = Counts(tp, len(pred_pairs), len(gold_pairs))
    return counts


def score_corpus(
    docs: Iterable[AnnotatedDoc], predictions: Mapping[str, Sequence[Quote]]
) -> Scores:
    """Micro-averaged scores of ``predictions`` (document name -> quotes) over ``docs``."""
    totals = dict.fromkeys(MEASURES, Counts())
    documents = missing = 0
    for doc in docs:
        documents += 1
        missing += doc.name not in predictions
        for name, counts in score_document(doc, predictions.get(doc.name, ())).items():
            totals[name] += counts
    return Scores(totals, documents, missing)


def evaluate(folder: Path, nlp: Language | None = None, *, batch_size: int = 16) -> Scores:
    """Extract from ``folder/text/*.txt`` and score against ``folder/attributions/*.ann``.

    Raises ``InputError`` naming the first text that cannot be read.
    """
    from riftmap.api import extract_paths

    texts = sorted((folder / "text").glob("*.txt"))
    predictions = {
        e.article.doc: e.quotes for e in extract_paths(texts, nlp, batch_size=batch_size)
    }
    return score_corpus(read_corpus(folder), predictions)
