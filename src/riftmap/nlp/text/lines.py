"""Line breaks in a parsed document. spaCy keeps every whitespace other than a single space as
a token of its own, so a line end is a space token holding ``\\n``; in news text it ends a
paragraph, which no attribution, apposition or run-in subject crosses."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# a first line longer than this (in tokens) is a paragraph, not a headline
HEADLINE_TOKENS = 30


def is_line_break(tok: Token) -> bool:
    """A whitespace token holding a line end."""
    return tok.is_space and "\n" in tok.text


def is_blank_line(tok: Token) -> bool:
    """A whitespace token holding an empty line (two line ends or more): a paragraph break
    even in text that wraps its lines."""
    return tok.is_space and tok.text.count("\n") >= 2


def line_break_between(doc: Doc, start: int, end: int) -> bool:
    """Is there a line break among the tokens ``[start, end)``?"""
    return any(is_line_break(t) for t in doc[start:end])


def line_start(doc: Doc, i: int) -> int:
    """The first token of the line that token ``i`` is on."""
    while i > 0 and not is_line_break(doc[i - 1]):
        i -= 1
    return i


def line_end(doc: Doc, i: int) -> int:
    """The line break ending the line token ``i`` is on (or the document's end)."""
    while i < len(doc) and not is_line_break(doc[i]):
        i += 1
    return i
