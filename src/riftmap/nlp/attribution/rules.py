"""Rules that back up the CRFs where training data is thin: signed quotations, verbs of
saying after long appositions and attributions nested in a reported quotation (quotations
that continue an attributed one: ``riftmap.nlp.attribution.continuations``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.lines import is_line_break
from riftmap.nlp.text.select import with_pos


def speech_verb_cues(
    facts: DocFacts, verbs: frozenset[str]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Verbs of saying the CRF's short window can miss, each with its subject's tokens: right
    after a quotation and their own subject (``"…," Name, a long apposition, said.``) or
    introducing one after a colon (``Name later added: "…"``), or after a comma for a
    two-word verb (``Name shot back, "…"``)."""
    cues = []
    doc = facts.doc
    heads = _phrase_heads(verbs)  # only these verbs' children are looked at, not every token's
    candidates = [
        i
        for i, lemma in enumerate(facts.lemmas)
        if lemma in verbs or doc[i].lemma_.lower() in heads
    ]
    for tok in (doc[i] for i in candidates):
        phrase = _phrase(tok, verbs)
        if tok.pos_ != "VERB" or facts.region[tok.i] >= 0:
            continue
        if facts.lemmas[tok.i] not in verbs and phrase is None:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        source = (subj[0].left_edge.i, subj[0].right_edge.i + 1) if subj else None
        if not subj and tok.dep_ == "acl" and tok.head.i == tok.i - 1:
            source = noun_phrase_before(tok.head)  # '"…," the billionaire posted'
        if source and (
            _quotation_before(facts, source[0]) or _quotation_after_verb(facts, tok, phrase)
        ):
            end = max(tok.i, phrase.i if phrase is not None else tok.i) + 1
            cues.append(((tok.i, end), source))
    return cues


