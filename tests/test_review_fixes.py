"""What the review of issue 10 found, fixed for good: words that only served one sentence of
the example articles are gone, and gendered heads do not catch "-person" words."""

from __future__ import annotations

import pytest

from riftmap.ingest import clean
from riftmap.nlp import plover
from riftmap.nlp.references import _gender_of_head


@pytest.mark.parametrize("word", ["spokesperson", "chairperson", "person", "salesperson"])
def test_a_person_is_no_man(word: str) -> None:
    assert _gender_of_head(word) == ""


@pytest.mark.parametrize(
    ("word", "gender"), [("spokesman", "m"), ("son", "m"), ("grandson", "m"), ("actress", "f")]
)
def test_gendered_heads_still_count(word: str, gender: str) -> None:
    assert _gender_of_head(word) == gender


def test_the_examples_own_insults_are_no_lexicon_words() -> None:
    lex = plover.load()
    assert not {"parasitic", "amoral", "livid"} & set(lex.valence)
    assert "livid" not in lex.by_lemma


def test_no_boilerplate_phrase_is_one_outlets_sentence() -> None:
    assert not any("choose not to lock" in p for p in clean.default_rules().appeals)
