"""Find quotation regions in raw text: straight and curly marks, multi-paragraph, unbalanced.

A region is the text between an opening and a closing mark (marks excluded). A quotation that
runs over several paragraphs, with the opening mark repeated at each paragraph start and no
closing mark until the end, is one region. An opening mark never closed by the end of its
paragraph yields a region up to that paragraph end, so unbalanced marks never swallow an article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# Every quotation mark of English news text: straight and curly, double and single, and
# guillemets. (The straight single mark is also the apostrophe; code that must tell the two
# apart does so by position, as ``find_regions`` does.)
QUOTE_MARKS = frozenset('"“”‘’\'«»')
# The marks that open a double quotation in English text, and with the curly single one, any
# quotation (a straight single mark opens none: it is mostly an apostrophe).
DOUBLE_OPENERS = frozenset('"“')
# The marks taken off names and group labels: all but the straight single one, which there is
# an apostrophe ("the union's allies", "activist'' investors" keeps its words).
NAME_MARKS = QUOTE_MARKS - {"'"}
OPENING_MARKS = DOUBLE_OPENERS | {"‘"}
# Each double opener and the mark that closes it. Writers and content systems mix straight and
# curly marks (“like this"), so a curly opener also closes on a straight mark and a straight
# opener on a curly closer.
OPENERS = {"“": "”", "«": "»", '"': '"', "„": "“"}
DOUBLE_MARKS = frozenset(OPENERS) | frozenset(OPENERS.values())
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
_CLOSING = "closing ’"  # key of the ’ marks that close a quotation
_INDEXED = frozenset({*OPENERS, *OPENERS.values(), SINGLE_OPEN, SINGLE_CLOSE, "\n"})
# the same sets as character classes: one regular-expression scan finds them all in C, where a
# loop over the text in Python costs a step per character
_INDEXED_RE = re.compile("[" + re.escape("".join(sorted(_INDEXED))) + "]")
_OPENER_RE = re.compile("[" + re.escape("".join(sorted(OPENERS))) + "]")


@dataclass(frozen=True)
class Region:
    """Characters ``[start, end)`` inside quotation marks; ``level`` 0 for double marks."""

    start: int
    end: int
    level: int = 0


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class _Marks:
    """Where each mark and each line break of a text is, so that finding the next one is a
    binary search, not a scan: a text of thousands of unclosed marks on one line (hostile
    input) would otherwise cost time in the square of its length."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for found in _INDEXED_RE.finditer(text):
            self.at.setdefault(found.group(), []).append(found.start())
        # a ’ closes a single quotation only before a non-word character (not in "it’s")
        self.single_closes = [
            i
            for i in self.at.get(SINGLE_CLOSE, [])
            if i + 1 >= len(text) or not _is_word(text[i + 1])
        ]

    def find(self, ch: str, start: int, end: int | None = None) -> int:
        """Like ``str.find`` for one character: its first position in ``[start, end)``."""
        where = self.single_closes if ch == _CLOSING else self.at.get(ch, [])
        k = bisect_left(where, start)
        if k < len(where) and (end is None or where[k] < end):
            return where[k]
        return -1

    def paragraph_end(self, pos: int) -> int:
        end = self.find("\n", pos)
        return len(self.text) if end < 0 else end


def _next_paragraph_opens(text: str, pos: int, mark: str) -> int | None:
    """Position just after an opening mark that starts the paragraph following ``pos``."""
    i = pos
    while i < len(text) and text[i] in "\n\r \t":
        i += 1
    if i < len(text) and i > pos and text[i] in (mark, "“", '"'):
        return i + 1
    return None


def _close_of(marks: _Marks, start: int, opener: str) -> tuple[int, int] | None:
    """Find the close of a double-mark quotation opened just before ``start``.

    Returns (content end, position after the close) or None when it never closes.
    """
    closers = {OPENERS[opener], '"'} if opener in "“„" else {OPENERS[opener], "”"}
    pos = start
    while True:
        para_end = marks.paragraph_end(pos)
        hits = [h for h in (marks.find(c, pos, para_end) for c in closers) if h >= 0]
        if hits:
            hit = min(hits)
            return hit, hit + 1
        nxt = _next_paragraph_opens(marks.text, para_end, opener)
        if nxt is None:
            return None
        pos = nxt


def find_regions(text: str) -> list[Region]:
    """All double-mark regions, plus single-curly-mark regions nested inside or standing alone.

    The attribution features and the actors both ask for a document's regions; the last few
    texts' regions are kept (``Region`` is frozen, the list is a fresh copy each call)."""
    return list(_regions(text))


@lru_cache(maxsize=4)
def _regions(text: str) -> tuple[Region, ...]:
    marks = _Marks(text)
    regions: list[Region] = []
    i = 0
    n = len(text)
    while (opener := _OPENER_RE.search(text, i)) is not None:
        i, ch = opener.start(), opener.group()
        if ch == '"' and i + 1 >= n:
            break  # a straight mark ending the text opens nothing
        found = _close_of(marks, i + 1, ch)
        if found is None:
            end = marks.paragraph_end(i + 1)
            if end > i + 1:
                regions.append(Region(i + 1, end))
            i = end
            continue
        end, after = found
        if end > i + 1:
            regions.append(Region(i + 1, end))
        i = after
    regions.extend(_single_regions(marks))
    return tuple(sorted(regions, key=lambda r: (r.start, -r.end)))


def _single_regions(marks: _Marks) -> list[Region]:
    """‘…’ regions: an opening ‘ after a non-word char, closed by ’ before a non-word char."""
    text = marks.text
    out: list[Region] = []
    for i in marks.at.get(SINGLE_OPEN, []):
        if i == 0 or not _is_word(text[i - 1]):
            para_end = marks.paragraph_end(i)
            j = marks.find(_CLOSING, i + 1, para_end)
            if j > i + 1:
                out.append(Region(i + 1, j, level=1))
    return out
