"""``riftmap relations``: filters, formats, topic lists and usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from riftmap.cli import app, common

TEXT = (
    "Senator Maria Lopez tore into Governor Tom Becker over the pension reform on Tuesday. "
    "Becker praised Lopez's rival, Paul Grant, a week later.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news_2024-05-10_row.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(monkeypatch: pytest.MonkeyPatch, nlp: Language, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(common, "load_pipeline", lambda: nlp)
    result = CliRunner().invoke(app, ["relations", *args], terminal_width=200)
    return result.exit_code, result.stdout


def test_jsonl_rows_carry_the_document(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, article: Path
) -> None:
    code, out = run(monkeypatch, nlp, str(article), "--format", "jsonl", "--type", "accuse")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows
    assert {r["type"] for r in rows} == {"ACCUSE"}
    assert rows[0]["doc"] == article.name
    assert rows[0]["when"] == "2024-05-07"  # the Tuesday before publication (file name)


def test_table_and_filters(monkeypatch: pytest.MonkeyPatch, nlp: Language, article: Path) -> None:
    code, out = run(monkeypatch, nlp, str(article), "--actor", "lopez")
    assert code == 0 and "ACCUSE" in out and "1 relation in 1 document" in out
    code, out = run(monkeypatch, nlp, str(article), "--actor", "nobody at all")
    assert code == 0 and "0 relations in 1 document" in out


def test_topic_list(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, article: Path, tmp_path: Path
) -> None:
    topics = tmp_path / "topics.txt"
    topics.write_text("pensions: pension reform, retirement\n", encoding="utf-8")
    args = [str(article), "--topics", str(topics), "--topic", "pensions", "-f", "jsonl"]
    code, out = run(monkeypatch, nlp, *args)
    assert code == 0
    assert [json.loads(line)["topic"] for line in out.splitlines()] == ["pensions"]
    assert nlp.get_pipe("riftmap_relations").topics is None  # given for that run only


@pytest.mark.parametrize("args", [["--type", "HUG"], ["--topics", "missing.txt"]])
def test_usage_errors(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, article: Path, args: list[str]
) -> None:
    code, _ = run(monkeypatch, nlp, str(article), *args)
    assert code == 2


def test_flagged_relations_only_on_request(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, tmp_path: Path
) -> None:
    path = tmp_path / "news_2024-05-10_flag.txt"
    path.write_text("Senator Maria Lopez did not criticize Governor Tom Becker.\n", "utf-8")
    code, out = run(monkeypatch, nlp, str(path), "-f", "jsonl")
    assert code == 0 and out == ""
    code, out = run(monkeypatch, nlp, str(path), "-f", "jsonl", "--include-flagged")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["type"], r["polarity"], r["flags"]) for r in rows] == [("ACCUSE", 0, ["negated"])]
    assert nlp.get_pipe("riftmap_relations").include_flagged is False
