"""Dates: the publication date of an article and the date of the statements it reports.

A relation's ``when`` comes from a time expression in its own clause ("last month", "in
mid-February", "Wednesday", "late last year", "in December"), resolved against the article's
publication date, and carries the precision the expression supports (day, month or year).
An expression that needs a publication date resolves to nothing when there is none, and vague
ones ("in recent months", "for years") resolve to nothing at all: a date is never invented.

dateparser does the calendar arithmetic. It is slow to warm up and knows no "mid-" or "late",
so it is imported lazily, called only on the candidate expressions spaCy marks as DATE, after
those qualifiers are stripped (they narrow a date within the precision we report anyway),
and its answers are cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from riftmap.models import Article, Precision

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
QUALIFIERS = re.compile(
    r"\b(?:early|earlier|mid|middle of|late|later|the end of|end of|the start of|"
    r"the beginning of|beginning of|start of|the first half of|the second half of)\b[\s-]*"
)
LEADING = re.compile(r"^(?:(?:in|on|at|since|by|during|from|until|as of|the|this past)\s+)+")
VAGUE = re.compile(
    r"\b(?:recent|past|coming|next few|several|some|many|few|years|months|weeks|days|"
    r"decades?|ago\s+years|now|currently|once|long|previously|soon|time)\b"
)
COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+\w+\s+ago\b")


@dataclass(frozen=True)
class Timex:
    """A resolved date: ISO text cut to its precision ("2025-02", "month")."""

    value: str
    precision: Precision


def date_in_name(name: str) -> str | None:
    """The date a file name carries (``politico_2016-09-08_…``, ``20160908``), ISO, or None."""
    for m in NAME_DATE.finditer(name):
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    return None


def published_of(article: Article) -> str | None:
    """The article's publication date: its metadata, else a date in its file name."""
    if article.published:
        return article.published
    for name in (article.doc, article.origin or ""):
        found = date_in_name(name.replace("\\", "/").rsplit("/", 1)[-1])
        if found:
            return found
    return None


def parse_published(value: str | None) -> date | None:
    """The publication date as a ``date`` (ISO date or datetime text), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve(expression: str, published: date | None, *, future: bool = False) -> Timex | None:
    """The date a time expression names, relative to ``published``; None when it names none
    or depends on a publication date that is unknown."""
    text = normalise(expression)
    if not text or (VAGUE.search(text) and not COUNTED.search(text)):
        return None
    if text in WEEKDAYS:
        return _weekday(text, published, future) if published else None
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return Timex(text, "year")
    return _parsed(text, published, future)


def normalise(expression: str) -> str:
    """Lower case, without possessive, leading prepositions and within-period qualifiers."""
    text = expression.lower().replace("’", "'").strip(" .,;:'\"")
    text = re.sub(r"'s$", "", text)
    text = QUALIFIERS.sub("", text)
    text = LEADING.sub("", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def _weekday(name: str, published: date, future: bool) -> Timex:
    """A bare weekday in news copy is the latest such day up to publication (the same day
    included), or the next one from it when the clause is in the future tense."""
    delta = (published.weekday() - WEEKDAYS.index(name)) % 7
    day = published + timedelta(days=(7 - delta) % 7) if future else published - timedelta(delta)
    return Timex(day.isoformat(), "day")


def _parsed(text: str, published: date | None, future: bool) -> Timex | None:
    if published is None:
        # Only expressions that mean the same from any vantage point are absolute.
        one, other = (
            _dateparser(text, date(2001, 6, 15), False),
            _dateparser(text, date(2013, 2, 3), False),
        )
        return one if one is not None and one == other else None
    return _dateparser(text, published, future)


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date, future: bool) -> Timex | None:
    if not _plausible(text):
        return None
    found = _parser(base, future).get_date_data(text)
    if found is None or found.date_obj is None:
        return None
    return _with_precision(found.date_obj.date(), str(found.period))


def _plausible(text: str) -> bool:
    """Cheap filter before dateparser: some calendar word or a number."""
    return bool(
        re.search(r"\d|day|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", text)
    )


@lru_cache(maxsize=64)
def _parser(base: date, future: bool) -> Any:
    """dateparser's parser for one vantage point (its relative base is a setting)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day, 12),
            "PREFER_DATES_FROM": "future" if future else "past",
        },
    )


def _with_precision(day: date, period: str) -> Timex | None:
    if period in ("day", "time"):
        return Timex(day.isoformat(), "day")
    if period == "month":
        return Timex(day.isoformat()[:7], "month")
    if period == "year":
        return Timex(str(day.year), "year")
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return Timex(monday.isoformat()[:7], "month")
        return Timex(str(monday.year), "year") if monday.year == sunday.year else None
    return None


TEMPORAL_DEPS = frozenset({"npadvmod", "pobj", "tmod", "obl", "advmod", "poss", "conj"})


def statement_date(dates: Iterable[SpacySpan], published: date | None) -> Timex | None:
    """The date of a reported statement: the first of its clause's DATE entities used as a
    time adverbial ("last month", "on Friday's broadcast") that resolves."""
    for ent in dates:
        if ent.root.dep_ not in TEMPORAL_DEPS:
            continue  # "the 2020 election", "a 2028 primary": a date naming something else
        found = resolve(ent.text, published, future=_future(ent.root))
        if found is not None:
            return found
    return None


def _future(tok: Token) -> bool:
    """Whether the clause a date hangs on speaks of the future ("will meet Friday")."""
    head = tok.head
    for _ in range(3):
        if any(c.lower_ in ("will", "'ll", "shall") for c in head.children if c.dep_ == "aux"):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False
