"""Descriptions that real copy wraps around a name: a tagger "entity" in lower case ("secretary
of state") is no actor, an age ("the 68-year-old") does not stop a description from fitting,
the knowledge base's militant groups are known by their kind, and a campaign said to be one
person's is not the campaign of another named before it."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_lower_case_entity_is_no_actor_and_the_description_is_kept(nlp: Language) -> None:
    text = (
        "Hillary Clinton answered him on Monday in Ohio.\n\n"
        "The former secretary of state said little about the emails."
    )
    found = mentions_by_actor(nlp, text, "2016-06-01")
    assert "state" not in found
    assert holders(found, "The former secretary of state") == ["hillary-clinton"]


def test_an_age_does_not_stop_a_description_from_fitting(nlp: Language) -> None:
    text = (
        "Hillary Clinton answered him on Monday in Ohio.\n\n"
        "The 68-year-old former secretary of state said little.\n\n"
        "Bernie Sanders spoke in Detroit. The 74-year-old Vermont senator said he would stay"
        " in the race."
    )
    found = mentions_by_actor(nlp, text, "2016-06-01")
    assert holders(found, "The 68-year-old former secretary of state") == ["hillary-clinton"]
    assert holders(found, "The 74-year-old Vermont senator") == ["bernie-sanders"]
    assert not any(a.startswith("68") or a.startswith("74") for a in found)


def test_an_age_alone_names_no_one(nlp: Language) -> None:
    text = "Bernie Sanders spoke in Detroit. The 74-year-old said he would stay in the race."
    found = mentions_by_actor(nlp, text, "2016-06-01")
    assert holders(found, "The 74-year-old") == []


def test_the_islamic_state_is_known_by_its_kind(nlp: Language) -> None:
    text = (
        "ISIS claimed responsibility for the attack on Sunday.\n\n"
        "Officials said the terrorist group had urged followers to strike."
    )
    found = mentions_by_actor(nlp, text, "2016-07-15")
    assert holders(found, "the terrorist group") == ["islamic-state"]


def test_a_campaign_of_one_person_is_not_another_ones(nlp: Language) -> None:
    text = (
        "The Jeb Bush campaign is releasing a new online ad aimed at John Kasich.\n\n"
        "The American Legion has asked the campaign of Democratic presidential candidate"
        " Bernie Sanders to stop using its emblem.\n\n"
        "Marco Rubio dismissed critique of his performance, saying his campaign was strong."
    )
    found = mentions_by_actor(nlp, text, "2016-02-08")
    bush = found["jeb-bush-campaign"]
    assert bush == ["The Jeb Bush campaign"]
    assert "his campaign" not in bush
