"""A surname written with its lower-case particles ("de Blasio", "bin Laden", "von der
Leyen") is the person the document names in full, not a second person named by the word
after the particles (``bounds._particles_before``, ``named._bare_run``). Sentences after the
development set (244) and PolNeAR train (Politico and the Washington Post on Bill de Blasio,
USA Today on Osama bin Laden)."""

from __future__ import annotations

from riftmap.api import extract
from riftmap.models import Article

DE_BLASIO = (
    "Cruz sorry for New York values\n\n"
    "In an interview Thursday, Mayor Bill de Blasio said Cruz should apologize to the city.\n\n"
    "“He insulted New York,” de Blasio said. Cruz later said de Blasio was wrong."
)  # after 244 (New York Post) and PolNeAR train (Politico 2015-11-20)
BIN_LADEN = (
    "Walls and bridges\n\n"
    "Osama bin Laden was killed in 2011. Obama said bin Laden was a mass murderer."
)  # after PolNeAR train (USA Today 2016-09-22)
FOREIGN = "Title\n\nThe protesters marched to la Casa Rosada, said Smith, a Democrat."


def _actors(text: str) -> dict[str, list[str]]:
    (found,) = extract([Article(doc="t.txt", text=text)])
    return {a.id: [m.text for m in a.mentions] for a in found.actors}


def test_a_surname_with_its_particle_is_the_person_named_in_full() -> None:
    actors = _actors(DE_BLASIO)
    assert "blasio" not in actors
    assert actors["bill-de-blasio"].count("de Blasio") == 2
    (found,) = extract([Article(doc="t.txt", text=DE_BLASIO)])
    assert [q.speaker for q in found.quotes if q.content.text == "He insulted New York"] == [
        "bill-de-blasio"
    ]
    actors = _actors(BIN_LADEN)
    assert "laden" not in actors
    assert actors["osama-bin-laden"] == ["Osama bin Laden", "bin Laden"]


def test_a_particle_the_document_never_writes_before_a_given_name_stays_out() -> None:
    """ "la Casa Rosada": a phrase of another language, no surname's particle."""
    assert not any("la " in m for ms in _actors(FOREIGN).values() for m in ms)


VON_DER_LEYEN = (
    "EU leaders meet on tariffs\n\n"
    "European Commission President Ursula von der Leyen said the talks had failed. "
    "Von der Leyen added that Brussels would respond. “We are ready,” said von der Leyen."
)  # after PolNeAR train (Washington Post 2016-09-18) and the 2025 European copy
VAN_DER_PLAS = (
    "Dutch coalition falls\n\n"
    "BBB President Caroline van der Plas wrote on X that the coalition had failed. "
    "“Whoever stops now gives the country away,” Van der Plas said."
)  # after 647 (LBC)


def test_a_name_the_tagger_split_at_its_particles_is_one_person() -> None:
    """The tagger reads "Ursula von der" a person and "Leyen" a place, or "Caroline van" and
    "Plas" two persons: the name with its particles is one, and so is its surname alone."""
    actors = _actors(VON_DER_LEYEN)
    assert sorted(actors["ursula-von-der-leyen"]) == [
        "European Commission President Ursula von der Leyen",
        "Ursula von der Leyen",
        "Von der Leyen",
        "von der Leyen",
    ]
    assert not [a for a in actors if "leyen" in a and a != "ursula-von-der-leyen"]
    (found,) = extract([Article(doc="t.txt", text=VON_DER_LEYEN)])
    assert [q.speaker for q in found.quotes] == ["ursula-von-der-leyen"] * len(found.quotes)
    assert found.quotes
    actors = _actors(VAN_DER_PLAS)
    assert [a for a in actors if "plas" in a or "caroline" in a] == ["caroline-van-der-plas"]
    assert "Van der Plas" in actors["caroline-van-der-plas"]


def test_particles_after_a_word_that_is_no_given_name_make_no_person() -> None:
    """ "Cinco de Mayo", "Tour de France": no first name before the particle, no person."""
    text = "Title\n\nThe senator spoke at a Cinco de Mayo rally, said Ann Smith, a Democrat."
    (found,) = extract([Article(doc="t.txt", text=text)])
    assert not [a.id for a in found.actors if "mayo" in a.id and a.type == "person"]
