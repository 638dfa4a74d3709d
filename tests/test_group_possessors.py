"""A group whose possessor is a pronoun is named after the person the pronoun stands for, as
a group with a named possessor is ("his supporters" after Trump is "Trump's supporters"):
across articles, one person's advisers and another's are not one actor."""

from __future__ import annotations

from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def groups(nlp: Language, text: str) -> dict[str, list[str]]:
    (ex,) = extract([Article(doc="t.txt", text=text, published="2016-06-01")], nlp)
    return {a.id: [m.text for m in a.mentions] for a in ex.actors if a.type == "group"}


def test_a_pronoun_possessor_names_the_group(nlp: Language) -> None:
    text = "Hillary Clinton spoke in Ohio on Monday. Her advisers said she would win the state."
    assert groups(nlp, text) == {"clinton-advisers": ["Her advisers"]}


def test_the_same_possessor_named_or_by_pronoun_is_one_group(nlp: Language) -> None:
    text = (
        "Donald Trump spoke in Ohio on Monday. His supporters cheered, and Trump's allies "
        "said he had won."
    )
    assert groups(nlp, text) == {"trump-supporters": ["His supporters", "Trump's allies"]}


def test_a_group_coordinated_after_its_possessor_is_theirs(nlp: Language) -> None:
    """ "Clinton and her aides", "Sanders and his supporters" (PolNeAR train writes such
    pairs in some thirty articles): the group is the possessor's, as it is alone; only a
    group heading a list of others leaves whose the others are unsaid."""
    text = "Hillary Clinton and her aides met donors in Ohio on Monday."
    assert groups(nlp, text) == {"clinton-aides": ["her aides"]}
    text = "This is how Sam Okafor and his cronies treat the police, the sheriff said."
    assert groups(nlp, text) == {"okafor-cronies": ["his cronies"]}


def test_a_group_by_rank_or_time_is_still_theirs(nlp: Language) -> None:
    # "Sanders's top advisers" and "his top aides" are the PolNeAR mention keys'
    # "sanders-advisers" and "trump-aides", "his current aides" too: an adjective of rank or
    # time says which of someone's people no more than "closest" does
    text = "Barack Obama left on Monday. His top aides said he was tired."
    assert groups(nlp, text) == {"obama-aides": ["His top aides"]}
    text = "Ruth Okafor lost on Monday. Okafor's senior advisers said she would run again."
    assert groups(nlp, text) == {"okafor-advisers": ["Okafor's senior advisers"]}


def test_a_group_of_someone_is_named_as_theirs_with_its_nouns(nlp: Language) -> None:
    # the seed keys' "trump-cabinet-members" for "some of Trump's cabinet members"; devset
    # 054 "Allies of President William Ruto" (ruto-allies), 178 "some of his most vocal
    # supporters" (trump-supporters): the holder, the nouns, no adjective of degree
    text = (
        "Donald Trump spoke in Ohio on Monday. Some of Trump's cabinet members said he was "
        "tired. Some of his most vocal supporters booed. Allies of President Sam Okafor "
        "cheered."
    )
    found = groups(nlp, text)
    assert found["trump-cabinet-members"] == ["Some of Trump's cabinet members"]
    assert found["trump-supporters"] == ["Some of his most vocal supporters"]
    assert found["okafor-allies"] == ["Allies of President Sam Okafor"]
    # an adjective that says which of theirs keeps the phrase's own name
    text = "Jeff Flake spoke on Monday. He challenged his fellow senators to act."
    assert groups(nlp, text) == {"fellow-senators": ["his fellow senators"]}


def test_staff_for_or_to_someone_are_named_as_theirs(nlp: Language) -> None:
    # devset 132 "A spokesman for the London Mayor" (khan-spokesman), 166 "A spokesperson for
    # Open Society Foundations" (named "Open Society Foundations spokesperson"), 179 "Aides to
    # Harris" (harris-aides); the PolNeAR mention keys' "A spokesman for Platte River"
    # (platte-river-spokesman) and "aides to Mrs. Clinton" (clinton-aides)
    text = (
        "Elizabeth Warren spoke on Monday. “We are ready,” a spokesman for Warren said. "
        "Aides to Warren said she would not run. The Open Society Foundations denied it. "
        "“These accusations are false,” a spokesperson for Open Society Foundations said."
    )
    (ex,) = extract([Article(doc="t.txt", text=text, published="2025-06-01")], nlp)
    speakers = {q.speaker for q in ex.quotes}
    assert {"warren-spokesman", "warren-aides"} <= speakers
    names = {a.id: a.name for a in ex.actors}
    assert names["open-society-foundations-spokesperson"] == (
        "Open Society Foundations's spokesperson"
    )
    # "to" and "for" name the holder only of staff: an ambassador is sent to a government,
    # and a former adviser is not theirs now
    text = (
        "Steve Bannon spoke on Monday. A former adviser to Steve Bannon called it a victory. "
        "Ann Lee, a candidate for Congress, said the race was close."
    )
    (ex,) = extract([Article(doc="t.txt", text=text, published="2025-06-01")], nlp)
    assert not any(a.id.startswith("bannon-") for a in ex.actors)
