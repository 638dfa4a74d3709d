"""The report and the exports of the two bundled articles, ingested into a real store and
read with ``--from``: the bars of issue 11 (Bannon vs Musk on top, Trump among its brokers,
at least two inline SVG charts) and graph files that read back as ``--format json``."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from spacy.language import Language

from riftmap import api
from riftmap.exports.catalogue import from_store

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "plover.schema.json").read_text())


@pytest.fixture(scope="module")
def sources(
    nlp: Language, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("examples")
    db = folder / "examples.duckdb"
    api.ingest([ROOT / "examples"], db, nlp=nlp)
    jsonl = folder / "examples.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for extraction in api.extract_paths([ROOT / "examples"], nlp):
            out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    return {"db": {"db": db}, "jsonl": {"paths": [jsonl]}}


@pytest.mark.parametrize("source", ["db", "jsonl"])
def test_report_of_the_bundled_articles(source: str, sources: dict[str, dict[str, object]],
                                        tmp_path: Path) -> None:
    stages: list[str] = []
    out = api.report(tmp_path / "brief.html", on_progress=stages.append,
                     **sources[source])  # type: ignore[arg-type]
    html = out.read_text(encoding="utf-8")
    assert "1. Steve Bannon vs Elon Musk" in html
    assert len(re.findall(r"<svg[ >]", html)) >= 2
    assert html.count("<blockquote") >= 3
    assert stages == ["network", "rifts", "factions", "quotes", "charts", "writing"]


def test_report_names_the_broker(sources: dict[str, dict[str, object]], tmp_path: Path) -> None:
    html = api.report(tmp_path / "brief.html", **sources["db"]).read_text(  # type: ignore[arg-type]
        encoding="utf-8")
    top = html[html.index("1. Steve Bannon vs Elon Musk"):html.index('<section id="network">')]
    assert "Donald Trump" in top.split("brokers:", 1)[1].split("</p>", 1)[0]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_store_graph_exports_read_back_as_the_json_network(
    fmt: str, sources: dict[str, dict[str, object]]
) -> None:
    where = sources["db"]
    data = api.network(**where).to_json()  # type: ignore[arg-type]
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(io.BytesIO(api.export(fmt, **where).encode()))  # type: ignore[arg-type]
    assert sorted(graph.nodes) == sorted(n["id"] for n in data["nodes"])
    assert sorted(graph.edges) == sorted((e["source"], e["target"]) for e in data["edges"])


def test_store_events_cover_every_relation_of_the_network(
    sources: dict[str, dict[str, object]]
) -> None:
    where = sources["db"]
    net = api.network(**where)  # type: ignore[arg-type]
    ids = {r for e in net.edges for r in e.relations}
    catalogue = from_store(where["db"], ids)  # type: ignore[arg-type]
    assert set(catalogue.records) == ids
    lines = api.export("plover", **where).splitlines()  # type: ignore[arg-type]
    assert len(lines) == len(ids)
    for line in lines:
        jsonschema.validate(json.loads(line), SCHEMA)
    assert all(r.text for r in catalogue.records.values())
