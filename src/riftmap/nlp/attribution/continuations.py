"""Quotations that continue an attributed one: ``"A," she said. "B."`` B is hers too, as is a
quotation opening the next paragraph after a quoted statement, and one after such a
continuation (a quotation running over paragraphs opens each paragraph anew)."""

from __future__ import annotations

from riftmap.nlp.attribution.content import opens_sentence
from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.rules import DASHES
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.lines import is_line_break, line_break_between, line_start
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

# the marks a quotation closes on when the words after it attribute it
HANDING_MARKS = frozenset({","}) | DASHES


def continuations(facts: DocFacts, found: list[TokenAttribution]) -> list[TokenAttribution]:
    """A quotation opening the sentence right after an attributed statement, in the same
    paragraph and with no attribution of its own, continues that statement: ``"A," she said.
    "B."`` B is hers too; so does one opening the next paragraph after a quoted statement,
    and one after such a continuation (``"A," she said. "B.`` then ``"C."``: a quotation
    running over paragraphs leaves its closing mark off and opens each paragraph anew)."""
    out: list[TokenAttribution] = []
    while True:
        more = _continuations(facts, found, out)
        if not more:
            return out
        out += more


def _continuations(
    facts: DocFacts, found: list[TokenAttribution], carried: list[TokenAttribution]
) -> list[TokenAttribution]:
    covered = {i for att in found + carried if att.content for i in range(*att.content)}
    by_sentence: dict[int, TokenAttribution] = {}
    for att in found:
        if att.source is not None and att.continues is None:
            sent = facts.sent_index[att.cue[0]]
            if not _relays(facts, by_sentence.get(sent), att):
                by_sentence[sent] = att
    for att in found:  # "He said: "A … B." where the parser ended a sentence inside it
        if att.source is not None and att.continues is None and att.content is not None:
            by_sentence.setdefault(facts.sent_index[att.content[1] - 1], att)
    for att in carried:
        assert att.content is not None
        by_sentence[facts.sent_index[att.content[1] - 1]] = att
    out = []
    for first, end in facts.region_spans:
        if first >= end:
            continue
        if covered & set(range(first, end)):
            out += _run_on(facts, found + carried, covered, first, end)
            continue
        prev = _statement_before(facts, by_sentence, first)
        if prev is None:
            continue
        if line_break_between(facts.doc, _end_of(prev), first) and not _next_paragraph(
            facts, prev, first
        ):
            continue
        if not _after_full_stop(facts, first) or comma_closed(facts, end):
            continue  # the parser split a sentence inside it (' and "…" '); '"…," X remarked'
        out.append(
            TokenAttribution(
                prev.cue, None, (first, end), prev.confidence, prev.continues or prev.cue
            )
        )
    return out


def _relays(facts: DocFacts, first: TokenAttribution | None, later: TokenAttribution) -> bool:
    """Does a later statement of the sentence only carry the words of the first: a report of
    them ('"…," Cruz wrote in a Facebook post, CNN reported', "according to a White House pool
    report") or a statement told inside them ("Hunter questioned why Clooney urged …")? Then
    the quotation after it carries on the first speaker's words."""
    if first is None or first.content is None or later.content is None:
        return False
    if not (first.content[0] < later.content[1] and later.content[0] < first.content[1]):
        return False
    told_inside = first.content[0] <= later.cue[0] < first.content[1]
    cue = facts.doc[later.cue[0] : later.cue[1]]
    return told_inside or any(t.lemma_ == "report" or t.lower_ == "according" for t in cue)


def _run_on(
    facts: DocFacts, found: list[TokenAttribution], covered: set[int], first: int, end: int
) -> list[TokenAttribution]:
    """The rest of a quotation that a statement's content stops short of, from the next
    paragraph on (``"A," he said. "B.`` then ``"C."``: the marks pair across the paragraph
    break, the content ends with B): it carries on that statement."""
    doc = facts.doc
    for att in found:
        if att.content is None or not first < att.content[1] < end:
            continue
        j, broke = att.content[1], False
        while j < end and (doc[j].is_space or doc[j].is_punct):
            broke = broke or is_line_break(doc[j])
            j += 1
        if broke and j < end and not covered & set(range(j, end)):
            return [
                TokenAttribution(att.cue, None, (j, end), att.confidence, att.continues or att.cue)
            ]
    return []


def _end_of(att: TokenAttribution) -> int:
    """Where a statement ends in the text: its cue, or a continuation's own words."""
    return att.content[1] - 1 if att.continues is not None and att.content else att.cue[1]


def _next_paragraph(facts: DocFacts, prev: TokenAttribution, first: int) -> bool:
    """Does a quotation opening its paragraph at token ``first`` carry on the quoted statement
    ``prev`` of the paragraph before? News typography gives a speaker's further words a
    paragraph of their own, attributed by the quotation before them: ``"A," X said.`` then
    ``"B."``. Only a quoted statement is carried on, and only into the next paragraph."""
    doc = facts.doc
    if prev.content is None or not any(facts.region[i] >= 0 for i in range(*prev.content)):
        return False
    start = line_start(doc, first)
    if any(not (doc[j].is_space or doc[j].text in QUOTE_MARKS) for j in range(start, first)):
        return False  # the quotation does not open its paragraph
    last = start - 1
    while last > 0 and doc[last].is_space:
        last -= 1
    return line_start(doc, _end_of(prev)) == line_start(doc, last)


def _statement_before(
    facts: DocFacts, by_sentence: dict[int, TokenAttribution], first: int
) -> TokenAttribution | None:
    """The attributed statement a quotation opening at token ``first`` would continue: the
    last one of the sentence before, or of its own sentence when the parser ran the two
    sentences together (``… on X. "I think …"``, "X." read as an abbreviation) and that
    statement ends before the quotation."""
    sent = facts.sent_index[first]
    same = by_sentence.get(sent)
    if same is not None and same.content is not None and same.content[1] <= first:
        return same
    if not opens_sentence(facts, first):
        return None
    prev = sent - 1
    # a closing mark the parser left as a sentence of its own ('… Act."' then '"') stands
    # between the statement and the quotation that carries it on
    while prev > 0 and prev not in by_sentence and _no_words(facts, prev):
        prev -= 1
    return by_sentence.get(prev)


def _no_words(facts: DocFacts, sent: int) -> bool:
    """Does sentence ``sent`` hold only punctuation and blanks?"""
    lo, hi = facts.sent_bounds[sent]
    return all(t.is_punct or t.is_space for t in facts.doc[lo:hi])


def comma_closed(facts: DocFacts, end: int) -> bool:
    """Does the quotation ending at token ``end`` close on a comma or a dash, which hand it to
    the attribution after it ('"…," also remarked Sen. Kelly Ayotte', '"… intimidated by —"
    Johnson began'), not to the one before?"""
    j = end - 1
    while j > 0 and (facts.doc[j].is_space or facts.doc[j].text in QUOTE_MARKS):
        j -= 1
    return facts.doc[j].text in HANDING_MARKS


def _after_full_stop(facts: DocFacts, first: int) -> bool:
    """The text before token ``first`` (quotation marks and blanks skipped) ends a sentence."""
    doc = facts.doc
    j = first - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in QUOTE_MARKS):
        j -= 1
    return j < 0 or doc[j].text in (".", "!", "?", ":", "…") or doc[j].text.endswith(".")
