"""Lines of a transcript: "Sen. Maggie Hassan (D-NH): “Sir, you're a charlatan.”" at the
start of a line, the name before the colon speaking the quotation after it.

Copy that reports an exchange (a hearing, a debate, a confrontation on video) often lays it
out as a transcript, one speaker a line: a name, perhaps a party and state in brackets, a
colon and the quotation. No verb of saying is written, so the cue tagger finds none; PolNeAR
annotates the colon as the cue and the name with its brackets as the source ("Rep. Trey Gowdy
(R-S.C.):"). The development set has such lines in 3 articles (136, 193, 205), PolNeAR
train in 3. The headline's "Name: words" is ``headlines.colon_headline``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.headlines import capitalised
from riftmap.nlp.attribution.rules import NAME_LABELS, quotation_after
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text import select
from riftmap.nlp.text.lines import is_line_break

# the most words a speaker's name may take before its brackets or colon ("Sen. Ron Wyden")
MAX_NAME = 5
# the closing bracket of a party and state, alone or with the colon
CLOSINGS = frozenset({")", "):"})


def transcript_lines(facts: DocFacts) -> list[TokenAttribution]:
    """A statement for each line that opens with a name, a colon and a quotation: the colon
    is its cue, the name (with its brackets) its source, the quotation its content."""
    doc = facts.doc
    found: list[TokenAttribution] = []
    for colon in select.positions(doc, (":", "):")):
        start = _line_opening(doc, colon)
        if start is None or _name_and_colon(doc, start) != colon:
            continue
        k = quotation_after(facts, colon)
        if k < 0 or facts.region_spans[k][0] > colon + 2:
            continue  # the quotation must open the line's words after the colon
        cue, content = (colon, colon + 1), facts.region_spans[k]
        found.append(TokenAttribution(cue, (start, colon), content, 0.5))
    return found


def _line_opening(doc: Doc, colon: int) -> int | None:
    """The first token of the line of ``colon`` when it is near enough for a name and its
    brackets to stand between, and the line is not the headline (``colon_headline``'s)."""
    for j in range(colon - 1, max(-1, colon - MAX_NAME - 10), -1):
        if is_line_break(doc[j]):
            return j + 1
    return None


def _name_and_colon(doc: Doc, start: int) -> int | None:
    """The colon after a name opening a line at ``start`` ("Sen. Ron Wyden (D-OR):",
    "Hassan:", "RFK Jr:"), if the words before it are one."""
    i = start
    while i < len(doc) and i - start <= MAX_NAME and doc[i].text not in (":", "("):
        if is_line_break(doc[i]) or not capitalised(doc[i]):
            return None
        i += 1
    words = doc[start:i]
    if not words or not any(t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS for t in words):
        return None
    if any(t.is_upper and len(t) > 3 and t.ent_type_ not in NAME_LABELS for t in words):
        return None  # "QUESTION:", "BREAKING:": a label, not a name
    if i < len(doc) and doc[i].text == "(":  # a party and state: "(D-OR)"
        ends = range(i, min(i + 8, len(doc)))
        close = next((j for j in ends if doc[j].text in CLOSINGS), None)
        if close is None:
            return None
        i = close if doc[close].text == "):" else close + 1  # the tokenizer keeps "):" whole
    return i if i < len(doc) and doc[i].text in (":", "):") else None
