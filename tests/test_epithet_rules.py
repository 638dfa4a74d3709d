"""Epithets of the 2016 campaign that the development set showed resolved wrongly or not at
all: relations to someone ("his rival", "his opponent"), hyphenated heads ("the Democratic
front-runner") and appositions that name no person ("a one-two attack")."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language


def test_a_rival_learned_with_another_possessor_is_not_his_rival(nlp: Language) -> None:
    # devset 030: "Clinton's former rival" is Sanders; Trump's "Democratic rival" is Clinton
    text = (
        'Donald Trump has a new, derisive nickname for his Democratic rival: Hillary "Rotten"'
        " Clinton.\n\nSupporters of Clinton's former rival Bernie Sanders booed on Monday."
    )
    found = mentions_by_actor(nlp, text)
    assert "his Democratic rival" in found["hillary-clinton"]
    assert "his Democratic rival" not in found["bernie-sanders"]


def test_a_rival_without_a_possessor_still_matches_what_was_learned(nlp: Language) -> None:
    text = (
        "Bernie Sanders, Clinton's former rival, spoke on Monday in Philadelphia.\n\n"
        "The former rival urged his supporters to vote."
    )
    assert "The former rival" in mentions_by_actor(nlp, text)["bernie-sanders"]


def test_his_opponent_is_the_other_candidate(nlp: Language) -> None:
    # devset 032
    text = (
        "Hillary Clinton is four points ahead in the polls.\n\n"
        "Mr Trump revived his claims that his opponent has been reckless with state secrets."
    )
    found = mentions_by_actor(nlp, text)
    assert "his opponent" in found["hillary-clinton"]
    assert "his opponent" not in found["donald-trump"]


def test_a_hyphenated_head_matches_the_known_descriptor(nlp: Language) -> None:
    # devset 031: the tokenizer splits "front-runner"; the knowledge base knows Clinton as the
    # "Democratic front-runner", whoever is more salient
    text = (
        "Donald Trump suggested on Wednesday that he intended to wage a campaign against both"
        " Hillary Clinton and former President Bill Clinton, a one-two attack that drew"
        " cheers.\n\nTrump laid out a narrative of alleged mistakes by the Democratic"
        " front-runner and the former president."
    )
    found = mentions_by_actor(nlp, text)
    assert "the Democratic front-runner" in found["hillary-clinton"]
    assert "the former president" in found["bill-clinton"]
    # an apposition headed by no person noun says nothing of the person
    assert "a one-two attack" not in found["bill-clinton"]


def test_an_apposition_headed_by_a_person_noun_still_defines(nlp: Language) -> None:
    # devset 006
    text = "Sen. John Cornyn, a member of party leadership, said he disagreed."
    assert "a member of party leadership" in mentions_by_actor(nlp, text)["john-cornyn"]


def test_a_headline_drops_the_article_of_an_epithet(nlp: Language) -> None:
    # devset 013: "Philippine leader" in the headline is the Philippine president of the text
    text = (
        "Obama cancels meeting with Philippine leader after insult\n\n"
        "US President Barack Obama has canceled a meeting with Philippine President Rodrigo"
        " Duterte."
    )
    found = mentions_by_actor(nlp, text)
    assert "Philippine leader" in found["rodrigo-duterte"]
    # an indefinite one in a headline still names no one
    text = (
        "Obama to meet a Philippine leader in Laos\n\n"
        "US President Barack Obama has a meeting with Philippine President Rodrigo Duterte."
    )
    assert "a Philippine leader" not in mentions_by_actor(nlp, text)["rodrigo-duterte"]


def test_a_running_mate_is_the_possessors(nlp: Language) -> None:
    # devset 030: "running mate" is headed by "mate"
    text = (
        "The event was held in the home state of Clinton's new running mate, Sen. Tim Kaine."
    )
    assert "Clinton's new running mate" in mentions_by_actor(nlp, text)["tim-kaine"]


def test_the_front_runner_of_the_primaries(nlp: Language) -> None:
    # devset 014: the knowledge base knows Trump as the Republican (GOP) front-runner
    text = (
        "Florida Senator Marco Rubio and Texas Senator Ted Cruz looked to curb the momentum"
        " of Donald Trump.\n\nRubio said the front-runner had hired illegal workers. The GOP"
        " front-runner denied it."
    )
    found = mentions_by_actor(nlp, text)
    assert {"the front-runner", "The GOP front-runner"} <= set(found["donald-trump"])
