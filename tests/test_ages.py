"""Ages: "the 64-year-old" is the person the article gave that age ("Holt, 64,"), else the
most salient person named before of no other known age; the knowledge base's dates of birth
give the ages of well-known persons at the article's date ("the 70-year-old mogul" in
September 2016 is Donald Trump, not Hillary Clinton, 68)."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language

from riftmap.kb.loader import default_kb


def test_the_age_the_article_states(nlp: Language) -> None:
    text = (
        "Senator Ada Holt, 64, met Governor Ralf Oster, 58, in Ohio on Monday. Oster spoke"
        ' first. "It was a good meeting," the 64-year-old said later. "It was," the'
        " 58-year-old replied."
    )
    found = mentions_by_actor(nlp, text, "2025-01-20")
    assert holders(found, "the 64-year-old") == ["ada-holt"]
    assert holders(found, "the 58-year-old") == ["ralf-oster"]


def test_ages_from_dates_of_birth(nlp: Language) -> None:
    text = (
        "Donald Trump and Hillary Clinton debated on Monday. The 70-year-old mogul attacked"
        " her emails. The 68-year-old said nothing."
    )
    found = mentions_by_actor(nlp, text, "2016-09-27")
    assert holders(found, "The 70-year-old mogul") == ["donald-trump"]
    assert holders(found, "The 68-year-old") == ["hillary-clinton"]


def test_no_one_of_another_known_age(nlp: Language) -> None:
    """Bernie Sanders was 75 in late September 2016: "the 74-year-old" is not him; a person
    of no known age stays a candidate for a description with an age."""
    text = (
        "Hillary Clinton spoke in Ohio. Bernie Sanders watched. The 74-year-old laughed."
        " David Seacord parked his bike. The 68-year-old Oregon native drove from the coast."
    )
    found = mentions_by_actor(nlp, text, "2016-09-27")
    assert holders(found, "The 74-year-old") == []
    assert holders(found, "The 68-year-old Oregon native") == ["david-seacord"]


def test_the_knowledge_base_reads_dates_of_birth() -> None:
    kb = default_kb()
    assert kb.actors["donald-trump"].born == "1946-06-14"
    assert kb.actors["white-house"].born is None
