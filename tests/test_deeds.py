"""A deed or statement named again by a bare definite noun ("the proposal", "the post") is its
author's, for the relation finders (`nlp/relations/deeds.py`)."""

from __future__ import annotations

import pytest
from relations_support import triples
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
