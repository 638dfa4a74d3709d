"""Capitals that stand for their governments beyond verbs of saying: as subjects, possessors
and parties of a relation ("the deal with Tehran", "criticism from Berlin, Paris"); a place one
travels to or from stays a place."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language


def test_capitals_drawing_criticism_are_their_governments(nlp: Language) -> None:
    found = mentions_by_actor(
        nlp, "His remarks on NATO have drawn criticism from Berlin, Paris and Rome."
    )
    assert found["germany"] == ["Berlin"]
    assert found["france"] == ["Paris"]
    assert "berlin" not in found


def test_a_deal_with_a_capital_is_with_its_government(nlp: Language) -> None:
    found = mentions_by_actor(nlp, "Several senators oppose the nuclear deal with Tehran.")
    assert found["iran"] == ["Tehran"]


def test_a_possessor_capital_is_its_government_but_not_its_mayors(nlp: Language) -> None:
    found = mentions_by_actor(nlp, "Beijing's assertiveness worried London's mayor.")
    assert found["china"] == ["Beijing"]
    assert "united-kingdom" not in found


def test_a_journey_between_capitals_stays_between_places(nlp: Language) -> None:
    found = mentions_by_actor(nlp, "The plane crashed en route from Paris to Cairo on Thursday.")
    assert "france" not in found and "egypt" not in found


def test_a_dash_after_a_capital_inside_a_sentence_opens_an_aside(nlp: Language) -> None:
    found = mentions_by_actor(
        nlp, "The bill bars new agreements with Tehran - a provision Corker wanted."
    )
    assert found["iran"] == ["Tehran"]
    assert "tehran" not in found


def test_a_capital_opening_a_line_before_a_dash_is_a_dateline(nlp: Language) -> None:
    found = mentions_by_actor(
        nlp, "Tehran - Officials said the talks with Washington would resume."
    )
    assert "iran" not in found


def test_an_envoy_to_a_capital_is_sent_to_its_government(nlp: Language) -> None:
    found = mentions_by_actor(
        nlp, "France said it was recalling its envoy to Ankara for consultations."
    )
    assert found["turkey"] == ["Ankara"]


def test_a_trip_to_a_capital_stays_a_trip(nlp: Language) -> None:
    found = mentions_by_actor(nlp, "The minister flew to Ankara on Monday for the summit.")
    assert "turkey" not in found


def test_a_people_dealt_with_as_a_state_is_its_government(nlp: Language) -> None:
    text = "Assad, aided by the Russians, held on. Kerry kept negotiating with the Russians."
    found = mentions_by_actor(nlp, text)
    assert found["russia"] == ["the Russians", "the Russians"]


def test_a_people_as_the_subject_of_a_feeling_stays_a_people(nlp: Language) -> None:
    found = mentions_by_actor(nlp, "I think the Mexicans are going to end up loving Donald Trump.")
    assert "mexico" not in found
    assert found["mexicans"] == ["the Mexicans"]
