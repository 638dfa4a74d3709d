"""Roles resolved by the article's date, chamber party groups, capitals standing for their
governments and headline attributions (issue 10), one rule per test on short made-up
sentences. Dated roles use the shipped knowledge base: its terms are the point."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_actors import actor_of, run, same_actor

from riftmap.nlp.attribution.features import doc_facts
from riftmap.nlp.attribution.headlines import colon_headline


def _id(nlp: Language, text: str, date: str | None, surface: str) -> str | None:
    actor = actor_of(run(nlp, text, date), surface)
    return actor.id if actor else None


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2016-09-06", "joe-biden"), ("2020-04-05", "mike-pence"), ("2025-03-01", "jd-vance")],
)
def test_vice_president_is_the_holder_at_the_date(
    nlp: Language, date: str, expected: str
) -> None:
    text = "The president spoke on Monday. The vice president stayed home, aides said."
    assert _id(nlp, text, date, "The vice president") == expected
    assert _id(nlp, text, date, "The president") != expected  # another office, another holder


def test_the_president_differs_between_2016_and_2025(nlp: Language) -> None:
    text = "The president said the bill would pass, and the speaker agreed."
    assert _id(nlp, text, "2016-06-01", "The president") == "barack-obama"
    assert _id(nlp, text, "2025-06-01", "The president") == "donald-trump"
    assert _id(nlp, text, "2016-06-01", "the speaker") == "paul-ryan"
    assert _id(nlp, text, "2025-06-01", "the speaker") == "mike-johnson"


def test_campaign_roles_of_2016(nlp: Language) -> None:
    doc = run(
        nlp,
        "The Republican nominee attacked the former secretary of state on Monday. The senator "
        "from Vermont said nothing.",
        "2016-09-20",
    )
    assert actor_of(doc, "The Republican nominee").id == "donald-trump"  # type: ignore[union-attr]
    assert actor_of(doc, "the former secretary of state").id == "hillary-clinton"  # type: ignore[union-attr]
    assert actor_of(doc, "The senator from Vermont").id == "bernie-sanders"  # type: ignore[union-attr]


def test_what_a_subject_becomes_is_that_subject(nlp: Language) -> None:
    """Two Republicans fit "the Republican nominee" before anyone was nominated; the subject
    the description is predicated of is the one it names, though subjects above an epithet
    are otherwise passed over."""
    text = (
        "Donald Trump spoke to union members. Mr. Trump has drawn voters who once backed Ron"
        " Paul. Experts said that will not help him if he becomes the Republican nominee."
    )
    assert _id(nlp, text, "2016-01-30", "the Republican nominee") == "donald-trump"


def test_a_lower_rank_never_falls_back_to_the_salient_holder_of_another(nlp: Language) -> None:
    """Undated, "the vice president" is not the president the article titles."""
    doc = run(nlp, "President Tomas Reyes spoke on Monday. The vice president stayed home.")
    assert actor_of(doc, "The vice president") is None or not same_actor(
        doc, "President Tomas Reyes", "The vice president"
    )


def test_undated_article_is_placed_by_its_own_titles(nlp: Language) -> None:
    """President Obama and Speaker Ryan held office together in 2015-2017 only: "the vice
    president" is the vice president of that time."""
    doc = run(
        nlp,
        "President Barack Obama met Speaker Paul Ryan on Monday. The vice president stayed home.",
    )
    assert actor_of(doc, "The vice president").id == "joe-biden"  # type: ignore[union-attr]


def test_an_address_inside_a_quotation_is_no_apposition(nlp: Language) -> None:
    doc = run(
        nlp,
        "President Tomas Reyes spoke first.\n\n"
        '"That was a good speech, Mr. President," Representative Ada Brandt told Reyes. '
        "The president thanked her.",
    )
    brandt = actor_of(doc, "Representative Ada Brandt")
    assert brandt is not None and actor_of(doc, "Mr. President") is not brandt
    assert actor_of(doc, "The president") != brandt


