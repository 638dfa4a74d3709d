"""Read PolNeAR-style brat standoff attribution files (``attributions/*.ann`` beside ``text/``).

Each attribution event links Source, Cue and Content text-bound annotations; a role may be
absent (no source) or made of several fragments (a content interrupted by its cue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: character fragments of each role (possibly empty)."""

    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass(frozen=True)
class AnnotatedDoc:
    """A text file with the attributions of one annotator."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _parse_fragments(offsets: str) -> Fragments:
    return tuple(
        (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";") if part.strip())
    )


def read_ann(path: Path) -> tuple[GoldAttribution, ...]:
    """Attributions of one .ann file; events lacking both cue and content are dropped."""
    spans: dict[str, Fragments] = {}
    events: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _label, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = _parse_fragments(offsets)
        elif line.startswith("E") and len(fields) >= 2:
            events.append(fields[1].split())
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        for arg in args:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role in roles and tid in spans:
                roles[role].extend(spans[tid])
        if roles["cue"] or roles["content"]:
            source, cue, content = (tuple(sorted(roles[r])) for r in ("source", "cue", "content"))
            out.append(GoldAttribution(source, cue, content))
    return tuple(out)


def read_corpus(folder: Path) -> list[AnnotatedDoc]:
    """Every text of a PolNeAR-style folder with its first annotator's attributions (by name)."""
    docs: dict[str, AnnotatedDoc] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0] + ".txt"
        text_path = folder / "text" / name
        if name in docs or not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        docs[name] = AnnotatedDoc(name, text, read_ann(ann))
    return list(docs.values())
