"""Bodies a person heads, named after their possessor (`nlp/actors/possessed.py`): "her
campaign" is the "Clinton campaign", "his administration" the "Trump administration"; "the
administration" is the one of the president the article names or who held office at its
date; the White House takes none of them; and a speaker's words about a body named after
them are no relation (`nlp/relations/statements.own_bodies`)."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from relations_support import triples
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def test_a_possessed_body_is_its_possessors_and_one_with_its_name(nlp: Language) -> None:
    text = (
        "Hillary Clinton spoke in Ohio on Monday. Her campaign said the Clinton campaign "
        "would respond. Maria Lopez said the Lopez campaign was ready."
    )
    found = mentions_by_actor(nlp, text, "2016-05-02")
    assert found["clinton-campaign"] == ["Her campaign", "the Clinton campaign"]
    assert found["hillary-clinton"] == ["Hillary Clinton", "Her", "Clinton"]  # the possessor
    assert found["lopez-campaign"] == ["the Lopez campaign"]  # "Lopez" tagged an adjective


def test_a_camp_is_the_campaign_it_is_short_for(nlp: Language) -> None:
    """ "the Clinton camp", "his camp" (devset 305, 309, 342, 497): the candidate's campaign,
    one actor with "the Clinton campaign", not the candidate."""
    text = (
        "Hillary Clinton spoke in Ohio on Monday. The Clinton camp said the ad was a lie, and "
        "Maria Lopez said her camp was ready. The Clinton campaign declined to comment."
    )
    found = mentions_by_actor(nlp, text, "2016-05-02")
    assert found["clinton-campaign"] == ["The Clinton camp", "The Clinton campaign"]
    assert found["lopez-campaign"] == ["her camp"]
    assert "clinton-camp" not in found


def test_a_body_word_that_says_a_place_or_another_body_is_none(nlp: Language) -> None:
    # "in his office" is a place; "her debate prep team" is some other team
    text = (
        "Senator Maria Lopez met the reporters in her office on Monday. Her debate prep "
        "team met later."
    )
    found = mentions_by_actor(nlp, text, "2016-05-02")
    assert not [a for a in found if a.endswith(("-office", "-team"))], found


def test_the_administration_is_the_named_presidents(nlp: Language) -> None:
    text = (
        "President Obama said his administration would act. The administration has argued "
        "that the law is sound."
    )
    found = mentions_by_actor(nlp, text)  # undated: the one president it names
    assert found["obama-administration"] == ["his administration", "The administration"]


def test_the_administration_is_the_one_in_office_at_the_date(nlp: Language) -> None:
    text = "The administration has argued that the law is sound, Senator Maria Lopez said."
    assert holders(mentions_by_actor(nlp, text, "2019-03-01"), "The administration") == [
        "trump-administration"
    ]
    assert holders(mentions_by_actor(nlp, text, "2022-03-01"), "The administration") == [
        "biden-administration"
    ]
    # neither a date nor a president named: a description alone does not say whose
    assert not [a for a in mentions_by_actor(nlp, text) if a.endswith("-administration")]


def test_the_white_house_takes_no_administration_or_team(nlp: Language) -> None:
    text = (
        "President Donald Trump escalated his administration’s confrontation with the "
        "university. White House Press Secretary Karoline Leavitt reinforced the position. "
        "Trump’s team said it would win."
    )
    found = mentions_by_actor(nlp, text, "2025-04-15")
    assert found["white-house"] == ["White House"]
    assert found["trump-administration"] == ["his administration"]
    assert found["trump-team"] == ["Trump’s team"]


def test_what_a_speaker_says_of_a_body_named_after_them_is_no_relation(
    nlp: Language,
) -> None:
    text = (
        "Maria Lopez spoke in Ohio on Monday. Lopez said her campaign was about confronting "
        "the ugly truths of a broken and corrupt system."
    )
    (ex,) = extract([Article(doc="t.txt", text=text, published="2016-03-01")], nlp)
    assert not [t for t in triples(ex.relations) if t[1] == "lopez-campaign"]
    # another's words about it are a relation to the body
    text = (
        "Maria Lopez spoke in Ohio on Monday. Her campaign is a disgrace, broken and "
        "corrupt, Tom Reyes said."
    )
    (ex,) = extract([Article(doc="t.txt", text=text, published="2016-03-01")], nlp)
    assert ("tom-reyes", "lopez-campaign", "ACCUSE", -1) in triples(ex.relations)
