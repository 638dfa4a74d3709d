"""Relation polarity and confidence from the stance model: statements the word lists cannot
read, the stance toward each of two actors in one statement, and confidences that are the
model's calibrated probabilities, not constants."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from relations_support import quote, relations, triples
from spacy.language import Language

from riftmap.nlp.relations.component import restated
from riftmap.nlp.relations.polarity import polarity_of
from riftmap.nlp.relations.relation_head import HeadInput, Pair, relation_head
from riftmap.nlp.relations.stance import Candidate
from riftmap.nlp.relations.stance_model import POLARITIES, StanceModel, Target, stance_model


def test_a_statement_without_listed_words_gets_the_models_stance(nlp: Language) -> None:
    text = "“Jones has failed the workers of this city at every single turn,” Smith said."
    q = quote(text, text[1 : text.index(",”")], "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    "content",
    [
        "Jones has never once stood up for the people of this city",  # p(-1) 0.79
        "Jones has even less talent than his brother",  # p(-1) 0.64
    ],
)
def test_a_hostile_stance_the_model_finds_more_likely_than_not_is_kept(
    nlp: Language, content: str
) -> None:
    """No listed word says it; the calibrated probability of hostility is above one half."""
    text = f"“{content},” Smith said."
    q = quote(text, content, "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_praise_and_blame_in_one_statement_go_to_their_targets(nlp: Language) -> None:
    """Each target is read in its own sentence of the statement."""
    text = "“Garcia has been a loyal and honest friend to us. Jones betrayed us all,” Smith said."
    q = quote(text, text[1 : text.index(",”")], "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {
        ("smith", "garcia", "SUPPORT", 1),
        ("smith", "jones", "ACCUSE", -1),
    }


def test_confidence_is_the_calibrated_probability_of_the_polarity(nlp: Language) -> None:
    text = "“Jones is a disgrace and a coward,” Smith said."
    q = quote(text, "Jones is a disgrace and a coward", "said", "Smith", "smith")
    [found] = relations(nlp, text, quotes=[q])
    start = text.index("Jones")
    probs = stance_model().probabilities([Target(text, start, start + 5)], [-1])[0]
    assert found.polarity == -1
    assert found.confidence == round(float(probs[POLARITIES.index(-1)]), 4)
    assert 0.5 < found.confidence < 1.0


def test_a_request_keeps_its_polarity(nlp: Language) -> None:
    """A demand is an event: the model does not retype it, but a demand in hostile words
    ("must resign") is a hostile one, as the development set's keys have it."""
    text = "“Jones must resign immediately,” Smith said."
    q = quote(text, "Jones must resign immediately", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "REQUEST", -1)}


def test_a_sentence_and_mention_is_read_once_whatever_the_lexicons_vote(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two statements toward one mention, with different votes, cost one run of the model,
    and the relation head judges each with its own vote."""
    doc = nlp("“Jones failed us at every turn,” Smith said.")
    jones = next(t.i for t in doc if t.text == "Jones")
    model = stance_model()
    read: list[Target] = []
    real = StanceModel.read

    def counting(self: StanceModel, targets: Sequence[Target]) -> tuple[np.ndarray, np.ndarray]:
        read.extend(targets)
        return real(self, targets)

    monkeypatch.setattr(StanceModel, "read", counting)
    found = [
        Candidate("smith", "jones", "ACCUSE", vote, (0, len(doc)), len(doc) - 2, origin="quote")
        for vote in (-1, 0)
    ]
    out = polarity_of(doc, found, {jones: "jones"})
    assert len(read) == 1
    logits, features = real(model, read[:1])
    for vote, got in zip((-1, 0), out, strict=True):
        row = model.calibrated(logits, [vote])[0]
        ask = HeadInput(features[0], row, vote, Pair("smith", "jones"))
        assert (got.polarity, got.confidence) == pytest.approx(relation_head().judge(ask), abs=1e-4)


def test_a_statement_a_predicate_restates_is_dropped_before_the_model(nlp: Language) -> None:
    """The predicate's relation for the same pair in the same sentence wins in any case, so
    the statement is not read; one in another sentence is."""
    doc = nlp("Smith praised Jones. Jones failed us, Smith said.")
    act = Candidate("smith", "jones", "SUPPORT", 1, (0, 4), 1)
    same = Candidate("smith", "jones", "ACCUSE", 0, (0, 4), 0, origin="quote")
    later = Candidate("smith", "jones", "ACCUSE", 0, (4, len(doc)), len(doc) - 2, origin="quote")
    assert restated(doc, [act, same, later]) == [act, later]


@pytest.mark.parametrize(
    "content",
    [
        "Jones is not a talented person",  # the friendly word negated
        "Jones, and his wonderful Radical Left son, should be charged",  # mocking
    ],
)
def test_a_friendly_word_the_model_reads_as_hostile_is_hostile(nlp: Language, content: str) -> None:
    text = f"“{content},” Smith said."
    q = quote(text, content, "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # devset 210 (The Japan Times): the attack is the addressee's, not the speaker's
        ("Garcia, if you try to attack Jones, you're more of a coward than I thought", set()),
        ("Garcia attacked Jones in the most cowardly way imaginable", set()),
        # the speaker's own side's act, or its demand, is the speaker's hostility
        ("We will attack Jones on every front, because he is a fraud", {-1}),
        ("I attacked Jones because he is a fraud and a coward", {-1}),
        # a thing that does it is no other doer: the speaker likes the nickname's blow
        (
            "The nickname is brilliant, it hits Jones where he is most vulnerable, on his"
            " dishonesty",
            {-1},
        ),
    ],
)
def test_a_hostile_act_another_does_is_no_stance_toward_the_one_it_befalls(
    nlp: Language, content: str, expected: set[int]
) -> None:
    """A speaker who reports or decries an attack on an actor takes no hostile stance toward
    them, however hostile the sentence reads (``victims.attacked_by_another``)."""
    text = f"“{content},” Smith said."
    q = quote(text, content, "said", "Smith", "smith")
    found = relations(nlp, text, quotes=[q])
    assert {r.polarity for r in found if r.source == "smith" and r.target == "jones"} == expected
