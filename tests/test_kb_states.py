"""States, parties and armed groups named by their standard short forms ("the U.S.",
"America", "ISIS", "the Conservatives") are one actor with the KB's id, not one actor per
form; a word that only contains a form ("American voters", "Americans") is not it."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language


def test_short_forms_of_a_state_are_one_actor(nlp: Language) -> None:
    text = (
        "The United States warned Moscow on Monday. Officials said the U.S. would act, "
        "and that America would not wait."
    )
    found = mentions_by_actor(nlp, text)
    assert found["united-states"] == ["The United States", "the U.S.", "America"]
    assert "u-s" not in found and "america" not in found


def test_an_armed_group_by_its_acronym(nlp: Language) -> None:
    found = mentions_by_actor(
        nlp, "ISIS claimed the attack, and officials said ISIS had planned it for months."
    )
    assert found["islamic-state"] == ["ISIS", "ISIS"]


def test_a_demonym_is_not_the_state(nlp: Language) -> None:
    found = mentions_by_actor(nlp, "Americans are tired of the war, said American voters in Ohio.")
    assert "united-states" not in found


def test_a_party_by_its_plural(nlp: Language) -> None:
    text = "The Conservatives lost the vote, and Labour said the Conservatives had failed."
    found = mentions_by_actor(nlp, text)
    assert found["conservative-party"] == ["The Conservatives", "the Conservatives"]
