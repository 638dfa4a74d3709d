"""Rules that keep relations precise on unseen news: the whole set of triples each sentence
gives is asserted, so that nothing spurious passes."""

from __future__ import annotations

import pytest
from relations_support import quote, relations, triples
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        'Smith warned voters about the coming "disaster," describing Jones as a bully.',
        'Smith spoke of a dark "future," calling Jones a moron.',
    ],
)
def test_a_participle_after_a_comma_is_the_subjects_act(nlp: Language, text: str) -> None:
    # the parser hangs "describing ..." on the noun before the comma; it is Smith's act
    assert triples(relations(nlp, text)) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith criticized comments by Jones.", ("smith", "jones", "ACCUSE", -1)),
        ("Smith dismissed allegations from Garcia.", ("smith", "garcia", "REJECT", -1)),
    ],
)
def test_words_by_an_actor_are_theirs(
    nlp: Language, text: str, expected: tuple[str, str, str, int]
) -> None:
    assert triples(relations(nlp, text)) == {expected}


def test_no_support_without_a_friendly_word(nlp: Language) -> None:
    # the stance model alone reads praise here; no listed friendly word shows it, and such
    # readings were mostly politeness or sarcasm on the development set
    content = "Jones has done a great deal of work for the farmers"
    text = f"“{content},” Smith said."
    assert (
        triples(relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")]))
        == set()
    )
    content = "Jones stood with our farmers through the flood"
    text = f"“{content},” Smith said."
    found = relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")])
    assert triples(found) == {("jones", "smith", "SUPPORT", 1)}  # "stood with our": an act


def test_an_act_whose_doer_is_implied_is_not_the_speakers(nlp: Language) -> None:
    content = "Garcia was out of line to insult Jones's family"
    text = f"“{content},” Smith said."
    found = relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")])
    # Garcia insults; Smith judges Garcia, and takes no stance toward Jones
    assert triples(found) == {("garcia", "jones", "ACCUSE", -1), ("smith", "garcia", "ACCUSE", -1)}
