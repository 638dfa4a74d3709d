"""``riftmap network``, ``factions``, ``rifts`` and ``actors merge|split`` on the command line:
the JSON shapes of the issue, the tables, and the errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from network_support import planted
from spacy.language import Language
from typer.testing import CliRunner

from riftmap import api
from riftmap.cli import app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[str, str]]:
    path = tmp_path_factory.mktemp("cli") / "planted.jsonl"
    _, pair = planted(path)
    return path, pair


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], terminal_width=200)
    return result.exit_code, result.stdout, result.stderr


def test_network_json_has_the_issue_shape(corpus: tuple[Path, tuple[str, str]]) -> None:
    path, _ = corpus
    code, out, _ = run("network", "--from", path, "--format", "json", "--min-statements", "5")
    assert code == 0
    net = json.loads(out)
    assert set(net) == {"nodes", "edges"}
    assert set(net["nodes"][0]) == {"id", "name", "type", "statements"}
    edge = net["edges"][0]
    assert set(edge) == {
        "source", "target", "statements", "polarity", "types", "first", "last", "relations"
    }  # fmt: skip
    assert edge["statements"] >= 5 and len(edge["relations"]) == edge["statements"]
    assert -1 <= edge["polarity"] <= 1 and edge["relations"][0].startswith("week-")


def test_network_over_windows(corpus: tuple[Path, tuple[str, str]]) -> None:
    path, _ = corpus
    code, out, _ = run("network", "--from", path, "--window", "4w", "--step", "4w", "-f", "json")
    series = json.loads(out)
    assert code == 0 and len(series) == 5
    assert series[0]["start"] == "2025-01-06" and series[0]["end"] == "2025-02-03"
    code, out, _ = run("network", "--from", path, "--window", "4w", "--step", "4w")
    assert code == 0 and out.count("Network") == 0 and "2025-01-06" in out


def test_factions_and_rifts_json(corpus: tuple[Path, tuple[str, str]]) -> None:
    path, pair = corpus
    code, out, _ = run("factions", "--from", path, "--format", "json")
    found = json.loads(out)
    assert code == 0 and set(found) == {"factions", "frustration", "polarisation"}
    assert len(found["factions"]) == 3 and all(len(f["members"]) == 8 for f in found["factions"])
    code, out, _ = run("rifts", "--from", path, "--format", "json", "--top", "3")
    ranked = json.loads(out)
    assert code == 0 and len(ranked) == 3
    assert set(ranked[0]) >= {
        "actors", "score", "first_hostile", "peak", "topics", "brokers", "evidence"
    }  # fmt: skip
    assert set(ranked[0]["actors"]) == set(pair)
    assert set(ranked[0]["evidence"][0]) >= {"doc", "start", "end", "text"}


def test_tables_name_the_actors(corpus: tuple[Path, tuple[str, str]]) -> None:
    path, _ = corpus
    code, out, _ = run("rifts", "--from", path, "--top", "2")
    assert code == 0 and "Rifts" in out and "ada-abbot" in out
    code, out, _ = run("factions", "--from", path)
    assert code == 0 and "polarisation" in out
    code, out, _ = run("network", "--from", path, "--actor", "Ada Abbot", "--depth", "1")
    assert code == 0 and "Ada Abbot" in out


def test_errors_are_one_line_with_a_status(
    corpus: tuple[Path, tuple[str, str]], tmp_path: Path
) -> None:
    path, _ = corpus
    code, _, err = run("network", "--from", path, "--db", tmp_path / "x.duckdb")
    assert code == 2 and "not both" in err
    code, _, err = run("network", "--db", tmp_path / "none.duckdb")
    assert code == 2 and "no such database" in err
    code, _, err = run("rifts", "--from", path, "--window", "soon")
    assert code == 2 and "span of time" in err
    code, _, err = run("network", "--from", path, "--actor", "Nobody Atall")
    assert code == 2 and "no actor" in err


def test_actors_merge_and_split(nlp: Language, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        'Senator Margaret Holloway criticized Governor Dan Pruitt. "This budget abandons our '
        'farmers," Margaret Holloway said.\n',
        encoding="utf-8",
    )
    db = tmp_path / "s.duckdb"
    api.ingest([folder], db, nlp=nlp)
    code, out, _ = run("actors", "merge", "margaret-holloway", "dan-pruitt", "--db", db)
    assert code == 0 and "dan-pruitt -> margaret-holloway" in out
    code, out, _ = run("actors", "split", "dan-pruitt", "--db", db)
    assert code == 0 and "dan-pruitt -> dan-pruitt" in out
    kb = tmp_path / "kb.yaml"
    kb.write_text(
        "actors:\n  - {id: sen-holloway, name: Sen. M. Holloway, aliases: [Margaret Holloway]}\n",
        encoding="utf-8",
    )
    code, out, _ = run("actors", "merge", "--kb", kb, "--db", db)
    assert code == 0 and "margaret-holloway -> sen-holloway" in out
    (folder / "b.txt").write_text('"No," Margaret Holloway said on Friday.\n', encoding="utf-8")
    api.ingest([folder], db, nlp=nlp)  # the alias merge outlives a re-ingest without --kb
    assert {n.id for n in api.network(db=db).nodes} >= {"sen-holloway"}
    code, _, err = run("actors", "merge", "only-one", "--db", db)
    assert code == 2 and "two ids" in err
    code, _, err = run("actors", "split", "x", "--db", tmp_path / "none.duckdb")
    assert code == 2 and "no such database" in err


def test_dna_views_on_the_command_line(tmp_path: Path) -> None:
    from network_support import _doc, actor

    a, b, c = (actor(i)["id"] for i in range(3))

    def said(source: str, topic: str, polarity: int) -> dict[str, object]:
        return {"source": source, "target": c if source != c else a, "type": "COMMENT",
                "polarity": polarity, "topic": topic, "when": None, "confidence": 0.8,
                "evidence": {"start": 0, "end": 4, "text": "said"}, "quote": None}  # fmt: skip

    path = tmp_path / "dna.jsonl"
    relations = [said(a, "tariffs", 1), said(b, "tariffs", 1), said(c, "tariffs", -1)]
    path.write_text(json.dumps(_doc(0, [actor(i) for i in range(3)], relations)) + "\n")
    code, out, _ = run("dna", "--from", path, "--format", "json")
    views = json.loads(out)
    assert code == 0 and set(views) == {
        "normalisation", "affiliation", "congruence", "conflict", "subtract"
    }  # fmt: skip
    assert {(t["source"], t["target"]) for t in views["congruence"]} == {(a, b)}
    assert {(t["source"], t["target"], t["weight"]) for t in views["conflict"]} == {
        (a, c, 1.0), (b, c, 1.0)
    }  # fmt: skip
    code, out, _ = run("dna", "--from", path, "--view", "subtract", "--normalise", "jaccard",
                       "--format", "json")  # fmt: skip
    assert code == 0 and set(json.loads(out)) == {"normalisation", "subtract"}
    code, out, _ = run("dna", "--from", path, "--view", "conflict")
    assert code == 0 and "DNA conflict (none): 2 ties" in out and "ada-abbot" in out


def test_report_and_export_take_the_kb(
    corpus: tuple[Path, tuple[str, str]], tmp_path: Path
) -> None:
    path, _ = corpus
    kb = tmp_path / "kb.yaml"
    kb.write_text("actors:\n  - {id: ada, name: Ada A., aliases: [Ada Abbot]}\n", encoding="utf-8")
    out = tmp_path / "net.graphml"
    code, _, _ = run("export", "network", "--from", path, "--kb", kb, "--out", out)
    graph = out.read_text(encoding="utf-8")
    assert code == 0 and 'node id="ada"' in graph and 'id="ada-abbot"' not in graph
    brief = tmp_path / "brief.md"
    code, _, _ = run("report", "--from", path, "--kb", kb, "--out", brief)
    assert code == 0 and "Ada A." in brief.read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: 7\n", encoding="utf-8")
    code, _, err = run("report", "--from", path, "--kb", bad, "--out", brief)
    assert code == 2 and "bad.yaml" in err
    code, _, err = run("export", "quotes", "--kb", kb)
    assert code == 2 and "--kb" in err
