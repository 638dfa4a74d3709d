"""Relations from extraction JSON Lines (what ``riftmap extract --format jsonl`` prints), so
the map works without a store.

Every document's actors go through the same corpus merge as the store's
(``riftmap.network.identity``); a relation id is ``"<doc>:<index>"``. Near-duplicate copies of a
document (``riftmap.network.copies``) are left out, so a syndicated story counts once.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from riftmap.errors import InputError
from riftmap.kb.loader import KnowledgeBase
from riftmap.network.copies import copies
from riftmap.network.identity import ActorRecord, Override, merge_actors
from riftmap.network.rows import RelationRow, Relations, day_of, sorted_rows


def read_jsonl(
    paths: Iterable[str | os.PathLike[str]],
    *,
    kb: KnowledgeBase | None = None,
    overrides: Sequence[Override] = (),
) -> Relations:
    """Every relation with a source and a target in the files, ends merged across documents.

    A line that is not a JSON object raises ``InputError`` naming the file and line; ``-``
    reads standard input.
    """
    read = list(_documents(paths))
    dropped = copies(read)
    docs = [d for i, d in enumerate(read) if i not in dropped]
    records = [r for d in docs for r in _actor_records(d)]
    identity = merge_actors(records, kb=kb, overrides=overrides)
    rows = []
    for doc in docs:
        name = str(doc.get("doc"))
        for idx, rel in enumerate(doc.get("relations") or ()):
            if not isinstance(rel, dict) or not rel.get("source") or not rel.get("target"):
                continue
            row = _row(doc, idx, rel)
            rows.append(
                _with_ends(row, identity.of(name, row.source), identity.of(name, row.target))
            )
    kept = [r for r in rows if r.source != r.target]
    return Relations(sorted_rows(kept), dict(identity.actors))


def _documents(paths: Iterable[str | os.PathLike[str]]) -> Iterator[dict[str, Any]]:
    for path in paths:
        name = str(path)
        if name == "-":
            yield from _lines(name, sys.stdin)
            continue
        try:
            with Path(path).open(encoding="utf-8") as handle:
                yield from _lines(name, handle)
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror or err})") from err


def _lines(name: str, handle: IO[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}:{number}: not JSON ({err.msg})") from err
        if not isinstance(doc, dict) or "doc" not in doc:
            raise InputError(
                f"{name}:{number}: not an extraction record (a JSON object with 'doc'; "
                "write it with `riftmap extract --format jsonl`)"
            )
        yield doc


def _actor_records(doc: dict[str, Any]) -> Iterator[ActorRecord]:
    name = str(doc.get("doc"))
    seen = set()
    for actor in doc.get("actors") or ():
        if isinstance(actor, dict) and actor.get("id"):
            seen.add(str(actor["id"]))
            yield ActorRecord(
                doc=name,
                id=str(actor["id"]),
                name=str(actor.get("name") or actor["id"]),
                type=actor.get("type"),
                mentions=max(1, len(actor.get("mentions") or ())),
            )
    for rel in doc.get("relations") or ():  # ends the actor list leaves out
        for end in ("source", "target"):
            value = rel.get(end) if isinstance(rel, dict) else None
            if value and str(value) not in seen:
                seen.add(str(value))
                yield ActorRecord(doc=name, id=str(value), name=str(value), type=None)


def _row(doc: dict[str, Any], idx: int, rel: dict[str, Any]) -> RelationRow:
    given = rel.get("evidence")
    evidence: dict[str, Any] = given if isinstance(given, dict) else {}
    polarity = rel.get("polarity")
    confidence = rel.get("confidence")
    return RelationRow(
        doc=str(doc.get("doc")),
        idx=idx,
        source=str(rel["source"]),
        target=str(rel["target"]),
        type=str(rel.get("type") or "OTHER"),
        polarity=int(polarity) if isinstance(polarity, int | float) else 0,
        topic=rel.get("topic"),
        date=day_of(rel.get("when")) or day_of(doc.get("published")),
        start=evidence.get("start"),
        end=evidence.get("end"),
        text=evidence.get("text"),
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
        outlet=doc.get("outlet"),
        url=doc.get("url"),
        title=doc.get("title"),
    )


def _with_ends(row: RelationRow, source: str, target: str) -> RelationRow:
    from dataclasses import replace

    return replace(row, source=source, target=target)
