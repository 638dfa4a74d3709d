"""A surname misspelled on its own is the person the article names in full
(`nlp/actors/misspelled.py`), and nothing one letter from a surname by chance is."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_misspelled_surname_is_the_person_named_in_full(nlp: Language) -> None:
    # PolNeAR train: "Brazille", "Sharption", "Bryne" ... (8 words in 8 articles)
    text = (
        "Donna Brazile and Al Sharpton spoke on Monday. Later, Brazille said the convention "
        "was going well, and Sharption agreed."
    )
    found = mentions_by_actor(nlp, text)
    assert holders(found, "Brazille") == ["donna-brazile"]
    assert holders(found, "Sharption") == ["al-sharpton"]


def test_a_plural_a_given_name_or_a_state_is_no_misspelling(nlp: Language) -> None:
    text = (
        "Hillary Clinton, Tim Kaine and Ellen Davis met on Monday. The Clintons left early. "
        "David stayed in Maine with Kaine."
    )
    found = mentions_by_actor(nlp, text)
    assert not [m for m in found["hillary-clinton"] if "Clintons" in m]
    assert "Maine" not in found["tim-kaine"]
    assert "David" not in found["ellen-davis"]
    # the tagger calls this family an organisation, so only the plural test keeps it apart
    found = mentions_by_actor(nlp, "Jared Kushner spoke. The Kushners bought the building.")
    assert not [m for m in found["jared-kushner"] if "Kushners" in m]


def test_two_people_one_slip_away_leave_the_word_alone(nlp: Language) -> None:
    text = "Anna Kovacs and Peter Kovach arrived. Kovac said nothing."
    found = mentions_by_actor(nlp, text)
    assert "Kovac" not in found["anna-kovacs"] + found["peter-kovach"]
