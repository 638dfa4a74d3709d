"""Readers of CSV, RSS/Atom, WARC and zip files, column mappings and size limits."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from formats import atom, page, rss, write_csv, write_warc, write_zip
from hypothesis import given, settings
from hypothesis import strategies as st

from riftmap.errors import EmptyInput, InputError, UsageError
from riftmap.ingest import Columns, read_file, read_paths
from riftmap.ingest.html import html_text
from riftmap.ingest.source import MAX_TEXT_CHARS
from riftmap.models import Article

BODY = "Ana Ruiz attacked the budget.\n“It is a disgrace,” Ruiz said on Monday."


def articles(items: object) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]  # type: ignore[attr-defined]


def errors(items: object) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]  # type: ignore[attr-defined]


def test_csv_columns_are_mapped(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "export.csv",
        ["uid", "body", "date", "source", "headline"],
        [["a1", BODY, "2025-01-23", "Herald", "Budget row"], ["a2", "Second text.", "", "", ""]],
    )
    columns = Columns.parse("id=uid,text=body,published=date,outlet=source,title=headline")
    first, second = read_file(path, columns)
    assert first == Article(
        doc="a1",
        text=BODY,
        title="Budget row",
        published="2025-01-23",
        outlet="Herald",
        include_text=True,
    )
    assert isinstance(first, Article) and first.origin == f"{path}:2"
    assert isinstance(second, Article) and second.doc == "a2" and second.published is None


def test_csv_without_the_text_column_is_one_error_naming_the_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["id", "body"], [["1", "text"]])
    (error,) = read_file(path)
    assert isinstance(error, InputError) and "no 'text' column (columns: id, body)" in str(error)


def test_csv_short_rows_and_broken_bytes_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(b"id,text\n1,fine\n2\n3,also fine\n4,caf\xe9\n")
    items = list(read_file(path))
    assert [a.doc for a in articles(items)] == ["1", "3"]
    short, broken = errors(items)
    assert str(short).startswith(f"{path}:3") and "'text'" in str(short)
    assert "not valid UTF-8" in str(broken)


@settings(max_examples=100, deadline=None)
@given(text=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1))
def test_any_csv_text_survives_exactly(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("csv") / "any.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "text"], ["x", text]])
    items = list(read_file(path))
    if text.strip() or text:
        (article,) = items
        assert isinstance(article, Article) and article.text == text


def test_rss_entries_are_articles_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(rss([("Budget row", f"<p>{BODY.replace(chr(10), '</p><p>')}</p>")]))
    (article,) = read_file(path)
    assert isinstance(article, Article)
    assert article.text == BODY
    assert (article.title, article.outlet, article.published) == (
        "Budget row",
        "Herald politics",
        "2025-01-23",
    )
    assert article.url == article.doc == "https://example.org/0"


def test_atom_content_is_read_and_empty_entries_reported(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(atom([("One", "<p>First story.</p><script>alert(1)</script>"), ("Two", "")]))
    first, second = read_file(path)
    assert isinstance(first, Article) and first.text == "First story."
    assert isinstance(second, InputError) and "no content or summary" in str(second)


def test_xml_that_is_no_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    (error,) = read_file(path)
    assert isinstance(error, InputError) and "not an RSS or Atom feed" in str(error)


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_articles(tmp_path: Path, gzip: bool) -> None:
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    path = write_warc(
        tmp_path / name,
        [
            ("https://example.org/a", page("Budget row", BODY)),
            (
                "https://example.org/empty",
                "<html><head><title>x</title></head><body></body></html>",
            ),
        ],
        gzip=gzip,
    )
    article, empty = read_file(path)
    assert isinstance(article, Article) and article.doc == "https://example.org/a"
    assert "“It is a disgrace,” Ruiz said on Monday." in article.text
    assert article.outlet == "Herald" and article.author == "Ana Ruiz"
    assert isinstance(empty, EmptyInput) and "no article text" in str(empty)


def test_truncated_warc_keeps_the_pages_before_the_break(tmp_path: Path) -> None:
    pages = [
        (f"https://example.org/{i}", page(f"Story {i}", BODY + f" Item {i}.")) for i in range(3)
    ]
    whole = write_warc(tmp_path / "whole.warc.gz", pages).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    items = list(read_file(cut))
    assert 1 <= len(articles(items)) < 3
    (error,) = errors(items)
    assert "broken web archive" in str(error)


def test_zip_members_are_read_in_order_and_unsafe_names_refused(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "batch.zip",
        {
            "b/second.txt": b"Second article.",
            "a.txt": b"First article.",
            "../../etc/evil.txt": b"climbs out",
            "/abs.txt": b"absolute",
            "__MACOSX/._a.txt": b"junk",
            ".hidden.txt": b"hidden",
            "notes.md": b"ignored",
            "inner.zip": b"PK",
            "feed.jsonl": b'{"text": "From JSON Lines."}\n',
        },
    )
    items = list(read_file(path))
    assert [a.text for a in articles(items)] == [
        "First article.",
        "Second article.",
        "From JSON Lines.",
    ]
    assert articles(items)[0].origin == f"{path}!/a.txt"
    reasons = sorted(str(e) for e in errors(items))
    assert any("evil.txt: unsafe name" in r for r in reasons)
    assert any("abs.txt: unsafe name" in r for r in reasons)
    assert any("inner.zip: archive inside an archive" in r for r in reasons)


def test_broken_zip_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    (error,) = read_file(path)
    assert "not a readable zip archive" in str(error)


def test_too_long_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "' + "a " * (MAX_TEXT_CHARS // 2 + 1) + '"}\n')
    (error,) = read_file(path)
    assert isinstance(error, InputError) and "article too long" in str(error)


def test_columns_parse_rejects_nonsense() -> None:
    assert Columns.parse("text=body, published = date")["published"] == "date"
    assert Columns.parse(None)["text"] == "text"
    for spec in ("text", "body=text", "text="):
        with pytest.raises(UsageError):
            Columns.parse(spec)


def test_jsonl_uses_the_mapping(tmp_path: Path) -> None:
    path = tmp_path / "api.jsonl"
    path.write_text('{"content": "Mapped.", "by": "Ana Ruiz", "uuid": 7}\n')
    (article,) = read_paths([path], Columns.parse("text=content,author=by,id=uuid"))
    assert isinstance(article, Article)
    assert (article.text, article.author, article.doc) == ("Mapped.", "Ana Ruiz", "7")


def test_html_text_makes_paragraphs() -> None:
    assert html_text("<p>One <b>bold</b> line.</p><p>Two</p><script>x()</script>") == (
        "One bold line.\nTwo"
    )
    assert html_text("plain   summary\n\n text") == "plain summary\ntext"


def test_folders_pick_every_format(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("text\nFrom CSV.\n")
    (tmp_path / "b.rss").write_text(rss([("T", "From RSS.")]))
    write_zip(tmp_path / "c.zip", {"x.txt": b"From zip."})
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    texts = [a.text for a in articles(read_paths([tmp_path]))]
    assert texts == ["From CSV.", "From RSS.", "From zip."]
