"""Statements of the one criticised, reported inside the criticism: "Cruz criticized Trump for
suggesting he alone had …", "the BJP hit back at Kharge for asserting that …", "accused the
minister of saying …".

The gerund after "for" or "of" is a cue of its own whose speaker is the verb's object, not its
subject: the critic reports what the criticised said. The role tagger reads the whole phrase
as the critic's content; this rule adds the nested statement, as ``nested_attributions`` does
for an outlet's report.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.attribution.subjects import agent_noun

# prepositions whose gerund is controlled by the object: "criticized X for saying", "accused X
# of claiming"
CONTROL_PREPS = frozenset({"for", "of"})
PERSONAL_POS = frozenset({"PROPN", "PRON", "NOUN"})
TIMES = frozenset({"DATE", "TIME"})
# the gerund itself is a reporting cue at least this often in PolNeAR train (the cue lexicon):
# "saying" 0.67, "suggesting" 0.70, "asserting" 0.56, "claiming" 0.50; not "endorsing" 0.33,
# "having" 0.04 ("accuses Dutton of not having the guts")
GERUND_RATE = 0.5


def object_gerunds(
    facts: DocFacts, found: list[TokenAttribution], cue_lexicon: dict[str, float]
) -> list[TokenAttribution]:
    """The gerunds of saying inside each statement's content, each with the object that
    controls it as source and the rest of the content after it as its own content."""
    doc = facts.doc
    taken = {i for att in found for i in range(*att.cue)}
    out = []
    for att in found:
        if att.content is None or att.continues is not None:
            continue
        lo, hi = att.content
        for tok in doc[lo:hi]:
            if tok.i in taken or not _gerund_of_saying(tok, cue_lexicon):
                continue
            source = _controller(tok)
            end = _content_end(facts, hi)
            if source is None or not lo <= source[0] or tok.i + 1 >= end:
                continue
            out.append(TokenAttribution((tok.i, tok.i + 1), source, (tok.i + 1, end), 0.5))
            taken.add(tok.i)
    return out


def _gerund_of_saying(tok: Token, cue_lexicon: dict[str, float]) -> bool:
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in CONTROL_PREPS:
        return False
    return cue_lexicon.get(tok.lower_, 0.0) >= GERUND_RATE


def _controller(gerund: Token) -> tuple[int, int] | None:
    """The object of the verb the preposition hangs on ("criticized Trump for"), else the
    object of that verb's nearest other preposition ("hit back at Kharge for"), or the noun
    the preposition hangs on ("Kharge for asserting" parsed as a modifier of the name); only
    a noun that can speak ("accusing Obama of political exploitation for announcing": the
    exploitation announces nothing)."""
    prep = gerund.head
    governor = prep.head
    if governor.pos_ in PERSONAL_POS and governor.i < prep.i:
        return _phrase(governor)
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    before = [c for c in governor.children if c.i < prep.i]
    objects = [c for c in before if c.dep_ == "dobj"]
    for child in reversed([c for c in before if c.dep_ == "prep"]):  # the nearest first
        objects += [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in TIMES]
    return next((span for span in map(_phrase, objects) if span is not None), None)


def _phrase(noun: Token) -> tuple[int, int] | None:
    """The noun's phrase up to the noun itself (no clause after it), if it can speak."""
    if noun.pos_ == "PRON":
        ok = noun.lower_ not in ("it", "this", "that", "which")
    else:
        ok = noun.pos_ == "PROPN" or agent_noun(noun)
    return (noun.left_edge.i, noun.i + 1) if ok else None


def _content_end(facts: DocFacts, hi: int) -> int:
    """The outer content's end, short of a closing full stop and quotation marks."""
    doc = facts.doc
    while hi > 0 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return hi
