"""A "former" office epithet names someone whose role is over: not an actor the document
titles with a current office of that kind."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor, owners
from spacy.language import Language


def test_a_former_office_is_not_a_current_title_of_the_document(nlp: Language) -> None:
    # PolNeAR train (politico 2016-02-19): the State Department spokesman is no former
    # secretary of state; the knowledge base's former secretary of state is
    text = (
        "State Department spokesman Mark Toner said more emails would be released. Hillary"
        " Clinton declined to comment.\n\nThe release comes at an inconvenient time for the"
        " former secretary of state."
    )
    assert owners(nlp, text, "the former secretary of state") == ["hillary-clinton"]


def test_the_first_lady_is_the_holder_at_the_date(nlp: Language) -> None:
    doc = nlp.make_doc(
        "Delegates cheered at the Democratic National Convention.\n\n"
        "The first lady spoke from the bottom of her heart."
    )
    doc._.published = "2016-07-26"
    for _, component in nlp.pipeline:
        doc = component(doc)
    found = {a.id: [m.text for m in a.mentions] for a in doc._.actors}
    assert found["michelle-obama"] == ["The first lady", "her"]



def test_an_organisation_is_no_holder_of_an_office_inside_it(nlp: Language) -> None:
    # "the Clinton campaign" (PolNeAR train: 244 times in 145 articles) went to the campaign's
    # manager, whose knowledge-base role "Clinton campaign manager" named a campaign too; the
    # manager is still found by his office
    text = (
        "Robby Mook spoke to donors on Monday. The Clinton campaign said it raised $90 million"
        " in August.\n\nThe campaign manager said the race was close."
    )
    found = mentions_by_actor(nlp, text, "2016-09-20")
    assert holders(found, "The Clinton campaign") == ["clinton-campaign"]
    assert holders(found, "The campaign manager") == ["robby-mook"]


def test_a_campaign_named_for_another_person_is_another_campaign(nlp: Language) -> None:
    # same head, a different person's name: a campaign of its own, which "the campaign" then
    # names (PolNeAR dev, breitbart 2016-10-03, had both campaigns as one actor)
    text = (
        "The Clinton campaign says the ad will air on cable.\n\nTrump called for contestants"
        " to wear shorter dresses.\n\nThe Trump campaign called the charges unsubstantiated."
        " The campaign also said it would sue."
    )
    found = mentions_by_actor(nlp, text, "2016-10-03")
    assert holders(found, "The Clinton campaign") == ["clinton-campaign"]
    assert found["trump-campaign"] == ["The Trump campaign", "The campaign"]
