"""The forms a word is looked up by in the relation lexicons (``keys``: its lemma, its
lower-case form, and that form without a common inflection), and the tokens of a document one
of whose forms a lexicon holds (``with_keys``), read as columns rather than token by token.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.symbols import IDS
from spacy.tokens import Doc, Token


def keys(tok: Token) -> tuple[str, ...]:
    """Forms to look a word up by: its lemma, its lower-case form, and that form without a
    common inflection (the lemmatizer gives "hop" for "hopes", "disappointed" for itself)."""
    return _keys(tok.lemma_, tok.lower_)


def with_keys(doc: Doc, pos: Iterable[str], wanted: AbstractSet[str]) -> list[Token]:
    """The tokens whose part of speech is in ``pos`` and one of whose lookup forms (``keys``)
    is in ``wanted`` (a lexicon's words), in document order. The relation finders look a
    lexicon's words up among every verb or noun of a document, and making each token to read
    its lemma and form cost more than the lookups: here part of speech, lemma and form are
    read as columns, and only the tokens found are made."""
    if len(doc) == 0:
        return []
    tags = numpy.array([IDS[t] for t in pos], dtype=numpy.uint64)
    columns = doc.to_array([POS, LEMMA, LOWER])
    rows = numpy.flatnonzero(numpy.isin(columns[:, 0], tags)).tolist()
    strings = doc.vocab.strings
    return [
        doc[i]
        for i, pair in zip(rows, zip(*columns[rows, 1:].T.tolist(), strict=True), strict=True)
        if not wanted.isdisjoint(_KEYS_OF_IDS.get(pair) or _keys_of_ids(strings, pair))
    ]


# (lemma id, form id) -> ``keys``: a string's id is its hash, the same in every vocabulary
_KEYS_OF_IDS: dict[tuple[int, int], tuple[str, ...]] = {}


def _keys_of_ids(strings: StringStore, pair: tuple[int, int]) -> tuple[str, ...]:
    if len(_KEYS_OF_IDS) >= 65536:
        _KEYS_OF_IDS.clear()
    found = _KEYS_OF_IDS[pair] = _keys(strings[pair[0]], strings[pair[1]])
    return found


@lru_cache(maxsize=65536)
def _keys(lemma: str, low: str) -> tuple[str, ...]:
    stems = [low[: -len(end)] for end in ("ing", "ed", "es", "s", "d") if low.endswith(end)]
    return (lemma.lower(), low, *stems)
