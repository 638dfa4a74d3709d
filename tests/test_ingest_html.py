"""The HTML reader: trafilatura's main text and metadata, boilerplate left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.html import read_html


def test_main_text_and_metadata(fixtures: Path) -> None:
    article = read_html(fixtures / "html" / "budget-row.html")
    assert article.doc == "budget-row.html"
    assert article.title == "Coalition splits over budget"
    assert article.published == "2025-01-23"
    assert article.outlet == "The Valley Herald"
    assert article.url == "https://valleyherald.example/politics/coalition-splits-over-budget"
    assert article.include_text is True
    assert "“We will not back down on the school funding,” Finance Minister" in article.text
    assert "Ortiz told reporters that talks would continue" in article.text
    for boilerplate in ("donate today", "All rights reserved", "Privacy", "Sport"):
        assert boilerplate not in article.text


def test_page_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"blank\.html: no article text"):
        read_html(path)


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.htm"):
        read_html(path)


def test_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    with pytest.raises(DecodeError, match=r"photo\.html: binary"):
        read_html(path)


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin1.html"
    body = "<p>Le ministre a déclaré que « le budget est équilibré », selon François.</p>" * 3
    page = f'<html><head><meta charset="iso-8859-1"></head><body><article>{body}</article>'
    path.write_bytes((page + "</body></html>").encode("iso-8859-1"))
    assert "déclaré que « le budget est équilibré »" in read_html(path).text
