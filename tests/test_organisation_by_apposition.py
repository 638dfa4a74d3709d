"""A name the tagger read as a person's but the article defines, beside it, by a noun of
organisations ("Sandy Hook Promise, a gun-safety group") is an organisation, and the
apposition is its mention; a name the knowledge base knows as a person's, or one defined by a
person noun, stays a person's."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def _types(nlp: Language, text: str, date: str) -> dict[str, str]:
    doc = nlp.make_doc(text)
    doc._.published = date
    return {a.id: a.type for a in nlp(doc)._.actors}


def test_a_name_defined_as_a_group_is_an_organisation(nlp: Language) -> None:
    text = "Sandy Hook Promise, a gun-safety group, said it would sue the gun makers."
    found = mentions_by_actor(nlp, text, "2016-09-06")
    assert found["sandy-hook-promise"] == ["Sandy Hook Promise", "a gun-safety group"]
    assert _types(nlp, text, "2016-09-06")["sandy-hook-promise"] == "organization"


def test_a_person_stays_a_person(nlp: Language) -> None:
    text = (
        "Hillary Clinton, the party's nominee, spoke in Ohio. Kendal Unruh, a delegate from"
        " Colorado, disagreed."
    )
    found = mentions_by_actor(nlp, text, "2016-07-01")
    assert holders(found, "a delegate from Colorado") == ["kendal-unruh"]
    assert holders(found, "the party's nominee") == ["hillary-clinton"]
    types = _types(nlp, text, "2016-07-01")
    assert types["kendal-unruh"] == types["hillary-clinton"] == "person"


def test_no_organisation_from_a_pair_or_a_title_of_the_next_name(nlp: Language) -> None:
    text = (
        "“Sanders and Tom DeLay, some unlikely group, were unyielding,” she said. Tobacco"
        " company Altria, genetically modified agricultural firm Monsanto and Walmart gave."
    )
    found = mentions_by_actor(nlp, text, "2016-04-01")
    assert holders(found, "some unlikely group") == []
    assert holders(found, "genetically modified agricultural firm") == []
    assert _types(nlp, text, "2016-04-01")["tom-delay"] == "person"
