""" "The state" is the state of the Union named just before it, as "the country" is the
country; a surname that two persons of one article share is the one the article names most
(its subject), not the relative it names once in full; "the real estate developer" is a
person's description; states that share a word ("North Carolina", "South Carolina") are
two places."""

from __future__ import annotations

from pathlib import Path

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_the_state_is_the_state_named_before(nlp: Language) -> None:
    text = (
        "A federal judge blocked a law Mississippi passed in April. Governor Phil Bryant said"
        " the state would appeal."
    )
    found = mentions_by_actor(nlp, text, "2016-07-02")
    assert found["mississippi"] == ["Mississippi", "the state"]
    text = "By winning the primary in Ohio, John Kasich picked up all of the state's delegates."
    found = mentions_by_actor(nlp, text, "2016-03-15")
    assert found["ohio"] == ["Ohio", "the state"]


def test_no_state_when_none_was_named_or_it_is_another(nlp: Language) -> None:
    text = (
        "Governor Phil Bryant said the state would appeal. Texas sued, and the other state"
        " joined. The state of the economy worried Donald Trump."
    )
    found = mentions_by_actor(nlp, text, "2016-07-02")
    assert holders(found, "the state") == []
    assert holders(found, "the other state") == []
    assert found.get("texas") == ["Texas"]


def test_a_shared_surname_is_the_subject_not_the_relative_named_once(nlp: Language) -> None:
    text = (
        "Marcel Lehel Lazar, a Romanian hacker, was sentenced on Thursday. Lazar broke into"
        " dozens of accounts. Lazar said he was sorry. His wife, Gabriela Violeta Lazar, wrote"
        " a letter to the court. A high school graduate, Lazar had no formal training."
    )
    found = mentions_by_actor(nlp, text, "2016-09-03")
    assert found["marcel-lehel-lazar"].count("Lazar") == 3
    assert found["gabriela-violeta-lazar"] == ["His wife", "Gabriela Violeta Lazar"]


def test_the_real_estate_developer(nlp: Language) -> None:
    text = (
        "Donald Trump said the plan would fail. Elizabeth Warren roused the crowd with"
        " criticism of the real estate developer."
    )
    found = mentions_by_actor(nlp, text, "2016-06-28")
    assert "the real estate developer" in found["donald-trump"]


def test_states_that_share_a_word_stay_apart(nlp: Language) -> None:
    text = (
        "Trump won South Carolina on Saturday. Leaders in North Carolina said the law was"
        " fair. West Virginia and Virginia voted too."
    )
    found = mentions_by_actor(nlp, text, "2016-09-07")
    assert found["south-carolina"] == ["South Carolina"]
    assert found["north-carolina"] == ["North Carolina"]
    assert found["west-virginia"] == ["West Virginia"]
    assert found["virginia"] == ["Virginia"]


WIVES = (
    Path(__file__).parents[1]
    / "eval/devset/texts/210_japantimes_trump_cruz_wives_spill_the_beans.txt"
)


def test_a_relative_named_in_quoted_words_does_not_take_the_bare_surname(
    nlp: Language,
) -> None:
    """A name in someone's quoted words ("a picture Melania", "attack Heidi") does not make
    its bearer the one named last for the narrative's bare surname ("Trump tweeted", "Cruz
    telling CNN"); and a bare surname the tagger missed is resolved at its place like any
    other (development set 210, The Japan Times)."""
    text = WIVES.read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    doc._.published = "2016-03-23"
    doc = nlp(doc)
    owner = {(m.start, m.end): a.id for a in doc._.actors for m in a.mentions}
    for words, surname, bearer in [
        ("shoot,” Trump tweeted", "Trump", "donald-trump"),
        ("Trump later deleted", "Trump", "donald-trump"),
        ("with Cruz telling", "Cruz", "ted-cruz"),
    ]:
        start = text.index(words) + words.index(surname)
        assert owner.get((start, start + len(surname))) == bearer, words
