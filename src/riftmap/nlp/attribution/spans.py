"""Token-level attributions and their conversion to the contract's character spans."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from riftmap.models import Quote, QuoteKind, Span
from riftmap.nlp.text.lines import is_line_break
from riftmap.nlp.text.quotemarks import DOUBLE_MARKS, QUOTE_MARKS

# what a span never begins or ends with: blanks, quotation marks, punctuation between clauses
TRIM = " \t\n\r" + "".join(sorted(QUOTE_MARKS)) + ",.;:—–-"


@dataclass(frozen=True)
class TokenAttribution:
    """An attribution in token offsets, before conversion to character spans."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    confidence: float
    # set on a quotation that continues the statement with this cue (no cue of its own)
    continues: tuple[int, int] | None = None


def char_span(doc: Doc, tokens: tuple[int, int], text: str, trim: str = TRIM) -> Span:
    """Character span of a token range, trimmed of surrounding white space and punctuation
    (the characters of ``trim``).

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    start = doc[tokens[0]].idx
    last = doc[tokens[1] - 1]
    end = last.idx + len(last.text)
    while start < end and text[start] in trim:
        start += 1
    while end > start and text[end - 1] in trim:
        end -= 1
    if end <= start:
        start, end = doc[tokens[0]].idx, last.idx + len(last.text)
    return Span.of(text, start, end)


def quote_kind(text: str, content: Span) -> QuoteKind:
    """direct: all inside quotation marks; mixed: a paraphrase holding a quoted fragment."""
    before = text[max(0, content.start - 1) : content.start]
    after = text[content.end : content.end + 2]
    if before in QUOTE_MARKS and any(c in QUOTE_MARKS for c in after):
        inner = content.text
        if not any(m in inner for m in DOUBLE_MARKS):
            return "direct"
    if any(m in content.text for m in DOUBLE_MARKS):
        return "mixed"
    return "indirect"


def to_quotes(doc: Doc, att: TokenAttribution, region: list[int], text: str) -> list[Quote]:
    """The contract's quotes for one attribution: one, or a first part and its continuation
    when the cue interrupts the quotation (see ``split_at_cue``). A continuation carries
    ``continues=-1`` here; the component replaces it by the first part's index."""
    assert att.content is not None
    if att.continues is not None:
        return [
            Quote(content, None, None, quote_kind(text, content), att.confidence, None, -1)
            for content in (char_span(doc, p, text) for p in split_at_paragraphs(doc, att.content))
        ]
    quotes = []
    parts = split_at_cue(doc, att.content, att.cue, region)
    parts = [piece for part in parts for piece in split_at_paragraphs(doc, part)]
    for n, part in enumerate(parts):
        content = char_span(doc, part, text)
        quotes.append(
            Quote(
                content=content,
                cue=None if n else char_span(doc, att.cue, text),
                source=char_span(doc, att.source, text) if att.source and not n else None,
                kind=quote_kind(text, content),
                confidence=att.confidence,
                continues=-1 if n else None,
            )
        )
    return quotes


def split_at_paragraphs(doc: Doc, content: tuple[int, int]) -> list[tuple[int, int]]:
    """Split a quotation that runs over paragraphs (the mark reopened at each paragraph start,
    as news typography has it) into one passage per paragraph: a reader, like the answer keys,
    counts each paragraph of a speaker's words as a quotation continuing the first."""
    lo, hi = content
    parts = []
    i = lo
    while i < hi:
        if is_line_break(doc[i]):
            j = i + 1
            while j < hi and doc[j].is_space:
                j += 1
            if j + 1 < hi and doc[j].text in QUOTE_MARKS and _has_words(doc, lo, i):
                parts.append((lo, i))
                lo = j
            i = j
            continue
        i += 1
    parts.append((lo, hi))
    return parts


def _has_words(doc: Doc, lo: int, hi: int) -> bool:
    return any(not (t.is_punct or t.is_space) for t in doc[lo:hi])


def split_at_cue(
    doc: Doc, content: tuple[int, int], cue: tuple[int, int], region: list[int]
) -> list[tuple[int, int]]:
    """Split a content whose quotation closes before the cue and another opens after it.

    ``"A," she said. "B."`` is two quoted passages around one cue: the first part keeps the
    cue, the second continues it. A paraphrase holding quoted words is never split: the part
    before the cue must be all quotation.
    """
    lo, hi = content
    if not (lo < cue[0] and cue[1] < hi):
        return [content]
    left = [i for i in range(lo, cue[0]) if region[i] >= 0]
    right = [i for i in range(cue[1], hi) if region[i] >= 0]
    if not left or not right or region[left[-1]] == region[right[0]]:
        return [content]
    first = (lo, left[-1] + 1)
    unquoted = (t for t in doc[first[0] : first[1]] if region[t.i] < 0)
    if any(not (t.is_punct or t.is_space) for t in unquoted):
        return [content]
    return [first, (right[0], hi)]
