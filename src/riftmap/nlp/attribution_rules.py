"""Rules that back up the CRFs where training data is thin: signed quotations, verbs of
saying after long appositions, attributions nested in a reported quotation, and quotations
that continue an attributed one."""

from __future__ import annotations

from pathlib import Path

from riftmap.nlp.features import DocFacts
from riftmap.nlp.quotes import TokenAttribution

LEXICONS = Path(__file__).resolve().parent.parent / "data" / "lexicons"


def _lexicon(name: str) -> frozenset[str]:
    path = LEXICONS / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


SPEECH_VERBS = _lexicon("speech_verbs.txt")


def speech_verb_cues(facts: DocFacts, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """``"…," Name, a long apposition, said.``: a verb of saying right after a quotation and
    its own subject, which the CRF's short window can miss."""
    cues = []
    for tok in facts.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or facts.region[tok.i] >= 0:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if not subj:
            continue
        before = subj[0].left_edge.i - 1
        while before >= 0 and (facts.doc[before].is_punct or facts.doc[before].is_space):
            if facts.region[before] >= 0:
                break
            before -= 1
        if before >= 0 and facts.region[before] >= 0 and tok.sent.start <= before:
            cues.append((tok.i, tok.i + 1))
    return cues


DASHES = frozenset({"―", "—", "–", "--"})


def dash_attributions(facts: DocFacts) -> list[TokenAttribution]:
    """Signed quotations, ``"…" — Name`` at a paragraph's end: a layout the CRF rarely saw."""
    doc = facts.doc
    found = []
    for first, end in facts.region_spans:
        if first >= end:
            continue  # a quotation holding no token
        j = end + 1  # skip the closing mark
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j >= len(doc) or doc[j].text not in DASHES:
            continue
        k = j + 1
        while k < len(doc) and k - j <= 8 and not (doc[k].is_space and "\n" in doc[k].text):
            k += 1
        name = [t for t in doc[j + 1 : k] if not t.is_punct and not t.is_space]
        if name and (k >= len(doc) or doc[k].is_space) and any(t.pos_ == "PROPN" for t in name):
            src = (name[0].i, name[-1].i + 1)
            found.append(TokenAttribution((j, j + 1), src, (first, end), 0.9))
    return found
