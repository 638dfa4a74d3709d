"""Headlines that put the reported words first and the speaker after a comma: "Cabinet vying
for Prime Minister's job, says Badenoch in PMQs clash", "Guns Are 'The Ultimate Public Health
Crisis,' Howard Dean Tells Democratic Convention", or after a colon: "'Jimmy Kimmel is next':
Trump gloats after ...". The taggers, trained on body text, read the name after the verb as
the content; a headline's title case hides the verb from the parser.
"""

from __future__ import annotations

from spacy.tokens import Doc

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.rules import NAME_LABELS, line_end_of
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.lines import HEADLINE_TOKENS
from riftmap.nlp.text.quotemarks import QUOTE_MARKS
from riftmap.nlp.text.word_classes import verb_form

NAME_WORDS = 4  # a speaker's name in a headline: "Howard Dean", "Sen. Ann Lee"
IRREGULAR = {"said": "say", "told": "tell", "wrote": "write"}


def inverted_headline(facts: DocFacts, verbs: frozenset[str]) -> TokenAttribution | None:
    """The first line's "WORDS, says NAME ..." or "WORDS, NAME says ...": the name is the
    source, the verb of saying the cue, everything before the comma the content."""
    doc = facts.doc
    bounds = _headline(facts)
    if bounds is None:
        return None
    start, end = bounds
    for comma in range(start + 2, end - 2):
        if doc[comma].text != ",":
            continue
        k = comma + 1
        while k < end and doc[k].text in QUOTE_MARKS:
            k += 1
        found = _cue_and_name(doc, k, end, verbs)
        if found is not None:
            cue, name = found
            return TokenAttribution(cue, name, (start, comma), 0.5)
    return None


def quoted_headline(facts: DocFacts, verbs: frozenset[str]) -> TokenAttribution | None:
    """The first line's "'WORDS': NAME verbs ...": a quotation that opens the headline, a
    colon, and the name that begins the clause after it (whatever its verb: "gloats",
    "reacts", "Calls"). The quotation is the content, the colon the cue, the name the
    source."""
    doc = facts.doc
    bounds = _headline(facts)
    if bounds is None:
        return None
    start, end = bounds
    if start + 1 >= end or doc[start].text not in QUOTE_MARKS:
        return None
    colon = next(
        (
            i + 1
            for i in range(start + 2, end - 1)
            if doc[i].text in QUOTE_MARKS and doc[i + 1].text == ":"
        ),
        None,
    )
    if colon is None:
        return None
    stop = _headline_name_end(doc, colon + 1, end)
    if not colon + 1 < stop < end:
        return None  # no name, or a name with no clause after it ("'Words': Jane Roe")
    return TokenAttribution((colon, colon + 1), (colon + 1, stop), (start + 1, colon - 1), 0.5)


def _headline(facts: DocFacts) -> tuple[int, int] | None:
    """The first line's tokens (leading spaces left out) when it is short enough to be a
    headline and has text under it; a line with no text under it is no headline."""
    doc = facts.doc
    start = 0
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = line_end_of(facts, start)
    if end - start > HEADLINE_TOKENS or end >= len(doc) - 1:
        return None
    return start, end


def _headline_name_end(doc: Doc, i: int, end: int) -> int:
    """The end of the name at ``i`` in a headline: the tagger's name there, or a capitalised
    word the text below names someone by (the tagger often misses a name in title case:
    "Trump gloats" read as two nouns); ``i`` when there is none."""
    if doc[i].ent_type_ in NAME_LABELS:
        j = i + 1
        while j < end and doc[j].ent_iob_ == "I" and not verb_form(doc[j].text):
            j += 1  # "Trump Calls Comey" tagged one name: the verb ends the first
        return j
    named = {t.text for t in doc[end:] if t.ent_type_ in NAME_LABELS and t.is_title}
    return i + 1 if doc[i].is_title and doc[i].text in named else i


def _cue_and_name(
    doc: Doc, k: int, end: int, verbs: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue, name) for "says Badenoch" or "Howard Dean Tells" at token ``k``."""
    if k < end and saying(doc[k].lower_, verbs):
        stop = _name_end(doc, k + 1, end, verbs)
        return ((k, k + 1), (k + 1, stop)) if stop > k + 1 else None
    stop = _name_end(doc, k, end, verbs)
    if k < stop < end and saying(doc[stop].lower_, verbs):
        return (stop, stop + 1), (k, stop)
    return None


def _name_end(doc: Doc, i: int, end: int, verbs: frozenset[str]) -> int:
    """The end of a run of capitalised words at ``i`` that the tagger reads as a name; ``i``
    when there is none."""
    j = i
    while j < end and j - i < NAME_WORDS and doc[j].is_title and not saying(doc[j].lower_, verbs):
        j += 1
    named = any(t.ent_type_ in NAME_LABELS or t.tag_ in ("NNP", "NNPS") for t in doc[i:j])
    return j if named else i


def saying(word: str, verbs: frozenset[str]) -> bool:
    """Is ``word`` a form of a verb of saying ("says", "Tells", "replied", "told")?"""
    if word in IRREGULAR:
        return True
    stems = {word, word[:-1], word[:-2], word[:-3] + "y"} if len(word) > 3 else {word}
    return any(stem in verbs for stem in stems)
