"""Who a possessive pronoun and a possessed or predicated description name: a possessive
prefers its clause's subject, a possessive "her" the tagger took for an object pronoun is
still possessive, and a predicate after a participle describes the clause's subject."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_possessive_her_tagged_as_an_object_is_still_her(nlp: Language) -> None:
    text = (
        "Hillary Clinton admonished Donald Trump on Thursday for claiming she and President"
        " Barack Obama were the founders of the Islamic State group.\n\n“No, Barack Obama is"
        " not the founder of ISIS,” Clinton tweeted as she accused her 2016 election rival of"
        " a “smear” against the president."
    )
    found = mentions_by_actor(nlp, text, "2016-08-12")
    assert holders(found, "her 2016 election rival") == ["donald-trump"]
    assert "her" in found["hillary-clinton"]


def test_a_participle_predicate_describes_the_clause_subject(nlp: Language) -> None:
    text = (
        "Barack Obama called on Republicans to disown Donald Trump.\n\n"
        "Congressman Richard Hanna went one step further, becoming the first Republican"
        " lawmaker to say he will vote for Hillary Clinton."
    )
    found = mentions_by_actor(nlp, text, "2016-08-02")
    assert holders(found, "the first Republican lawmaker") == ["richard-hanna"]


def test_a_conditional_without_a_subject_describes_no_one(nlp: Language) -> None:
    text = (
        "Earlier this week, Hillary Clinton conceded the situation in Libya is “deeply"
        " regrettable.”\n\n“If there had not been that intervention” by the United States,"
        " NATO and other world partners, Clinton said at a Fox News town hall on Monday, “we"
        " would be looking at something resembling much more what we see in Syria now.”"
    )
    found = mentions_by_actor(nlp, text, "2016-03-10")
    assert "that intervention" not in found.get("hillary-clinton", [])


def test_a_possessive_prefers_the_subject_of_its_clause(nlp: Language) -> None:
    # PolNeAR train: a more recent or more salient name took the possessive
    text = (
        "But Ryan's comments could fuel Trump’s nagging concern that he cannot trust the party"
        " brass or Priebus' assertion Tuesday night that the party recognizes him as the"
        " presumptive nominee.\n\nAdding to the campaign's continued wariness is an"
        " understanding that Cruz, after suspending his campaign Tuesday night, has laid off his"
        " staff."
    )
    found = mentions_by_actor(nlp, text, "2016-05-05")
    assert found["ted-cruz"].count("his") == 2
    assert "his" not in found["donald-trump"]
    text = (
        "Roger Ailes, the former chairman of Fox News, also met with Mr. Trump that day, and he"
        " will be part of efforts to prepare Mr. Trump in his debate against Mrs. Clinton."
        "\n\nMr. Manafort had also come under increasing scrutiny over his ties to Ukraine."
    )
    found = mentions_by_actor(nlp, text, "2016-08-18")
    assert "his" in found["paul-manafort"]


def test_a_title_with_a_possessive_pronoun_is_a_description_too(nlp: Language) -> None:
    text = (
        "NEW YORK — Donald Trump sought to regain control of his campaign narrative Wednesday by"
        " turning attention onto his likely general election opponent Hillary Clinton. Joe Biden"
        " said his son Beau had urged him to run."
    )
    found = mentions_by_actor(nlp, text, "2016-06-22")
    assert holders(found, "his likely general election opponent") == ["hillary-clinton"]
    assert holders(found, "his son") == ["beau-biden"]
    # the pronoun itself stays its possessor's
    assert found["donald-trump"].count("his") == 2
    assert "his" in found["joe-biden"]


def test_a_possessive_joined_to_a_name_by_and_is_that_persons(nlp: Language) -> None:
    """ "X and his Y" names X's own (PolNeAR train: "Reince Priebus and his allies", "Sanders's
    followers and his campaign"), whoever the clause's subject or the last topic is."""
    text = (
        "Senator John Smith spoke on Monday.\n\nDirector Tulsi Gabbard accused Barack Obama and"
        " his national security team of a coup."
    )
    found = mentions_by_actor(nlp, text, "2025-07-25")
    assert "his" in found["barack-obama"]
    assert "his" not in found.get("john-smith", set())
