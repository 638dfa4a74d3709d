"""Where the map's functions read from: a store, or extraction JSON Lines, never both.

Every function of ``riftmap.api`` that draws the map takes either ``db`` (a DuckDB store) or
``paths`` (JSON Lines as printed by ``riftmap extract --format jsonl``); the choice and its
error live here once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from riftmap.errors import UsageError

if TYPE_CHECKING:
    from datetime import timedelta

    from riftmap.store import Store

DEFAULT_DB = "riftmap.duckdb"

Sources = Iterable[str | os.PathLike[str]]
T = TypeVar("T")


def read_either(
    db: str | os.PathLike[str] | None,
    paths: Sources,
    from_jsonl: Callable[[list[str | os.PathLike[str]]], T],
    from_store: Callable[[Store], T],
) -> T:
    """``from_jsonl(paths)`` when JSON Lines are given, else ``from_store`` over the store
    opened read-only (``DEFAULT_DB`` when ``db`` is None); never both."""
    from riftmap.store import Store

    files = list(paths)
    if db is not None and files:
        raise UsageError("read either a store (--db) or extraction JSON Lines (--from), not both")
    if files:
        return from_jsonl(files)
    with Store.open(db or DEFAULT_DB, read_only=True) as store:
        return from_store(store)


def as_span(value: timedelta | str) -> timedelta:
    """A window or step given as text ("30d", "2w") read as a duration; durations pass."""
    from riftmap.network.rows import parse_span

    return value if not isinstance(value, str) else parse_span(value)
