"""The shape of a text's first line: whether a token is in the headline, and whether the
headline is written in title case, where the tagger calls every word a proper noun and name,
title and verb look alike. Read by the actor and relation stages alike."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text.lines import HEADLINE_TOKENS, line_end

FIRST_LINE_KEY = "riftmap.first_line_end"  # doc.user_data: the token ending the first line
TITLE_CASE_KEY = "riftmap.title_case_headline"  # doc.user_data: is the first line title case
BODY_CAPITALS_KEY = "riftmap.capitalised_below"  # doc.user_data: see ``capitalised_below``
# a capitalised word after a lower-case word or a comma: written as a name is, inside a sentence
INNER_CAPITAL = re.compile(r"[a-z,] ([A-Z]\w*)")


def title_case_headline(doc: Doc, i: int) -> bool:
    """Is token ``i`` in the headline, written in title case? (The headline's case is read
    once per document, ``doc.user_data``: it is asked of every word a title may hold.)"""
    if not in_headline(doc, i):
        return False
    found = doc.user_data.get(TITLE_CASE_KEY)
    if not isinstance(found, bool):
        found = doc.user_data[TITLE_CASE_KEY] = title_case(doc[: first_line_end(doc)])
    return found


def title_case(words: SpacySpan) -> bool:
    """Are the words written in title case, as headlines and subheads are (two in three of
    those of four letters or more capitalised), where every word looks like a name?"""
    long = [t for t in words if t.is_alpha and len(t.text) > 3]
    return bool(long) and 3 * sum(t.is_title or t.is_upper for t in long) >= 2 * len(long)


def in_headline(doc: Doc, i: int) -> bool:
    """Is token ``i`` on the first line, short enough to be a headline, with a body below it
    (not a one-line text)?"""
    end = first_line_end(doc)
    return i < end < len(doc) and end <= HEADLINE_TOKENS


def first_line_end(doc: Doc) -> int:
    """The token that ends the first line, found once per document (``doc.user_data``): it
    is asked for every name, and a text of one long line would be read whole each time."""
    found = doc.user_data.get(FIRST_LINE_KEY)
    if not isinstance(found, int):
        found = line_end(doc, 0)
        doc.user_data[FIRST_LINE_KEY] = found
    return found


def capitalised_below(doc: Doc) -> frozenset[str]:
    """The words the text below the headline writes capitalised inside a sentence (after a
    lower-case word or a comma), as names are and headline verbs are not; read once per
    document (``doc.user_data``)."""
    found = doc.user_data.get(BODY_CAPITALS_KEY)
    if not isinstance(found, frozenset):
        end = first_line_end(doc)
        body = doc_text(doc)[doc[end].idx :] if end < len(doc) else ""
        found = doc.user_data[BODY_CAPITALS_KEY] = frozenset(INNER_CAPITAL.findall(body))
    return found
