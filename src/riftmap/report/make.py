"""The whole report in one call: read the slice, compute the map, pick the quotes, write.

``make_report`` is what ``riftmap report`` and ``riftmap.api.report`` run. It reads the
slice's network, factions and rifts through ``riftmap.api`` (store or JSON Lines alike),
then only the relations the brief may quote (see ``brief.wanted_relations``), so a large
store is not read into Python twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from riftmap.errors import UsageError
from riftmap.exports.catalogue import Catalogue, from_jsonl, from_store
from riftmap.kb.loader import KnowledgeBase
from riftmap.network.rows import Slice
from riftmap.report.brief import brief_of, wanted_relations
from riftmap.report.render import REPORT_SUFFIXES, write_report

Progress = Callable[[str], None]
STAGES = ("network", "factions", "rifts", "quotes", "charts", "writing")


def make_report(
    out: str | os.PathLike[str],
    *,
    db: str | os.PathLike[str] | None = None,
    paths: Sequence[str | os.PathLike[str]] = (),
    slice: Slice | None = None,
    kb: KnowledgeBase | None = None,
    title: str = "riftmap brief",
    on_progress: Progress | None = None,
) -> Path:
    """Write the brief of the slice to ``out`` (.html or .md) and return its path."""
    from riftmap import api
    from riftmap.network.factions import factions as partition

    target = Path(out)
    if target.suffix.lower() not in REPORT_SUFFIXES:
        raise UsageError(f"{target}: the report is .html or .md (got '{target.suffix or 'none'}')")
    step = on_progress or (lambda stage: None)
    slice = slice or Slice()
    step("network")
    network = api.network(db=db, paths=paths, slice=slice, kb=kb)
    step("factions")
    blocs = partition(network) if network.edges else None
    step("rifts")
    rifts = api.rifts(db=db, paths=paths, slice=slice, kb=kb)
    step("quotes")
    catalogue = _catalogue(db, paths, wanted_relations(network, blocs, rifts))
    step("charts")
    brief = brief_of(network, blocs, rifts, catalogue, title=title, scope=scope_of(slice))
    step("writing")
    return write_report(brief, target)


def _catalogue(
    db: str | os.PathLike[str] | None, paths: Sequence[str | os.PathLike[str]], ids: set[str]
) -> Catalogue:
    if paths:
        return from_jsonl(paths)
    from riftmap.api import DEFAULT_DB

    return from_store(db or DEFAULT_DB, ids)


def scope_of(slice: Slice) -> str:
    """The slice in words, for the report's first line."""
    parts = []
    if slice.since or slice.until:
        parts.append(f"{slice.since or 'the start'} to {slice.until or 'the end'}")
    else:
        parts.append("all dates")
    if slice.topic:
        parts.append(f"topic {slice.topic}")
    if slice.actor:
        parts.append(f"around {slice.actor} (depth {slice.depth})")
    return " · ".join(parts)
