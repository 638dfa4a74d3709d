"""Persons' full names the tagger calls places or organisations (`nlp/actors/mistagged.py`):
one person holds the full name and the short forms, and nothing is made a person on the
tagger's say alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_support import mentions_by_actor
from spacy.language import Language

DEVSET = Path(__file__).resolve().parent.parent / "eval" / "devset"


def _labels(nlp: Language, text: str, name: str) -> list[str]:
    return [e.label_ for e in nlp(text).ents if e.text == name]


def _mistagged(
    nlp: Language, text: str, name: str, label: str, published: str
) -> dict[str, list[str]]:
    """The mentions by actor of ``text``, once the tagger is seen to label ``name`` as
    ``label``: the case the test guards."""
    assert _labels(nlp, text, name) == [label]
    return mentions_by_actor(nlp, text, published)


def test_a_full_name_tagged_a_place_joins_the_surname_an_honorific_gives(
    nlp: Language,
) -> None:
    text = (
        "Kemi Badenoch has claimed that ministers are vying for the job. Mrs Badenoch said "
        "the Government was making a mess."
    )
    found = _mistagged(nlp, text, "Kemi Badenoch", "GPE", "2024-12-18")
    assert found["kemi-badenoch"] == ["Kemi Badenoch", "Mrs Badenoch"]
    assert "badenoch" not in found


def test_a_full_name_tagged_an_organisation_beside_a_relative_is_a_person(
    nlp: Language,
) -> None:
    text = "Charles Woods said the attack killed Tyrone Woods and three others."
    found = _mistagged(nlp, text, "Tyrone Woods", "ORG", "2016-08-10")
    assert found["tyrone-woods"] == ["Tyrone Woods"]
    assert found["charles-woods"] == ["Charles Woods"]
    doc = nlp(text)
    assert {a.id: a.type for a in doc._.actors}["tyrone-woods"] == "person"


def test_a_place_named_after_a_person_stays_a_place(nlp: Language) -> None:
    """ "Bundy Ranch" opens with no known first name, and the tagger's "Bundy" has no
    honorific: the ranch is no person."""
    text = (
        "Cliven Bundy was arrested in 2016. Supporters gathered at Bundy Ranch, and Bundy "
        "said they would stay."
    )
    found = mentions_by_actor(nlp, text, "2016-02-21")
    assert found["bundy-ranch"] == ["Bundy Ranch"]
    assert found["cliven-bundy"] == ["Cliven Bundy", "Bundy"]
    types = {a.id: a.type for a in nlp(text)._.actors}
    assert types["bundy-ranch"] == "organization"


def test_a_name_written_after_the_stays_an_organisation(nlp: Language) -> None:
    text = (
        "Mr. Trump spoke at the Trump Tower on Monday. Donald Trump said the Trump Tower "
        "was full."
    )
    types = {a.id: a.type for a in nlp(text)._.actors}
    assert types.get("donald-trump") == "person"
    assert all(t != "person" for i, t in types.items() if "tower" in i)


@pytest.mark.parametrize(
    ("text", "trump"),
    [
        # a present-tense verb tagged a plural noun, the surname made its modifier
        (
            "Donald Trump met Volodymyr Zelensky.\n\n"
            '"Trump berates Zelensky, the leader of a democratic country," Sanders said.',
            ["Donald Trump", "Trump"],
        ),
        (
            "Trump praises New York mayor-elect\n\nDonald Trump met Zohran Mamdani.",
            ["Trump", "Donald Trump"],
        ),
        # a real plural noun, a subject: the name is a modifier, no mention of the man
        (
            "Donald Trump spoke on Monday. ''Trump suits were made in Mexico,'' she said.",
            ["Donald Trump"],
        ),
    ],
)
def test_a_surname_read_as_a_modifier_of_a_verb_is_the_person(
    nlp: Language, text: str, trump: list[str]
) -> None:
    assert mentions_by_actor(nlp, text, "2025-03-01")["donald-trump"] == trump


def test_a_title_given_name_and_surname_tagged_an_organisation_are_a_person(
    nlp: Language,
) -> None:
    """ "Spokeswoman Haley Morris" tagged an organisation made a second actor of the
    surname the article goes on to use; read as a title on a person's name, one person
    holds both (PolNeAR train: a spokeswoman, a mayor)."""
    text = (
        "“We will win Iowa,” Spokeswoman Haley Morris said on Tuesday. Morris added that "
        "the campaign had raised more money than expected."
    )
    found = _mistagged(nlp, text, "Spokeswoman Haley Morris", "ORG", "2015-11-16")
    assert found["haley-morris"] == ["Spokeswoman Haley Morris", "Morris"]
    assert not any("spokeswoman" in name for name in found)


def test_a_name_ending_in_a_kind_of_organisation_stays_an_organisation(nlp: Language) -> None:
    """The surname must end the name: "King Solomon Missionary Baptist Church" opens with a
    title and a given name but is a church."""
    text = "Mourners gathered at King Solomon Missionary Baptist Church on Sunday."
    doc = nlp(text)
    types = {a.id: a.type for a in doc._.actors}
    assert not any(t == "person" and "solomon" in i for i, t in types.items())


def test_a_name_after_a_lower_case_title_is_a_person_whatever_its_given_name(
    nlp: Language,
) -> None:
    """ "BJP spokesperson Sambit Patra" with "Sambit Patra" tagged an organisation: the
    first-name list (names given in the United States) does not hold "Sambit", but a title
    in lower case stands before no organisation's name. As a person he is who "the BJP
    spokesperson" names (development set 646; PolNeAR and foreign copy name people so)."""
    text = (
        "BJP spokesperson Sambit Patra criticised Chief Minister Mamata Banerjee on Monday. "
        "Patra said the remarks were threats. “She has resorted to name-calling,” the BJP "
        "spokesperson added."
    )
    found = _mistagged(nlp, text, "Sambit Patra", "ORG", "2025-09-10")
    assert "the BJP spokesperson" in found["sambit-patra"]
    assert "Patra" in found["sambit-patra"]
    assert "the BJP spokesperson" not in found.get("mamata-banerjee", [])


