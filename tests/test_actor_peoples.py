"""A people named by its plural and as "the <adjective> people" is one group actor."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_the_american_people_are_the_americans(nlp: Language) -> None:
    text = (
        "Clinton said her policies would help the American people. Millions of Americans "
        "have lost their jobs, Trump said, and American voters know it."
    )
    found = mentions_by_actor(nlp, text, "2016-06-20")
    americans = holders(found, "Americans")
    assert americans and holders(found, "the American people") == americans


def test_the_american_people_alone_stay_a_group(nlp: Language) -> None:
    text = "Obama said the American people deserve a vote on his nominee."
    found = mentions_by_actor(nlp, text, "2016-09-06")
    assert holders(found, "the American people")
    assert "americans" not in found
