"""Descriptions of persons in 2016 campaign news (PolNeAR train style): appositions opened by
an adverb, hyphenated person nouns, and a role given to someone with "as"."""

from __future__ import annotations

import pytest
from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_an_adverb_before_an_apposition_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "Mr. Trump fired Corey Lewandowski in June. Mr. Lewandowski, now a paid CNN"
        " commentator, has denied that that was the case."
    )
    found = mentions_by_actor(nlp, text, "2016-08-18")
    assert "a paid CNN commentator" in found["corey-lewandowski"]
    assert "now a paid CNN commentator" not in found["corey-lewandowski"]
    assert holders(found, "a paid CNN commentator") == ["corey-lewandowski"]


def test_a_then_apposition_keeps_its_past_for_the_descriptor(nlp: Language) -> None:
    text = (
        "Hillary Clinton, then the secretary of state, met Benjamin Netanyahu in 2010."
        " The secretary of state, John Kerry, said on Monday that talks would resume."
    )
    found = mentions_by_actor(nlp, text, "2015-11-10")
    assert "the secretary of state" in found["hillary-clinton"]
    assert "The secretary of state" not in found["hillary-clinton"]


def test_a_hyphenated_person_noun_heads_an_apposition(nlp: Language) -> None:
    text = (
        "Bernie Sanders, the runner-up for the Democratic nomination, said on Tuesday that"
        " he would vote for Hillary Clinton."
    )
    found = mentions_by_actor(nlp, text, "2016-09-07")
    assert "the runner-up for the Democratic nomination" in found["bernie-sanders"]
    assert holders(found, "the runner-up for the Democratic nomination") == ["bernie-sanders"]


def test_a_role_given_to_a_pronoun_or_to_two_names_is_left_to_other_rules(
    nlp: Language,
) -> None:
    text = (
        "\"If you don't want Ted Cruz or Donald Trump as the nominee, you better get on board"
        ' with Marco Rubio," spokesman Alex Conant said.'
    )
    found = mentions_by_actor(nlp, text, "2016-02-02")
    assert "the nominee" not in found.get("ted-cruz", [])


def test_a_person_apposition_hung_on_a_place_is_the_following_name(nlp: Language) -> None:
    text = (
        "Let me first express my gratitude to those of you who have taken on the challenge of"
        " running for office, particularly that great champion of working men and women, the"
        " senator from Vermont, my onetime rival and new best friend, Bernie Sanders!"
    )
    found = mentions_by_actor(nlp, text, "2016-07-28")
    assert "my onetime rival" in found["bernie-sanders"]
    assert holders(found, "my onetime rival") == ["bernie-sanders"]
    assert found.get("vermont", []) == ["Vermont"]


def test_a_possessed_relation_no_one_is_known_in_is_no_salient_person(nlp: Language) -> None:
    text = (
        "Donald Trump and Ted Cruz campaigned in Iowa on Monday. Mr. Trump said his best"
        " friend from military school had called him."
    )
    found = mentions_by_actor(nlp, text, "2016-01-04")
    assert holders(found, "his best friend from military school") == []
    assert holders(found, "his best friend") == []


def test_a_hyphen_joined_preposition_is_part_of_the_noun(nlp: Language) -> None:
    text = (
        "Donald Trump spoke in Cleveland on Monday. The Republican nominee-in-waiting will"
        " seek to move past days of controversy. Jared Kushner, his son-in-law, listened."
    )
    found = mentions_by_actor(nlp, text, "2016-06-09")
    assert "The Republican nominee-in-waiting" in found["donald-trump"]
    assert "The Republican nominee" not in found["donald-trump"]
    assert "his son-in-law" in found["jared-kushner"]


# (text, date, description, the actor it names, an actor it must not name)
NAMED_BY_DESCRIPTION = [
    pytest.param(
        (
            "Donald Trump and Sen. Ted Cruz met in Cleveland. Many Republicans have refused to"
            " take a firm stand for or against the party's standard-bearer."
        ),
        "2016-08-26",
        "the party's standard-bearer",
        "donald-trump",
        "ted-cruz",
        id="the_party_standard_bearer_is_its_nominee",
    ),
    pytest.param(
        (
            "Gary Johnson spoke in Denver on Monday. The former governor of New Mexico picked"
            " Bill Weld as his running mate in May."
        ),
        "2016-08-28",
        "his running mate",
        "bill-weld",
        "gary-johnson",
        id="a_role_given_with_as_names_the_object",
    ),
    pytest.param(
        (
            "Secret Service agents tackled and carried away a protester at the rally. Kelsey"
            " Atkinson was identified as the protester. Hillary Clinton went on speaking."
        ),
        "2016-08-10",
        "the protester",
        "kelsey-atkinson",
        "hillary-clinton",
        id="a_role_given_with_as_names_the_passive_subject",
    ),
    pytest.param(
        "The president called France, our oldest ally, a friend in grief.",
        "2016-07-15",
        "our oldest ally",
        "france",
        None,
        id="a_state_may_still_be_an_ally",
    ),
    pytest.param(
        (
            "Mike Huckabee praised Marco Rubio on Tuesday. Huckabee called his former"
            " presidential primary opponent one of the most gifted Republican stars."
        ),
        "2016-08-31",
        "his former presidential primary opponent",
        "marco-rubio",
        None,
        id="a_possessed_rival_is_still_the_salient_other_candidate",
    ),
    pytest.param(
        (
            "Ilhan Omar and Ayanna Pressley criticised Nancy Pelosi on Sunday. Ms Pressley was"
            " less interested in engaging with the California Democrat."
        ),
        "2019-07-08",
        "the California Democrat",
        "nancy-pelosi",
        "ilhan-omar",
        id="a_state_and_party_name_a_known_representative",
    ),
    pytest.param(
        (
            "Ted Cruz and Rick Perry campaigned in South Carolina on Monday. The then-Texas"
            " governor had endorsed the senator in January."
        ),
        "2016-02-09",
        "The then-Texas governor",
        "rick-perry",
        "ted-cruz",
        id="a_former_governor_by_state_is_the_known_one",
    ),
]


@pytest.mark.parametrize(("text", "date", "mention", "actor", "not_actor"), NAMED_BY_DESCRIPTION)
def test_a_description_names_its_actor(
    nlp: Language, text: str, date: str, mention: str, actor: str, not_actor: str | None
) -> None:
    found = mentions_by_actor(nlp, text, date)
    assert mention in found[actor]
    if not_actor is not None:
        assert mention not in found.get(not_actor, [])


def test_a_title_addressed_with_an_honorific_is_the_office_holder(nlp: Language) -> None:
    # devset 130, 150, 165: "Mr. President" in a statement to or about the president
    text = (
        "Trump posted the image on Friday. “There is nothing funny about this, Mr. "
        "President,” the bishops wrote. Noem arrived later. “Madam Secretary, you cannot "
        "come in,” the clerk said."
    )
    found = mentions_by_actor(nlp, text, "2025-05-05")
    assert holders(found, "Mr. President") == ["donald-trump"]
    assert holders(found, "Madam Secretary") == ["kristi-noem"]
    # an honorific before a name is part of the name, not an address
    found = mentions_by_actor(nlp, "Mr. Smith met Mr. Trump on Friday.", "2025-05-05")
    assert holders(found, "Mr. Smith") == ["smith"]
    # nor is an office holder the article never names, addressed in an imagined exchange
    text = "Jeb called them. They say, “Mr. President, they gave you $5 million.”"
    found = mentions_by_actor(nlp, text, "2016-01-18")
    assert "Mr. President" not in [m for ms in found.values() for m in ms]
