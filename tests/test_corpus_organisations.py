"""An organisation of other articles is brought into an article by an epithet only when it
carries the name the epithet gives: "the Trump campaign" is not an organisation another
article's headline made ("The Unhappy Campaign Of Paul Manafort") because that one took
"the Trump campaign" there; a person is still found by what describes them ("the Tesla CEO")."""

from __future__ import annotations

from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def campaign_holders(nlp: Language, articles: list[Article]) -> list[set[str]]:
    return [
        {a.id for a in ex.actors if any("ampaign" in m.text for m in a.mentions)}
        for ex in extract(articles, nlp)
    ]


def test_an_organisation_of_another_article_must_carry_the_name(nlp: Language) -> None:
    first = Article(
        doc="a.txt",
        text="The Unhappy Campaign Of Paul Manafort\n\nPaul Manafort ran Donald Trump's campaign "
        "for months. The Trump campaign said on Monday that it had hired him in March.",
        published="2016-08-17",
    )
    second = Article(
        doc="b.txt",
        text="Trump hits the road\n\nThe Trump campaign announced a new ad on Tuesday in Ohio, "
        "and Donald Trump spoke in Akron.",
        published="2016-08-20",
    )
    _, found = campaign_holders(nlp, [first, second])
    assert found == {"trump-campaign"}


def test_a_partys_conference_is_not_its_convention(nlp: Language) -> None:
    """ "the GOP conference" (House Republicans, devset 346) is not "the national GOP
    convention" another article named (237): a chamber's caucus is no nominating
    convention, though either may be called a gathering."""
    first = Article(
        doc="a.txt",
        text="Mitt Romney said he won't attend the national GOP convention in Cleveland, where "
        "Trump will be nominated.",
        published="2016-05-06",
    )
    second = Article(
        doc="b.txt",
        text="Cracks inside the GOP conference were stark this week as members accused the "
        "speaker of lying.",
        published="2016-05-09",
    )
    _, ex = extract([first, second], nlp)
    holders = {a.id for a in ex.actors if any("conference" in m.text for m in a.mentions)}
    assert holders == {"gop-conference"}
