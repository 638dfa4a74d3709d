"""A deed or statement named again by a bare definite noun ("the proposal", "the post") is its
author's, for the relation finders (`nlp/relations/deeds.py`)."""

from __future__ import annotations

import pytest
from relations_support import relations, triples
from spacy.language import Language

from riftmap import Article, extract

PROPOSAL = (
    "President Donald Trump's proposal for the U.S. to take over Gaza has been met with criticism. "
)


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str, int]]:
    (found,) = extract([Article(doc="t.txt", text=text, published="2025-02-05")], nlp)
    return triples(found.relations)


@pytest.mark.parametrize(
    ("after", "source"),
    [
        # devset 173; PolNeAR train "The proposal has drawn harsh criticism from fellow GOP
        # presidential hopefuls": an act on the deed
        ('Senator Tim Kaine of Virginia called the proposal "crazy" and "dangerous."', "tim-kaine"),
        # devset 173: a statement about it, read by the stance model
        (
            'Senator Lindsey Graham of South Carolina described the plan as "problematic," '
            "emphasizing that his constituents would not be pleased.",
            "lindsey-graham",
        ),
    ],
)
def test_a_bare_deed_is_its_author_s(nlp: Language, after: str, source: str) -> None:
    assert (source, "donald-trump", "ACCUSE", -1) in _relations(nlp, PROPOSAL + after)


def test_a_bare_deed_with_no_named_author_before_it_is_no_one_s(nlp: Language) -> None:
    text = (
        "A proposal to take over Gaza has been met with criticism. Senator Tim Kaine of "
        'Virginia called the proposal "crazy" and "dangerous." Donald Trump spoke later.'
    )
    assert not [t for t in _relations(nlp, text) if t[1] == "donald-trump"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # devset 197: the deed told by its verb ("fired ... the firings")
        (
            "President Donald Trump fired the inspectors general of a dozen agencies on Friday. "
            "Senator Chuck Grassley condemned the firings.",
            "chuck-grassley",
            "donald-trump",
        ),
        # devset 201: "the move" of an order
        (
            "Defense Secretary Pete Hegseth has ordered the Navy to strike the name of Harvey "
            "Milk from one of its ships. Democrats were quick to denounce the move.",
            "democratic-party",
            "pete-hegseth",
        ),
        # devset 172: a bare noun made by someone ("made the comment") is theirs
        (
            "Hakeem Jeffries made the comment Friday at a Brooklyn press conference. White "
            "House deputy press secretary Kush Desai called the remark “dangerous.”",
            "kush-desai",
            "hakeem-jeffries",
        ),
    ],
)
def test_a_deed_told_by_its_verb_or_made_is_its_maker_s(
    nlp: Language, text: str, source: str, target: str
) -> None:
    assert (source, target, "ACCUSE", -1) in _relations(nlp, text)


def test_the_patient_of_a_passive_deed_made_none_of_it(nlp: Language) -> None:
    text = (
        "Inspector General Ann Lee was fired by the agency on Friday. Senator Chuck Grassley "
        "condemned the firing."
    )
    assert not [t for t in _relations(nlp, text) if t[1] == "ann-lee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PolNeAR train: "The DNC issued a statement apologizing to Sanders", "she issued a
        # statement calling on the United States"; devset 050 "released a statement asking"
        (
            "House Speaker Paul Ryan released a statement praising Donald Trump on Monday.",
            {("paul-ryan", "donald-trump", "SUPPORT", 1)},
        ),
        # the stance model read this statement as hostile: the predicate's reading wins
        (
            "House Speaker Paul Ryan issued a statement strongly defending Humayun Khan.",
            {("paul-ryan", "humayun-khan", "SUPPORT", 1)},
        ),
        # PolNeAR train "Clinton's Tuesday speech denouncing his ...": the possessor made it
        (
            "Barack Obama's statement defending Hillary Clinton drew applause.",
            {("barack-obama", "hillary-clinton", "SUPPORT", 1)},
        ),
    ],
)
def test_a_thing_made_speaks_for_its_maker(
    nlp: Language, text: str, expected: set[tuple[str, str, str, int]]
) -> None:
    assert _relations(nlp, text) == expected


def test_an_act_on_ones_relative_is_none_on_oneself(nlp: Language) -> None:
    """PolNeAR train: "Pence, who called their son 'an American hero'" and "describing the
    Khans' deceased son as a hero" are no acts toward the parents; an act on what is theirs
    is."""
    assert not relations(nlp, "Smith praised Jones's son on Monday.")
    assert triples(relations(nlp, "Smith praised Jones's record on Monday.")) == {
        ("smith", "jones", "SUPPORT", 1)
    }
