"""Headlines that put the reported words first and the speaker after a comma: "Cabinet vying
for Prime Minister's job, says Badenoch in PMQs clash", "Guns Are 'The Ultimate Public Health
Crisis,' Howard Dean Tells Democratic Convention", or after a colon: "'Jimmy Kimmel is next':
Trump gloats after ...". The taggers, trained on body text, read the name after the verb as
the content; a headline's title case hides the verb from the parser.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.rules import NAME_LABELS, NAME_TAGS, line_end_of
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.lines import HEADLINE_TOKENS
from riftmap.nlp.text.quotemarks import QUOTE_MARKS
from riftmap.nlp.text.word_classes import present_stems, verb_form

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
    bounds = _first_line(facts)
    return None if bounds is None or bounds[1] >= len(facts.doc) - 1 else bounds


def _first_line(facts: DocFacts) -> tuple[int, int] | None:
    """The first line's tokens (leading spaces left out) when it is short enough to be a
    headline."""
    doc = facts.doc
    start = 0
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = line_end_of(facts, start)
    return None if end - start > HEADLINE_TOKENS else (start, end)


def _line_and_colon(
    doc: Doc, bounds: tuple[int, int] | None
) -> tuple[int, int, int | None] | None:
    """A headline's bounds with the colon in it, if any (None without bounds)."""
    if bounds is None:
        return None
    start, end = bounds
    return start, end, _colon(doc, start, end)


def _colon(doc: Doc, start: int, end: int) -> int | None:
    """The first colon of tokens ``start:end``."""
    return next((i for i in range(start, end) if doc[i].text == ":"), None)


def _named_below(doc: Doc, end: int) -> set[str]:
    """The words the text below a headline ending at ``end`` names someone by (capitalised
    words the tagger marks as part of a name): a headline's name the tagger misses there."""
    return {t.text for t in doc[end:] if t.ent_type_ in NAME_LABELS and t.is_title}


def _headline_name_end(doc: Doc, i: int, end: int) -> int:
    """The end of the name at ``i`` in a headline: the tagger's name there, or a capitalised
    word the text below names someone by (the tagger often misses a name in title case:
    "Trump gloats" read as two nouns); ``i`` when there is none."""
    if doc[i].ent_type_ in NAME_LABELS:
        j = i + 1
        while j < end and doc[j].ent_iob_ == "I" and not verb_form(doc[j].text):
            j += 1  # "Trump Calls Comey" tagged one name: the verb ends the first
        return j
    named = _named_below(doc, end)
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


# What may stand between a headline's speaker and the colon: whom or where they spoke to
# ("Clinton to Planned Parenthood: ...", "CNN President On Trump: ...", "Mukasey at RNC: ...")
SPOKEN_TO = frozenset({"to", "on", "at"})


def colon_headline(facts: DocFacts) -> TokenAttribution | None:
    """The headline's "Name: what they said" ("Graham: Trump's 'Hateful Rhetoric' Destroying
    GOP's Chance", "Sen. Smith: Jones Is a 'Moron'", "Clinton to Planned Parenthood: ..."),
    "Name <verb phrase>: 'quotation'" ("ProPublica Hits Back At Spicer: 'Any Other Facts
    You'd Like?'"), or the words first and the name after ("Zelensky a dictator: Trump"): the
    colon is the cue, the name the source, the rest of the line the content. Only on the
    first line of the text, and only when it is short enough to be a headline."""
    doc = facts.doc
    line = _line_and_colon(doc, _first_line(facts))
    if line is None:
        return None
    start, end, colon = line
    if colon is None or colon == start or colon + 1 >= end:
        return None
    last = end
    while last > colon + 1 and (doc[last - 1].is_space or doc[last - 1].text == "."):
        last -= 1
    if last <= colon + 1:
        return None
    source = _speaker_before(facts, start, colon, end)
    if source is None and doc[colon + 1].text in QUOTE_MARKS:
        source = _headline_subject(facts, start, colon)
    if source is not None:
        return TokenAttribution((colon, colon + 1), source, (colon + 1, last), 0.5)
    if colon - start >= 2 and last - colon - 1 <= NAME_WORDS and _name(facts, colon + 1, last, end):
        return TokenAttribution((colon, colon + 1), (colon + 1, last), (start, colon), 0.5)
    return None


def _speaker_before(facts: DocFacts, start: int, colon: int, end: int) -> tuple[int, int] | None:
    """The name before the colon, up to a preposition of whom or where it spoke to (itself
    followed by capitalised words only)."""
    doc = facts.doc
    stop = next((i for i in range(start + 1, colon) if doc[i].lower_ in SPOKEN_TO), colon)
    if stop < colon and not all(capitalised(t) for t in doc[stop + 1 : colon]):
        return None
    return (start, stop) if _name(facts, start, stop, end) else None


