"""Near-duplicate copies in extraction JSON Lines count once in a map made with ``--from``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from riftmap.network.copies import copies
from riftmap.network.jsonl import read_jsonl

STORY = (
    "The governor said the budget would cut school funding by a tenth next year, and the "
    "mayor answered that the city could not absorb another round of cuts without closing "
    "libraries and pools across the northern districts before the winter"
)


def doc(name: str, published: str | None, content: str, evidence: str = "said") -> dict[str, Any]:
    return {
        "doc": name,
        "published": published,
        "actors": [{"id": "gov", "name": "Gov"}, {"id": "mayor", "name": "Mayor"}],
        "quotes": [{"content": {"start": 0, "end": len(content), "text": content}}],
        "relations": [
            {"source": "mayor", "target": "gov", "type": "ACCUSE", "polarity": -1,
             "evidence": {"start": 0, "end": len(evidence), "text": evidence}}
        ],
    }  # fmt: skip


def test_a_syndicated_copy_is_left_out_whatever_the_order() -> None:
    original = doc("wire.txt", "2025-03-01", STORY)
    edited = doc("paper.txt", "2025-03-02", STORY.replace("a tenth", "ten percent"))
    other = doc("other.txt", "2025-03-02", STORY.split(",")[0] + " and nothing else was agreed")
    assert copies([original, edited, other]) == {1}
    assert copies([edited, other, original]) == {0}  # the earlier copy stays


def test_a_document_named_twice_counts_once() -> None:
    first = doc("a.txt", None, STORY)
    assert copies([first, dict(first)]) == {1}


def test_short_repetitive_statements_are_never_copies() -> None:
    thin = [doc(f"w{i}.txt", None, "No.", evidence="said said said said") for i in range(3)]
    assert copies(thin) == set()


def test_read_jsonl_counts_the_copy_once(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    docs = [doc("wire.txt", "2025-03-01", STORY), doc("paper.txt", "2025-03-02", STORY + " .")]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    rows = read_jsonl([path]).rows
    assert [(r.doc, r.source, r.target) for r in rows] == [("wire.txt", "mayor", "gov")]
