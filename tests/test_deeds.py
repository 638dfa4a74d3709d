"""A deed or statement named again by a bare definite noun ("the proposal", "the post") is its
author's, for the relation finders (`nlp/relations/deeds.py`)."""

from __future__ import annotations

from relations_support import triples
from spacy.language import Language

from riftmap import Article, extract


def _relations(nlp: Language, text: str) -> set[tuple[str, str, str, int]]:
    (found,) = extract([Article(doc="t.txt", text=text, published="2025-02-05")], nlp)
    return triples(found.relations)


def test_a_bare_proposal_is_its_author_s(nlp: Language) -> None:
    # devset 173 (Kaine, Graham on "the proposal", "the plan"); PolNeAR train "The proposal
    # has drawn harsh criticism from fellow GOP presidential hopefuls"
    text = (
        "President Donald Trump's proposal for the U.S. to take over Gaza has been met with "
        'criticism. Senator Tim Kaine of Virginia called the proposal "crazy" and '
        '"dangerous."'
    )
    assert ("tim-kaine", "donald-trump", "ACCUSE", -1) in _relations(nlp, text)


def test_a_bare_deed_with_no_named_author_before_it_is_no_one_s(nlp: Language) -> None:
    text = (
        "A proposal to take over Gaza has been met with criticism. Senator Tim Kaine of "
        'Virginia called the proposal "crazy" and "dangerous." Donald Trump spoke later.'
    )
    assert not [t for t in _relations(nlp, text) if t[1] == "donald-trump"]


def test_a_statement_about_a_bare_deed_judges_its_author(nlp: Language) -> None:
    # devset 173: "described the plan as 'problematic'" read by the stance model
    text = (
        "President Donald Trump's proposal for the U.S. to take over Gaza has been met with "
        "criticism. Senator Lindsey Graham of South Carolina described the plan as "
        '"problematic," emphasizing that his constituents would not be pleased.'
    )
    assert ("lindsey-graham", "donald-trump", "ACCUSE", -1) in _relations(nlp, text)
