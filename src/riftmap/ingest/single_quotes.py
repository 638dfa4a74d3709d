"""Quotations set in straight single marks, read as the double marks they stand for.

Some house styles (the Daily Mail's web copy, The Times, many British republishers) set every
quotation in straight single marks: 'We are done,' she said. The attribution taggers learned
quotations from double marks, and a straight single mark is also the apostrophe, so such a
text's statements go unread ("'Don't ever say what you said,' Trump shot back" yields none).

A text that uses this style is told by its marks: it pairs at least ``MIN_PAIRS`` straight
single marks as quotations and has fewer double marks (or pairs of single marks written for
one) than pairs: a text in double marks nests its inner quotations in single ones, and those
stay as they are. In such a text each pair becomes a pair of curly double marks, one
character for one, so that every offset still indexes the original text
(``riftmap.nlp.pipeline.extraction_of`` cuts every span it reports out of the original, not
out of the parsed copy).

A mark opens a quotation at the start of a line or after a space, bracket or dash, before a
letter or digit; it closes one before a space, punctuation or the line's end, after a letter,
digit or punctuation. The first closing mark after an opener closes it, except one that reads
as a plural possessive ("'We rejected the Democrats' plan,' he said") when a plain closing
mark follows before the next opening one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

MIN_PAIRS = 2  # one pair may be a title or a nickname; two make a style
_DOUBLE = frozenset('"“”')
OPEN, CLOSE = "“", "”"
TWO_SINGLES = "''"  # a double mark in some archives' plain text (''Today'' anchor)
# not the elided century of "the '90s"
_OPENER = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[^\W_]|[(\[])(?!\d0s\b)", re.MULTILINE)
_CLOSER = re.compile(r"(?<=[^\s'])'(?=[\s.,;:?!)\]—–-]|$)", re.MULTILINE)
# a closing mark after "s" before a lowercase word: a plural possessive more often than not
_POSSESSIVE = re.compile(r"(?<=s)' (?=[a-z])")


def single_quotation_pairs(text: str) -> list[tuple[int, int]]:
    """The (opening, closing) positions of straight single marks that set quotations, line by
    line; none where the text sets its quotations in double marks."""
    doubles = sum(map(text.count, _DOUBLE)) + text.count(TWO_SINGLES)
    if len(_OPENER.findall(text)) <= max(doubles, MIN_PAIRS - 1):
        return []  # fewer openers than the pairs the style needs: most texts, read once
    pairs: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        pairs.extend(_pairs_in(text, line.start(), line.end()))
    return pairs if len(pairs) >= MIN_PAIRS and doubles < len(pairs) else []


def as_double_marks(text: str) -> str:
    """``text`` with its single-mark quotations (``single_quotation_pairs``) in curly double
    marks; the same length, and the text itself when it has none."""
    pairs = single_quotation_pairs(text)
    if not pairs:
        return text
    chars = list(text)
    for start, end in pairs:
        chars[start], chars[end] = OPEN, CLOSE
    return "".join(chars)


def _pairs_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pairs of one line, each opener closed by ``_closer``: a step of binary search per
    opener, so that a line of thousands of marks (hostile input) stays linear."""
    openers = [m.start() for m in _OPENER.finditer(text, start, end)]
    closers = [m.start() for m in _CLOSER.finditer(text, start, end)]
    plain = [j for j in closers if not _POSSESSIVE.match(text, j)]
    pairs = []
    after = start
    for i in openers:
        if i < after:
            continue  # inside the quotation just paired
        close = _closer(i, closers, plain, openers)
        if close is None:
            break
        pairs.append((i, close))
        after = close + 1
    return pairs


def _closer(opener: int, closers: list[int], plain: list[int], openers: list[int]) -> int | None:
    """The mark closing the quotation opened at ``opener``: the first closing mark after it,
    or, when that one reads as a plural possessive (not in ``plain``), the next plain one if
    no opening mark comes first ("called them 'crooks' and 'liars'" closes at "crooks'")."""
    k = bisect_right(closers, opener + 1)
    if k == len(closers):
        return None
    first = closers[k]
    p = bisect_right(plain, first - 1)
    if p < len(plain) and plain[p] == first:
        return first
    if p == len(plain):
        return first
    o = bisect_right(openers, first)
    return first if o < len(openers) and openers[o] < plain[p] else plain[p]
