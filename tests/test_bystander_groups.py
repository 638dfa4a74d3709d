"""A hostile statement that names a group attacks the group only when the group is a bloc or
the words are said of the group itself; otherwise the group is the one wronged or a
bystander (``riftmap.nlp.relations.bystanders``)."""

from __future__ import annotations

from riftmap.api import extract
from riftmap.models import Article


def _relations(text: str) -> set[tuple[str, str, str, int]]:
    (found,) = extract([Article(doc="t.txt", text=text, published="2025-03-01")])
    return {(r.source, r.target, r.type, r.polarity) for r in found.relations}


def test_the_group_a_statement_says_is_wronged_is_not_attacked() -> None:
    text = "“Senator Jones is lying to Americans,” Governor Tom Smith said on Monday."
    assert _relations(text) == {("tom-smith", "jones", "ACCUSE", -1)}


def test_a_party_bloc_is_attacked() -> None:
    text = (
        "“House Democrats have betrayed the workers of this country,” Governor Tom Smith said "
        "on Monday."
    )
    assert _relations(text) == {("tom-smith", "house-democrats", "ACCUSE", -1)}


def test_what_is_said_of_the_group_itself_attacks_it() -> None:
    text = (
        "“The senators from Ohio are a disgrace to this chamber,” Governor Tom Smith said on "
        "Monday."
    )
    assert _relations(text) == {("tom-smith", "senators", "ACCUSE", -1)}
