"""The actor knowledge base: the shipped file is well formed, users' files merge over it, bad
files are named in the error, and roles answer by date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from riftmap.errors import KnowledgeBaseError, UsageError
from riftmap.kb import default_kb, load_kb
from riftmap.kb.ids import slug
from riftmap.kb.lexicon import lexicon
from riftmap.models import Role
from riftmap.nlp.actors.names import first_names, nickname_groups, parse_name, same_person

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_default_kb_entries_are_well_formed() -> None:
    kb = default_kb()
    assert len(kb.actors) > 150
    for actor in kb.actors.values():
        assert actor.id == slug(actor.id), actor.id
        assert actor.type in ("person", "organization", "group")
        assert actor.gender in ("", "m", "f")
        for role in actor.roles:
            assert role.start is None or ISO.match(role.start), (actor.id, role)
            assert role.end is None or ISO.match(role.end), (actor.id, role)
            assert role.end is None or role.start is None or role.start <= role.end


def test_every_role_epithet_has_a_holder() -> None:
    kb = default_kb()
    held = {r.title for a in kb.actors.values() for r in a.roles}
    assert set(kb.role_phrases) <= held


def test_role_holders_by_date() -> None:
    kb = default_kb()
    title = "President of the United States"
    assert [a.id for a, _ in kb.holders(title, "2016-06")] == ["barack-obama"]
    assert [a.id for a, _ in kb.holders(title, "2019-03-01")] == ["donald-trump"]
    assert [a.id for a, _ in kb.holders(title, "2025-02-01")] == ["donald-trump"]
    assert Role("x", "2017-01-20", "2021-01-20").active("2021-01")


def test_lookup_by_alias_and_fuzzy_spelling() -> None:
    kb = default_kb()
    assert [a.id for a in kb.lookup("the Times")] == ["new-york-times"]
    assert [a.id for a in kb.lookup("Stephen K. Bannon")] == ["steve-bannon"]
    assert [a.id for a in kb.fuzzy_lookup("Volodymyr Zelenskiy")] == ["volodymyr-zelensky"]
    assert kb.fuzzy_lookup("Ryan") == []


def test_a_given_name_with_a_known_nickname_for_surname_is_that_person() -> None:
    kb = default_kb()
    assert [a.id for a in kb.given_with_alias("Gavin Newscum")] == ["gavin-newsom"]
    assert kb.given_with_alias("Mary Trump") == []  # not Donald Trump's given name
    assert kb.given_with_alias("Newscum") == []


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "version: 1\n"
        "roles:\n  Mayor of Springfield: [mayor, Springfield mayor]\n"
        "actors:\n"
        "  - {name: Jane Quimby, type: person, gender: f,\n"
        "     roles: [{title: Mayor of Springfield, start: 2020-01-01}]}\n"
        "  - {id: elon-musk, name: Elon Musk, type: person, wikidata: Q317521}\n",
        encoding="utf-8",
    )
    kb = load_kb([path])
    assert kb.actors["jane-quimby"].roles[0].start == "2020-01-01"
    assert kb.actors["elon-musk"].aliases == ()  # replaced whole
    assert "Mayor of Springfield" in kb.role_phrases
    assert "donald-trump" in kb.actors


@pytest.mark.parametrize(
    "content",
    ["actors: [1, 2", "version: 2\nactors: []\n", "actors:\n  - {type: person}\n",
     "actors:\n  - {name: X, type: robot}\n"],
)
def test_bad_files_are_named_in_the_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.yaml") as err:
        load_kb([path])
    assert isinstance(err.value, UsageError)


def test_name_parts_and_gender() -> None:
    assert same_person(parse_name("Stephen K. Bannon"), parse_name("Steve Bannon"))
    assert same_person(parse_name("Mr. Bannon"), parse_name("Steve Bannon"))
    assert not same_person(parse_name("Bill Clinton"), parse_name("Hillary Clinton"))
    assert not same_person(parse_name("Donald Trump Jr."), parse_name("Donald Trump"))
    assert first_names()["susan"] == "f" and first_names()["james"] == "m"
    assert "stephen" in nickname_groups()["steve"]


def test_lexicon_lists_are_disjoint_where_they_must_be() -> None:
    lex = lexicon()
    assert not lex.person_nouns & lex.org_nouns
    assert all(lex.same_head(a, b) for a in ("chief", "head") for b in ("leader", "chairman"))
