"""The knowledge base's Britain and Ireland: the United Kingdom by any of its short names,
its parties as copy names them, the Taoiseach of the day, and a known person after a title
the tagger ran into a name."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_the_united_kingdom_by_any_short_name_is_one_actor(nlp: Language) -> None:
    # development set 020, 037, 245, 290 "Britain"; 049, 141, 262 "the UK"
    text = (
        "Nigel Farage said Britain must leave the treaty. The UK government refused, and a"
        " spokesman said the United Kingdom would stay."
    )
    found = mentions_by_actor(nlp, text, "2025-06-01")
    assert holders(found, "Britain") == ["united-kingdom"]
    assert holders(found, "the United Kingdom") == ["united-kingdom"]


def test_british_and_australian_parties_as_copy_names_them(nlp: Language) -> None:
    # 022, 037, 049, 196, 301 "Reform UK" and "Reform"; 007, 020 "Labour"
    text = (
        "Nigel Farage's Reform UK party leads the polls. Reform has attacked Labour over migration."
    )
    found = mentions_by_actor(nlp, text, "2025-06-01")
    assert holders(found, "Reform") == ["reform-uk"]
    assert holders(found, "Labour") == ["labour-party"]
    # 012, 056, 130: Australia's Labor is not Britain's Labour; Labor Day names no party
    text = (
        "Prime Minister Anthony Albanese's Labor Party won the vote. Parliament returns"
        " after Labor Day."
    )
    found = mentions_by_actor(nlp, text, "2025-06-01")
    assert holders(found, "Labor Party") == ["australian-labor-party"]
    assert not holders(found, "Labor")


def test_the_taoiseach_of_the_day(nlp: Language) -> None:
    # 259 (2016) "the Taoiseach" is Enda Kenny; 051 (2025) Micheál Martin
    text = "The Taoiseach said the comments were racist. He spoke in the Dail on Wednesday."
    assert holders(mentions_by_actor(nlp, text, "2016-06-15"), "The Taoiseach") == ["enda-kenny"]
    found = mentions_by_actor(nlp, text, "2025-03-12")
    assert holders(found, "The Taoiseach") == ["micheal-martin"]


def test_a_known_person_after_a_title_run_into_another_name(nlp: Language) -> None:
    # 301 "Deputy leader of Reform Richard Tice": the tagger reads "Reform Richard Tice" as
    # one organisation; the known person at its end is the one named
    text = "Deputy leader of Reform Richard Tice said the plan had failed. Tice called it a joke."
    found = mentions_by_actor(nlp, text, "2025-06-01")
    assert holders(found, "Tice") == ["richard-tice"]
    assert holders(found, "Reform Richard Tice") == ["richard-tice"]


def test_the_labour_leader_is_the_party_leader_of_the_day(nlp: Language) -> None:
    """ "The Labour leader" (development set 374, Starmer against Andy Burnham) and "the
    Conservative Party leader" (025): a British party's leader by office, as "the president"
    is, the rival from the same party notwithstanding."""
    text = (
        "Keir Starmer dismissed the ambitions of Andy Burnham, the Labour mayor. Mr Burnham"
        " proposed a tax rise. The Labour leader said the next election would be a"
        " head-to-head with Reform UK."
    )
    found = mentions_by_actor(nlp, text, "2025-09-26")
    assert holders(found, "The Labour leader") == ["keir-starmer"]


def test_another_countrys_party_leader_is_no_republican(nlp: Language) -> None:
    """ "… although Kemi Badenoch refused to call him out – and now the press have slammed
    the Republican" (262): the Conservative leader, a member of another country's party, is
    not the Republican the epithet names."""
    text = (
        "JD Vance suggested the UK was a random country. Vance was roundly condemned by"
        " British politicians – although Kemi Badenoch refused to call him out – and now the"
        " press have slammed the Republican as well for his comments."
    )
    found = mentions_by_actor(nlp, text, "2025-03-05")
    assert holders(found, "the Republican") == ["jd-vance"]
