"""Golden-file test: the extraction of the two example articles, reviewed by hand.

tests/golden/examples.jsonl was reviewed against the hand-made keys of the seed articles (see
the review notes in tests/golden/README.md). When a deliberate change alters the output, run
``RIFTMAP_UPDATE_GOLDEN=1 pytest tests/test_golden.py``, review the diff, and commit it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from spacy.language import Language

from riftmap.api import extract
from riftmap.ingest import read_paths
from riftmap.models import Article

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "examples.jsonl"


def _current(nlp: Language) -> list[dict[str, object]]:
    articles = [a for a in read_paths([ROOT / "examples"]) if isinstance(a, Article)]
    return [e.to_json() for e in extract(articles, nlp)]


def test_examples_match_golden_file(nlp: Language) -> None:
    current = _current(nlp)
    if os.environ.get("RIFTMAP_UPDATE_GOLDEN"):
        GOLDEN.write_text(
            "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n" for d in current),
            encoding="utf-8",
        )
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert len(current) == len(expected)
    for got, want in zip(current, expected, strict=True):
        assert got["doc"] == want["doc"]
        assert got["quotes"] == want["quotes"], f"quotes of {got['doc']} changed"
        assert got["actors"] == want["actors"], f"actors of {got['doc']} changed"