def noun_phrase_before(noun: Token) -> tuple[int, int]:
    """The noun with its determiner and modifiers, none of its clauses ("the billionaire")."""
    left = [c for c in noun.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod")]
    start = min((c.left_edge.i for c in left), default=noun.i)
    return start, noun.i + 1


def _quotation_before(facts: DocFacts, start: int) -> bool:
    """Does a quotation of the same sentence end right before token ``start``?"""
    before = start - 1
    doc = facts.doc
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        if facts.region[before] >= 0:
            break
        before -= 1
    sent_start = facts.sent_bounds[facts.sent_index[start]][0]
    return before >= 0 and facts.region[before] >= 0 and sent_start <= before


def _quotation_after_verb(facts: DocFacts, verb: Token, phrase: Token | None) -> bool:
    """A quotation after a colon right after the verb, or after a comma right after a two-word
    verb of saying ("Jones shot back, "…""): the CRF knows "said, "…"" but not every retort.
    PolNeAR train: "shot back, "…"" and "fired back: "…"" in 3 articles."""
    doc, i = facts.doc, verb.i if phrase is None else max(verb.i, phrase.i)
    marks = (":",) if phrase is None else (":", ",")
    return i + 1 < len(doc) and doc[i + 1].text in marks and quotation_after(facts, i + 1) >= 0


@cache
def _phrase_heads(verbs: frozenset[str]) -> frozenset[str]:
    """The verbs that begin a two-word entry of ``verbs`` ("make" of "make clear")."""
    return frozenset(v.split()[0] for v in verbs if " " in v)


def _phrase(tok: Token, verbs: frozenset[str]) -> Token | None:
    """The child whose lemma makes a two-word verb of saying with ``tok`` ("made clear",
    "shot back"), or None."""
    lemma = tok.lemma_.lower()
    return next((c for c in tok.children if f"{lemma} {c.lemma_.lower()}" in verbs), None)


def quotation_after(facts: DocFacts, i: int) -> int:
    """The quotation that opens right after token ``i`` (spaces and marks between), or -1."""
    doc, j = facts.doc, i + 1
    while j < len(doc) and facts.region[j] < 0 and (doc[j].is_space or doc[j].is_punct):
        j += 1
    return facts.region[j] if j < len(doc) else -1


# verbs that call someone something: "branded Dutton 'weak'", "labels opposition leader
# 'weak'", "has labeled the SpaceX founder a 'parasitic illegal immigrant'"
NAMING_LEMMAS = frozenset({"brand", "label"})
NAMING_OBJECTS = frozenset({"dobj", "oprd"})


def naming_attributions(facts: DocFacts) -> list[TokenAttribution]:
    """Calling someone a name with "brand" or "label" (the CRF knows "call", but PolNeAR
    hardly has these two): the verb is the cue, its subject the source, and what follows it
    up to the clause's comma (the one named and the name) the content. The verb must take
    an object or an object predicate, so that "the project, labeled 'Stargate'" is not one."""
    doc = facts.doc
    found = []
    for tok in with_pos(doc, ("VERB",)):
        if tok.lemma_.lower() not in NAMING_LEMMAS:
            continue
        objects = [c for c in tok.rights if c.dep_ in NAMING_OBJECTS]
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if not objects or not subj or facts.region[tok.i] >= 0:
            continue
        start = min(c.left_edge.i for c in objects)
        end = _clause_end(facts, tok)
        source = (subj[0].left_edge.i, subj[0].right_edge.i + 1)
        if end > start:
            found.append(TokenAttribution((tok.i, tok.i + 1), source, (start, end), 0.5))
    return found


def _clause_end(facts: DocFacts, tok: Token) -> int:
    """The end of the verb's clause: its subtree's right edge, or the first comma outside a
    quotation before it."""
    doc = facts.doc
    last = tok.right_edge.i + 1
    for j in range(tok.i + 1, last):
        if doc[j].text in (",", ";") and facts.region[j] < 0:
            return j
    return last


DASHES = frozenset({"―", "—", "–", "--"})


def dash_attributions(facts: DocFacts) -> list[TokenAttribution]:
    """Signed quotations, ``"…" — Name`` at a paragraph's end: a layout the CRF rarely saw."""
    doc = facts.doc
    found = []
    for first, end in facts.region_spans:
        if first >= end:
            continue  # a quotation holding no token
        j = end + 1  # skip the closing mark
        while j < len(doc) and doc[j].is_space and not is_line_break(doc[j]):
            j += 1
        if j >= len(doc) or doc[j].text not in DASHES:
            continue
        k = j + 1
        while k < len(doc) and k - j <= 8 and not is_line_break(doc[k]):
            k += 1
        name = [t for t in doc[j + 1 : k] if not t.is_punct and not t.is_space]
        if name and (k >= len(doc) or doc[k].is_space) and any(t.pos_ == "PROPN" for t in name):
            src = (name[0].i, name[-1].i + 1)
            found.append(TokenAttribution((j, j + 1), src, (first, end), 0.9))
    return found


REPORTING_LEMMAS = frozenset({"report", "write", "according"})


def nested_attributions(
    facts: DocFacts, found: list[TokenAttribution], verbs: frozenset[str]
) -> list[TokenAttribution]:
    """Statements inside a news outlet's quoted report: "the Times reported: '... X told Y that
    ..., according to two people familiar'". PolNeAR leaves quotations unannotated inside, so
    the CRF never learned these; they are second-hand statements with sources of their own."""
    taken = {i for att in found for i in range(*att.cue)}
    main = {att.cue: att for att in found if att.continues is None}
    out: list[TokenAttribution] = []
    for att in found:
        carrier = main.get(att.continues, att) if att.continues else att
        if att.content is None or not second_hand(facts, carrier):
            continue
        lo, hi = att.content
        for i in range(lo, hi):
            if i in taken or facts.region[i] < 0:
                continue
            nested = _according_to(facts, i, hi) or _reported_speech(facts, i, verbs)
            if nested is not None:
                out.append(nested)
                taken.update(range(*nested.cue))
    return [a for a in out if a.content and a.content[1] > a.content[0]]


def second_hand(facts: DocFacts, att: TokenAttribution) -> bool:
    """A quotation carried by a publication: reported or written by a named non-person."""
    doc = facts.doc
    cue_lemmas = {t.lemma_.lower() for t in doc[att.cue[0] : att.cue[1]]}
    if not cue_lemmas & REPORTING_LEMMAS or att.source is None:
        return False
    source = doc[att.source[0] : att.source[1]]
    return any(
        t.ent_type_ in OUTLET_ENTS or (t.pos_ == "PROPN" and t.ent_type_ != "PERSON")
        for t in source
    ) and not any(t.ent_type_ == "PERSON" for t in source)


OUTLET_ENTS = frozenset({"ORG", "WORK_OF_ART"})


def _according_to(facts: DocFacts, i: int, limit: int) -> TokenAttribution | None:
    doc = facts.doc
    if doc[i].lower_ != "according" or i + 1 >= limit or doc[i + 1].lower_ != "to":
        return None
    source = (i + 2, min(limit, doc[i + 1].right_edge.i + 1))
    sent = doc[i].sent
    start = max(sent.start, facts.region_spans[facts.region[i]][0])
    end = min(sent.end, facts.region_spans[facts.region[i]][1])
    content = (start, i) if i - start >= source[1] - end else (source[1], end)
    if source[1] <= source[0]:
        return None
    return TokenAttribution((i, i + 2), source, content, 0.6)


def _reported_speech(facts: DocFacts, i: int, verbs: frozenset[str]) -> TokenAttribution | None:
    """``X told Y that ...``, ``X has made clear ...``: a verb of saying, subject and clause."""
    tok = facts.doc[i]
    lemma = tok.lemma_.lower()
    phrase = _phrase(tok, verbs)
    if tok.pos_ != "VERB" or (lemma not in verbs and phrase is None):
        return None
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i]
    clause = [c for c in tok.children if c.dep_ == "ccomp" and (phrase is None or c.i != phrase.i)]
    if phrase is not None:  # "made clear [that] ...": the clause may hang off "clear"
        clause += [c for c in phrase.children if c.dep_ == "ccomp"]
    if not subj or not clause:
        return None
    aux = [c.i for c in tok.children if c.dep_ in ("aux", "neg") and subj[0].i < c.i < i]
    cue_end = max(i, phrase.i if phrase is not None else i) + 1
    cue = (min([*aux, i]), cue_end)
    source = (subj[0].left_edge.i, subj[0].right_edge.i + 1)
    content = (clause[0].left_edge.i, clause[0].right_edge.i + 1)
    return TokenAttribution(cue, source, content, 0.6)


def inner_quotations(facts: DocFacts, verbs: frozenset[str]) -> list[TokenAttribution]:
    """A quotation within a quotation (``"… and he's saying, 'Oh no, …'"``): a verb of saying
    inside double marks, with its subject, introducing a single-marked passage."""
    doc = facts.doc
    out = []
    for i, lemma in enumerate(facts.lemmas):
        if lemma not in verbs or facts.region[i] < 0 or doc[i].pos_ != "VERB":
            continue
        subj = [c for c in doc[i].children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i]
        j = i + 1
        while j < len(doc) and doc[j].text in (",", ":", "‘"):
            j += 1
        if not subj or j >= len(doc) or not facts.inner[j]:
            continue
        end = j
        while end < len(doc) and facts.inner[end] and facts.region[end] >= 0:
            end += 1
        source = (subj[0].left_edge.i, subj[0].right_edge.i + 1)
        out.append(TokenAttribution((i, i + 1), source, (j, end), 0.6))
    return out


NAME_TAGS = frozenset({"NNP", "NNPS", "."})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def line_end_of(facts: DocFacts, i: int) -> int:
    doc = facts.doc
    while i < len(doc) and not is_line_break(doc[i]):
        i += 1
    return i
