"""The knowledge base's figures of the 2025 disputes inside the Trump coalition and of the
2016 Senate (advisers, members of Congress, commentators): an article that names them by
surname only, or by the state and party the knowledge base gives them, is about them, not
about the salient Republican of the article."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language

from riftmap.kb import default_kb


def test_a_state_and_party_name_the_member_not_the_president(nlp: Language) -> None:
    text = (
        "President Donald Trump on Friday attacked Massie over the Epstein files. The Kentucky"
        " Republican said he would not back down."
    )
    found = mentions_by_actor(nlp, text, "2025-11-15")
    assert holders(found, "The Kentucky Republican") == ["thomas-massie"]
    assert holders(found, "Massie") == ["thomas-massie"]


def test_a_surname_alone_is_the_known_figure(nlp: Language) -> None:
    text = (
        "Musk hit back at Navarro on Tuesday. The trade adviser had called him a car assembler."
        " Greene said Trump had betrayed her."
    )
    found = mentions_by_actor(nlp, text, "2025-04-09")
    assert holders(found, "Navarro") == ["peter-navarro"]
    assert holders(found, "The trade adviser") == ["peter-navarro"]
    assert holders(found, "Greene") == ["marjorie-taylor-greene"]


def test_terms_end() -> None:
    kb = default_kb()
    assert [a.id for a, _ in kb.holders("Representative from Georgia", "2025-11-21")] == [
        "marjorie-taylor-greene"
    ]
    assert not kb.holders("Representative from Georgia", "2026-02-01")
    arizona = {a.id for a, _ in kb.holders("Senator from Arizona", "2016-06-01")}
    assert arizona == {"john-mccain", "jeff-flake"}
    assert [a.id for a, _ in kb.holders("National Security Advisor", "2025-03-01")] == [
        "mike-waltz"
    ]


def test_a_chamber_and_state_name_the_senator_not_the_representative(nlp: Language) -> None:
    # party leaders hold their seats too: Schumer is New York's senator, Ocasio-Cortez its
    # representative, whichever the lead names first
    text = (
        "Ocasio-Cortez, House Dems express fury at Schumer\n\nSenate Democratic leader Chuck "
        "Schumer gave his caucus days to vent.\n\nThe New York senator said a shutdown would be"
        " worse.\n\nRep. Alexandria Ocasio-Cortez of New York said she would fight."
    )
    found = mentions_by_actor(nlp, text, "2025-03-14")
    assert holders(found, "The New York senator") == ["chuck-schumer"]
    assert holders(found, "House Dems") == ["house-democrats"]


def test_leaders_hold_their_seats() -> None:
    kb = default_kb()
    on = "2025-03-14"
    assert "chuck-schumer" in [a.id for a, _ in kb.holders("Senator from New York", on)]
    assert "john-thune" in [a.id for a, _ in kb.holders("Senator from South Dakota", on)]
    assert "hakeem-jeffries" in [a.id for a, _ in kb.holders("Representative from New York", on)]
