"""A nickname, an adjective before a person's name or given name ("Crooked Hillary", "Little
Marco", "Lyin’ Ted", "Low Energy Jeb", "Iron Mike Tyson"), is a mention of that person, not
a person of its own; a real name whose first word is a given name or a title is no nickname,
nor is a given name that two persons of the article share."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_adjective_and_given_name(nlp: Language) -> None:
    text = (
        "Donald Trump attacked Hillary Clinton and Marco Rubio on Tuesday. \"Crooked Hillary"
        " is a liar,\" Trump said. \"Little Marco is weak,\" he wrote."
    )
    found = mentions_by_actor(nlp, text, "2016-03-01")
    assert holders(found, "Crooked Hillary") == ["hillary-clinton"]
    assert holders(found, "Little Marco") == ["marco-rubio"]
    assert set(found) == {"donald-trump", "hillary-clinton", "marco-rubio"}


def test_adjective_and_full_name(nlp: Language) -> None:
    text = (
        "Hillary Clinton spoke in Ohio. \"Crooked Hillary Clinton is spending a fortune on ads"
        " against me,\" Donald Trump tweeted. The campaign invited Mike Tyson to"
        " the convention. Iron Mike Tyson was not asked to speak."
    )
    found = mentions_by_actor(nlp, text, "2016-04-18")
    assert holders(found, "Crooked Hillary Clinton") == ["hillary-clinton"]
    assert holders(found, "Iron Mike Tyson") == ["mike-tyson"]
    assert not any(a.startswith(("crooked", "iron")) for a in found)


def test_dropped_g_and_apostrophe(nlp: Language) -> None:
    text = (
        "Mr. Cruz attacked Donald Trump on Monday. \"I have watched Lyin’ Ted become more and"
        " more unhinged,\" Mr. Trump said. \"Ted Cruz does not have the temperament.\""
    )
    found = mentions_by_actor(nlp, text, "2016-05-03")
    assert holders(found, "Lyin’ Ted") == ["ted-cruz"]
    assert not any(a.startswith("lyin") for a in found)


def test_no_nickname_of_a_real_name_or_a_shared_given_name(nlp: Language) -> None:
    text = (
        "Paul Ryan met Paul Manafort. Senator Rand Paul left early, and Little Paul stayed."
        " Rich Lowry wrote about Lowry's party."
    )
    found = mentions_by_actor(nlp, text, "2016-05-03")
    assert holders(found, "Rand Paul") == ["rand-paul"]
    assert not {"paul-ryan", "paul-manafort"} & set(holders(found, "Little Paul"))
    assert holders(found, "Rich Lowry") == ["rich-lowry"]


def test_a_known_full_name_after_an_adjective_needs_no_earlier_mention(nlp: Language) -> None:
    """A quoted post names its targets by nickname before the article does, if ever: the
    knowledge base knows the name after the adjective; a name it does not know stays apart."""
    text = (
        "Trump lashed out on Sunday. \"Sleepy Joe Biden was a disaster, and Wacky Marjorie"
        " Taylor Greene has gone Far Left,\" he wrote. Sad Jim Smith replied."
    )
    found = mentions_by_actor(nlp, text, "2025-11-16")
    assert holders(found, "Sleepy Joe Biden") == ["joe-biden"]
    assert holders(found, "Wacky Marjorie Taylor Greene") == ["marjorie-taylor-greene"]
    assert not any(a.startswith(("sleepy", "wacky")) for a in found)
    assert holders(found, "Sad Jim Smith") == ["sad-jim-smith"]
    assert "he" in found["donald-trump"]  # the speaker, not the first man the post names


def test_a_known_given_name_after_an_adjective_needs_no_earlier_mention(nlp: Language) -> None:
    """"Crooked Hillary" in a quoted tweet of an article that never spells her name out is
    Hillary Clinton (her given name in the knowledge base); a surname or a name that is
    another person's given name after an adjective that is also a given name is not."""
    text = (
        'Trump wrote, "This will guarantee a Crooked Hillary win." Lee Epstein, a law'
        " professor, disagreed. Lee Harris agreed."
    )
    found = mentions_by_actor(nlp, text, "2016-05-06")
    assert holders(found, "Crooked Hillary") == ["hillary-clinton"]
    assert holders(found, "Lee Epstein") == ["lee-epstein"]
    assert holders(found, "Lee Harris") == ["lee-harris"]
