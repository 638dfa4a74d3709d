"""The tokenizer guard keeps every character where it was and leaves ordinary text alone."""

from __future__ import annotations

import time

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from riftmap.nlp.text.long_runs import LONG_RUN, PIECE, guard

NLP = spacy.blank("en")
GUARDED = guard(NLP.tokenizer, NLP.vocab)


def test_ordinary_text_is_tokenised_as_before() -> None:
    text = "“It is a mistake,” Ana Ruiz said... Visit https://example.org/a/b?c=d now!!!"
    assert [t.text for t in GUARDED(text)] == [t.text for t in NLP.tokenizer(text)]


def test_a_long_run_becomes_pieces_with_the_text_intact() -> None:
    text = "He said " + "“" * 50_000 + " and left."
    start = time.monotonic()
    doc = GUARDED(text)
    assert time.monotonic() - start < 5
    assert doc.text == text
    assert len(doc) <= 50_000 // PIECE + 10
    assert [t.text for t in doc[-3:]] == ["and", "left", "."]


def test_a_run_just_over_the_limit_is_cut_and_one_at_it_is_not() -> None:
    at = "x" * LONG_RUN
    assert [t.text for t in GUARDED(at)] == [at]
    over = "y" * (LONG_RUN + 1)
    assert [t.text for t in GUARDED(over)] == [
        over[:PIECE],
        over[PIECE : 2 * PIECE],
        over[2 * PIECE :],
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab “”‘’\"'.!-\n"), max_size=400))
def test_every_text_comes_back_character_for_character(text: str) -> None:
    doc = GUARDED(text)
    assert doc.text == text
    assert all(t.idx == text.find(t.text, t.idx) for t in doc)
