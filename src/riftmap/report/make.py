"""The whole brief from a slice's network and rifts: factions, quotes, charts, the file.

``riftmap.api.report`` reads the slice (store or JSON Lines) and calls ``make_report``; the
relations to quote are read through ``load`` only for the ids the brief may show (see
``brief.wanted_relations``), so a large store is not read into Python twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from riftmap.errors import UsageError
from riftmap.exports.catalogue import Catalogue
from riftmap.network.factions import factions as partition
from riftmap.network.model import Network, Rift
from riftmap.network.rows import Slice
from riftmap.report.brief import brief_of, wanted_relations
from riftmap.report.index import index_of
from riftmap.report.render import REPORT_SUFFIXES, write_report

Progress = Callable[[str], None]


def check_output(out: str | os.PathLike[str]) -> Path:
    """The report's path, refused before any work when it is neither .html nor .md."""
    target = Path(out)
    if target.suffix.lower() not in REPORT_SUFFIXES:
        got = target.suffix or "none"
        raise UsageError(f"{target}: the report is .html or .md (got '{got}')")
    return target


def make_report(
    out: str | os.PathLike[str],
    network: Network,
    rifts: Sequence[Rift],
    load: Callable[[Iterable[str]], Catalogue],
    *,
    slice: Slice | None = None,
    title: str = "riftmap brief",
    on_progress: Progress | None = None,
) -> Path:
    """Write the brief to ``out`` (.html or .md) and return its path."""
    target = check_output(out)
    step = on_progress or _quiet
    step("factions")
    blocs = partition(network) if network.edges else None
    step("quotes")
    index = index_of(network, blocs)
    catalogue = load(wanted_relations(index, rifts))
    step("charts")
    brief = brief_of(network, blocs, rifts, catalogue, title=title,
                     scope=scope_of(slice or Slice()), index=index)
    step("writing")
    return write_report(brief, target)


def _quiet(stage: str) -> None:
    """No progress to show."""


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
