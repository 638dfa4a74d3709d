"""Names an actor goes by in its document: the article's own fullest form beside the
knowledge base's id, and a person named after their outlet ("National Review’s Jonah
Goldberg")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _run(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = "2016-08-18"
    return nlp(doc)


def test_a_known_person_goes_by_the_articles_fullest_name(nlp: Language) -> None:
    doc = _run(nlp, "Stephen Bannon will run the campaign. Mr. Bannon said little.")
    actor = next(a for a in doc._.actors if a.id == "steve-bannon")
    assert actor.name == "Stephen Bannon"
    assert "Steve Bannon" in actor.aliases  # the knowledge base's name is not lost


def test_a_surname_alone_keeps_the_knowledge_bases_name(nlp: Language) -> None:
    doc = _run(nlp, "Bannon will run the campaign, aides said on Tuesday.")
    actor = next(a for a in doc._.actors if a.id == "steve-bannon")
    assert actor.name == "Steve Bannon"


def test_an_organisations_id_spelled_out_keeps_the_knowledge_bases_name(nlp: Language) -> None:
    """ "the Republican Party" says no more than the id ``republican-party``; the name stays
    the knowledge base's "Republicans", the other way the party is named (devset 039, 149;
    checkset 010, 019). A person's spelling is the article's, accents and all."""
    doc = _run(
        nlp, "The Republican Party backed Nicolas Maduro's rival, Democratic Party aides said."
    )
    names = {a.id: a.name for a in doc._.actors}
    assert names["republican-party"] == "Republicans"
    assert names["democratic-party"] == "Democrats"
    assert names["nicolas-maduro"] == "Nicolas Maduro"


def test_an_organisation_never_called_by_the_knowledge_bases_name_goes_by_the_articles(
    nlp: Language,
) -> None:
    """ "NBC" alone is NBC's name in that article, as keyed articles name it; where the
    article also writes "NBC News", that fuller name stays. The id is the knowledge base's."""
    doc = _run(nlp, "Trump attacked NBC on Friday, saying the network was biased.")
    assert {a.id: a.name for a in doc._.actors}["nbc-news"] == "NBC"
    doc = _run(nlp, "Trump attacked NBC News on Friday. NBC said nothing.")
    assert {a.id: a.name for a in doc._.actors}["nbc-news"] == "NBC News"


def test_a_known_persons_other_spelling_is_the_same_person(nlp: Language) -> None:
    # Reuters spells the Ukrainian president "Zelenskiy" (devset 128)
    doc = _run(nlp, "Ukrainian President Volodymyr Zelenskiy met Trump. Zelenskiy said so.")
    actor = next(a for a in doc._.actors if a.id == "volodymyr-zelensky")
    assert actor.name == "Volodymyr Zelenskiy"


def test_a_person_named_after_their_outlet_is_a_person(nlp: Language) -> None:
    # the tagger reads "National Review’s Jonah Goldberg" as one organisation
    doc = _run(
        nlp,
        "Critics include National Review’s Jonah Goldberg, who wrote a column. Goldberg said so.",
    )
    found = {a.id: [m.text for m in a.mentions] for a in doc._.actors}
    assert "Jonah Goldberg" in found["jonah-goldberg"]
    assert "National Review’s Jonah Goldberg" in found["jonah-goldberg"]
    assert found["national-review"] == ["National Review"]


def test_a_person_named_after_an_outlet_in_s_is_a_person(nlp: Language) -> None:
    # "Fox News’ Greg Gutfeld" (devset 090; "Fox News’ Bret Baier", "... Sean Hannity" in
    # PolNeAR train): the tagger reads the apostrophe as a closing quotation mark
    doc = _run(
        nlp,
        "Fox News’ Greg Gutfeld noticed that none of the networks cut away for the speech. "
        "Gutfeld said so.",
    )
    found = {a.id: [m.text for m in a.mentions] for a in doc._.actors}
    assert found["greg-gutfeld"] == ["Fox News’ Greg Gutfeld", "Greg Gutfeld", "Gutfeld"]
    assert found["fox-news"] == ["Fox News"]
    # and the whole phrase, the source of what he noticed, is the person who speaks
    assert {q.speaker for q in doc._.quotes if "cut away" in q.content.text} == {"greg-gutfeld"}
