"""A bare surname the knowledge base gives to someone who does not fit the article is the
person the article names in full with it (`nlp/actors/namesakes.py`); a known person who
fits (an office of theirs as title, the article's time) keeps it."""

from __future__ import annotations

import pytest
from actor_support import holders, mentions_by_actor
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "published", "bare", "known", "person"),
    [
        # devset 170: "Gov. STEIN" in a post, "Gov. Josh Stein" below: a title Jill Stein,
        # a party's presidential nominee, never held
        (
            "Bovino wrote: “Rep. Adams, perhaps you & Gov. STEIN should learn the difference.” "
            "Gov. Josh Stein answered on Friday. Stein said the agents should leave.",
            "2025-11-15", "STEIN", "jill-stein", "josh-stein",
        ),
        # PolNeAR train: "Powell" beside "Colin L. Powell" in 2016, untitled, two years before
        # Jerome Powell chaired the Federal Reserve
        (
            "Some emails to Powell were placed in storage. The emails were sent to former "
            "secretary of state Colin L. Powell. Powell said he disagrees with the decision.",
            "2016-03-05", "Powell", "jerome-powell", "colin-powell",
        ),
    ],
)  # fmt: skip
def test_a_known_namesake_who_does_not_fit_gives_way_to_the_article_s_person(
    nlp: Language, text: str, published: str, bare: str, known: str, person: str
) -> None:
    found = mentions_by_actor(nlp, text, published)
    assert known not in found
    assert holders(found, bare) == [person]


def test_a_namesake_who_fits_keeps_the_bare_surname(nlp: Language) -> None:
    # in office at the time
    text = "Powell said rates would hold. His neighbour, the painter Mark Powell, disagreed."
    found = mentions_by_actor(nlp, text, "2024-06-01")
    assert holders(found, "Powell") == ["jerome-powell"]
    # titled by an office the known person held
    text = "President Obama spoke first. Michelle Obama spoke later. Obama left early."
    found = mentions_by_actor(nlp, text, "2025-06-01")
    assert holders(found, "President Obama") == ["barack-obama"]
