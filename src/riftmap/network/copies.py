"""Near-duplicate copies among extraction JSON Lines documents, so that a syndicated story
read from several outlets counts once in a map made with ``--from``, as it does in a store.

A store compares article texts at ingest. JSON Lines carry the text only for some inputs, so a
document's fingerprint is its text when given, else what it says: its quotes' contents and its
relations' evidence, in order. Copies of one story share those nearly word for word, while two
articles quoting one press release differ in the rest. The same MinHash signatures, LSH bands
and threshold as ingest (``riftmap.ingest.dedupe``) decide. Documents are taken in the order of
their date and name, so which copy stays does not depend on the order of the files; a document
named twice is a copy of itself. A fingerprint with fewer distinct words than ingest's minimum
(a few short cues repeated) says too little to compare and is never a copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from riftmap.ingest.dedupe import MIN_WORDS, THRESHOLD, bands, signature, similarity


def fingerprint(doc: dict[str, Any]) -> str:
    """The text a document is compared by: its own text, else its quotes and evidence."""
    text = doc.get("text")
    if isinstance(text, str) and text.strip():
        return text
    parts = []
    for quote in doc.get("quotes") or ():
        content = quote.get("content") if isinstance(quote, dict) else None
        if isinstance(content, dict) and isinstance(content.get("text"), str):
            parts.append(content["text"])
    for rel in doc.get("relations") or ():
        evidence = rel.get("evidence") if isinstance(rel, dict) else None
        if isinstance(evidence, dict) and isinstance(evidence.get("text"), str):
            parts.append(evidence["text"])
    return "\n".join(parts)


def copies(docs: Sequence[dict[str, Any]]) -> set[int]:
    """Positions in ``docs`` of the documents that copy an earlier one (by date, then name)."""
    order = sorted(range(len(docs)), key=lambda i: _rank(docs[i]))
    seen_names: set[str] = set()
    by_band: dict[tuple[int, int], list[int]] = defaultdict(list)
    signatures: dict[int, bytes] = {}
    found: set[int] = set()
    for i in order:
        name = str(docs[i].get("doc"))
        if name in seen_names:
            found.add(i)
            continue
        seen_names.add(name)
        text = fingerprint(docs[i])
        sig = signature(text) if len(set(text.casefold().split())) >= MIN_WORDS else None
        if sig is None:
            continue
        keys = list(enumerate(bands(sig)))
        candidates = {j for key in keys for j in by_band[key]}
        if any(similarity(sig, signatures[j]) >= THRESHOLD for j in candidates):
            found.add(i)
            continue
        signatures[i] = sig
        for key in keys:
            by_band[key].append(i)
    return found


def _rank(doc: dict[str, Any]) -> tuple[str, str]:
    published = doc.get("published")
    return (str(published) if published else "9999", str(doc.get("doc")))
