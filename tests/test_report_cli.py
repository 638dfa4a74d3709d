"""``riftmap report`` and ``riftmap export`` as a user runs them: files written, paths printed,
clear errors (exit status 2) for a wrong suffix, a missing store or options that do not fit."""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from riftmap.cli import app

EXAMPLES = "<the golden extraction>"  # run() puts the golden_jsonl fixture's path here
_paths: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _examples(golden_jsonl: Path) -> None:
    _paths[EXAMPLES] = str(golden_jsonl)


def run(*args: str) -> tuple[int, str, str]:
    argv = [_paths.get(arg, arg) for arg in args]
    result = CliRunner().invoke(app, argv, terminal_width=200)
    return result.exit_code, result.stdout, result.stderr


def test_report_writes_html_and_prints_its_path(tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    code, stdout, _ = run("report", "--from", EXAMPLES, "--out", str(out))
    assert code == 0 and stdout.strip() == str(out)
    html = out.read_text(encoding="utf-8")
    assert "Steve Bannon vs Elon Musk" in html and html.count("<svg") >= 2


def test_report_markdown(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    code, _, _ = run("report", "--from", EXAMPLES, "-o", str(out), "--title", "Feud")
    assert code == 0 and out.read_text().startswith("# Feud")
    assert (tmp_path / "brief.figures" / "network.svg").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "--from", EXAMPLES, "--out", "brief.pdf"], ".html or .md"),
        (["report", "--db", "no-such.duckdb", "--out", "b.html"], "no such database"),
        (["report", "--from", EXAMPLES, "--out", "b.html", "--since", "2025-03-01",
          "--until", "2025-01-01"], "--since is after --until"),
        (["export", "quotes", "--from", EXAMPLES], "choose a slice"),
        (["export", "network", "--from", EXAMPLES, "--format", "csv"], "not csv"),
    ],
)
def test_errors_are_usage_errors(args: list[str], message: str, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(*args)
    assert code == 2 and message in " ".join(re.sub("[│╭╮╰╯─]", " ", stderr).split())
    assert not (tmp_path / "b.html").exists()


def test_export_network_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    code, _, stderr = run("export", "network", "--from", EXAMPLES, "--out", str(out))
    assert code == 0 and str(out) in stderr
    graph = nx.read_graphml(out)
    assert graph.has_edge("steve-bannon", "elon-musk")


def test_export_network_to_stdout() -> None:
    code, stdout, _ = run("export", "network", "-f", "gexf", "--from", EXAMPLES)
    assert code == 0
    assert nx.read_gexf(io.BytesIO(stdout.encode())).has_edge("steve-bannon", "elon-musk")
    code, stdout, _ = run("export", "network", "-f", "dna", "--from", EXAMPLES)
    assert code == 0 and stdout.startswith("statement_id,time,person,organization,concept")
