"""A party-and-state tag after a name ("Sen. Ann Porter, D-Conn.,", "(R-Fla.)", "(R-MS)") is a
descriptor of the person (riftmap.nlp.actors.party_tags): an epithet naming that party and
state fits them, and one naming another state does not. Texts are written for the tests,
after shapes of the development set (230, 449, 470, 501) and PolNeAR train."""

from __future__ import annotations

import pytest
from actor_support import owners
from spacy.language import Language

from riftmap.kb.us_states import state_names


@pytest.mark.parametrize("form", ["Connecticut", "Conn.", "CT"])
def test_every_written_form_of_a_state_is_that_state(form: str) -> None:
    assert state_names()[form] == "connecticut"


def test_an_epithet_of_another_state_is_not_the_tagged_senator(nlp: Language) -> None:
    # without the tag the salient Texan took the Floridian's description (devset 470: the
    # Connecticut senator took "the former Georgia congressman")
    text = (
        "Sen. Tom Hale (R-Texas) spoke on Monday.\n\n"
        "The Florida Republican said the bill would pass."
    )
    assert "tom-hale" not in owners(nlp, text, "The Florida Republican")
    # the tag may follow the name's possessive ("Sen. Ted Cruz’s (R-Texas) bill")
    text = (
        "Senator's bill\n\nSen. Tom Hale’s (R-Texas) bill passed on Monday.\n\n"
        "The Florida Republican said the bill would fail."
    )
    assert "tom-hale" not in owners(nlp, text, "The Florida Republican")


def test_an_epithet_of_the_tags_state_and_party_is_the_tagged_senator(nlp: Language) -> None:
    text = (
        "Sen. Paul Dorsey, R-La., joined Sen. Mark Whitfield, R-Ohio, at the White House on "
        "Tuesday.\n\nWhitfield said the talks went well, and the Louisiana Republican agreed."
    )
    assert owners(nlp, text, "the Louisiana Republican") == ["paul-dorsey"]
