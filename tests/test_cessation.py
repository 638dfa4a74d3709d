"""Requests that hostilities stop: the requester asks the addressee (REQUEST) and takes the
side of the one attacked (SUPPORT), never hostility toward them."""

from __future__ import annotations

import pytest
from relations_support import relations, triples
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Smith urged Jones to stop attacking Garcia.",
        "Smith asked Jones to refrain from criticizing Garcia.",
        "Smith told Jones that he wanted him to lay off the attacks on Garcia.",
    ],
)
def test_asking_that_attacks_stop_supports_their_target(nlp: Language, text: str) -> None:
    assert triples(relations(nlp, text)) == {
        ("smith", "jones", "REQUEST", 0),
        ("smith", "garcia", "SUPPORT", 1),
    }


def test_attacks_that_go_on_are_still_hostile(nlp: Language) -> None:
    text = "Smith urged Jones to keep attacking Garcia."
    assert ("smith", "garcia", "SUPPORT", 1) not in triples(relations(nlp, text))


def test_stopping_ones_own_attacks_supports_no_one(nlp: Language) -> None:
    found = relations(nlp, "Smith stopped attacking Garcia in March.")
    assert triples(found) == {("smith", "garcia", "ACCUSE", 0)}  # withheld as negated
    assert all("negated" in r.flags for r in found)
