"""The ``riftmap`` command: output formats, exit statuses and one-line diagnostics."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from spacy.language import Language
from typer.testing import CliRunner

from riftmap import __version__
from riftmap.cli import app, common
from riftmap.errors import ModelError

Runner = Callable[..., Result]

ARTICLE = "Budget row\r\n\r\n“We will not back down,” Lena Ortiz said on Tuesday.\r\n"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, fake_nlp: Language) -> Runner:
    """Invoke the CLI in-process with the stand-in pipeline (no model load per test)."""
    monkeypatch.setattr(common, "load_pipeline", lambda: fake_nlp)

    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(app, [str(a) for a in args])

    return invoke


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "ortiz.txt").write_bytes(ARTICLE.encode())
    (folder / "more" / "quiet.txt").write_text("Nothing was said.\n", encoding="utf-8")
    (folder / "more" / "skip.pdf").write_bytes(b"%PDF-1.4")
    return folder


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_prints_one_json_object_per_document(run: Runner, articles: Path) -> None:
    result = run("extract", articles)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    docs = jsonl(result)
    assert [d["doc"] for d in docs] == ["quiet.txt", "ortiz.txt"]
    assert docs[0]["quotes"] == []
    (quote,) = docs[1]["quotes"]
    assert quote["speaker"] == "lena-ortiz"
    assert "text" not in docs[1]  # a .txt file's text is the file itself


def test_offsets_index_the_text_as_python_reads_it(run: Runner, articles: Path) -> None:
    path = articles / "ortiz.txt"
    (doc,) = jsonl(run("extract", path))
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    for role in ("source", "cue", "content"):
        span = doc["quotes"][0][role]
        assert text[span["start"] : span["end"]] == span["text"]
    assert doc["quotes"][0]["content"]["text"] == "We will not back down,"


def test_output_is_utf8_not_escaped(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "pl.txt").write_text("“Tak,” Łukasz Nowak said.", encoding="utf-8")
    result = run("extract", tmp_path / "pl.txt")
    assert '"text": "Łukasz Nowak"' in result.stdout
    assert "\\u0141" not in result.stdout


def test_html_and_jsonl_carry_their_text(run: Runner, tmp_path: Path, fixtures: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "f1", "text": "“Yes,” Ana Ruiz said."}) + "\n")
    result = run("extract", fixtures / "html" / "budget-row.html", feed)
    assert result.exit_code == 0, result.output
    page, record = jsonl(result)
    assert page["outlet"] == "The Valley Herald" and page["published"] == "2025-01-23"
    assert isinstance(page["text"], str) and "Lena Ortiz" in page["text"]
    assert record["doc"] == "f1" and record["text"] == "“Yes,” Ana Ruiz said."


def test_unreadable_file_is_one_line_on_stderr_and_exit_1(run: Runner, articles: Path) -> None:
    (articles / "more" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run("extract", articles)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and str(articles / "more" / "photo.txt") in line
    assert [d["doc"] for d in jsonl(result)] == ["quiet.txt", "ortiz.txt"]


def test_broken_jsonl_lines_are_named_and_the_rest_printed(run: Runner, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "x"}\n{oops\n{"id": "b", "text": "y"}\n')
    result = run("extract", feed)
    assert result.exit_code == 1
    assert [d["doc"] for d in jsonl(result)] == ["a", "b"]
    (line,) = result.stderr.splitlines()
    assert f"{feed}:2: not valid JSON" in line


def test_named_file_of_unknown_type_is_an_error(run: Runner, articles: Path) -> None:
    result = run("extract", articles / "more" / "skip.pdf", articles / "ortiz.txt")
    assert result.exit_code == 1
    assert "skip.pdf: unsupported file type" in result.stderr
    assert [d["doc"] for d in jsonl(result)] == ["ortiz.txt"]


def test_invalid_utf8_warns_and_still_extracts(run: Runner, tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("“Non,” François Dupont said. Café, crème, été. ".encode("cp1252") * 3)
    result = run("extract", path)
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("warning: ") and str(path) in line
    (doc,) = jsonl(result)
    assert doc["text"].startswith("“Non,” François")
    assert doc["quotes"][0]["source"]["text"] == "François Dupont"


def test_empty_file_is_a_document_without_quotes(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", tmp_path / "empty.txt")
    assert result.exit_code == 0 and result.stderr == ""
    assert jsonl(result) == [
        {
            "doc": "empty.txt",
            "title": None,
            "published": None,
            "outlet": None,
            "url": None,
            "actors": [],
            "quotes": [],
            "relations": [],
        }
    ]


def test_folder_with_nothing_to_read_warns(run: Runner, tmp_path: Path) -> None:
    result = run("extract", tmp_path)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("warning: ") and str(tmp_path) in result.stderr


def test_table_lists_every_quote_with_its_speaker(run: Runner, articles: Path) -> None:
    result = run("extract", articles, "--format", "table")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in ("ortiz.txt", "quiet.txt", "Speaker", "Cue", "Content", "Lena Ortiz"):
        assert expected in out
    assert "We will not back down," in out and "said" in out
    assert "no attributed statements found" in out
    assert out.rstrip().endswith("1 quote in 2 documents")


def test_table_prints_article_brackets_verbatim(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("“It was [bold]not[/bold] me,” Ana Ruiz said.")
    result = run("extract", tmp_path / "b.txt", "-f", "table")
    assert "[bold]not[/bold]" in result.stdout


@pytest.mark.parametrize(
    "args",
    [["extract", "no/such/path.txt"], ["extract", ".", "--format", "csv"], ["extract"], ["nope"]],
    ids=["missing-path", "bad-format", "no-path", "unknown-command"],
)
def test_usage_errors_exit_2(run: Runner, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_model_that_does_not_load_is_exit_1(
    monkeypatch: pytest.MonkeyPatch, articles: Path
) -> None:
    def broken() -> Language:
        raise ModelError("attribution model in /x does not load; reinstall riftmap")

    monkeypatch.setattr(common, "load_pipeline", broken)
    result = CliRunner().invoke(app, ["extract", str(articles)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: attribution model in /x does not load; reinstall riftmap"
    ]


def test_version(run: Runner) -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"riftmap {__version__}\n"


def test_eval_polnear_scores_a_folder(run: Runner, fixtures: Path) -> None:
    result = run("eval", "polnear", fixtures / "polnear", "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1 and scores["documents_missing_from_output"] == 0
    # the stand-in finds the one direct quote: source and cue exact, attribution right
    assert scores["source_exact"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
        "tp": 1,
        "predicted": 1,
        "gold": 2,
    }
    assert scores["attribution"]["tp"] == 1 and scores["attribution"]["gold"] == 3


def test_eval_polnear_table(run: Runner, fixtures: Path) -> None:
    result = run("eval", "polnear", fixtures / "polnear")
    assert result.exit_code == 0, result.output
    for label in ("Source exact", "Cue overlap", "Content exact", "Attribution", "F1"):
        assert label in result.stdout


def test_eval_polnear_needs_a_polnear_folder(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    result = run("eval", "polnear", tmp_path)
    assert result.exit_code == 2
    assert "attributions/" in result.stderr


def test_console_script_runs_without_loading_a_model(tmp_path: Path) -> None:
    riftmap = Path(sys.executable).with_name("riftmap")
    version = subprocess.run([riftmap, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and version.stdout.strip() == f"riftmap {__version__}"
    missing = subprocess.run(
        [riftmap, "extract", tmp_path / "absent.txt"], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 2 and "absent.txt" in missing.stderr
