"""An outlet named by its kind ("the paper", "the network") is the outlet of that kind named
last; when two of that kind were last named in one sentence it is neither."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language


def test_the_paper_is_the_newspaper_named_last(nlp: Language) -> None:
    text = (
        "Ms Ocasio-Cortez told the Washington Post she was frustrated. Ms Pelosi told The New "
        "York Times on Sunday that the group had no following. Ms Pressley told the paper "
        "she was not worried."
    )
    found = mentions_by_actor(nlp, text)
    assert "the paper" in found["new-york-times"]
    assert "the paper" not in found["washington-post"]


def test_the_network_is_not_a_newspaper(nlp: Language) -> None:
    text = (
        "The senator spoke to CNN on Monday. On Tuesday he gave an interview to The New York "
        "Times. He later said the network had misquoted him."
    )
    found = mentions_by_actor(nlp, text)
    assert "the network" in found["cnn"]
    assert "the network" not in found.get("new-york-times", [])


def test_two_networks_in_one_sentence_leave_the_network_unresolved(nlp: Language) -> None:
    text = (
        "The senator spoke to CNN and to Fox News on Monday. He later said the network had "
        "misquoted him."
    )
    found = mentions_by_actor(nlp, text)
    assert "the network" not in found["cnn"] + found["fox-news"]


def test_the_upper_chamber_is_the_senate_even_after_the_house(nlp: Language) -> None:
    text = (
        "The Senate will vote on Friday, leaders said, after the House passed the bill. "
        "McConnell said the upper chamber could not hold a trial yet."
    )
    found = mentions_by_actor(nlp, text)
    assert "the upper chamber" in found["us-senate"]
    assert "the upper chamber" not in found.get("us-house-of-representatives", [])


def test_a_capitalised_chamber_is_a_name_not_the_senate(nlp: Language) -> None:
    text = (
        "The bill passed the Senate on Monday. Scott Reed, the Chamber's chief strategist, "
        "praised it."
    )
    found = mentions_by_actor(nlp, text)
    assert all("Chamber" not in m for m in found["us-senate"])
