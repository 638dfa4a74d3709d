"""Office epithets across a corpus of articles from many countries, and the "PM" title
(nlp/actors/external.py ``_names_something``; kb lexicon ``pm``), on sentences of the
development set's articles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article, Extraction
from riftmap.nlp.actors.descriptors import Descriptor
from riftmap.nlp.actors.external import _names_something

ZIMBABWE = (
    "Zimbabwe opposition leader Nelson Chamisa has claimed victory in the country's "
    "presidential election on Sunday after rejecting the official outcome."
)  # 009 (Deutsche Welle)
AUSTRALIA = (
    "Anthony Albanese has branded Peter Dutton “weak” for skipping appearances in front of the "
    "national media in Canberra, accusing the opposition leader of “not having the guts” to "
    "face tough questions."
)  # 029 (Guardian Australia)


def extractions(nlp: Language, *texts: str) -> list[Extraction]:
    articles = [Article(doc=f"d{n}", text=t) for n, t in enumerate(texts)]
    return list(extract(articles, nlp))


def ids_with(extraction: Extraction, surface: str) -> set[str]:
    return {a.id for a in extraction.actors if any(m.text == surface for m in a.mentions)}


def test_an_office_held_in_another_country_is_not_looked_up_in_other_articles(
    nlp: Language,
) -> None:
    zimbabwe, australia = extractions(nlp, ZIMBABWE, AUSTRALIA)
    assert "nelson-chamisa" in {a.id for a in zimbabwe.actors}
    assert "nelson-chamisa" not in {a.id for a in australia.actors}
    assert ids_with(australia, "the opposition leader") <= {"peter-dutton"}


@pytest.mark.parametrize(
    ("epithet", "head", "looked_up"),
    [
        ("the opposition leader", "leader", False),  # 009, 029
        ("the prime minister", "minister", False),  # 029
        ("The leader of the Opposition", "leader", False),  # 025
        ("the Prime Minister", "minister", False),  # 025
        ("the Tesla CEO", "ceo", True),
        ("the Republican nominee", "nominee", True),
        ("The Conservative Party leader", "leader", True),  # 025
    ],
)
def test_only_epithets_with_a_proper_name_are_looked_up_in_other_articles(
    epithet: str, head: str, looked_up: bool
) -> None:
    """Descriptors as an article's epithet gives them: its head word and the rest."""
    words = frozenset(epithet.lower().split()) - {"the", "of", head}
    desc = Descriptor(epithet, frozenset({head}), words)
    assert _names_something(desc) is looked_up


def test_pm_is_a_title_before_a_name(nlp: Language) -> None:
    # 027 (Mint): "PM Modi" and "Prime Minister Narendra Modi" are one person
    (found,) = extractions(
        nlp,
        "While addressing election campaign rallies in Gujarat on Thursday, Prime Minister "
        "Narendra Modi launched a scathing attack on the Congress. PM Modi addressed "
        "back-to-back rallies in Anand, Junagarh and Jamnagar. PM Modi said the Congress is "
        "dying here in India and there, Pakistan is crying.",
    )
    assert ids_with(found, "PM Modi") == {"narendra-modi"}
    said = [q for q in found.quotes if q.cue is not None and q.cue.text == "said"]
    assert [(q.source.text if q.source else None, q.speaker) for q in said] == [
        ("PM Modi", "narendra-modi")
    ]
    assert not [a for a in found.actors if a.id == "pm-modi"]


def speakers(found: Extraction) -> list[tuple[str | None, str | None]]:
    return [(q.source.text if q.source else None, q.speaker) for q in found.quotes]


def test_the_official_is_the_official_who_spoke_before(nlp: Language) -> None:
    # 002 (AFP in Asharq Al-Awsat): not Erdogan, the person most in view
    (found,) = extractions(
        nlp,
        "“President Erdogan’s comments are unacceptable. Excess and rudeness are not a method. "
        "We demand that Erdogan change the course of his policy because it is dangerous in "
        "every respect,” a French presidential official told AFP.\n\n"
        "The official added that the French ambassador to Turkey was being recalled for "
        "consultations and would meet Macron to discuss the situation.",
    )
    said = speakers(found)
    assert said[0] == ("a French presidential official", said[0][1])
    assert said[0][1] is not None and said[0][1] != "recep-tayyip-erdogan"
    assert ("The official", said[0][1]) in said
    assert ids_with(found, "The official") == {said[0][1]}


def test_the_diplomat_after_a_western_diplomat(nlp: Language) -> None:
    # 001 (Voice of America): not Conde, the person most in view
    (found,) = extractions(
        nlp,
        "Opposition candidates want the vote annulled, accusing incumbent leader Alpha Conde of "
        'fraud. A Western diplomat said Monday that there were "genuine logistical problems" '
        "across the country.\n\nSome polling stations did not have enough envelopes for the "
        "ballots, the diplomat said.",
    )
    said = dict(speakers(found))
    assert said["the diplomat"] == said["A Western diplomat"] != "alpha-conde"
    assert said["A Western diplomat"] is not None


def test_a_definite_description_with_no_earlier_source_is_left_to_epithets(
    nlp: Language,
) -> None:
    (found,) = extractions(
        nlp,
        "Senator Maria Lopez visited the port on Monday. The senator said the budget was a "
        "disaster for farmers.",
    )
    assert speakers(found) == [("The senator", "maria-lopez")]


def test_the_prime_minister_is_not_the_opposition_leader_just_named(nlp: Language) -> None:
    # 029 (Guardian Australia): both epithets in one sentence, two people
    (found,) = extractions(
        nlp,
        "Anthony Albanese has branded Peter Dutton “weak” for skipping appearances in front of "
        "the national media in Canberra, accusing the opposition leader of “not having the guts” "
        "to face tough questions as the prime minister sought to flip the script on his "
        "opponent after enduring months of character attacks.",
    )
    assert ids_with(found, "the opposition leader") == {"peter-dutton"}
    assert ids_with(found, "the prime minister") == {"anthony-albanese"}


def test_two_descriptions_sharing_their_head_may_name_one_person(nlp: Language) -> None:
    (found,) = extractions(
        nlp,
        "Ted Cruz spoke in Houston on Monday. The Texas senator said the plan would fail. "
        "Later the Republican senator said he would vote against it.",
    )
    assert ids_with(found, "The Texas senator") == {"ted-cruz"}
    assert ids_with(found, "the Republican senator") == {"ted-cruz"}


@pytest.mark.parametrize("title", ["Lt. Gov.", "Lieutenant Governor"])
def test_a_rank_sets_an_office_apart_abbreviated_or_written_out(nlp: Language, title: str) -> None:
    """ "the governor" is not the lieutenant governor named last, and "the lieutenant
    governor" is not the governor: the rank ("Lt.", "Lieutenant") sets the office apart as
    "vice" does for the president (PolNeAR train: "Lt. Gov." in 6 articles; devset 237, 298)."""
    (found,) = extractions(
        nlp,
        f"Gov. Kathy Hollis met {title} Anton Delvecchio on Monday. “He is a failure,” the "
        "governor said. “She is a failure,” the lieutenant governor said.",
    )
    assert ids_with(found, "the governor") == {"kathy-hollis"}
    assert ids_with(found, "the lieutenant governor") == {"anton-delvecchio"}
