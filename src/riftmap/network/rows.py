"""What the map layer reads: one row per relation, with corpus actor ids, a date and the
evidence to cite, and the slice of the corpus a view asks for.

Rows come from the store (``riftmap.network.store``) or from extraction JSON Lines
(``riftmap.network.jsonl``); everything downstream (networks, windows, factions, rifts)
takes ``Relations`` and so never knows which.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from riftmap.errors import UsageError
from riftmap.network.model import Evidence

# Types whose relations address the other side without attacking it: the broker's moves.
OUTREACH = frozenset({"REQUEST", "CONSULT", "SUPPORT"})


@dataclass(frozen=True)
class Slice:
    """Which relations a view takes: a date range (inclusive ISO days), a topic, an actor and
    the actors within ``depth`` ties of it, and edges backed by at least ``min_statements``."""

    since: date | None = None
    until: date | None = None
    topic: str | None = None
    actor: str | None = None
    depth: int = 1
    min_statements: int = 1

    def takes(self, row: RelationRow) -> bool:
        """Whether the row falls in the date range and topic (the actor filter acts on the
        graph, see ``riftmap.network.build``). An undated row falls outside any range."""
        if self.topic is not None and (row.topic or "").lower() != self.topic.lower():
            return False
        if self.since is None and self.until is None:
            return True
        if row.date is None:
            return False
        day = date.fromisoformat(row.date)
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


@dataclass(frozen=True)
class RelationRow:
    """One relation of one article, its ends as corpus actor ids.

    ``id`` is ``"<article id>:<idx>"`` (store) or ``"<doc>:<idx>"`` (JSON Lines); ``doc`` and
    ``idx`` are its parts. ``date`` is the ISO day it happened (its resolved ``when``), else its
    article's publication day, else None.
    """

    doc: str
    idx: int
    source: str
    target: str
    type: str
    polarity: int
    topic: str | None = None
    date: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    confidence: float | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.idx}"

    @property
    def hostile(self) -> bool:
        return self.polarity < 0

    def evidence(self, speaker: str | None = None) -> Evidence:
        """The row's evidence span, with what a report needs to cite it."""
        return Evidence(
            doc=self.doc,
            start=self.start if self.start is not None else 0,
            end=self.end if self.end is not None else 0,
            text=self.text or "",
            speaker=speaker,
            date=self.date,
            outlet=self.outlet,
            url=self.url,
            title=self.title,
        )


@dataclass(frozen=True)
class Relations:
    """Rows of a corpus slice and the names and types of the corpus actors they name."""

    rows: tuple[RelationRow, ...]
    actors: Mapping[str, tuple[str, str | None]] = field(default_factory=dict)

    def name(self, actor: str) -> str:
        return self.actors.get(actor, (actor, None))[0]

    def type(self, actor: str) -> str | None:
        return self.actors.get(actor, (actor, None))[1]

    def where(self, slice: Slice) -> Relations:
        """The rows the slice's date range and topic take."""
        return Relations(tuple(r for r in self.rows if slice.takes(r)), self.actors)

    def find(self, actor: str) -> str:
        """The actor id a user means by ``actor``: an id, a name, or a name's slug."""
        from riftmap.kb.ids import slug

        wanted = actor.strip()
        if wanted in self.actors:
            return wanted
        lowered = wanted.lower()
        by_name = sorted(i for i, (n, _) in self.actors.items() if n.lower() == lowered)
        if by_name:
            return by_name[0]
        if slug(wanted) in self.actors:
            return slug(wanted)
        partial = sorted(i for i, (n, _) in self.actors.items() if lowered in n.lower())
        if len(partial) == 1:
            return partial[0]
        raise UsageError(f"no actor '{actor}' in these relations (try an id from the network)")


def day_of(value: object) -> str | None:
    """The ISO day a ``when`` or publication date names, when it names one exactly."""
    if value is None:
        return None
    text = str(value)[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


# the longest window or step: a century covers any news archive, and windows that run past
# the calendar's last day (9999-12-31) cannot be named by a date
MAX_SPAN_DAYS = 100 * 365


def parse_span(text: str) -> timedelta:
    """A window or step length: ``30d``, ``2w``, ``1m`` (30 days) or a number of days."""
    units = {"d": 1, "w": 7, "m": 30, "y": 365}
    value = text.strip().lower()
    unit = value[-1] if value and value[-1] in units else "d"
    number = value[:-1] if value and value[-1] in units else value
    try:
        days = int(number) * units[unit]
    except ValueError as err:
        raise UsageError(f"'{text}' is not a span of time (write 30d, 2w or 1m)") from err
    if days < 1:
        raise UsageError(f"'{text}': a window or step lasts at least one day")
    if days > MAX_SPAN_DAYS:
        raise UsageError(f"'{text}': a window or step lasts at most 100 years (36500d)")
    return timedelta(days=days)


def sorted_rows(rows: Iterable[RelationRow]) -> tuple[RelationRow, ...]:
    """Rows in a stable order: by article, then position in it."""
    return tuple(sorted(rows, key=lambda r: (r.doc, r.idx)))
