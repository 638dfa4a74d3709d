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


def test_a_hostile_reading_of_a_speakers_own_bloc_relates_no_one() -> None:
    """Jeffries (a Democrat in the knowledge base) reporting that House Democrats oppose a
    plan says no hostility of them: they are the actor of his sentence."""
    text = (
        "The House adjourned early. Hakeem Jeffries reiterated that House Democrats \"remain "
        "strongly opposed\" and would not be \"complicit\" in the GOP spending plan."
    )
    assert not any(t == "house-democrats" for _, t, _, _ in _relations(text))


def test_words_said_of_ones_own_bloc_or_a_verb_against_it_still_attack_it() -> None:
    said = "The House adjourned early. “House Democrats are cowards,” Hakeem Jeffries said."
    assert ("hakeem-jeffries", "house-democrats", "ACCUSE", -1) in _relations(said)
    slammed = "The House adjourned early. Hakeem Jeffries slammed House Democrats on Monday."
    assert ("hakeem-jeffries", "house-democrats", "ACCUSE", -1) in _relations(slammed)


def test_another_partys_bloc_read_as_attacked_is_attacked() -> None:
    """The rule is about the speaker's own party: Mike Johnson (a Republican) is not spared
    the same reading of House Democrats."""
    text = (
        "The House adjourned early. Mike Johnson said House Democrats \"remain strongly "
        "opposed\" and would be \"complicit\" in the shutdown they caused."
    )
    assert ("mike-johnson", "house-democrats", "ACCUSE", -1) in _relations(text)
