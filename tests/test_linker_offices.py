"""A "former" office epithet names someone whose role is over: not an actor the document
titles with a current office of that kind."""

from __future__ import annotations

from actor_support import owners
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
