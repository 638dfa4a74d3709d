"""A person the copy describes as someone's critic or ally takes that stance toward them
(`nlp/relations/partisans.py`)."""

from __future__ import annotations

import pytest
from relations_support import relations, triples
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # development set 098 "Adam Schiff, a California Democrat and longtime Trump critic"
        ("Smith, a Texas Democrat and longtime Jones critic, spoke on Monday.", -1),
        # 194 "Swalwell has been a vocal critic of Trump", 087 "who has long been a vocal critic"
        ("Smith has been a vocal critic of Jones.", -1),
        ("Smith, who has long been a critic of Jones, spoke on Monday.", -1),
        # 131 "Pelosi became one of Trump's fiercest critics"
        ("Smith became one of Jones's fiercest critics.", -1),
        # 099 "Cuellar had been a vocal opponent of President Joe Biden's immigration policies"
        ("Smith had been a vocal opponent of Jones's immigration policies.", -1),
        # 249 "one of Donald Trump's most loyal supporters"; PolNeAR "Collins, a Trump supporter"
        ("Smith, one of Jones's most loyal supporters, spoke on Monday.", 1),
        ("Smith, a close ally of Jones, spoke on Monday.", 1),
    ],
)
def test_a_critic_accuses_and_an_ally_supports(nlp: Language, text: str, expected: int) -> None:
    kind = "ACCUSE" if expected < 0 else "SUPPORT"
    assert triples(relations(nlp, text)) == {("smith", "jones", kind, expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Smith, a former Jones ally, spoke on Monday.",  # a stance no more
        "Smith, a one-time Jones backer, spoke on Monday.",
        "Smith is not a supporter of Jones.",
        "Smith faced his opponent Jones on Monday.",  # a rival in a race
        # the parser hangs words further off on a name as its apposition
        "Smith, during a speech in Ohio, contended supporters of Jones were behind it.",
    ],
)
def test_no_stance_from_a_past_denied_or_misread_description(nlp: Language, text: str) -> None:
    assert ("smith", "jones", "SUPPORT", 1) not in triples(relations(nlp, text))
    assert ("smith", "jones", "ACCUSE", -1) not in triples(relations(nlp, text))
