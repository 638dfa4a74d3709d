"""A feud told as one act of two sides ("Smith and Jones traded barbs", "Smith clashed with
Jones", "the rift between Smith and Jones") is an ACCUSE of each by the other
(`nlp/relations/mutual.py`)."""

from __future__ import annotations

import pytest
from relations_support import relations, triples
from spacy.language import Language

BOTH_WAYS = {("smith", "jones", "ACCUSE", -1), ("jones", "smith", "ACCUSE", -1)}


@pytest.mark.parametrize(
    "text",
    [
        # development set 191 "Trump and Powell publicly trade barbs", 292 "trade insults"
        "Smith and Jones publicly traded barbs over the cost of the project.",
        # what is traded: devset 399 "traded sharp words", 389 "traded political punches",
        # 386 "have traded …"; PolNeAR train "trade low blows", "traded verbal jabs"
        "Smith and Jones traded sharp words on Monday over the budget.",
        "Smith and Jones exchanged angry charges over the donations.",
        "Smith and Jones traded verbal jabs during the debate.",
        # 142 "Trump had previously clashed with Ramaphosa", 096 "sparred on Tuesday with"
        "Smith clashed with Jones during a meeting in May.",
        "Smith sparred on Tuesday with Jones over the budget.",
        # 109, 292 "A war of words between Chicago Mayor Brandon Johnson and President ..."
        "The war of words between Smith and Jones is escalating.",
        "The feud between Smith and Jones deepened on Monday.",
        # 299 "Luna is clashing with Speaker Mike Johnson"; PolNeAR "Clinton is at odds with"
        "Smith is at odds with Jones over proxy voting.",
        # 168 "his shouting match with Sen. Cory Booker"
        "Smith had a shouting match with Jones.",
        "Smith's rift with Jones widened.",
        # the idioms of a falling-out (stored web pages: "The recent fallout between Elon Musk
        # and Donald Trump", "The pair had a bitter falling out", "the two veterans have also
        # fallen out")
        "Smith fell out with Jones in June.",
        "Smith's falling-out with Jones deepened.",
        "Smith had a bitter falling out with Jones.",
        "The recent fallout between Smith and Jones drew attention.",
    ],
)
def test_a_feud_is_hostile_both_ways(nlp: Language, text: str) -> None:
    assert triples(relations(nlp, text)) == BOTH_WAYS


@pytest.mark.parametrize(
    "text",
    [
        "Smith did not clash with Jones.",  # no feud: no tie between them
        "Smith ended his feud with Jones.",  # made peace
        "Garcia described an alleged rift between Smith and Jones.",  # only claimed
        "Smith traded stocks with Jones.",  # trading, not fighting
        "Smith clashed with protesters.",  # one side only is an actor
        # devset 186, 247 "the fallout over Trump's controversial comment": consequences
        "The political fallout from Smith's remarks hurt Jones.",
    ],
)
def test_no_feud_without_two_fighting_sides(nlp: Language, text: str) -> None:
    found = triples(relations(nlp, text))
    assert not found & BOTH_WAYS
    assert ("jones", "smith", "ACCUSE", -1) not in found


def test_two_on_one_side_are_allies(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith and Garcia clashed with Jones on Monday."))
    assert found == BOTH_WAYS | {
        ("garcia", "jones", "ACCUSE", -1),
        ("jones", "garcia", "ACCUSE", -1),
    }
