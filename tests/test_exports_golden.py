"""Golden exports of the two bundled articles, read with ``--from`` from their reviewed
extraction (tests/golden/examples.json, written out as JSON Lines): one file per format in
tests/golden/exports, one item per line so that a change shows as a readable diff.

When a deliberate change alters them (or examples.json is regenerated), run
``RIFTMAP_UPDATE_GOLDEN=1 pytest tests/test_exports_golden.py``, review the diff, and commit.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from riftmap import api
from riftmap.api import export as export_network
from riftmap.exports import FORMATS, SUFFIXES

GOLDEN = Path(__file__).resolve().parent / "golden"
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "plover.schema.json").read_text())


@pytest.fixture(scope="module")
def source(golden_jsonl: Path) -> list[Path]:
    return [golden_jsonl]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_matches_golden_file(fmt: str, source: list[Path]) -> None:
    text = export_network(fmt, paths=source)
    golden = GOLDEN / "exports" / f"examples-{fmt}{SUFFIXES[fmt]}"
    if os.environ.get("RIFTMAP_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} changed"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_read_back_as_the_json_network(fmt: str, source: list[Path]) -> None:
    data = api.network(paths=source).to_json()
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(io.BytesIO(export_network(fmt, paths=source).encode()))
    assert sorted(graph.nodes) == sorted(n["id"] for n in data["nodes"])
    assert sorted(graph.edges) == sorted((e["source"], e["target"]) for e in data["edges"])
    bannon_musk = graph.edges["steve-bannon", "elon-musk"]
    assert float(bannon_musk["polarity"]) < 0 and int(bannon_musk["statements"]) >= 8


def test_plover_export_of_the_examples_validates(source: list[Path]) -> None:
    lines = export_network("plover", paths=source).splitlines()
    records = [json.loads(line) for line in lines]
    for record in records:
        jsonschema.validate(record, SCHEMA)
    edges = api.network(paths=source).edges
    assert len(records) == sum(len(e.relations) for e in edges)
    musk = [r for r in records if r["recipient"]["actor_id"] == "elon-musk"]
    assert {r["recipient"]["identifier_id"] for r in musk} == {"Q317521"}
