"""A deed reported like a statement is no quote, though it still relates two actors
(`nlp/attribution/statements.py`): a bare noun phrase is a statement's content only after a
verb of saying."""

from __future__ import annotations

from spacy.language import Language

from riftmap import Article, extract
from riftmap.kb.lexicon import communication_nouns, reporting_verbs


def _found(nlp: Language, text: str) -> tuple[list[tuple[str, str]], list[tuple[str, ...]]]:
    (found,) = extract([Article(doc="t.txt", text=text, published="2025-06-01")], nlp)
    quotes = [(q.content.text, q.cue.text if q.cue else "") for q in found.quotes]
    relations = [(r.source, r.target, str(r.polarity), str(r.quote)) for r in found.relations]
    return quotes, relations


def test_a_deed_with_a_noun_phrase_is_no_quote_but_still_a_relation(nlp: Language) -> None:
    # devset 612 ("Republicans ... backed the nomination"), 636 ("California sues to
    # challenge ..."): of the 72 such quotes of the first 675 development articles, 21 are in
    # their keys
    quotes, relations = _found(
        nlp,
        "Budget fight\n\nSenator Dana Holt sued Governor Mark Ellison on Monday. Republicans"
        " backed Mark Ellison's nomination on Tuesday.",
    )
    assert quotes == []
    assert ("dana-holt", "mark-ellison", "-1", "None") in relations
    assert ("republican-party", "mark-ellison", "1", "None") in relations


def test_a_verb_of_saying_keeps_its_noun_phrase_quote_and_the_relation_its_index(
    nlp: Language,
) -> None:
    # WordNet's verbs of communication ("praised", "condemned") report statements; the
    # relation of a quote after a dropped deed points to the quote's new place
    quotes, relations = _found(
        nlp,
        "Budget fight\n\nSenator Dana Holt sued Governor Mark Ellison on Monday. Holt also"
        " praised Mayor Ruth Okafor's leadership.",
    )
    assert quotes == [("Mayor Ruth Okafor's leadership", "also praised")]
    assert ("dana-holt", "ruth-okafor", "1", "0") in relations


def test_the_reporting_words_are_wordnets_of_saying_thinking_and_feeling() -> None:
    verbs = reporting_verbs()
    for word in ("praise", "cite", "denounce", "prefer", "fear"):
        assert word in verbs
    for word in ("vote", "sue", "back", "hire"):
        assert word not in verbs
    assert {"praise", "criticism", "rant"} <= communication_nouns()
