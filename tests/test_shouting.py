"""Words in capitals that shout are no actors ("a pushy, obnoxious JERK", "OFF A CLIFF"); a
name in capitals stays one ("the FBI", "a KGB agent", a headline in capitals)."""

from __future__ import annotations

from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def actor_texts(nlp: Language, text: str) -> set[str]:
    (ex,) = extract([Article(doc="t.txt", text=text, published="2025-10-03")], nlp)
    return {m.text for a in ex.actors for m in a.mentions}


def test_a_common_word_shouted_in_a_post_is_no_actor(nlp: Language) -> None:
    text = (
        "Trump wrote: “Just a pushy, obnoxious JERK, who supported Joe Biden.” Johnson "
        "wrote that Schumer is driving his party OFF A CLIFF."
    )
    found = actor_texts(nlp, text)
    assert "JERK" not in found and "CLIFF" not in found
    assert {"Trump", "Joe Biden", "Johnson", "Schumer"} <= found


def test_a_name_in_capitals_stays_an_actor(nlp: Language) -> None:
    found = actor_texts(nlp, "A KGB agent met the FBI and NATO on Monday, TOTALLY WRONG.")
    assert {"KGB", "NATO"} <= found and any("FBI" in t for t in found)


def test_an_adjective_in_capitals_is_no_actor_whatever_the_sentence(nlp: Language) -> None:
    # a post in capitals throughout: the ratio of capitals cannot tell; the word class can
    found = actor_texts(
        nlp, "“WE DON’T WANT VICIOUS, VIOLENT, AND DEMENTED CRIMINALS,” Trump wrote."
    )
    assert not {"VICIOUS", "VIOLENT"} & found


def test_capitalised_words_with_an_indefinite_article_are_a_label(nlp: Language) -> None:
    # "Zohran Mamdani, a 100% Communist Lunatic" (devset 075): the label describes him; an
    # organisation introduced with "a" keeps its name
    text = (
        "Walter Harmon, a 100% Communist Lunatic, won the primary. Tomas Reyes founded a "
        "Turkish Cultural Center."
    )
    (ex,) = extract([Article(doc="t.txt", text=text, published="2025-06-28")], nlp)
    by_text = {m.text: a.id for a in ex.actors for m in a.mentions}
    assert by_text.get("a 100% Communist Lunatic") == "walter-harmon"
    assert "Communist Lunatic" not in by_text
    assert "Turkish Cultural Center" in by_text


def test_a_law_is_no_actor(nlp: Language) -> None:
    # laws and pacts neither speak nor are spoken to; a given name "Bill" and an office
    # named after a budget stay
    text = (
        "Elon Musk called the One Big Beautiful Bill a “disgusting abomination.” He praised"
        " the Affordable Care Act. Bill Reyes of the Office of Management and Budget agreed."
    )
    found = actor_texts(nlp, text)
    assert not any("Beautiful Bill" in t or "Care Act" in t for t in found)
    assert "Bill Reyes" in found and any("Office of Management" in t for t in found)