def test_a_title_phrase_before_a_given_name_is_no_part_of_the_persons_name(
    nlp: Language,
) -> None:
    """ "Labour lawmaker Tulip Siddiq" tagged a work of art as a whole (development set 245):
    the person is the last two words, the party and office a title on them, so that her
    quotes go to the Tulip Siddiq the article names, not to "labour-lawmaker-tulip-siddiq"."""
    path = next((DEVSET / "texts").glob("245_*.txt"))
    text = path.read_text(encoding="utf-8")
    found = _mistagged(nlp, text, "Labour lawmaker Tulip Siddiq", "WORK_OF_ART", "2015-12-10")
    assert "Labour lawmaker Tulip Siddiq" in found["tulip-siddiq"]
    assert not [a for a in found if a.startswith("labour-lawmaker")]


def test_a_hyphened_name_after_a_title_is_no_given_name_and_surname(nlp: Language) -> None:
    """ "former Hewlett-Packard CEO Carly Fiorina" (PolNeAR train, seven articles): one word
    joined by a hyphen is not a given name and a surname, so the company stays itself."""
    text = (
        "Fiorina backs Cruz\n\nFiorina, the former Hewlett-Packard CEO who dropped her own "
        "presidential bid in early February, made a surprise appearance at the rally."
    )
    found = _mistagged(nlp, text, "Hewlett-Packard", "ORG", "2016-03-09")
    assert "Hewlett-Packard" in found["hewlett-packard"]
    assert "packard" not in found


def _actor_type(nlp: Language, text: str, name: str, label: str, actor: str) -> str:
    """The type of ``actor`` in ``text``, once the tagger is seen to label ``name`` as
    ``label``."""
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text == name] == [label]
    return {a.id: a.type for a in doc._.actors}[actor]


def test_an_institution_or_a_people_after_a_title_is_no_person(nlp: Language) -> None:
    """The relaxed given name wants a person noun before it and no institution or people
    after: "former Indiana University basketball coach" (an adjective before a university,
    PolNeAR train, where the state's mentions then went to a person "Indiana University"),
    "undocumented immigrant New Yorkers" (a people) and "the nationalist Global Times"
    ("nationalist" a person noun written as an adjective, PolNeAR train) name no person."""
    knight = (
        "Knight backs Trump\n\nHis tweet included a picture of him embracing former Indiana "
        "University basketball coach Bobby Knight."
    )
    assert _actor_type(nlp, knight, "Indiana University", "ORG", "indiana-university") == (
        "organization"
    )
    licences = (
        "Viverito backs licences\n\nThe bill would allow undocumented immigrant New Yorkers "
        "to obtain a license, said Melissa Mark-Viverito."
    )
    assert _actor_type(nlp, licences, "New Yorkers", "NORP", "new-yorkers") != "person"
    china = (
        "China on Trump\n\nClinton would be less welcome, the nationalist Global Times wrote "
        "on Thursday, given her tough attitude toward Beijing."
    )
    assert _actor_type(nlp, china, "Global Times", "ORG", "global-times") == "organization"
