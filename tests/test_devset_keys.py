"""The keyed article sets' answer keys agree with their article texts.

``eval/devset`` (the tuning set) and ``eval/checkset`` (the checking set, never tuned on) hold
real news articles and hand-made keys in the answer-key format of ``../shared/keys``. A key
whose strings drift from its text (a re-typed quotation mark, an edited paragraph) silently
lowers every figure measured on it, so each key is checked here without ``../shared``: every
string is an exact substring of its text, every quote occurrence exists, every speaker, source
and target is a declared actor, and the manifest lists each article with a licence.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
SETS = {"devset": 10, "checkset": 20}  # each keyed set and the fewest articles it may hold

RELATION_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "AGREE",
                  "CONSULT", "CONCEDE", "PROTEST"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
ACTOR_TYPES = {"person", "organization", "group"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
NAME_DATE = re.compile(r"_(\d{4}-\d\d(?:-\d\d)?)_")  # a date riftmap reads from the file name
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MANIFEST_COLUMNS = ["file", "url", "outlet", "kind", "published", "licence", "notes"]

KEY_FILES = [path for name in SETS for path in sorted((EVAL / name / "keys").glob("*.json"))]


def count(text: str, sub: str) -> int:
    """Occurrences of ``sub`` in ``text``, overlapping ones included (as the scorer finds them)."""
    n, i = 0, text.find(sub)
    while i != -1:
        n, i = n + 1, text.find(sub, i + 1)
    return n


def key_errors(key: dict[str, Any], text: str, doc: str) -> list[str]:
    """Every way ``key`` disagrees with ``text``; empty when the key is sound."""
    errors: list[str] = []
    if key.get("doc") != doc:
        errors.append(f"doc is {key.get('doc')!r}, not {doc!r}")
    if key.get("published") is not None and not DATE.match(str(key["published"])):
        errors.append(f"bad published {key['published']!r}")
    named = NAME_DATE.search(doc)
    if named and named.group(1) != key.get("published"):
        errors.append(f"file name dated {named.group(1)}, published {key.get('published')!r}")
    ids: set[str] = set()
    for actor in key["actors"]:
        aid = actor["id"]
        if not SLUG.match(aid) or aid in ids:
            errors.append(f"actor id {aid!r} is not a unique slug")
        ids.add(aid)
        if actor["type"] not in ACTOR_TYPES:
            errors.append(f"{aid}: bad type {actor['type']!r}")
        if not actor["mentions"] or len(set(actor["mentions"])) != len(actor["mentions"]):
            errors.append(f"{aid}: mentions empty or repeated")
        errors += [f"{aid}: mention {m!r} not in text" for m in actor["mentions"] if m not in text]
    for n, quote in enumerate(key["quotes"]):
        if quote["speaker"] not in ids:
            errors.append(f"quote {n}: speaker {quote['speaker']!r} undeclared")
        if count(text, quote["content"]) <= quote["occurrence"]:
            errors.append(f"quote {n}: content #{quote['occurrence']} not in text")
        errors += [f"quote {n}: {f} {quote[f]!r} not in text"
                   for f in ("cue", "source") if not quote[f] or quote[f] not in text]
        if quote["kind"] not in QUOTE_KINDS:
            errors.append(f"quote {n}: bad kind {quote['kind']!r}")
    for n, rel in enumerate(key["relations"]):
        errors += [f"relation {n}: {f} {rel[f]!r} undeclared"
                   for f in ("source", "target") if rel[f] not in ids]
        if rel["source"] == rel["target"]:
            errors.append(f"relation {n}: source equals target")
        if rel["type"] not in RELATION_TYPES or rel["polarity"] not in (-1, 0, 1):
            errors.append(f"relation {n}: bad type or polarity")
        if not SLUG.match(rel["topic"]) or rel["evidence"] not in text:
            errors.append(f"relation {n}: bad topic or evidence not in text")
        if rel["when"] is not None and not DATE.match(rel["when"]):
            errors.append(f"relation {n}: bad when {rel['when']!r}")
    return errors


def manifest_rows(name: str) -> list[dict[str, str]]:
    with (EVAL / name / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_its_keyed_articles_and_a_key_for_every_text(name: str) -> None:
    keys = {p.stem for p in (EVAL / name / "keys").glob("*.json")}
    assert len(keys) >= SETS[name]
    assert keys == {p.stem for p in (EVAL / name / "texts").glob("*.txt")}


@pytest.mark.parametrize("key_path", KEY_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_every_key_string_is_in_its_text_and_every_role_a_declared_actor(key_path: Path) -> None:
    doc = key_path.stem + ".txt"
    text = (key_path.parent.parent / "texts" / doc).read_text(encoding="utf-8")
    key = json.loads(key_path.read_text(encoding="utf-8"))
    assert key_errors(key, text, doc) == []


def test_the_checker_finds_a_drifted_string_and_an_undeclared_speaker() -> None:
    text = "Title\n\n\"We won,\" said Ann Lee.\n"
    key = {"doc": "a.txt", "published": None,
           "actors": [{"id": "ann-lee", "name": "Ann Lee", "type": "person",
                       "mentions": ["Ann Lee", "Ann  Lee"]}],
           "quotes": [{"speaker": "bob", "content": "We won,", "occurrence": 1, "cue": "said",
                       "source": "Ann Lee", "kind": "direct"}],
           "relations": []}
    errors = key_errors(key, text, "a.txt")
    assert not any("file name dated" in e for e in errors)
    assert any("'Ann  Lee' not in text" in e for e in errors)
    assert any("speaker 'bob' undeclared" in e for e in errors)
    assert any("content #1 not in text" in e for e in errors)
    dated = key_errors({**key, "doc": "a_2016-05-03_b.txt"}, text, "a_2016-05-03_b.txt")
    assert "file name dated 2016-05-03, published None" in dated


@pytest.mark.parametrize("name", SETS)
def test_the_manifest_lists_every_article_with_its_source_and_licence(name: str) -> None:
    rows = manifest_rows(name)
    assert rows and list(rows[0]) == MANIFEST_COLUMNS
    texts = sorted(p.name for p in (EVAL / name / "texts").glob("*.txt"))
    assert sorted(r["file"] for r in rows) == texts
    for row in rows:
        # a row one column short reads its notes as the licence: every column, none over
        assert None not in row and None not in row.values(), row["file"]
        assert row["url"].startswith("http"), row["file"]
        assert row["outlet"] and row["kind"] and row["licence"], row["file"]
        assert DATE.match(row["published"]), row["file"]
        key_path = EVAL / name / "keys" / (row["file"][: -len(".txt")] + ".json")
        published = json.loads(key_path.read_text(encoding="utf-8"))["published"]
        assert published in (None, row["published"]), row["file"]
