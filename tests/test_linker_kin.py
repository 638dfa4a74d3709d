"""Relations by possessor ("her husband", "his wife", "Trump's running mate"): the actor known
to stand in that relation to the possessor, and for a kinship noun nobody when none is known
(not the most salient person of the paragraph)."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_her_husband_is_the_possessors_husband(nlp: Language) -> None:
    text = (
        "President Obama spoke in Ohio on Monday.\n\n"
        "Hillary Clinton has praised her husband's economic record as president."
    )
    assert holders(mentions_by_actor(nlp, text), "her husband") == ["bill-clinton"]


def test_a_kinship_noun_of_an_unknown_family_names_no_one_known(nlp: Language) -> None:
    text = (
        "Don Regan, the White House chief of staff, clashed with Nancy Reagan.\n\n"
        "Nancy Reagan will be remembered for her absolute devotion to her husband."
    )
    found = mentions_by_actor(nlp, text)
    assert "her husband" not in found.get("don-regan", [])
    # no one known: an actor of its own, named as keys name such actors
    assert holders(found, "her husband") == ["nancy-reagan-husband"]


def test_a_running_mate_is_the_possessors(nlp: Language) -> None:
    text = (
        "Tim Kaine and Mike Pence debated on Tuesday.\n\n"
        "Donald Trump said his running mate had won the debate."
    )
    found = mentions_by_actor(nlp, text)
    assert holders(found, "his running mate") == ["mike-pence"]


def test_a_rival_is_still_matched_without_a_known_relation(nlp: Language) -> None:
    # relations other than kinship fall through to the descriptor and salience matching
    text = (
        "Hillary Clinton is four points ahead in the polls.\n\n"
        "Mr Trump revived his claims that his opponent has been reckless with state secrets."
    )
    assert holders(mentions_by_actor(nlp, text), "his opponent") == ["hillary-clinton"]
