"""Descriptions that PolNeAR train articles attach to names by apposition: the whole phrase
between its commas is the mention ("Jason Miller, senior communications adviser for Donald
Trump's campaign,"), as answer keys give it, and a relative clause or what follows the
closing comma is not."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language


def _owner_of(found: dict[str, list[str]], mention: str) -> list[str]:
    return [actor for actor, mentions in found.items() if mention in mentions]


def test_an_apposition_runs_to_its_closing_comma(nlp: Language) -> None:
    text = (
        "Jason Miller, senior communications adviser for Donald Trump's campaign, jumped on"
        " the remark on Thursday."
    )
    found = mentions_by_actor(nlp, text)
    phrase = "senior communications adviser for Donald Trump's campaign"
    assert _owner_of(found, phrase) == ["jason-miller"]
    assert "Donald Trump" in found["donald-trump"]  # the name inside keeps its own actor


def test_a_coordinated_description_is_one_mention(nlp: Language) -> None:
    # the whole is one mention, and each role in it a mention of the same person (keys cite
    # either: nlp/actors/phrases.conjunct_spans)
    text = "Anna Greenberg, a Democratic pollster and consultant, said the numbers were soft."
    found = mentions_by_actor(nlp, text)
    assert _owner_of(found, "a Democratic pollster and consultant") == ["anna-greenberg"]
    assert _owner_of(found, "a Democratic pollster") == ["anna-greenberg"]
    assert _owner_of(found, "consultant") == ["anna-greenberg"]
    assert "Democratic pollster and consultant" not in [m for ms in found.values() for m in ms]


def test_a_relative_clause_is_no_part_of_the_apposition(nlp: Language) -> None:
    text = (
        "Mark Jahangir, a Sanders supporter who has criticized Clinton, said he would stay"
        " home in November."
    )
    found = mentions_by_actor(nlp, text)
    assert _owner_of(found, "a Sanders supporter") == ["mark-jahangir"]
    assert not _owner_of(found, "a Sanders supporter who has criticized Clinton")


def test_a_participle_that_brings_in_another_person_ends_the_apposition(nlp: Language) -> None:
    text = (
        "Gov. Chris Christie of New Jersey, a Trump ally stung by his rejection in the hunt to"
        " be Mr. Trump's running mate, spoke on Tuesday."
    )
    found = mentions_by_actor(nlp, text)
    assert _owner_of(found, "a Trump ally") == ["chris-christie"]


def test_a_participle_about_a_place_stays_in_the_apposition(nlp: Language) -> None:
    text = "Roxana Leon, an independent voter raised in Chile, said she wanted change."
    found = mentions_by_actor(nlp, text)
    assert _owner_of(found, "an independent voter raised in Chile") == ["roxana-leon"]


def test_a_description_before_a_name_runs_to_its_comma(nlp: Language) -> None:
    text = (
        "Debbie Wasserman Schultz faces a challenge this year. Her primary challenger in"
        " Florida, Tim Canova, raised $1 million in May."
    )
    found = mentions_by_actor(nlp, text)
    assert _owner_of(found, "Her primary challenger in Florida") == ["tim-canova"]


def test_an_apposition_after_coordinated_names_describes_the_nearest(nlp: Language) -> None:
    # PolNeAR train: "former President Bill Clinton and Hillary Clinton, the presidential
    # candidate"; "Trump and Hillary Clinton, the likely Democratic nominee" (6 articles)
    text = (
        "She is the daughter of former President Bill Clinton and Hillary Clinton, the"
        " presidential candidate, and worked for NBC."
    )
    found = mentions_by_actor(nlp, text)
    assert "the presidential candidate" in found["hillary-clinton"]
    assert "the presidential candidate" not in found["bill-clinton"]
    plural = mentions_by_actor(nlp, "Donald Trump and Hillary Clinton, the two nominees, met.")
    assert "the two nominees" not in plural["hillary-clinton"]


def test_who_was_the_description_defines_the_name_before_it(nlp: Language) -> None:
    # PolNeAR train: "Axelrod, who was Obama's chief election strategist" (36 sentences of
    # "Name, who is/was the ..." in 33 articles); the description is the name's, and the
    # descriptor it gives finds "the strategist" later
    text = (
        "Mr. Axelrod, who was Obama's chief election strategist, disagreed. Carter and Eric"
        " Fanning, who was his chief of staff, left. The strategist said no."
    )
    found = mentions_by_actor(nlp, text)
    assert "Obama's chief election strategist" in found["david-axelrod"]
    assert "The strategist" in found["david-axelrod"]
    assert "his chief of staff" in found["eric-fanning"]


def test_a_noun_of_a_titled_name_is_no_title_of_it(nlp: Language) -> None:
    # PolNeAR train: "endorsement of Sen. Lindsey Graham", "criticism of Mr. Cruz", "a close
    # friend of Mrs. Clinton" were mentions of the named (60 of 104 articles with "<noun> of
    # <honorific> <Name>"); a title with "of" of its own stays one
    text = (
        "Melanne Verveer, a close friend of Mrs. Clinton's who was her White House chief of"
        " staff, said no. Secretary of State John Kerry welcomed the endorsement of Sen."
        " Lindsey Graham."
    )
    found = mentions_by_actor(nlp, text)
    assert not any("friend" in m for m in found["hillary-clinton"])
    assert "her White House chief of staff" in found["melanne-verveer"]
    assert "Secretary of State John Kerry" in found["john-kerry"]
    assert "Sen. Lindsey Graham" in found["lindsey-graham"]
    assert not any("endorsement" in m for m in found["lindsey-graham"])


def test_a_noun_before_mr_or_before_of_is_no_title(nlp: Language) -> None:
    # PolNeAR train: "the statement Mr. Trump issued", "the vile bigotry of Republican
    # presidential front-runner Donald Trump" were mentions of Trump (15 in 13 of 150
    # sampled articles); "NBA Hall of Fame player Charles Barkley" is a title
    text = (
        "Kellyanne Conway read the statement Mr. Trump issued. Clinton decried the vile bigotry"
        " of Republican presidential front-runner Donald Trump. NBA Hall of Fame player Charles"
        " Barkley laughed."
    )
    found = mentions_by_actor(nlp, text)
    assert not any("statement" in m or "bigotry" in m for m in found["donald-trump"])
    assert "Republican presidential front-runner Donald Trump" in found["donald-trump"]
    assert "NBA Hall of Fame player Charles Barkley" in found["charles-barkley"]


def test_an_apposition_to_an_epithet_is_its_actor(nlp: Language) -> None:
    """The epithet is resolved after the names' appositions are read; its own apposition is
    a mention of the same person, but a description of an organisation hung on a person's
    title is not the person's."""
    text = (
        "Hillary Clinton has chosen Tim Kaine as her running mate, a man who shifted his"
        " views. The former secretary of state, a lawyer to her core, excels at debate."
        " Farhana Khera, executive director of Muslim Advocates, a legal advocacy"
        " organization, spoke."
    )
    found = mentions_by_actor(nlp, text, "2016-08-01")
    assert _owner_of(found, "a man") == ["tim-kaine"]
    assert _owner_of(found, "a lawyer to her core") == ["hillary-clinton"]
    assert _owner_of(found, "a legal advocacy organization") == []
