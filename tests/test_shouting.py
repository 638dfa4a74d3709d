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
