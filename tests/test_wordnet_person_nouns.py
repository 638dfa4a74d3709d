"""Person nouns from WordNet: a description headed by any noun that denotes a person is a
mention ("a retiree", "the California yoga instructor"), but only the nouns news calls the
people it covers by may fall back to the most salient person; and a relative pronoun that
speaks is named by the noun it stands for."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language

from riftmap.kb.lexicon import lexicon


def test_wordnet_person_nouns_are_person_nouns_and_things_are_not() -> None:
    nouns = lexicon().person_nouns
    for word in ("retiree", "neurosurgeon", "colleague", "narrator", "politician", "liar"):
        assert word in nouns
    # senses that are mostly things, or words news uses as adjectives, stay out
    for word in ("server", "driver", "national", "senior", "independent", "more"):
        assert word not in nouns
    # the lexicon's own nouns stay, though WordNet files them elsewhere
    for word in ("ally", "star", "head", "anchor"):
        assert word in nouns


def test_news_person_nouns_are_the_lexicons_own() -> None:
    lex = lexicon()
    assert "senator" in lex.news_person_nouns and "billionaire" in lex.news_person_nouns
    assert "perpetrator" in lex.person_nouns
    assert "perpetrator" not in lex.news_person_nouns
    assert lex.news_person_nouns <= lex.person_nouns


def test_an_apposition_headed_by_a_wordnet_noun_is_a_mention(nlp: Language) -> None:
    text = (
        '"We are a low-key small town," said Dennis Gaskin, a retiree who worked at the'
        " Tropicana plant here. Trump blasted Tarla Makaeff, the California yoga instructor,"
        " during a rally."
    )
    found = mentions_by_actor(nlp, text, "2016-06-14")
    assert holders(found, "a retiree") == ["dennis-gaskin"]
    assert holders(found, "the California yoga instructor") == ["tarla-makaeff"]


def test_a_rare_person_noun_is_not_the_salient_person(nlp: Language) -> None:
    text = (
        "Donald Trump spoke about the Bastille Day attack in Nice on Monday. Prosecutors have"
        " determined the perpetrator did not act alone."
    )
    found = mentions_by_actor(nlp, text, "2016-07-23")
    assert "the perpetrator" not in found["donald-trump"]


def test_a_news_person_noun_still_falls_back_to_the_salient_person(nlp: Language) -> None:
    text = "Donald Trump spoke in Ohio on Monday. The billionaire said he would win."
    found = mentions_by_actor(nlp, text, "2016-07-23")
    assert holders(found, "The billionaire") == ["donald-trump"]


def test_a_relative_pronoun_source_is_named_by_its_antecedent(nlp: Language) -> None:
    text = (
        "But as a former Census-taker who has written about Census controversies, I know the rules."
    )
    found = mentions_by_actor(nlp, text, "2015-11-24")
    assert "who" not in found
    assert all(m.lower() not in {"who", "that", "which"} for ms in found.values() for m in ms)
    assert holders(found, "a former Census-taker") == ["former-census-taker"]


def test_appositive_nouns_are_mostly_people_but_not_only() -> None:
    lex = lexicon()
    for word in ("cook", "fellow", "pilot", "muslim"):
        assert word in lex.appositive_nouns and word not in lex.person_nouns
    # WordNet's named individuals are in neither list
    for word in ("lincoln", "cummings"):
        assert word not in lex.appositive_nouns and word not in lex.person_nouns
    # a noun mostly of things is not a person even beside a name
    for word in ("attack", "plan", "party"):
        assert word not in lex.appositive_nouns


def test_an_appositive_noun_beside_a_name_is_a_mention(nlp: Language) -> None:
    text = (
        "Mayra Gonzalez, a cook at the Taj, said it was important for Clinton to win."
        " Russell Wheeler, a visiting fellow at the Brookings Institution, said Trump could"
        " file a complaint."
    )
    found = mentions_by_actor(nlp, text, "2016-07-06")
    assert holders(found, "a cook at the Taj") == ["mayra-gonzalez"]
    assert holders(found, "a visiting fellow at the Brookings Institution") == ["russell-wheeler"]


def test_an_appositive_noun_alone_is_no_mention(nlp: Language) -> None:
    text = "Donald Trump spoke in Atlantic City on Monday. The cook said lunch was late."
    found = mentions_by_actor(nlp, text, "2016-07-06")
    assert all("The cook" not in ms for ms in found.values())
