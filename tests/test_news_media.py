"""The news media as one actor ("the media", "the press", "the Fake News Media"), and what
is not it: a platform, an outlet's name, a company named after someone, a compound's
modifier."""

from __future__ import annotations

import pytest
from actor_support import mentions_by_actor
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def test_the_media_and_the_press_are_one_actor(nlp: Language) -> None:
    text = (
        "Donald Trump attacked the media again on Friday. “The Fake News Media is the enemy "
        "of the people,” he wrote. Karoline Leavitt said the press had lied."
    )
    found = mentions_by_actor(nlp, text, "2025-07-08")
    assert {"the media", "The Fake News Media", "the press"} <= set(found["news-media"])


@pytest.mark.parametrize(
    "text",
    [
        "Social media users mocked Donald Trump on Friday.",
        "The Associated Press reported that Donald Trump spoke in Ohio.",
        "Trump Media said on Friday its shares had risen.",
        "White House press secretary Karoline Leavitt spoke on Friday.",
        "Donald Trump cited media reports of a deal on Friday.",
    ],
)
def test_a_platform_a_name_or_a_modifier_is_not_the_news_media(nlp: Language, text: str) -> None:
    assert "news-media" not in mentions_by_actor(nlp, text, "2025-07-08")


def test_an_attack_on_the_media_relates_the_attacker_to_it(nlp: Language) -> None:
    """Devset 153, 213, 272 and checkset 024 relate speakers to the media as one actor; its
    id is the knowledge base's and its name the one the keys give it."""
    text = "Donald Trump attacked the media again on Friday."
    article = Article("t.txt", text, None, "2025-07-08")
    (found,) = extract([article], nlp)
    assert {(r.source, r.target, r.polarity) for r in found.relations} == {
        ("donald-trump", "news-media", -1)
    }
    assert {a.id: a.name for a in found.actors}["news-media"] == "the media"
