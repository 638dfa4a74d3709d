"""Statements a colon introduces after the place of saying: "Trump raged on Truth Social:
"…"", "The Tesla boss, 53, fumed on X: "…"". The CRF's cue tagger finds a verb of saying
right before the colon; a place or time phrase between, or a verb of anger, it misses."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.rules import noun_phrase_before, quotation_after
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.attribution.subjects import agent_noun
from riftmap.nlp.text import select
from riftmap.nlp.text.lines import is_line_break, line_end
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

# what may stand between a verb and the colon that opens its quotation: where and when it
# was said ("raged on Truth Social:", "fumed in a post on X:", "wrote Tuesday:")
_BEFORE_COLON = frozenset({"prep", "advmod", "npadvmod", "pobj", "det", "amod", "compound", "poss"})
# a verb of a main clause, or one coordinated with it
MAIN_DEPS = frozenset({"ROOT", "conj"})
# how the parser hangs a main clause on the quotation after its colon
QUOTED_HEAD_DEPS = frozenset({"ccomp", "parataxis"})
# subjects that speak: personal pronouns (names and nouns of people are ``agent_noun``'s)
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})
# paragraphs at most that a block quotation runs over
BLOCK_PARAGRAPHS = 6
# what a verb of saying may take as object before the colon of a block quotation ("issued the
# following statement:", "tweeted the following:")
_ANNOUNCED = frozenset({"following", "statement"})


def colon_quotations(facts: DocFacts) -> list[TokenAttribution]:
    """A verb whose subject can speak, then a colon and a quotation: the verb is the cue and
    the quotation its content, whatever the verb ("Trump raged on Truth Social: "…"", "The
    Tesla boss fumed on X: "…"", "Musk hit back in a post: "…""). The CRF finds the cue when
    a verb of saying stands right before the colon; where the place of the saying stands
    between, or the verb is one of anger, it found none. Not for a passive ("he was asked:"
    is someone else's question), a verb inside a quotation or a subordinate clause. PolNeAR
    train: 3 statements in 2 articles ("he returned to his familiar lines:", questions that
    "ranged:"); wire and tabloid copy of 2025 writes posts so ("raged on Truth Social:")."""
    doc, found = facts.doc, []
    for colon in (i for i in select.positions(doc, (":",)) if facts.region[i] < 0):
        k = quotation_after(facts, colon)
        verb = _verb_before(doc, colon) if k >= 0 else None
        if k < 0 or verb is None or facts.region[verb.i] >= 0 or not _main(facts, verb):
            continue  # "hits liberals where they live: …" is no statement of theirs
        source = _speaker_before(verb)
        if source is None:
            continue
        found.append(TokenAttribution((verb.i, verb.i + 1), source, facts.region_spans[k], 0.5))
    return found


def _verb_before(doc: Doc, colon: int) -> Token | None:
    """The verb whose clause ends at the colon, its place and time phrases between."""
    i = colon - 1
    while i >= 0 and doc[i].pos_ != "VERB":
        if doc[i].dep_ not in _BEFORE_COLON or doc[i].is_punct:
            return None
        i -= 1
    if i < 0 or any(not _under(doc[j], doc[i]) for j in range(i + 1, colon)):
        return None
    return doc[i]


def _under(tok: Token, verb: Token) -> bool:
    """Is ``tok`` in a place or time phrase of ``verb`` (not in its object)?"""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("prep", "advmod", "npadvmod")


def _main(facts: DocFacts, verb: Token) -> bool:
    """Is ``verb`` a main clause's, or one the parser hung on the quotation it introduces or
    on its own subject ("The Tesla boss, 53, fumed on X:" read as a noun phrase)?"""
    if verb.dep_ in MAIN_DEPS:
        return True
    if verb.dep_ == "acl":
        return verb.head.dep_ == "ROOT" and verb.head.i < verb.i
    return verb.dep_ in QUOTED_HEAD_DEPS and facts.region[verb.head.i] >= 0


def _speaker_before(verb: Token) -> tuple[int, int] | None:
    """The tokens of the verb's subject when it can speak; of the noun a misparse hung the
    verb on ("The Tesla boss, 53, fumed"); None for a passive's subject."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if subj:
        ok = subj[0].dep_ == "nsubj" and _speaks(subj[0])
        return (subj[0].left_edge.i, subj[0].i + 1) if ok else None
    if verb.dep_ == "acl" and _speaks(verb.head):
        return noun_phrase_before(verb.head)
    return None


def _speaks(subj: Token) -> bool:
    return subj.lower_ in _SPEAKING_PRONOUNS or agent_noun(subj) or subj.pos_ == "PROPN"


def block_quotations(
    facts: DocFacts, found: list[TokenAttribution], verbs: frozenset[str]
) -> list[TokenAttribution]:
    """Paragraphs printed without quotation marks after a paragraph ending "X said:" ("Mook
    said:" / "The Sanders campaign's false attacks have gotten out of hand. …"): a block
    quotation, the speaker's words paragraph by paragraph, as the keys have it (devset 259,
    420 twice, 440; PolNeAR dev's "Limbaugh added:", "The governor added:"). The first
    paragraph is the statement; each next one continues it until a paragraph opens with a
    quotation mark, holds a cue found already or names the speaker, where the writer's voice
    is back ("Kenny was being questioned by …"). Of such continued paragraphs on the
    development set and PolNeAR dev, three are the speaker's and one the writer's."""
    doc, out = facts.doc, []
    cues = {i for att in found for i in range(*att.cue)}
    for colon in (i for i in select.positions(doc, (":",)) if facts.region[i] < 0):
        paragraphs = _paragraphs_after(doc, colon) if colon > 0 else []
        verb = _said_before(doc, colon, verbs) if paragraphs else None
        if verb is None or facts.region[verb.i] >= 0 or not _main(facts, verb):
            continue
        source = _speaker_before(verb)
        if source is None:
            continue
        cue = (verb.i, verb.i + 1)
        names = {t.lower_ for t in doc[source[0] : source[1]] if t.pos_ == "PROPN"}
        for k, (lo, hi) in enumerate(paragraphs):
            if doc[lo].text in QUOTE_MARKS or facts.region[lo] >= 0:
                break
            if k and not _speaker_voice(doc, lo, hi, names, cues):
                break
            out.append(TokenAttribution(cue, source, (lo, hi), 0.5, cue if k else None))
    return out


def _paragraphs_after(doc: Doc, colon: int) -> list[tuple[int, int]]:
    """The paragraphs after a colon that ends its own, as token ranges without their
    blanks; none when words follow the colon on its line."""
    spans: list[tuple[int, int]] = []
    i = colon + 1
    if i >= len(doc) or not is_line_break(doc[i]):
        return spans
    while i < len(doc) and len(spans) < BLOCK_PARAGRAPHS:
        while i < len(doc) and doc[i].is_space:
            i += 1
        lo, i = i, line_end(doc, i)
        if i > lo:
            spans.append((lo, i))
    return spans


def _said_before(doc: Doc, colon: int, verbs: frozenset[str]) -> Token | None:
    """The verb of saying whose clause ends at the colon, or whose object announcing what
    follows does ("issued the following statement:")."""
    last = doc[colon - 1]
    if last.lemma_.lower() in _ANNOUNCED and last.dep_ == "dobj" and last.head.pos_ == "VERB":
        return last.head
    verb = _verb_before(doc, colon)
    return verb if verb is not None and verb.lemma_.lower() in verbs else None


def _speaker_voice(doc: Doc, lo: int, hi: int, names: set[str], cues: set[int]) -> bool:
    """May a paragraph still be the speaker's words: no cue of another statement and not
    the speaker's name in it (a writer's paragraph names whom it reports)?"""
    return not any(t.i in cues or t.lower_ in names for t in doc[lo:hi])
