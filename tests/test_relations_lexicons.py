"""Every entry of the relation lexicons is used: each one's example yields what it says."""

from __future__ import annotations

from dataclasses import replace

import pytest
from relations_support import name_actors, parse, quote, triples
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.nlp.relations import plover
from riftmap.nlp.relations.component import find_relations
from riftmap.nlp.relations.plover import TYPES, VALENCE_TYPE, parse_pattern
from riftmap.nlp.relations.stance import word_valence

LEX = plover.load()


def _data_rows(name: str) -> list[list[str]]:
    return plover._rows(name)


# the hand-made entries, each with its example sentence (the broad PLOVER lexicon is
# generated, and tested in test_plover_lexicon.py)
HAND = [p for p in LEX.predicates if not p.example.startswith(("CAMEO", "riftmap"))]


@pytest.fixture(scope="module")
def predicate_docs(nlp: Language) -> dict[str, Doc]:
    entries = HAND
    docs = parse(nlp, [e.example for e in entries])
    return {
        e.pattern + "\t" + e.example: name_actors(d) for e, d in zip(entries, docs, strict=True)
    }


def test_patterns_are_unique_and_typed() -> None:
    patterns = [p.pattern for p in LEX.predicates]
    assert len(patterns) == len(set(patterns))
    assert all(p.type in (*TYPES, VALENCE_TYPE) for p in LEX.predicates)
    assert all(p.example for p in LEX.predicates)


@pytest.mark.parametrize("entry", HAND, ids=lambda e: e.pattern)
def test_every_predicate_yields_its_relation(
    entry: plover.Predicate, predicate_docs: dict[str, Doc]
) -> None:
    doc = predicate_docs[entry.pattern + "\t" + entry.example]
    found = [(r.type, r.mode) for r in find_relations(doc, LEX) if r.target == "jones"]
    if entry.type == VALENCE_TYPE:
        assert ("ACCUSE", "disapprove") in found
    else:
        assert (entry.type, entry.mode) in found, entry.example


def test_bad_patterns_are_refused() -> None:
    for bad in ("criticize", "X criticize", "urge X to do"):
        with pytest.raises(ValueError):
            parse_pattern(bad, "ACCUSE", None, "")


def test_every_valence_word_counts(nlp: Language) -> None:
    words = list(LEX.valence)
    docs = parse(nlp, [f"They said it was {w}." for w in words])
    for word, doc in zip(words, docs, strict=True):
        tok = doc[4]
        assert word_valence(tok, LEX) == LEX.valence[word], word


FLAG_OF = {"negator": "negated", "negating": "negated", "refusal": "negated"}
FLAG_OF |= {"modal": "hypothetical", "obligation": "hypothetical"}
FLAG_OF |= {"mark": "hypothetical", "intent": "intended", "hedge": "hedged"}


def test_every_modality_word_is_used(nlp: Language) -> None:
    rows = _data_rows("modality.tsv")
    docs = parse(nlp, [row[2] for row in rows])
    for (word, kind, example), doc in zip(rows, docs, strict=True):
        name_actors(doc, {"his": "smith"})
        if kind == "counter":
            bad = [t for t in doc if word_valence(t, LEX) == 0 and t.lemma_ in LEX.valence]
            assert bad, (word, example)
            continue
        if kind == "withdrawal":  # taking back a friendly act is a rebuff, not a flag
            found_triples = triples(find_relations(doc, LEX))
            assert found_triples == {("smith", "jones", "REJECT", -1)}, (word, example)
            continue
        found = find_relations(doc, LEX)
        assert found and FLAG_OF[kind] in found[0].flags, (word, example)


def test_every_threat_word_is_used(nlp: Language) -> None:
    rows = _data_rows("threats.tsv")
    docs = parse(nlp, [row[2] for row in rows])
    for (word, kind, example), doc in zip(rows, docs, strict=True):
        found = triples(find_relations(name_actors(doc), LEX))
        if kind == "ouster":  # asking Jones to resign is a hostile request
            assert found == {("smith", "jones", "REQUEST", -1)}, (word, example)
            continue
        assert ("smith", "jones", "THREATEN", -1) in found, (word, example)


def test_every_reporting_cue_is_used(nlp: Language) -> None:
    rows = _data_rows("cues.tsv")
    for word, example in rows:
        (doc,) = parse(nlp, [example])
        name_actors(doc)
        cue = next(t for t in doc if t.lemma_ == word or t.lower_ == word)
        doc._.quotes = [quote(example, "Jones is a fraud", cue.text, "Times", "the-times")]
        assert not find_relations(doc, LEX), (word, example)
        assert find_relations(doc, replace(LEX, report_cues=frozenset())), (word, example)


def test_every_reaction_word_is_used(nlp: Language) -> None:
    rows = _data_rows("reactions.tsv")
    docs = parse(nlp, [row[2] for row in rows])
    for (word, kind, example), doc in zip(rows, docs, strict=True):
        found = find_relations(name_actors(doc), LEX)
        types = {r.type for r in found if (r.source, r.target) == ("jones", "smith")}
        kinds = {"verb": {"ACCUSE", "SUPPORT"} & types, "prompt": "PROTEST", "walkout": "PROTEST"}
        want = {**kinds, **plover.PROVOKE}.get(kind, kind)
        assert types == (want if isinstance(want, set) else {want}), example
        assert types, (word, example)
