"""A plural description of two ("Both men", "the two Democrats", "the duo") is the pair of
persons named together last: one group actor named by their surnames, as a joint speaker is,
and not a group of "men" or the Democratic Party."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def pairs(found: dict[str, list[str]]) -> list[str]:
    """The pair actors among ``found`` (named by two surnames: "trump-and-ryan")."""
    return [actor for actor in found if "-and-" in actor]


def test_both_men_are_the_pair_named_last(nlp: Language) -> None:
    text = (
        "Donald Trump and Paul Ryan met on Thursday at the party's headquarters.\n\n"
        "Both men said the talks had gone well."
    )
    found = mentions_by_actor(nlp, text, "2016-05-12")
    assert holders(found, "Both men") == ["trump-and-ryan"]


def test_the_two_democrats_and_the_duo(nlp: Language) -> None:
    text = (
        "Hillary Clinton and Elizabeth Warren campaigned in Ohio on Monday. The two Democrats"
        " attacked Donald Trump, and the duo drew a large crowd."
    )
    found = mentions_by_actor(nlp, text, "2016-06-28")
    assert found["clinton-and-warren"] == ["The two Democrats", "the duo"]


def test_no_pair_for_both_women_after_a_man_and_a_woman(nlp: Language) -> None:
    text = (
        "Donald Trump and Hillary Clinton debated in St. Louis.\n\n"
        "Both women in the front row applauded."
    )
    found = mentions_by_actor(nlp, text, "2016-10-10")
    assert "trump-and-clinton" not in found


def test_no_pair_when_three_are_named_or_the_pair_is_far_back(nlp: Language) -> None:
    text = "Ted Cruz, Marco Rubio and John Kasich stayed in the race. Both candidates spoke."
    found = mentions_by_actor(nlp, text, "2016-03-01")
    assert not pairs(found)
    text = (
        "Ted Cruz and Marco Rubio spoke in Iowa. The weather was cold. Snow fell. Roads"
        " closed. Schools shut. Both candidates later returned."
    )
    found = mentions_by_actor(nlp, text, "2016-01-30")
    assert not pairs(found)


def test_no_pair_for_a_phrase_that_names_its_own_or_other_people(nlp: Language) -> None:
    text = (
        "Hillary Clinton and Bernie Sanders spoke in Brooklyn. Voters chose both Democrats and"
        " Republicans. Both Clinton and Sanders backers were sure. The first two volunteers"
        " were women. The two Democrats left."
    )
    found = mentions_by_actor(nlp, text, "2016-04-06")
    assert found["clinton-and-sanders"] == ["The two Democrats"]


def test_both_men_are_the_only_two_men_named_just_before(nlp: Language) -> None:
    text = (
        "Donald Trump came face to face with House Speaker Paul Ryan on Thursday. Soon after"
        " it was over, both men issued a statement."
    )
    found = mentions_by_actor(nlp, text, "2016-05-12")
    assert holders(found, "both men") == ["trump-and-ryan"]


def test_no_uncoordinated_pair_among_three_or_for_a_plural_name_or_a_clause(
    nlp: Language,
) -> None:
    text = (
        "Donald Trump met Paul Ryan on Thursday, and Reince Priebus joined them later. Both"
        " men issued a statement."
    )
    found = mentions_by_actor(nlp, text, "2016-05-12")
    assert not pairs(found)
    text = "Bill Clinton met Donald Trump. A longtime adviser to both Clintons said no."
    found = mentions_by_actor(nlp, text, "2016-09-01")
    assert not pairs(found)
    text = (
        "Mike Allen spoke to Anna Palmer on Monday. The two young reporters who raised their"
        " hands for the job start next week."
    )
    found = mentions_by_actor(nlp, text, "2016-07-11")
    assert not pairs(found)
