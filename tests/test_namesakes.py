"""A bare surname the knowledge base gives to someone who does not fit the article is the
person the article names in full with it (`nlp/actors/namesakes.py`); a known person who
fits (an office of theirs as title, the article's time) keeps it."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_title_the_known_namesake_never_held_names_the_article_s_person(
    nlp: Language,
) -> None:
    # devset 170: "Gov. STEIN" in a post, "Gov. Josh Stein" below; Jill Stein ran for president
    text = (
        "Bovino wrote: “Rep. Adams, perhaps you & Gov. STEIN should learn the difference.” "
        "Gov. Josh Stein answered on Friday. Stein said the agents should leave."
    )
    found = mentions_by_actor(nlp, text, "2025-11-15")
    assert "jill-stein" not in found
    assert holders(found, "STEIN") == holders(found, "Josh Stein") == ["josh-stein"]


def test_an_untitled_namesake_out_of_office_at_the_time_is_not_the_known_one(
    nlp: Language,
) -> None:
    # PolNeAR train: "Powell" beside "Colin L. Powell" in 2016, two years before Jerome
    # Powell chaired the Federal Reserve
    text = (
        "Some emails to Powell were placed in storage. The emails were sent to former "
        "secretary of state Colin L. Powell. Powell said he disagrees with the decision."
    )
    found = mentions_by_actor(nlp, text, "2016-03-05")
    assert "jerome-powell" not in found
    assert holders(found, "Powell") == ["colin-powell"]


def test_a_namesake_who_fits_keeps_the_bare_surname(nlp: Language) -> None:
    # in office at the time
    text = "Powell said rates would hold. His neighbour, the painter Mark Powell, disagreed."
    found = mentions_by_actor(nlp, text, "2024-06-01")
    assert holders(found, "Powell") == ["jerome-powell"]
    # titled by an office the known person held
    text = "President Obama spoke first. Michelle Obama spoke later. Obama left early."
    found = mentions_by_actor(nlp, text, "2025-06-01")
    assert holders(found, "President Obama") == ["barack-obama"]
