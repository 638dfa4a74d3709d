"""Unnamed addressees of requests become actors (`nlp/actors/addressees.py`), so that the
request is a relation toward them."""

from __future__ import annotations

import pytest
from relations_support import triples
from spacy.language import Language

from riftmap import Article, extract


def _extracted(nlp: Language, text: str) -> tuple[set[tuple[str, str, str, int]], set[str]]:
    (found,) = extract([Article(doc="t.txt", text="Title\n\n" + text)], nlp)
    return triples(found.relations), {a.id for a in found.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # devset 170
        (
            "Governor Josh Stein encouraged residents to follow the law.",
            ("josh-stein", "residents", "REQUEST", 0),
        ),
        # devset 178, 206
        (
            "The Justice Department asked a federal court to unseal the transcripts.",
            ("justice-department", "federal-court", "REQUEST", 0),
        ),
        # devset 032 ("Calling on voters to ..."); PolNeAR train
        (
            "Donald Trump called on voters to reject the media elite.",
            ("donald-trump", "voters", "REQUEST", 0),
        ),
    ],
)
def test_whom_a_request_asks_to_act_is_an_actor(
    nlp: Language, text: str, expected: tuple[str, str, str, int]
) -> None:
    found, _ = _extracted(nlp, text)
    assert found == {expected}


def test_no_actor_without_a_request(nlp: Language) -> None:
    """Whom a speaker asks for something, not to act, is no addressee made an actor."""
    found, actors = _extracted(nlp, "Governor Josh Stein asked a federal court for a ruling.")
    assert actors == {"josh-stein"} and not found
