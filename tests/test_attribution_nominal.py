"""Statements reported by a noun (``riftmap.nlp.attribution.nominal``): "his claims that …",
"made a claim that …", on hand-written sentences with invented
actors; and every noun of ``data/lexicons/nominal_cues.txt`` in use."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_actors import actor_of, run

from riftmap.kb.lexicon import nominal_cues


def test_possessive_claims_that(nlp: Language) -> None:
    doc = run(
        nlp,
        "Governor Ann Lee lost the recount on Friday. Her allies spent the weekend repeating "
        "Ann Lee's claims that the election was rigged.",
    )
    lee = actor_of(doc, "Ann Lee")
    assert lee is not None
    found = [q for q in doc._.quotes if q.content.text.startswith("the election was rigged")]
    assert [q.speaker for q in found] == [lee.id]
    assert found[0].cue is not None and found[0].cue.text == "claims"


def test_made_a_claim_that_takes_the_nearest_subject(nlp: Language) -> None:
    doc = run(
        nlp,
        "In a sign that the party risks importing the politics of its rivals, Deputy Leader Ivo "
        "Marsh made a poisonous claim that Governor Ann Lee had lied to voters.",
    )
    marsh = actor_of(doc, "Ivo Marsh")
    assert marsh is not None
    found = [q for q in doc._.quotes if "had lied to voters" in q.content.text]
    assert [q.speaker for q in found] == [marsh.id]


@pytest.mark.parametrize("noun", sorted(nominal_cues()))
def test_every_nominal_cue_reports_a_statement(nlp: Language, noun: str) -> None:
    clause = "to raise taxes" if noun == "call" else "that taxes would rise"
    text = f"The vote was close. Senator Ann Lee's {noun} {clause} drew criticism on Monday."
    doc = run(nlp, text)
    lee = actor_of(doc, "Ann Lee")
    assert lee is not None
    assert any(
        q.cue is not None and q.cue.text == noun and q.speaker == lee.id for q in doc._.quotes
    ), [(q.cue, q.speaker) for q in doc._.quotes]
