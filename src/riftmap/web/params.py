"""Query parameters shared by the API's routes, validated before any SQL runs.

FastAPI turns a value that breaks these bounds into a 422 naming the parameter; everything
that reaches SQL goes in as a parameter, never into the query text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from riftmap.errors import UsageError
from riftmap.network.rows import Slice

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MAX_TEXT = 200  # longest filter string accepted
MAX_DEPTH = 5

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Day = Annotated[date | None, Query(description="ISO day, inclusive")]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


@dataclass(frozen=True)
class Filters:
    """What the quote and relation searches take; each field narrows the result."""

    actor: str | None = None
    target: str | None = None
    type: str | None = None
    topic: str | None = None
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    words: str | None = None
    duplicates: bool = False

    def check(self) -> Filters:
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"since ({self.since}) is after until ({self.until})")
        return self


def filters(
    actor: Text = None,
    target: Text = None,
    type: Annotated[
        str | None, Query(max_length=20, pattern="^[A-Za-z_]+$", description="PLOVER type")
    ] = None,
    topic: Text = None,
    since: Day = None,
    until: Day = None,
    outlet: Text = None,
    words: Text = None,
    duplicates: bool = False,
) -> Filters:
    """The search filters (a FastAPI dependency). ``actor`` and ``target`` take an actor id or
    part of a name; ``words`` must all occur in the quote or the evidence."""
    return Filters(
        actor,
        target,
        type.upper() if type else None,
        topic,
        since,
        until,
        outlet,
        words,
        duplicates,
    ).check()


def page(limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    return Page(limit, offset)


def slice_of(
    since: Day = None,
    until: Day = None,
    topic: Text = None,
    actor: Text = None,
    depth: Annotated[int, Query(ge=0, le=MAX_DEPTH)] = 1,
    min_statements: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Slice:
    """The slice of the corpus a network, faction or rift view covers, as the CLI takes it."""
    if since and until and since > until:
        raise UsageError(f"since ({since}) is after until ({until})")
    return Slice(since, until, topic or None, actor or None, depth, min_statements)


def actor_match(id_column: str, name_column: str, value: str, params: list[Any]) -> str:
    """SQL matching an actor by exact id or by part of its name (parameters appended)."""
    params += [value, f"%{value}%"]
    return f"({id_column} = ? OR {name_column} ILIKE ?)"
