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

# what may stand between a verb and the colon that opens its quotation: where and when it
# was said ("raged on Truth Social:", "fumed in a post on X:", "wrote Tuesday:")
_BEFORE_COLON = frozenset({"prep", "advmod", "npadvmod", "pobj", "det", "amod", "compound", "poss"})
# a verb of a main clause, or one coordinated with it
MAIN_DEPS = frozenset({"ROOT", "conj"})
# how the parser hangs a main clause on the quotation after its colon
QUOTED_HEAD_DEPS = frozenset({"ccomp", "parataxis"})
# subjects that speak: personal pronouns (names and nouns of people are ``agent_noun``'s)
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})


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
