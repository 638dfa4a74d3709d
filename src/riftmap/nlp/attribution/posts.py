"""Embedded posts: a paragraph ending in "— Name (@handle) June 3, 2025" is a post by that
name, its words the paragraph before the dash.

A web page that embeds a post on X shows it, once its markup is gone, as the post's words
followed by the author's signature: "Pete Hegseth should be ashamed.— Rep. Nadler
(@RepJerryNadler) June 3, 2025". The words carry no quotation marks and no verb of saying,
so the cue tagger finds nothing; the signature (a name, a handle in brackets, a date, then
the end of the line) says whose they are. The development set has such posts in 6 articles
(019, 136, 172, 186, 193, 201), PolNeAR train and dev in 7 (which PolNeAR leaves
unannotated). A post that is only a link ("pic.twitter.com/… — Name (@name) …") says nothing.
A signature alone on its line (devset 172, 186) signs the paragraph before it: the post's
last paragraph, the one the page put its link in.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.rules import DASHES
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text import select
from riftmap.nlp.text.lines import is_line_break, line_start

# month names and their abbreviations, as the signature's date writes them
MONTHS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m)
# the most tokens a signature's name may take ("Rep. Nadler", "Rapid Response 47")
MAX_NAME = 6


def post_signatures(facts: DocFacts) -> list[TokenAttribution]:
    """A statement for each paragraph ending in a post's signature: the dash is its cue, the
    name before the handle its source, the paragraph before the dash (links left out) its
    content."""
    doc = facts.doc
    found: list[TokenAttribution] = []
    if "(@" not in doc_text(doc):
        return found  # no signature: most documents
    for dash in select.positions(doc, DASHES):
        name_end = _signature(doc, dash)
        if name_end is None:
            continue
        start, end = line_start(doc, dash), dash
        if start == dash and start > 0:  # the signature alone on its line signs the one before
            start, end = line_start(doc, start - 1), start - 1
        while end > start and (doc[end - 1].like_url or doc[end - 1].is_space):
            end -= 1  # "… unpatriotic. https://t.co/GyUr5RSK8B— Donna Brazile"
        if any(not t.is_punct for t in doc[start:end]):
            found.append(
                TokenAttribution((dash, dash + 1), (dash + 1, name_end), (start, end), 0.9)
            )
    return found


def _signature(doc: Doc, dash: int) -> int | None:
    """Where the name of the signature after ``dash`` ends, if the rest of the line is
    "Name (@handle) Month Day, Year"."""
    i = dash + 1
    while i < len(doc) and i - dash <= MAX_NAME and doc[i].text != "(":
        if is_line_break(doc[i]):
            return None
        i += 1
    tail = doc[i : i + 7]
    if i == dash + 1 or len(tail) < 7 or any(is_line_break(t) for t in tail):
        return None
    bracket, handle, closing, month, day, comma, year = (t.text for t in tail)
    signed = bracket == "(" and handle.startswith("@") and closing == ")"
    dated = month.lower().rstrip(".") in MONTHS and day.isdigit() and comma == ","
    if not (signed and dated and year.isdigit() and len(year) == 4):
        return None
    after = i + 7  # the line ends there, or after a full stop
    if after < len(doc) and doc[after].text == ".":
        after += 1
    return i if after >= len(doc) or is_line_break(doc[after]) else None
