"""The store commands: ingest (twice), stats, quotes and export, with the stand-in pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import Result
from ingest_support import article, fake_pipeline
from typer.testing import CliRunner

from riftmap.cli import app, common


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    pipeline = fake_pipeline()
    monkeypatch.setattr(common, "load_pipeline", lambda: pipeline)

    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(app, [str(a) for a in args], terminal_width=200)

    return invoke


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    rows = ["body,date,source"] + [
        f'"{article(10 + i).replace(chr(34), chr(39))}",2025-0{i + 1}-15,Herald' for i in range(2)
    ]
    (folder / "export.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_ingest_twice_adds_nothing_the_second_time(run, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.duckdb"
    first = run("ingest", corpus, "--db", db, "--map", "text=body,published=date,outlet=source")
    assert first.exit_code == 0, first.output
    assert "6 articles" in first.stdout
    second = run("ingest", corpus, "--db", db, "--map", "text=body,published=date,outlet=source")
    assert second.exit_code == 0
    assert "0 articles" in second.stdout and "6 (already stored" in second.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(6,)]
    assert con.execute("SELECT count(*), sum(articles) FROM ingest_runs").fetchall() == [(2, 6)]
    con.close()


def test_bad_options_are_usage_errors(run, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.duckdb"
    assert run("ingest", corpus, "--db", db, "--map", "nonsense").exit_code == 2
    assert run("ingest", corpus, "--db", db, "--scheduler", "tcp://x:1").exit_code == 2
    assert run("ingest", corpus, "--db", db, "--pipeline", "no_such_module:f").exit_code == 2
    assert run("quotes", "--db", tmp_path / "missing.duckdb").exit_code == 1


def test_stats_quotes_and_export(run, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.duckdb"
    run("ingest", corpus, "--db", db, "--map", "text=body,published=date,outlet=source")
    stats = run("stats", "--db", db, "--json")
    figures = json.loads(stats.stdout)
    assert figures["articles"] == 6 and figures["quotes"] == 12 and figures["outlets"] == 1
    assert "top speakers" in run("stats", "--db", db).stdout

    found = run("quotes", "--db", db, "--since", "2025-02-01", "-f", "jsonl")
    rows = [json.loads(line) for line in found.stdout.splitlines()]
    assert len(rows) == 2 and {r["published"] for r in rows} == {"2025-02-15"}
    speaker = rows[0]["speaker_name"]
    by_name = run("quotes", "--db", db, "--speaker", speaker.split()[-1], "--format", "jsonl")
    assert all(
        speaker.split()[-1] in (json.loads(x)["speaker_name"] or "")
        or speaker.split()[-1] in (json.loads(x)["source_text"] or "")
        for x in by_name.stdout.splitlines()
    )
    table = run("quotes", "--db", db, "--search", "back down", "--limit", "3")
    assert table.exit_code == 0 and "3 quotes" in table.stdout

    csv_out = run("export", "quotes", "--db", db)
    assert csv_out.stdout.splitlines()[0].startswith("article_id,doc,")
    assert len(csv_out.stdout.splitlines()) == 13
    jsonl = run("export", "actors", "--db", db, "--format", "jsonl")
    assert all("aliases" in json.loads(line) for line in jsonl.stdout.splitlines())
    target = tmp_path / "rel.parquet"
    assert run("export", "relations", "--db", db, "-f", "parquet", "-o", target).exit_code == 0
    assert duckdb.sql(f"SELECT count(*) FROM '{target}'").fetchall()[0][0] > 0
    assert run("export", "relations", "--db", db, "-f", "parquet").exit_code == 2
