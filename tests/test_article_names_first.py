"""What the article itself names comes before what the knowledge base says a word names: a
bare surname of a person the article named in full, which the knowledge base gives an
organisation ("Fox", "Bloomberg"; ``entities._bearer``), and the party an office epithet
names, which rules out the other party's holders of that office (``epithets.role_holders``).
Sentences from the development set (235, 241) and PolNeAR train (a USA Today article on
Michael Bloomberg)."""

from __future__ import annotations

from spacy.language import Language

from riftmap.api import extract
from riftmap.kb.loader import default_kb
from riftmap.models import Article, Extraction
from riftmap.nlp.actors.descriptors import from_phrase
from riftmap.nlp.actors.entities import Entity, _bearer
from riftmap.nlp.actors.epithets import role_holders
from riftmap.nlp.actors.names import parse_name

FOX = (
    "Fox states clearly his stand on Trump’s wall\n\n"
    "Former president Vicente Fox has jumped into the fray over Donald Trump’s border wall, "
    "making it clear in an interview with Univision where he stands on the issue.\n\n"
    "“I’m not going to pay for that fucking wall,” said Fox, suggesting that Trump had the "
    "money and should pay for it himself.\n\n"
    "Former president Fox said in the interview with news show anchor Jorge Ramos that he was "
    "troubled by the support Trump picked up in Nevada."
)  # 235 (Mexico News Daily)
BLOOMBERG = (
    "Bleak outlook for Bloomberg independent run\n\n"
    "It was less than three years ago that Michael Bloomberg, who's thinking about running for "
    'president, said it was "impossible" for him or any independent candidate to reach the '
    "White House.\n\n"
    '"I am 100% convinced that you cannot win an election unless you are the nominee of one of '
    'the two major parties," Bloomberg told New York magazine in 2013.'
)  # PolNeAR train, USA Today 2016-02-18
JOHNSON = (
    "Johnson calls Bad Bunny pick a terrible decision\n\n"
    "House Speaker Mike Johnson has criticised the NFL’s choice of Bad Bunny for the Super Bowl "
    "halftime show.\n\n"
    "The Republican leader suggested that country singer Lee Greenwood would be a more "
    "suitable performer."
)  # 241 (The Express Tribune)


def _one(nlp: Language, text: str, published: str) -> Extraction:
    (extraction,) = extract([Article(doc="d", text=text, published=published)], nlp)
    return extraction


def _owner(extraction: Extraction, surface: str, after: int = 0) -> set[str]:
    return {
        a.id
        for a in extraction.actors
        if any(m.text == surface and m.start >= after for m in a.mentions)
    }


def test_a_bare_surname_is_the_person_the_article_named_not_a_known_outlet(
    nlp: Language,
) -> None:
    fox = _one(nlp, FOX, "2016-02-26")
    # the title's "Fox", read before the body names him, is still taken for the network
    assert _owner(fox, "Fox", after=FOX.index("\n")) == {"vicente-fox"}
    assert {q.speaker for q in fox.quotes if q.source and "Fox" in q.source.text} == {"vicente-fox"}
    bloomberg = _one(nlp, BLOOMBERG, "2016-02-18")
    assert [q.speaker for q in bloomberg.quotes if q.cue and q.cue.text == "told"] == [
        "michael-bloomberg"
    ]


def test_a_name_the_tagger_made_of_an_organisation_does_not_take_its_name() -> None:
    """A person entity must be known or have a listed given name to take a word the knowledge
    base gives an organisation ("Wilayat Twitter", PolNeAR train, is a pro-IS account)."""
    made = Entity(0, "person")
    made.person = parse_name("Wilayat Twitter")
    named = Entity(1, "person")
    named.person = parse_name("Michael Bloomberg")
    assert not _bearer(made, "PERSON")
    assert _bearer(named, "PERSON")
    assert not _bearer(named, "GPE")


def test_a_party_epithet_names_no_holder_of_the_other_party(nlp: Language) -> None:
    johnson = _one(nlp, JOHNSON, "2025-09-30")
    assert _owner(johnson, "The Republican leader") == {"mike-johnson"}
    assert "hakeem-jeffries" not in {a.id for a in johnson.actors}
    kb = default_kb()
    epithet = from_phrase("the House Republican leader")
    now = ("2025-09-30", "2025-09-30")
    then = ("2020-06-01", "2020-06-01")
    assert role_holders(epithet, kb, now) == []  # Jeffries, a Democrat, holds the title
    assert [a.id for a in role_holders(epithet, kb, then)] == ["kevin-mccarthy"]
    plain = from_phrase("the House minority leader")
    assert [a.id for a in role_holders(plain, kb, now)] == ["hakeem-jeffries"]