def test_chamber_party_groups_are_actors_of_their_own(nlp: Language) -> None:
    doc = run(
        nlp,
        "Senate Republicans urged Tomas Reyes to drop the plan. House Democrats said the plan was "
        "fair. Republicans in the Senate met again on Friday, and congressional Republicans "
        "stayed silent.",
    )
    assert actor_of(doc, "Senate Republicans").id == "senate-republicans"  # type: ignore[union-attr]
    assert actor_of(doc, "House Democrats").id == "house-democrats"  # type: ignore[union-attr]
    assert same_actor(doc, "Senate Republicans", "Republicans in the Senate")
    assert actor_of(doc, "congressional Republicans").id == "congressional-republicans"  # type: ignore[union-attr]
    speakers = {q.speaker for q in doc._.quotes}
    assert {"senate-republicans", "house-democrats"} <= speakers


def test_a_caucus_leadership_is_not_the_caucus(nlp: Language) -> None:
    doc = run(nlp, "House GOP leaders said the vote would wait.")
    assert actor_of(doc, "House GOP") is None


def test_a_capital_that_speaks_is_its_government(nlp: Language) -> None:
    doc = run(
        nlp,
        "Russia and China met in Geneva. Moscow denied the report on Monday, and Beijing accused "
        "Washington of meddling.",
    )
    assert same_actor(doc, "Russia", "Moscow")
    assert same_actor(doc, "China", "Beijing")
    assert actor_of(doc, "Washington").id == "united-states"  # type: ignore[union-attr]


def test_a_capital_as_dateline_or_place_stays_a_place(nlp: Language) -> None:
    doc = run(
        nlp,
        "MOSCOW (Reuters) - Officials of Russia met in Moscow on Monday. They flew to Beijing "
        "later, a spokesman said.",
    )
    russia = actor_of(doc, "Russia")
    assert russia is not None and not any(m.text.lower() == "moscow" for m in russia.mentions)
    china = actor_of(doc, "Beijing")
    assert china is None or china.id != "china"


def test_headline_name_colon_is_a_statement_of_the_name(nlp: Language) -> None:
    doc = run(nlp, "Sen. Ada Brandt: Okafor Is a 'Moron'\n\nBrandt spoke about Paul Okafor.")
    quote = next(q for q in doc._.quotes if "Moron" in q.content.text)
    assert quote.speaker == actor_of(doc, "Brandt").id  # type: ignore[union-attr]
    assert quote.cue is not None and quote.cue.text == ":"


def test_headline_rule_needs_a_short_first_line_and_a_name(nlp: Language) -> None:
    def headline(text: str) -> tuple[int, int] | None:
        found = colon_headline(doc_facts(nlp(text), {}))
        return found.source if found else None

    assert headline("Ada Brandt: The plan failed\n\nShe said so.") is not None
    assert headline("The budget battle: a primer\n\nIt is long.") is None
    long_line = "Ada Brandt spoke " + "and spoke " * 20 + "at length: it was long\n\nEnd."
    assert headline(long_line) is None
    assert headline("Budget news\n\nAda Brandt: The plan failed.") is None


@pytest.mark.parametrize(
    ("date", "prime_minister", "chancellor"),
    [
        ("2016-01-10", "david-cameron", "angela-merkel"),
        ("2023-05-01", "rishi-sunak", "olaf-scholz"),
    ],
)
def test_foreign_offices_resolve_by_date(
    nlp: Language, date: str, prime_minister: str, chancellor: str
) -> None:
    text = "The British prime minister said the deal was good. The German chancellor disagreed."
    assert _id(nlp, text, date, "The British prime minister") == prime_minister
    assert _id(nlp, text, date, "The German chancellor") == chancellor


def test_an_office_adjective_reads_as_the_office(nlp: Language) -> None:
    """"the Republican nominee for president" is the KB's "Republican presidential nominee",
    its holder at the date, not another Republican the article names."""
    doc = run(
        nlp,
        "Chris Christie spoke in Cleveland on Monday. The Republican nominee for president "
        "attacked Ada Brandt on Tuesday.",
        "2016-09-21",
    )
    assert actor_of(doc, "The Republican nominee for president").id == "donald-trump"  # type: ignore[union-attr]
