"""Finding and reading files and folders: recursive, sorted, unknown types handled."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from riftmap.errors import DecodeError, InputError
from riftmap.ingest import _READERS as READERS
from riftmap.ingest import SUFFIXES, find_files, read_file, read_paths
from riftmap.models import Article


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {
        "b.txt": "b",
        "a.TXT": "a",
        "notes.md": "skipped",
        ".hidden.txt": "skipped",
        ".git/config.txt": "skipped",
        "z/deep/c.htm": "<html><body><article><p>Deep page text.</p></article></body></html>",
        "m/d.jsonl": '{"id": "d1", "text": "one"}\n{"id": "d2", "text": "two"}\n',
        "m/e.txt": "e",
    }
    for name, content in files.items():
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return tmp_path / "corpus"


def test_every_suffix_has_a_reader() -> None:
    assert set(READERS) == set(SUFFIXES)


def test_folders_are_walked_recursively_in_sorted_order(tree: Path) -> None:
    found = [p.relative_to(tree).as_posix() for p in find_files([tree]) if isinstance(p, Path)]
    assert found == ["a.TXT", "b.txt", "m/d.jsonl", "m/e.txt", "z/deep/c.htm"]


def test_read_paths_streams_articles_in_order(tree: Path) -> None:
    docs = [a.doc for a in read_paths([tree]) if isinstance(a, Article)]
    assert docs == ["a.TXT", "b.txt", "d1", "d2", "e.txt", "c.htm"]


def test_paths_keep_the_order_given(tree: Path) -> None:
    docs = [a.doc for a in read_paths([tree / "b.txt", tree / "a.TXT"]) if isinstance(a, Article)]
    assert docs == ["b.txt", "a.TXT"]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    (error,) = read_paths([tmp_path / "nope.txt"])
    assert isinstance(error, InputError) and "nope.txt: no such file" in str(error)


def test_named_file_of_unknown_type_is_an_error(tree: Path) -> None:
    (error,) = read_paths([tree / "notes.md"])
    assert isinstance(error, InputError) and "notes.md: unsupported file type" in str(error)


def test_bad_file_does_not_stop_the_others(tree: Path) -> None:
    (tree / "b.txt").write_bytes(b"\x00\x01\x02")
    results = list(read_paths([tree]))
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(errors) == 1 and isinstance(errors[0], DecodeError)
    assert "b.txt" in str(errors[0])
    assert len(results) == 6


def test_folder_without_articles_warns(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    with caplog.at_level(logging.WARNING, logger="riftmap"):
        assert list(read_paths([tmp_path / "photos"])) == []
    assert "photos" in caplog.text and "no " in caplog.text


def test_read_file_dispatches_on_lower_cased_suffix(tmp_path: Path) -> None:
    path = tmp_path / "LOUD.JSONL"
    path.write_text('{"text": "hi"}\n', encoding="utf-8")
    (article,) = read_file(path)
    assert isinstance(article, Article) and article.text == "hi"


def test_unreadable_subfolder_warns_and_the_rest_is_read(
    tree: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Permissions cannot lock root out, so the walk is made to meet the error os.walk reports.
    real_walk = os.walk

    def walk(top: Path, onerror: Callable[[OSError], None]) -> Iterator[Any]:
        onerror(PermissionError(13, "Permission denied", str(tree / "locked")))
        yield from real_walk(top, onerror=onerror)

    monkeypatch.setattr(os, "walk", walk)
    with caplog.at_level(logging.WARNING, logger="riftmap"):
        found = list(find_files([tree]))
    assert len(found) == 5
    assert f"{tree / 'locked'}: folder cannot be read (Permission denied)" in caplog.text
