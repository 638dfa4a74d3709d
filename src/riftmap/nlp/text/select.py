"""Tokens of a document picked by one attribute, read as a column.

spaCy makes a new ``Token`` object on every access, so a finder that walks the whole
document (``for tok in doc``) to look at its verbs pays for every token; the relation finders
did that eight times per document. These read the attribute with ``Doc.to_array`` and make
only the tokens wanted, in document order, the tokens the walk would have kept.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Token


def with_pos(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The tokens whose coarse part of speech (``token.pos_``) is one of ``tags``."""
    return [doc[i] for i in positions_with_pos(doc, tags)]


def positions_with_pos(doc: Doc, tags: Iterable[str]) -> list[int]:
    """Indices of the tokens whose coarse part of speech is one of ``tags``, in order: for a
    finder that looks at them a span at a time (``bisect`` the list) and makes only those."""
    if len(doc) == 0:
        return []
    wanted = numpy.array([IDS[t] for t in tags], dtype=numpy.uint64)
    found: list[int] = numpy.flatnonzero(numpy.isin(doc.to_array(POS), wanted)).tolist()
    return found


def with_tag(doc: Doc, tags: Iterable[str]) -> list[Token]:
    """The tokens whose fine-grained tag (``token.tag_``) is one of ``tags``."""
    if len(doc) == 0:
        return []
    wanted = numpy.array([get_string_id(t) for t in tags], dtype=numpy.uint64)
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(doc.to_array(TAG), wanted)).tolist()]


def with_text(doc: Doc, text: str) -> list[Token]:
    """The tokens whose text (``token.text``) is ``text``."""
    if len(doc) == 0:
        return []
    orth = numpy.uint64(get_string_id(text))  # a string's id is its hash, known or not
    return [doc[i] for i in numpy.flatnonzero(doc.to_array(ORTH) == orth).tolist()]


def positions(doc: Doc, texts: Iterable[str], *, lower: bool = False) -> list[int]:
    """Indices of the tokens whose text (or lower-case form, with ``lower``) is in ``texts``."""
    if len(doc) == 0:
        return []
    wanted = numpy.array([get_string_id(t) for t in texts], dtype=numpy.uint64)
    column = doc.to_array(LOWER if lower else ORTH)
    found: list[int] = numpy.flatnonzero(numpy.isin(column, wanted)).tolist()
    return found