def _name(facts: DocFacts, a: int, b: int, end: int) -> bool:
    """Whether the headline's tokens ``a:b`` are a name: at most five proper nouns with the
    tagger naming a person or an organisation among them, or capitalised proper nouns and
    titles among which the text below the headline names someone by one (a one-word
    headline name is often tagged as no name: "Gingrich: Trump Must Decide ...", "Lynch: No
    outside influence ..."; "Big Win For Bernie: ..." and "The Latest: ..." are no names)."""
    doc = facts.doc
    words = doc[a:b]
    if not 0 < b - a <= 5:
        return False
    if all(t.tag_ in NAME_TAGS for t in words) and any(t.ent_type_ in NAME_LABELS for t in words):
        return True
    below = {w.lower() for w in _named_below(doc, end)}
    lex = lexicon()
    titles = lex.title_words.keys() | lex.honorifics.keys() | lex.past_markers
    named = [t.ent_type_ in NAME_LABELS or t.lower_ in below for t in words]
    return any(named) and all(
        capitalised(t) and (n or t.tag_ in NAME_TAGS or t.lower_ in titles)
        for t, n in zip(words, named, strict=True)
    )


def capitalised(tok: Token) -> bool:
    """A word as a headline writes a name's ("Gingrich", "OK", "AG"; the "." of "Sen.")."""
    return tok.is_title or (tok.is_upper and len(tok) > 1) or tok.text == "."


def _headline_subject(facts: DocFacts, start: int, colon: int) -> tuple[int, int] | None:
    """The name opening the headline as the subject of its verb ("Elizabeth Warren Hammers
    Wells Fargo CEO"): proper nouns the tagger marks as a name, then a verb in the present or
    past tense (the parse of a headline in title case is too unsure to ask for more)."""
    doc = facts.doc
    i = start
    while i < colon and doc[i].tag_ in ("NNP", "NNPS"):
        i += 1
    if not 0 < i - start <= 4 or doc[i].tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    return (start, i) if any(t.ent_type_ for t in doc[start:i]) else None


# How often PolNeAR train's annotators took a headline verb's word (or its stem) for a cue,
# at least: "Calls" 0.46, "Defends" 0.50, "Slams" 0.82, "Rejects" (reject) 0.54; not "Plans"
# (0.20), "Meets" (meet 0.06), "Visits".
MIN_CUE_SHARE = 0.4


def verb_headline(facts: DocFacts, cue_share: dict[str, float]) -> TokenAttribution | None:
    """The first line's "NAME Verbs WORDS" ("Trump Calls Comey a 'Dirty Cop'", "White House
    Defends Trump's 'Piggy' Comment", "Glenn Beck Blasts Drudge for Mocking His Fast"): a
    name, then a verb in the present that PolNeAR's annotators mostly took for a cue, then
    what it says or judges. The tagger, trained on body text, reads a title-case headline as
    one run of proper nouns; PolNeAR annotates these headlines as attributions. After a
    headline's colon too ("'Destroyer of Lives': Trump Calls Comey a 'Dirty Cop'")."""
    line = _line_and_colon(facts.doc, _headline(facts))
    if line is None:
        return None
    start, end, colon = line
    for first in (start,) if colon is None else (start, colon + 1):  # "'Words': Trump Calls"
        found = _name_verb(facts, first, end, cue_share)
        if found is not None:
            return found
    return None


def _name_verb(
    facts: DocFacts, start: int, end: int, cue_share: dict[str, float]
) -> TokenAttribution | None:
    """The headline's "NAME Verbs WORDS" from token ``start``, the verb a name's length on."""
    doc = facts.doc
    verbs = range(start + 1, min(end, start + NAME_WORDS + 1))
    verb = next((i for i in verbs if _cue_verb(doc[i], cue_share)), None)
    if verb is None:
        return None
    last = end
    while last > verb + 1 and (doc[last - 1].is_space or doc[last - 1].is_punct):
        last -= 1
    if last <= verb + 1 or not _name(facts, start, verb, end):
        return None
    return TokenAttribution((verb, verb + 1), (start, verb), (verb + 1, last), 0.5)


def _cue_verb(tok: Token, cue_share: dict[str, float]) -> bool:
    """A verb in the present's third person ("Calls", "slams", "Denies") mostly a cue."""
    word = tok.lower_
    if not word.endswith("s") or tok.is_upper or not verb_form(word):
        return False
    return max(cue_share.get(w, 0.0) for w in (word, *present_stems(word))) >= MIN_CUE_SHARE
