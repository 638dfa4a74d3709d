"""The date an undated article's roles speak of, estimated from its own titles.

"President Obama" and "Speaker Paul Ryan" in one article place it where both held those
offices; "the vice president" then is that time's vice president, as it would be with a
publication date. Each actor the knowledge base knows and the article titles by a role it held
(a title before the name, an apposition, never a "former" one) narrows the time to that role's
terms; the estimate is the one term all of them leave, from the day after it began to the day
before it ended (terms that meet on a handover day do not overlap): a role whose term overlaps
it was held then (``riftmap.nlp.actors.epithets.role_fit``). Nothing titled, titles that never
held together (a historical article), or several terms left ("President Trump" alone:
2017-2021 or 2025-) leave the article undated.
"""

from __future__ import annotations

from datetime import date, timedelta

from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import kb_descriptors
from riftmap.nlp.actors.state import ActorState

Interval = tuple[str, str]  # ISO dates, "" for an open start, "9999" for an open end
OPEN_END = "9999"


def estimated_period(state: ActorState) -> tuple[str, str] | None:
    """The first and last day (ISO) of the one term that every role the document's titles
    give its known actors covers, or None."""
    era: list[Interval] | None = None
    for entity in state.entities:
        if entity.kb is None or not entity.mentions:
            continue
        terms = _titled_terms(state, entity)
        if terms:
            era = terms if era is None else _intersect(era, terms)
            era = sorted(set(era))
    if not era or len(era) > 1:
        return None  # nothing titled, titles that never held together, or several terms
    start, end = era[0]
    if not start:
        return None
    first = _day(start, first=True) + timedelta(days=1)
    last = date.max if end == OPEN_END else _day(end, first=False) - timedelta(days=1)
    return first.isoformat(), last.isoformat()


def _day(iso: str, *, first: bool) -> date:
    """The first or last day an ISO prefix ("2017", "2017-01", "2017-01-20") covers."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if first:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, 1)
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _titled_terms(state: ActorState, entity: Entity) -> list[Interval]:
    assert entity.kb is not None
    out = []
    for known in kb_descriptors(state.kb, entity.kb):
        if known.role is None or known.role.start is None:
            continue
        fits = any(
            not d.past and d.match(known.descriptor) >= 1.0 for d in entity.descriptors
        )
        if fits:
            out.append((known.role.start, known.role.end or OPEN_END))
    return sorted(set(out))


def _intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    """The parts of time both sets of terms cover (ISO prefixes compare as text)."""
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            start, end = max(s1, s2), min(e1, e2)
            if start < end:
                out.append((start, end))
    return out
