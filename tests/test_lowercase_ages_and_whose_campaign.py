"""Descriptions that real copy wraps around a name: a tagger "entity" in lower case ("secretary
of state") or the department of a title ("Secretary of State") is no actor, an age ("the
68-year-old") does not stop a description from fitting nor names an actor of its own, the
knowledge base knows some actors by their kind or a standing epithet, a deck under the title
is read as headline, and a campaign said to be one person's is not the campaign of another
named before it."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_lower_case_entity_is_no_actor_and_the_description_is_kept(nlp: Language) -> None:
    text = (
        "Hillary Clinton answered him on Monday in Ohio.\n\n"
        "The former secretary of state said little about the emails."
    )
    found = mentions_by_actor(nlp, text, "2016-06-01")
    assert "state" not in found
    assert holders(found, "The former secretary of state") == ["hillary-clinton"]


def test_an_age_does_not_stop_a_description_from_fitting(nlp: Language) -> None:
    text = (
        "Hillary Clinton answered him on Monday in Ohio.\n\n"
        "The 68-year-old former secretary of state said little.\n\n"
        "Bernie Sanders spoke in Detroit. The 74-year-old Vermont senator said he would stay"
        " in the race."
    )
    found = mentions_by_actor(nlp, text, "2016-06-01")
    assert holders(found, "The 68-year-old former secretary of state") == ["hillary-clinton"]
    assert holders(found, "The 74-year-old Vermont senator") == ["bernie-sanders"]
    assert not any(a.startswith("68") or a.startswith("74") for a in found)


def test_an_age_alone_names_the_person_of_that_age_and_no_actor_of_its_own(
    nlp: Language,
) -> None:
    """Bernie Sanders was 74 in June 2016 (the knowledge base's date of birth); see
    tests/test_ages.py for ages the article states and ages that rule a person out."""
    text = "Bernie Sanders spoke in Detroit. The 74-year-old said he would stay in the race."
    found = mentions_by_actor(nlp, text, "2016-06-01")
    assert holders(found, "The 74-year-old") == ["bernie-sanders"]
    assert not any(a.startswith("74") for a in found)


def test_the_islamic_state_is_known_by_its_kind(nlp: Language) -> None:
    text = (
        "ISIS claimed responsibility for the attack on Sunday.\n\n"
        "Officials said the terrorist group had urged followers to strike."
    )
    found = mentions_by_actor(nlp, text, "2016-07-15")
    assert holders(found, "the terrorist group") == ["islamic-state"]


def test_a_campaign_of_one_person_is_not_another_ones(nlp: Language) -> None:
    text = (
        "The Jeb Bush campaign is releasing a new online ad aimed at John Kasich.\n\n"
        "The American Legion has asked the campaign of Democratic presidential candidate"
        " Bernie Sanders to stop using its emblem.\n\n"
        "Marco Rubio dismissed critique of his performance, saying his campaign was strong."
    )
    found = mentions_by_actor(nlp, text, "2016-02-08")
    bush = found["jeb-bush-campaign"]
    assert bush == ["The Jeb Bush campaign"]
    assert "his campaign" not in bush


def test_the_department_of_a_title_is_no_actor(nlp: Language) -> None:
    text = (
        "Secretary of State John Kerry met the Chinese delegation on Monday.\n\n"
        "Indra Nooyi, the chief executive of PepsiCo, joined them."
    )
    found = mentions_by_actor(nlp, text, "2016-06-07")
    assert not [a for a, ms in found.items() if "State" in ms]
    assert holders(found, "PepsiCo") == ["pepsico"]


def test_a_deck_below_the_title_is_read_as_a_headline(nlp: Language) -> None:
    text = (
        "Via legislative side doors, Sanders made some gains;\n"
        "Senator presses agenda through small provisions to larger bills.\n\n"
        "Bernie Sanders has been pushing the same agenda since he was a mayor."
    )
    found = mentions_by_actor(nlp, text, "2016-03-16")
    assert holders(found, "Senator") == ["bernie-sanders"]
    body = "Senator presses agenda.\n\nBernie Sanders spoke. Senator presses on, aides said."
    found = mentions_by_actor(nlp, "Sanders made gains\n" + body, "2016-03-16")
    assert found["bernie-sanders"].count("Senator") == 1  # the body's bare noun is not


def test_a_deck_printed_as_a_paragraph_of_its_own_is_read_as_a_headline(nlp: Language) -> None:
    """ "GOP senator says she is 'dismayed' by presidential nominee" under the title (devset
    400; 096, 341 and 169 print decks so): one short line without a full stop is as
    telegraphic as the title, so its bare descriptions are definite; a first paragraph that
    ends a sentence is body text, whose bare nouns are not."""
    text = (
        "Maine Sen. Collins not voting for Trump\n\n"
        "GOP senator says she is 'dismayed' by presidential nominee\n\n"
        "Sen. Susan Collins of Maine says she will not vote for Donald Trump."
    )
    found = mentions_by_actor(nlp, text, "2016-08-09")
    deck = [holders(found, words) for words in ("GOP senator", "presidential nominee")]
    assert deck == [["susan-collins"], ["donald-trump"]]
    text = (
        "Collins not voting for Trump\n\nSenator presses on, aides said.\n\n"
        "Sen. Susan Collins of Maine says she will not vote for Donald Trump."
    )
    assert not holders(mentions_by_actor(nlp, text, "2016-08-09"), "Senator")


def test_a_headlines_role_given_is_no_holder_named(nlp: Language) -> None:
    """ "… if he is elected president" in a headline (devset 390; 057's "backs her as
    nominee", 150's "as pope", PolNeAR dev's "unfit to be president"): a bare noun that says
    what someone is or becomes names no holder of the office."""
    text = (
        "Trump says the prince cannot control him if he is elected president\n\n"
        "Donald Trump spoke on Saturday, a day after President Barack Obama spoke."
    )
    assert not holders(mentions_by_actor(nlp, text, "2015-12-12"), "president")


def test_the_first_black_president_is_obama(nlp: Language) -> None:
    text = (
        "Barack Obama spoke on Friday. The judge, Paloma Wu, ruled against the law.\n\n"
        "It was signed under the nation's first black president, she wrote."
    )
    found = mentions_by_actor(nlp, text, "2016-07-02")
    assert holders(found, "the nation's first black president") == ["barack-obama"]
