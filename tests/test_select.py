"""Tokens picked by a column read are the tokens a walk over the document keeps; entities
of a sentence picked from the document's, read once, are those spaCy gives the sentence."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from riftmap.nlp.relations.component import _within
from riftmap.nlp.text.select import positions, with_pos, with_text

ROOT = Path(__file__).resolve().parent.parent


def test_picked_tokens_are_those_a_walk_keeps(nlp: Language) -> None:
    path = sorted((ROOT / "eval" / "devset" / "texts").glob("*.txt"))[2]
    doc = nlp.make_doc(path.read_text(encoding="utf-8"))
    for _, proc in nlp.pipeline[:7]:  # the parse only
        doc = proc(doc)
    for tags in (("VERB",), ("NOUN",), ("VERB", "NOUN", "ADJ", "PROPN")):
        walked = [t.i for t in doc if t.pos_ in tags]
        assert walked and [t.i for t in with_pos(doc, tags)] == walked
    for text in ("-", "the", "said"):
        assert [t.i for t in with_text(doc, text)] == [t.i for t in doc if t.text == text]
    assert with_text(doc, "zzq-never-a-token") == []
    assert with_pos(nlp.make_doc(""), ("VERB",)) == []
    words = ("Senate", "house", "Republicans", "the")
    assert positions(doc, words) == [t.i for t in doc if t.text in words]
    assert positions(doc, words, lower=True) == [t.i for t in doc if t.lower_ in words]


def test_entities_within_a_sentence_are_spacys(nlp: Language) -> None:
    path = sorted((ROOT / "eval" / "devset" / "texts").glob("*.txt"))[4]
    doc = nlp.make_doc(path.read_text(encoding="utf-8"))
    for _, proc in nlp.pipeline[:7]:  # the parse, entities included
        doc = proc(doc)
    sents = list(doc.sents)
    assert sum(len(s.ents) for s in sents) > 10
    for sent in sents:
        assert _within(doc.ents, sent.start, sent.end) == list(sent.ents)
