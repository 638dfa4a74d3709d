"""A joint speaker's stance is each member's as well as the pair's
(`nlp/relations/members.py`): the devset keys relate each named party of a joint subject
(237: "Graham and Bush ... said they wouldn't vote for Hillary Clinton"), some the pair
(057: "LaCivita and Wiles")."""

from __future__ import annotations

from relations_support import triples
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str, int]]:
    (ex,) = extract([Article(doc="t.txt", text=text, published="2016-05-10")], nlp)
    return triples(ex.relations)


def test_a_joint_speakers_stance_is_each_members_and_the_pairs(nlp: Language) -> None:
    text = "Mary Holt and Susan Lind said Tom Reyes was a disgrace to the state."
    found = _triples(nlp, text)
    assert found == {
        ("holt-and-lind", "tom-reyes", "ACCUSE", -1),
        ("mary-holt", "tom-reyes", "ACCUSE", -1),
        ("susan-lind", "tom-reyes", "ACCUSE", -1),
    }


def test_a_member_is_never_their_own_target(nlp: Language) -> None:
    found = _triples(nlp, "Mary Holt and Susan Lind said Lind was a hero.")
    assert found == {
        ("holt-and-lind", "susan-lind", "SUPPORT", 1),
        ("mary-holt", "susan-lind", "SUPPORT", 1),
    }

