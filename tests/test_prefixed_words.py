"""Words of a bound prefix ("co-founder", "vice-president", "ex-wife") kept whole by the
tokenizer and read by the descriptors as a prefix and a head (riftmap.nlp.text.prefixes,
riftmap.kb.lexicon.Lexicon.unprefixed); surnames with a particle ("Le Pen") as the person the
full name introduced; state demonyms ("the Texan") as person nouns of that state. Texts are
written for the tests, after shapes of PolNeAR train."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.descriptors import from_phrase
from riftmap.nlp.actors.names import parse_name, same_person


def test_prefixed_person_nouns_are_one_token_and_others_are_split(nlp: Language) -> None:
    text = "The ex-Breitbart head and his co-hosts co-sponsored it."
    words = [t.text for t in nlp.make_doc(text)]
    assert "co-hosts" in words
    assert "ex-Breitbart" not in words  # a name after the prefix: the tagger's to read
    assert "co-sponsored" not in words  # no person noun
    assert [t.text for t in nlp.make_doc("the Vice-President's")][:2] == ["the", "Vice-President"]


def test_a_prefixed_description_is_one_mention_of_the_named_person(nlp: Language) -> None:
    text = (
        "Peter Thiel spoke at the convention on Thursday. Thiel was the co-founder of PayPal."
        " The co-founder said he would vote for Trump."
    )
    found = mentions_by_actor(nlp, text)
    assert "the co-founder of PayPal" in found["peter-thiel"]
    assert "The co-founder" in found["peter-thiel"]
    assert not any(m == "the co" for ms in found.values() for m in ms)


def test_the_prefix_is_a_word_of_its_own_in_a_descriptor() -> None:
    lex = lexicon()
    assert "vice-president" in lex.person_nouns and "ex-wife" in lex.person_nouns
    assert "ex-breitbart" not in lex.person_nouns
    assert lex.unprefixed("vice-president") == ("vice", "president")
    vice = from_phrase("the vice-president of the party")
    assert "vice" in vice.words and not vice.past
    assert from_phrase("his ex-wife").past
    # a vice-president is no president: the rank words differ
    assert vice.match(from_phrase("president of the party")) == 0.0


def test_a_surname_with_its_particle_is_the_person_named_in_full(nlp: Language) -> None:
    assert same_person(parse_name("Le Pen"), parse_name("Marine Le Pen"))
    assert parse_name("Van Susteren").surname == "van susteren"
    text = (
        "The endorsement came from Marine Le Pen, leader of the Front National."
        " Le Pen said she was pleased."
    )
    found = mentions_by_actor(nlp, text)
    assert "Le Pen" in found["marine-le-pen"]
    assert "le-pen" not in found


def test_a_state_demonym_is_a_person_of_that_state(nlp: Language) -> None:
    # PolNeAR train: "the Texan" for Cruz (2 articles), "the uber-white Vermonter Bernie
    # Sanders" (before: an actor "Vermonter Bernie Sanders" of its own)
    text = (
        "Ted Cruz and Marco Rubio debated on Thursday. Rubio attacked the Texan over"
        " immigration. The uber-white Vermonter Bernie Sanders stayed out of it."
    )
    found = mentions_by_actor(nlp, text)
    assert "the Texan" in found["ted-cruz"]
    assert "the Texan" not in found["marco-rubio"]
    assert "bernie-sanders" in found
    assert not any("vermonter" in actor for actor in found)
