"""``riftmap.eval.polnear`` agrees with the project's reference scorer on PolNeAR dev.

Needs ``../shared`` (present in CI). The extraction over dev runs once for the module; a
second check scores perturbed gold attributions, so that agreement is tested on output with
many right, partly right and wrong spans whatever the model finds today.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from riftmap import extract_paths
from riftmap.eval.brat import AnnotatedDoc, read_corpus
from riftmap.eval.polnear import MEASURES, Scores, score_corpus
from riftmap.models import Article, Extraction, Quote, Span

pytestmark = [pytest.mark.shared, pytest.mark.slow]

TOLERANCE = 0.005


@pytest.fixture(scope="module")
def dev(shared: Path) -> Path:
    return shared / "corpora" / "polnear" / "dev"


@pytest.fixture(scope="module")
def gold_docs(dev: Path) -> list[AnnotatedDoc]:
    return read_corpus(dev)


def reference(shared: Path, dev: Path, extractions: Iterable[Extraction], tmp: Path) -> Any:
    output = tmp / "output.jsonl"
    with output.open("w", encoding="utf-8") as fh:
        for e in extractions:
            fh.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
    scorer = shared / "eval" / "score.py"
    cmd = [sys.executable, str(scorer), "polnear", str(dev), str(output), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def assert_agree(ours: Scores, theirs: dict[str, Any]) -> None:
    assert ours.documents == theirs["documents"]
    assert ours.documents_missing == theirs["documents_missing_from_output"]
    mine = ours.to_json()
    for measure in MEASURES:
        for figure in ("precision", "recall", "f1"):
            got, want = mine[measure][figure], theirs[measure][figure]
            assert abs(got - want) <= TOLERANCE, f"{measure} {figure}: {got} vs {want}"


@pytest.fixture(scope="module")
def dev_extractions(dev: Path, nlp: Language) -> list[Extraction]:
    return list(extract_paths(sorted((dev / "text").glob("*.txt")), nlp))


def test_agrees_on_riftmap_output(
    shared: Path,
    dev: Path,
    gold_docs: list[AnnotatedDoc],
    dev_extractions: list[Extraction],
    tmp_path: Path,
) -> None:
    extractions = dev_extractions
    assert len(extractions) == len(list((dev / "text").glob("*.txt")))
    ours = score_corpus(gold_docs, {e.article.doc: e.quotes for e in extractions})
    assert_agree(ours, reference(shared, dev, extractions, tmp_path))


# Just under the figure at the last reviewed change (PolNeAR dev attribution F1 0.715 with the
# shared scorer): a change that costs attribution accuracy fails here, not on unseen news.
ATTRIBUTION_F1_FLOOR = 0.70


def test_attribution_f1_holds_its_floor(
    shared: Path, dev: Path, dev_extractions: list[Extraction], tmp_path: Path
) -> None:
    scores = reference(shared, dev, dev_extractions, tmp_path)
    assert scores["attribution"]["f1"] >= ATTRIBUTION_F1_FLOOR, scores["attribution"]


def perturbed(doc: AnnotatedDoc, rng: random.Random) -> Extraction:
    """Gold attributions with jittered ends, dropped roles, missing and spurious quotes."""
    text, quotes = doc.text, []

    def jitter(frags: tuple[tuple[int, int], ...], p_drop: float) -> Span | None:
        if not frags or rng.random() < p_drop:
            return None
        start = min(a for a, _ in frags) + rng.choice((0, 0, 0, -2, 1, 5))
        end = max(b for _, b in frags) + rng.choice((0, 0, 0, 2, -1, -6))
        start = max(0, min(start, len(text)))
        return Span.of(text, start, max(start, min(end, len(text))))

    for gold in doc.attributions:
        content = jitter(gold.content, p_drop=0.15)
        if content is not None:
            quotes.append(
                Quote(content, jitter(gold.cue, 0.1), jitter(gold.source, 0.2), "indirect", 0.5)
            )
    for _ in range(rng.randrange(3)):
        start = rng.randrange(max(1, len(text) - 40))
        quotes.append(Quote(Span.of(text, start, start + 30), None, None, "direct", 0.1))
    return Extraction(Article(doc=doc.name, text=text), quotes=tuple(quotes))


def test_agrees_on_perturbed_gold(
    shared: Path, dev: Path, gold_docs: list[AnnotatedDoc], tmp_path: Path
) -> None:
    rng = random.Random(20180507)
    extractions = [perturbed(doc, rng) for doc in gold_docs[1:]]  # one document left out
    ours = score_corpus(gold_docs, {e.article.doc: e.quotes for e in extractions})
    theirs = reference(shared, dev, extractions, tmp_path)
    assert_agree(ours, theirs)
    assert 0.3 < theirs["attribution"]["f1"] < 0.99  # neither trivial nor perfect
    assert theirs["content_exact"]["f1"] < theirs["content_overlap"]["f1"]
