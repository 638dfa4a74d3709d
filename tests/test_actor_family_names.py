"""A relative named by a given name alone ("his wife, Jane") takes the possessor's
surname."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_wife_named_by_her_given_name_takes_the_possessors_surname(nlp: Language) -> None:
    text = (
        "Bernie Sanders toured the island on Sunday with his wife, Jane, at his side.\n\n"
        "His wife later told reporters that the race was not over."
    )
    found = mentions_by_actor(nlp, text)
    assert "Jane" in found["jane-sanders"]
    assert "his wife" in found["jane-sanders"]
    assert "jane" not in found


def test_a_given_name_joins_the_full_name_the_article_gives(nlp: Language) -> None:
    text = (
        "John Miller spoke at the rally. Miller’s wife, Anna, stood beside him.\n\n"
        "Anna Miller later wrote an essay about the day."
    )
    found = mentions_by_actor(nlp, text)
    assert holders(found, "Anna") == ["anna-miller"]
    assert holders(found, "Miller’s wife") == ["anna-miller"]


def test_a_given_name_the_article_never_completes_is_named_with_the_surname(
    nlp: Language,
) -> None:
    text = "Mary Ebeling came to the rally with her husband, Tom, and two neighbours."
    found = mentions_by_actor(nlp, text)
    assert holders(found, "Tom") == ["tom-ebeling"]


def test_a_possessor_the_parser_attaches_as_a_modifier_still_gives_the_surname(
    nlp: Language,
) -> None:
    # with a curly apostrophe the parser reads "Khan’s" as a modifier (nmod), not a possessor
    text = (
        "Khizr Khan spoke at the convention.\n\n"
        "Critics were offended by attacks on Khan’s wife, Ghazala, who stood silently beside"
        " her husband."
    )
    assert holders(mentions_by_actor(nlp, text), "Ghazala") == ["ghazala-khan"]


def test_a_surname_modifying_a_noun_is_the_known_bearer_not_the_last_named(
    nlp: Language,
) -> None:
    text = (
        "Donald Trump and Hillary Clinton spoke in Ohio on Monday. Melania Trump tells Trump"
        " supporters that he loves them. Chelsea Clinton said she was ready. Clinton, 36, then"
        " praised the Clinton campaign."
    )
    found = mentions_by_actor(nlp, text, "2016-02-20")
    assert found["melania-trump"] == ["Melania Trump"]
    assert found["donald-trump"].count("Trump") == 1  # the modifier of "supporters"
    assert "Clinton" in found["hillary-clinton"]  # "the Clinton campaign"
    # a bare surname that is no modifier is still the person named just before
    assert found["chelsea-clinton"][-1:] == ["Clinton"]


def test_a_bare_surname_after_a_relative_named_in_passing_is_the_salient_bearer(
    nlp: Language,
) -> None:
    text = (
        "Donald Trump arrives in Cleveland on Monday. Trump's adult children have emerged as"
        " his closest advisers, and aides say Trump trusts them. On the opening night, Trump's"
        " wife, Melania Trump, is scheduled to speak. At a rally this spring, she described"
        ' Trump as "kind."'
    )
    found = mentions_by_actor(nlp, text, "2016-07-18")
    assert "Trump" not in found["melania-trump"]
    assert found["donald-trump"].count("Trump") == 4


def test_a_bare_given_name_is_the_known_relative_of_someone_named(nlp: Language) -> None:
    text = (
        "Trump said he will seek the prosecution of Bill, Hillary, and Chelsea. Hillary"
        " Clinton did not respond."
    )
    found = mentions_by_actor(nlp, text, "2016-08-08")
    assert found["chelsea-clinton"] == ["Chelsea"]
    # no relative of anyone named: the name stays the document's own
    found = mentions_by_actor(nlp, "Chelsea said she liked the show.", "2016-07-19")
    assert "chelsea-clinton" not in found
