"""``riftmap actors`` and ``--kb`` on the command line, with the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from riftmap.cli import app, common


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        'Margaret Delacroix, the port authority chair, spoke on Monday. "The port is ready," '
        "she said.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        '"Fees will not rise," Delacroix told reporters on Friday.\n', encoding="utf-8"
    )
    return folder


def test_actors_lists_each_actor_once_across_articles(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, articles: Path
) -> None:
    monkeypatch.setattr(common, "load_pipeline", lambda: nlp)
    result = CliRunner().invoke(app, ["actors", str(articles), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    person = next(r for r in rows if r["id"] == "margaret-delacroix")
    assert person["documents"] == 2 and person["quotes"] == 2
    assert "Delacroix" in person["aliases"]
    assert any("port authority chair" in e for e in person["epithets"])


def test_actors_table_and_user_kb(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, articles: Path, tmp_path: Path
) -> None:
    kb = tmp_path / "kb.yaml"
    kb.write_text(
        "actors:\n  - {id: port-chief, name: Margaret Delacroix, type: person, gender: f}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(common, "load_pipeline", lambda: nlp)
    result = CliRunner().invoke(
        app, ["actors", str(articles), "--kb", str(kb)], terminal_width=200
    )
    assert result.exit_code == 0, result.output
    assert "port-chief" in result.stdout and "Top speakers" in result.stdout


def test_bad_kb_file_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, nlp: Language, articles: Path, tmp_path: Path
) -> None:
    kb = tmp_path / "broken.yaml"
    kb.write_text("actors: [", encoding="utf-8")
    monkeypatch.setattr(common, "load_pipeline", lambda: nlp)
    result = CliRunner().invoke(app, ["extract", str(articles), "--kb", str(kb)])
    assert result.exit_code == 2
    assert "broken.yaml" in result.stderr
