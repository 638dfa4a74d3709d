"""A country, an organisation or a group named by its kind ("the country", "the company", "the
protesters") is the one of that kind the article named just before; a description that says
which one it is, or with none named before it, names no one."""

from __future__ import annotations

from actor_support import mentions_by_actor
from spacy.language import Language


def test_the_country_is_the_country_just_named(nlp: Language) -> None:
    text = (
        "Turkey recalled its ambassador on Monday. Officials in Ankara said the country would "
        "not accept the decision of the French parliament."
    )
    found = mentions_by_actor(nlp, text)
    assert "the country" in found["turkey"]


def test_the_country_is_no_state_of_the_union(nlp: Language) -> None:
    text = (
        "Mr. Trump campaigned in Ohio on Monday. He told voters that the country needed a "
        "change of direction."
    )
    found = mentions_by_actor(nlp, text)
    assert all("the country" not in m for m in found.values())


def test_the_other_country_is_not_the_one_just_named(nlp: Language) -> None:
    text = "Mexico rejected the plan on Monday. The president said the other country had to pay."
    found = mentions_by_actor(nlp, text)
    assert "the other country" not in found.get("mexico", [])
    assert "the country" not in found.get("mexico", [])


def test_our_country_is_the_country_the_article_names(nlp: Language) -> None:
    text = (
        "The United States must change course, the senator said on Monday. Voters in Iowa "
        'cheered. "We will make our country safe again," she told them.'
    )
    found = mentions_by_actor(nlp, text)
    assert "our country" in found["united-states"]


def test_our_country_names_no_country_when_none_was_named(nlp: Language) -> None:
    text = 'Voters in Iowa cheered on Monday. "We will make our country safe again," she said.'
    found = mentions_by_actor(nlp, text)
    assert all("our country" not in m for m in found.values())


def test_the_company_is_the_organisation_named_last(nlp: Language) -> None:
    text = (
        "Shareholders sued Exxon Mobil in Texas last year. A spokesman said on Tuesday that "
        "the company would fight the case."
    )
    found = mentions_by_actor(nlp, text)
    assert "the company" in found["exxon-mobil"]


def test_the_company_names_no_organisation_named_long_before(nlp: Language) -> None:
    text = (
        "Shareholders sued Exxon Mobil in Texas last year. The judge set a date in May. "
        "Lawyers said the hearing could last weeks. Few expected a quick end. A spokesman said "
        "on Tuesday that the company would fight the case."
    )
    found = mentions_by_actor(nlp, text)
    assert "the company" not in found["exxon-mobil"]


def test_the_company_is_neither_of_two_named_in_one_sentence(nlp: Language) -> None:
    text = (
        "Shareholders sued Exxon Mobil and Chevron in Texas last year. A spokesman said on "
        "Tuesday that the company would fight the case."
    )
    found = mentions_by_actor(nlp, text)
    assert all("the company" not in m for m in found.values())


def test_the_protesters_are_the_group_introduced_before(nlp: Language) -> None:
    text = (
        "Hundreds of pro-Sanders demonstrators marched toward the convention hall on Monday. "
        "Police stopped the protesters at the fence."
    )
    found = mentions_by_actor(nlp, text)
    holders = [k for k, m in found.items() if "the protesters" in m]
    assert holders and any("Sanders demonstrators" in " ".join(found[k]) for k in holders)


def test_the_protesters_are_no_group_of_another_kind(nlp: Language) -> None:
    text = (
        "Republican donors met in New York on Monday. Police stopped the protesters at the "
        "fence."
    )
    found = mentions_by_actor(nlp, text)
    assert not any("the protesters" in m and "donors" in " ".join(m) for m in found.values())


def test_a_group_named_again_with_its_own_words_is_the_same_group(nlp: Language) -> None:
    # devset 162: 'four Democratic "sanctuary city" mayors' ... "the Democratic mayors, who
    # insisted ..." (the key's sanctuary-city-mayors); "the two senators" takes up "Two
    # Republican senators", "the Democratic senators" does not
    text = (
        "Four Democratic “sanctuary city” mayors testified on Wednesday. Republican lawmakers "
        "argued the policies were wrong, and the Democratic mayors, who insisted their cities "
        "were safe, disagreed. Two Republican senators spoke. The two senators left, and the "
        "Democratic senators stayed."
    )
    found = mentions_by_actor(nlp, text, "2025-03-05")
    assert "the Democratic mayors" in found["sanctuary-city-mayors"]
    assert found["republican-senators"] == ["Two Republican senators", "The two senators"]
    assert found["democratic-senators"] == ["the Democratic senators"]


def test_a_party_is_one_word_however_a_group_writes_it(nlp: Language) -> None:
    text = (
        "Republican lawmakers criticized the plan on Monday. Later, GOP lawmakers said they"
        " would vote against it, and GOP governors stayed silent."
    )
    found = mentions_by_actor(nlp, text, "2019-07-15")
    assert found["republican-lawmakers"][:2] == ["Republican lawmakers", "GOP lawmakers"]
    assert "gop-governors" in found


def test_a_name_and_the_name_with_its_kind_are_one_organisation(nlp: Language) -> None:
    # "Harvard" in a headline, "Harvard University" below (devset 103); "Labour", "the
    # Labour Party" (devset 025, 037, 049); either order
    found = mentions_by_actor(
        nlp,
        "Harvard rejected the demands on Monday. Harvard University said it would sue.",
        "2025-04-15",
    )
    assert found["harvard-university"] == ["Harvard", "Harvard University"]
    found = mentions_by_actor(
        nlp,
        "Labour won the vote on Monday, Starmer said. He said the Labour Party would act.",
        "2025-04-15",
    )
    assert found["labour-party"] == ["Labour", "the Labour Party"]
    # a place before a kind word is another body, as is a name followed by other words
    found = mentions_by_actor(
        nlp,
        "Texas voted on Monday. The Texas Democratic Party said so. China agreed, and the "
        "China Development Bank said so.",
        "2025-04-15",
    )
    assert found["texas"] == ["Texas"]
    assert found["china"] == ["China"]
