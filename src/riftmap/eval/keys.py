"""Score the machine against answer keys (the format of shared/keys, or ``riftmap export
keys``, which writes a store's corrected items in it): the loop that turns a reporter's
corrections into a measure of the machine.

The machine's side is what it extracted, corrections left out: a store's ``quotes`` and
``relations`` tables, or extraction JSON Lines with the article texts. Measures, each with
precision, recall and F1 over all documents:

- ``quote_content``: a key quote is found when a machine quote's content overlaps it (spans
  trimmed of quotation marks and punctuation, pairs taken one-to-one, largest overlap first);
- ``quote_attributed``: the same, and the speaker is the key's;
- ``relation_source_target_polarity`` and ``relation_source_target_type``: distinct triples
  per document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from riftmap.errors import InputError, UsageError
from riftmap.eval.polnear import Counts, Interval, Scores, match_greedy, overlap, trim
from riftmap.store import Store

MEASURES = (
    "quote_content",
    "quote_attributed",
    "relation_source_target_polarity",
    "relation_source_target_type",
)


@dataclass(frozen=True)
class Output:
    """What one side says of one article: its text, quotes (speaker, content span) and
    relations (source, target, polarity, type)."""

    text: str
    quotes: list[tuple[str | None, Interval]] = field(default_factory=list)
    relations: list[tuple[str, str, int, str]] = field(default_factory=list)


def read_keys(folder: Path) -> dict[str, dict[str, Any]]:
    """Every ``*.json`` key in ``folder``, by the article file name it names."""
    keys = {}
    for path in sorted(folder.glob("*.json")):
        try:
            key = json.loads(path.read_text("utf-8"))
            keys[str(key["doc"])] = key
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InputError(f"{path}: not an answer key ({err})") from err
    if not keys:
        raise UsageError(f"{folder} holds no answer key (*.json)")
    return keys


def from_store(store: Store) -> dict[str, Output]:
    """The machine's own output in a store, by article file name (corrections left out)."""
    con = store.con
    out = {
        PurePath(str(doc)).name: (str(aid), Output(str(text)))
        for aid, doc, text in con.execute("SELECT id, doc, text FROM articles").fetchall()
    }
    by_id = {aid: o for aid, o in out.values()}
    for aid, speaker, start, end in con.execute(
        "SELECT article_id, speaker, content_start, content_end FROM quotes"
        " WHERE content_start IS NOT NULL"
    ).fetchall():
        by_id[aid].quotes.append((speaker, (int(start), int(end))))
    for aid, s, t, pol, type_ in con.execute(
        "SELECT article_id, source, target, polarity, type FROM relations"
        " WHERE source IS NOT NULL AND target IS NOT NULL"
    ).fetchall():
        by_id[aid].relations.append((s, t, int(pol or 0), str(type_)))
    return {name: o for name, (_, o) in out.items()}


def from_jsonl(paths: Iterable[Path], texts: Path) -> dict[str, Output]:
    """Extraction JSON Lines (``riftmap extract --format jsonl``), texts read from ``texts``."""
    out: dict[str, Output] = {}
    for path in paths:
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                name = PurePath(str(doc["doc"])).name
                text = (texts / name).read_text("utf-8")
            except (OSError, ValueError, KeyError) as err:
                raise InputError(f"{path}:{n}: {err}") from err
            o = out.setdefault(name, Output(text))
            for q in doc.get("quotes", []):
                content = q.get("content") or {}
                if content.get("start") is not None:
                    o.quotes.append((q.get("speaker"), (content["start"], content["end"])))
            for r in doc.get("relations", []):
                if r.get("source") and r.get("target"):
                    o.relations.append(
                        (r["source"], r["target"], int(r.get("polarity") or 0), str(r.get("type")))
                    )
    return out


def score(keys: Mapping[str, dict[str, Any]], machine: Mapping[str, Output]) -> Scores:
    """The measures of the module docstring over every keyed document."""
    totals = dict.fromkeys(MEASURES, Counts())
    missing = 0
    for name, key in keys.items():
        found = machine.get(name)
        if found is None:
            missing += 1
            found = Output("")
        text = found.text
        for measure, counts in _document(key, found, text).items():
            totals[measure] = totals[measure] + counts
    return Scores(totals, len(keys), missing)


def _document(key: dict[str, Any], found: Output, text: str) -> dict[str, Counts]:
    gold = [
        (q["speaker"], span)
        for q in key.get("quotes", [])
        if (span := _locate(text, q["content"], int(q.get("occurrence", 0)))) is not None
    ]
    pred = [(s, trim(text, span)) for s, span in found.quotes]
    gold = [(s, trim(text, span)) for s, span in gold]
    content = match_greedy(pred, gold, lambda p, g: overlap(p[1], g[1]))
    attributed = match_greedy(pred, gold, lambda p, g: overlap(p[1], g[1]) if p[0] == g[0] else 0)
    gold_rel = [
        (r["source"], r["target"], int(r["polarity"]), str(r["type"]))
        for r in key.get("relations", [])
    ]
    counts = {
        "quote_content": Counts(len(content), len(pred), len(gold)),
        "quote_attributed": Counts(len(attributed), len(pred), len(gold)),
    }
    for measure, part in (
        ("relation_source_target_polarity", 2),
        ("relation_source_target_type", 3),
    ):
        g = {(r[0], r[1], r[part]) for r in gold_rel}
        p = {(r[0], r[1], r[part]) for r in found.relations}
        counts[measure] = Counts(len(g & p), len(p), len(g))
    return counts


def _locate(text: str, content: str, occurrence: int) -> Interval | None:
    """Where the ``occurrence``-th copy (0-based) of ``content`` starts and ends in ``text``."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(content, at + 1)
        if at == -1:
            return None
    return at, at + len(content)
