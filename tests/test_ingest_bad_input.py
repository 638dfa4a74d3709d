"""A corpus of bad inputs never stops a run, loses no good article, and names every bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from formats import page, write_csv, write_warc, write_zip
from ingest_support import article, fake_pipeline, snapshot
from spacy.language import Language
from typer.testing import CliRunner

import riftmap
from riftmap.cli import app, common

GOOD = [article(100 + i) for i in range(6)]


def bad_corpus(root: Path) -> tuple[Path, dict[str, str], set[str]]:
    """Write the corpus; return its folder, {bad file name: expected outcome}, good texts."""
    folder = root / "corpus"
    folder.mkdir()
    good: set[str] = set()

    def txt(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)

    for i, text in enumerate(GOOD[:3]):
        txt(f"good{i}.txt", text.encode())
        good.add(text)
    bad = {
        "empty.txt": "skipped",
        "blank.txt": "skipped",
        "only-boilerplate.txt": "skipped",
        "binary.txt": "error",
        "huge.txt": "error",
        "latin1.txt": "warning",
        "utf16.txt": "warning",
        "no-body.html": "error",
        "empty.html": "error",
        "binary.html": "error",
        "nested.html": "any",
        "script.html": "stored",
        "crawl.warc.gz": "error",
        "garbage.warc": "error",
        "broken.jsonl": "error",
        "nul.jsonl": "error",
        "surrogate.jsonl": "stored",
        "long.jsonl": "error",
        "columns.csv": "error",
        "badrow.csv": "error",
        "traversal.zip": "error",
        "corrupt.zip": "error",
        "bomb.zip": "error",
        "sitemap.xml": "error",
        "loop.txt": "error",
        "up": "warning",
        "name-\udcff.txt": "stored",
    }
    txt("empty.txt", b"")
    txt("blank.txt", b" \n\t\n")
    txt("only-boilerplate.txt", b"Read more\nShare this article\nSubscribe now\n")
    txt("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with (folder / "huge.txt").open("wb") as fh:
        chunk = b"word " * 200_000
        for _ in range(100):
            fh.write(chunk)
    txt("latin1.txt", "“Caf\u00e9 prices are a scandal,” Ana Ruiz said.\n".encode("cp1252"))
    txt("utf16.txt", "“We will win the vote,” Omar Sato said.\n".encode("utf-16"))
    txt("no-body.html", b"<html><head><title>Nothing</title></head></html>")
    txt("empty.html", b"")
    txt("binary.html", b"<html>\x00\x00\x00</html>")
    txt("nested.html", ("<div>" * 5000 + "deep text" + "</div>" * 5000).encode())
    injected = page("Budget row", GOOD[3]).replace(
        "<article>", "<article><script>alert('pwned')</script><img src=x onerror=alert(1)>"
    )
    txt("script.html", injected.encode())
    good.add("script")  # checked by name below: trafilatura reflows the text
    pages = [
        (f"https://example.org/{i}", page(f"Story {i}", GOOD[4] + f" Page {i}.")) for i in range(3)
    ]
    whole = write_warc(root / "whole.warc.gz", pages).read_bytes()
    txt("crawl.warc.gz", whole[: len(whole) * 2 // 3])
    txt("garbage.warc", b"WARC/1.0\r\nthis is not a record header\r\n\r\n" * 3)
    lines = [
        json.dumps({"id": "ok", "text": GOOD[5]}),
        '{"id": "broken", "text": "no end',
        "[1, 2]",
        '{"id": "no-text"}',
    ]
    txt("broken.jsonl", ("\n".join(lines) + "\n").encode())
    good.add(GOOD[5])
    txt("nul.jsonl", b'{"text": "a"}\n\x00\x00\x00\n')
    txt(
        "surrogate.jsonl",
        b'{"id": "sur", "text": "\\u201cLone \\ud800 here,\\u201d Ana Ruiz said."}\n',
    )
    txt("long.jsonl", json.dumps({"text": "x " * 600_000}).encode() + b"\n")
    write_csv(folder / "columns.csv", ["id", "body"], [["1", "no text column"]])
    txt("badrow.csv", b'id,text\n1,\xff\xfe broken\n2,"' + article(200).encode() + b'"\n')
    good.add(article(200))
    write_zip(
        folder / "traversal.zip",
        {"../../evil.txt": b"climbs out", "fine.txt": article(201).encode()},
    )
    good.add(article(201))
    txt("corrupt.zip", b"PK\x03\x04" + os.urandom(200))
    write_zip(folder / "bomb.zip", {"zeros.txt": b"0" * (33 * 1024 * 1024)})
    txt("sitemap.xml", b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    os.symlink("loop.txt", folder / "loop.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")
    (folder / os.fsdecode(b"name-\xff.txt")).write_text(article(202), encoding="utf-8")
    good.add(article(202))
    return folder, bad, good


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], set[str]]:
    return bad_corpus(tmp_path_factory.mktemp("bad"))


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return fake_pipeline()


def test_bad_inputs_are_reported_and_good_ones_all_stored(
    corpus: tuple[Path, dict[str, str], set[str]], pipeline: Language, tmp_path: Path
) -> None:
    folder, bad, good = corpus
    assert len(bad) >= 20
    summary = riftmap.ingest_paths([folder], tmp_path / "s.duckdb", nlp=pipeline)
    assert summary.status == "finished" and summary.failed
    reported = {p.reason for p in summary.problems}
    for name, outcome in bad.items():
        hits = [r for r in reported if name in r]
        if outcome in ("error", "warning", "skipped"):
            assert hits, f"{name} not reported"
            severities = {p.severity for p in summary.problems if name in p.reason}
            assert outcome in severities, (name, severities, hits)
    with riftmap.open(tmp_path / "s.duckdb") as corpus_db:
        texts = corpus_db.articles()["text"].tolist()
        for text in good - {"script"}:
            assert text in texts, text[:40]
        injected = [t for t in texts if "Item 103" in t]
        assert injected and "alert" not in injected[0] and "<script" not in injected[0]
        assert any("Lone \ufffd here" in t for t in texts)
        assert any("Café prices" in t for t in texts) and any("win the vote" in t for t in texts)
        assert sum("Page " in t for t in texts) >= 1
        errors = corpus_db.errors()
    assert set(errors["severity"]) == {"error", "skipped", "warning"}
    assert summary.articles == len(texts)


def test_the_command_exits_1_and_names_each_failed_file(
    corpus: tuple[Path, dict[str, str], set[str]],
    pipeline: Language,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, bad, _ = corpus
    monkeypatch.setattr(common, "load_pipeline", lambda: pipeline)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1, result.output
    for name, outcome in bad.items():
        if outcome == "error":
            assert name.replace("\udcff", "").split(".")[0] in result.stderr, name
    assert "ingested" in result.stdout and "failed" in result.stdout


@pytest.mark.slow
def test_two_worker_processes_store_the_same_rows(
    corpus: tuple[Path, dict[str, str], set[str]], pipeline: Language, tmp_path: Path
) -> None:
    from ingest_support import fake_pipeline as factory

    folder, _, _ = corpus
    riftmap.ingest_paths([folder], tmp_path / "one.duckdb", nlp=pipeline)
    riftmap.ingest_paths([folder], tmp_path / "two.duckdb", workers=2, pipeline=factory)
    assert snapshot(tmp_path / "two.duckdb") == snapshot(tmp_path / "one.duckdb")
