"""Golden-file test: the extraction of the two example articles, reviewed by hand.

tests/golden/examples.json was reviewed against the hand-made keys of the seed articles (see
the review notes in tests/golden/README.md). It holds one item (an actor, a quote, a relation)
per line, so that a change shows in a diff item by item and is reviewed as such. When a
deliberate change alters the output, run ``RIFTMAP_UPDATE_GOLDEN=1 pytest tests/test_golden.py``,
review the diff per item, and commit it with the review in README.md.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from spacy.language import Language

from riftmap.api import extract
from riftmap.ingest import read_paths
from riftmap.models import Article

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "examples.json"
ITEMS = ("actors", "quotes", "relations")


def _current(nlp: Language) -> list[dict[str, Any]]:
    articles = [a for a in read_paths([ROOT / "examples"]) if isinstance(a, Article)]
    return [e.to_json() for e in extract(articles, nlp)]


def one_item_per_line(docs: list[dict[str, Any]]) -> str:
    """The documents as one JSON array: each document's fields on a line, then each of its
    actors, quotes and relations on a line of its own."""

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    out = ["["]
    for n, doc in enumerate(docs):
        fields = {k: v for k, v in doc.items() if k not in ITEMS}
        out.append(" " + dump(fields)[:-1] + ",")
        for k, key in enumerate(ITEMS):
            items = doc.get(key) or []
            out.append(f"  {dump(key)}: [")
            out += [f"   {dump(item)}," for item in items[:-1]]
            out += [f"   {dump(item)}" for item in items[-1:]]
            out.append("  ]" + ("," if k < len(ITEMS) - 1 else ""))
        out.append(" }" + ("," if n < len(docs) - 1 else ""))
    out.append("]")
    return "\n".join(out) + "\n"


def test_the_golden_format_reads_back_as_it_was_written() -> None:
    docs = [{"doc": "a", "actors": [{"id": "x"}, {"id": "y"}], "quotes": [], "relations": [{}]}]
    text = one_item_per_line(docs)
    assert json.loads(text) == docs
    assert text.count("\n") == 13


def test_examples_match_golden_file(nlp: Language) -> None:
    current = _current(nlp)
    if os.environ.get("RIFTMAP_UPDATE_GOLDEN"):
        GOLDEN.write_text(one_item_per_line(current), encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert [d["doc"] for d in current] == [d["doc"] for d in expected]
    for got, want in zip(current, expected, strict=True):
        for key in ITEMS:
            missing = [item for item in want[key] if item not in got[key]]
            extra = [item for item in got[key] if item not in want[key]]
            assert not missing and not extra, (got["doc"], key, missing, extra)
        assert got == want, f"{got['doc']} changed"
