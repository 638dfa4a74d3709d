"""A state's legislature named after its state (riftmap.nlp.actors.statehouse): in an article
set in one state's capitol, "the House", "the Senate", "the Legislature" and "House
Republicans" are that state's; in a federal one, or one that names a federal chamber, they stay
Congress's. Texts are written for the tests, after the shapes of devset 551, 554 and 577."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language

STATE = (
    "Hobbs Vetoes Budget\n\n"
    "PHOENIX — Arizona Gov. Katie Hobbs vetoed the budget the Legislature sent her on Friday, "
    "calling it a sham.\n\n"
    "House Republicans passed the plan on a party-line vote, and the Senate followed hours "
    "later. The House adjourned without an override.\n\n"
    "Arizona faces a state government shutdown on July 1 if no budget is signed."
)


def test_a_state_articles_chambers_are_the_states(nlp: Language) -> None:
    found = mentions_by_actor(nlp, STATE, published="2025-06-27")
    assert "the Legislature" in found["arizona-legislature"]
    assert "The House" in found["arizona-house"]
    assert "the Senate" in found["arizona-senate"]
    assert "House Republicans" in found["arizona-house-republicans"]
    assert not {"us-house-of-representatives", "us-senate", "house-republicans"} & set(found)


def test_a_federal_article_keeps_congress(nlp: Language) -> None:
    text = (
        "Budget Fight\n\n"
        "House Republicans passed the plan on a party-line vote, and the Senate followed hours "
        "later. The House adjourned without an override.\n\n"
        "Congress faces a government shutdown on October 1 if no budget is signed; the state "
        "budget of Arizona is not affected."
    )
    found = mentions_by_actor(nlp, text, published="2025-09-27")
    assert "The House" in found["us-house-of-representatives"]
    assert "the Senate" in found["us-senate"]
    assert "house-republicans" in found
    assert not any(a.startswith("arizona-") for a in found)


def test_a_chamber_written_as_federal_keeps_the_article_federal(nlp: Language) -> None:
    text = STATE.replace("the Senate followed", "the U.S. Senate followed")
    found = mentions_by_actor(nlp, text, published="2025-06-27")
    assert "arizona-house" not in found
    assert "arizona-senate" not in found


def test_a_chamber_whose_federal_member_is_named_stays_federal(nlp: Language) -> None:
    """Two US senators in a story on a state's lawmakers: their "Senate" is the US Senate
    (devset 152), while the state's Legislature still takes the state's name."""
    text = (
        "Senators Clash\n\n"
        "Minnesota state lawmakers returned to the Legislature on Monday.\n\n"
        "Sen. Tina Smith said she confronted Sen. Mike Lee off the Senate floor over his posts "
        "about the shooting in Minnesota."
    )
    found = mentions_by_actor(nlp, text, published="2025-06-18")
    assert "Senate" in found["us-senate"]
    assert "minnesota-senate" not in found
    assert "the Legislature" in found["minnesota-legislature"]


def test_a_chamber_in_a_federal_members_title_stays_federal(nlp: Language) -> None:
    """A state's body named, but not its House, and "House Speaker Mike Johnson", a federal
    member, named (devset 253): the House keeps its federal reading."""
    text = (
        "Special Election\n\n"
        "State Rep. Jane Doe of the Tennessee General Assembly is running in the special "
        "election.\n\n"
        "During a call with Republican House Speaker Mike Johnson on Monday, she said the "
        "House needed her vote."
    )
    found = mentions_by_actor(nlp, text, published="2025-12-01")
    assert "tennessee-house" not in found
    assert "House" in found["us-house-of-representatives"]


def test_a_state_chamber_named_outweighs_a_federal_member(nlp: Language) -> None:
    """The state's own Senate named ("The Indiana Senate", devset 291; "The Florida House",
    526): its bare "Senate" is the state's, though a US senator is named too."""
    text = (
        "Maps Rejected\n\n"
        "The Indiana Senate rejected the new congressional map on Thursday.\n\n"
        "Sen. Mike Lee praised the plan, but the Senate adjourned without a second vote."
    )
    found = mentions_by_actor(nlp, text, published="2025-12-11")
    assert "the Senate" in found["indiana-senate"]
    assert "us-senate" not in found
