"""The JSON Lines reader: one article per line; a broken line is an error naming file:line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.jsonl import read_jsonl
from riftmap.models import Article


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_fields_are_carried(tmp_path: Path) -> None:
    record = {
        "id": "a-1",
        "text": "Ortiz said:\r\n“No.”",
        "title": "Budget",
        "url": "https://example.org/a-1",
        "published": "2025-01-23",
        "outlet": "Herald",
        "extra": {"ignored": True},
    }
    path = write_lines(tmp_path / "feed.jsonl", [json.dumps(record, ensure_ascii=False)])
    (article,) = read_jsonl(path)
    assert article == Article(
        doc="a-1",
        text="Ortiz said:\r\n“No.”",  # exactly the JSON string: no newline translation
        title="Budget",
        published="2025-01-23",
        outlet="Herald",
        url="https://example.org/a-1",
        include_text=True,
    )


def test_only_text_is_required_and_numbers_are_ids(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "feed.jsonl", ['{"text": "one"}', "", '{"text": "two", "id": 7}'])
    first, second = read_jsonl(path)
    assert isinstance(first, Article) and first.doc == "feed.jsonl:1"
    assert first.title is None and first.url is None
    assert isinstance(second, Article) and second.doc == "7"


def test_broken_lines_are_errors_and_the_others_go_on(tmp_path: Path) -> None:
    lines = [
        '{"id": "ok-1", "text": "fine"}',
        '{"id": "broken", "text": "no end',
        '["not", "an", "object"]',
        '{"id": "no-text"}',
        '{"id": "bad-text", "text": 42}',
        '{"id": "bad-title", "text": "t", "title": ["x"]}',
        '{"id": "ok-2", "text": "also fine"}',
    ]
    path = write_lines(tmp_path / "mixed.jsonl", lines)
    results = list(read_jsonl(path))
    assert [r.doc for r in results if isinstance(r, Article)] == ["ok-1", "ok-2"]
    errors = [str(r) for r in results if isinstance(r, InputError)]
    assert [e.split(": ")[0] for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "not valid JSON" in errors[0]
    assert "'text'" in errors[2] and "'text'" in errors[3]
    assert "'title'" in errors[4]


def test_invalid_utf8_line_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n{"text": "ok"}\n')
    bad, good = read_jsonl(path)
    assert isinstance(bad, DecodeError) and str(bad).startswith(f"{path}:1:")
    assert isinstance(good, Article) and good.text == "ok"


def test_bom_on_first_line_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "hello"}\n')
    (article,) = read_jsonl(path)
    assert isinstance(article, Article) and article.text == "hello"


def test_binary_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\n" * 50)
    (error,) = read_jsonl(path)
    assert isinstance(error, DecodeError) and "archive.jsonl: binary" in str(error)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("jsonl")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.sampled_from('\r\n\u2028\u0085"\\ é') | st.characters(codec="utf-8")),
    ascii_only=st.booleans(),
)
def test_any_text_survives_exactly(scratch: Path, text: str, ascii_only: bool) -> None:
    path = scratch / "any.jsonl"
    line = json.dumps({"text": text, "id": "x"}, ensure_ascii=ascii_only)
    path.write_text(line + "\n", encoding="utf-8")
    (article,) = read_jsonl(path)
    assert isinstance(article, Article) and article.text == text
