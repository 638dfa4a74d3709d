"""A description in an article's body names someone already named, or named within the
next sentence, not a person the article names paragraphs later (`actors/matching.py`)."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language

TEXT = (
    "Trump dominates the airwaves\n\n"
    "Mr. Trump was on television far more often than his rivals. A study found the "
    "Republican nominee garnered twice as much airtime as anyone else.\n\n"
    "Democrats said the coverage was unfair. They asked networks to give equal time.\n\n"
    "Patrick Murphy attacked Marco Rubio on Tuesday. Rubio, the Republican nominee for Senate "
    "in Florida, said he was ahead."
)


def test_a_descriptor_taught_paragraphs_later_names_no_earlier_phrase(nlp: Language) -> None:
    found = mentions_by_actor(nlp, TEXT, "2016-07-25")
    assert "the Republican nominee" not in found["marco-rubio"]
    assert "the Republican nominee for Senate in Florida" in found["marco-rubio"]
    assert "the Republican nominee" in found["donald-trump"]  # the holder of the office then


def test_a_description_just_before_the_name_it_anticipates_is_that_person(
    nlp: Language,
) -> None:
    text = (
        "Hacker sentenced\n\n"
        "The Romanian hacker who first revealed the private email account was sentenced on "
        "Thursday to 52 months in prison. Marcel Lehel Lazar, 44, was extradited in March."
    )
    found = mentions_by_actor(nlp, text, "2016-09-03")
    assert "The Romanian hacker" in found["marcel-lehel-lazar"]
