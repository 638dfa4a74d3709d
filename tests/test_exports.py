"""Exports of a hand-made slice: graph files that read back as the same graph, DNA, PLOVER
(validated against tests/schemas/plover.schema.json) and GDELT rows with the documented table."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import map_support
import networkx as nx
import pytest

from riftmap.errors import UsageError
from riftmap.exports import FORMATS, export_text
from riftmap.exports.catalogue import Catalogue, from_jsonl
from riftmap.exports.events import cameo_of, events_of, full_date
from riftmap.exports.tables import DNA_COLUMNS, GDELT_COLUMNS
from riftmap.network.model import Network
from riftmap.nlp.relations.plover import TYPES

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "plover.schema.json").read_text())


@pytest.fixture
def catalogue(tmp_path: Path) -> Catalogue:
    return from_jsonl([map_support.write_jsonl(tmp_path / "out.jsonl")])


def same_graph(graph: nx.DiGraph, network: Network) -> None:
    """The graph read back has the network's nodes and edges, with their JSON values."""
    data = network.to_json()
    assert sorted(graph.nodes) == sorted(n["id"] for n in data["nodes"])
    for node in data["nodes"]:
        attrs = graph.nodes[node["id"]]
        assert attrs.get("name", attrs.get("label")) == node["name"]  # GEXF: the label
        assert int(graph.nodes[node["id"]]["statements"]) == node["statements"]
    assert sorted(graph.edges) == sorted((e["source"], e["target"]) for e in data["edges"])
    for edge in data["edges"]:
        attrs = graph.edges[edge["source"], edge["target"]]
        assert int(attrs["statements"]) == edge["statements"]
        assert float(attrs["polarity"]) == pytest.approx(edge["polarity"])
        assert attrs["relations"].split() == edge["relations"]


def test_graphml_reads_back_as_the_same_graph() -> None:
    network = map_support.network()
    graph = nx.read_graphml(io.BytesIO(export_text(network, "graphml").encode()))
    assert graph.is_directed()
    same_graph(graph, network)
    assert graph.edges["steve-bannon", "elon-musk"]["types"] == "ACCUSE=2;THREATEN=1"


def test_gexf_is_dynamic_with_closed_intervals_and_reads_back() -> None:
    network = map_support.network()
    text = export_text(network, "gexf")
    assert 'mode="dynamic"' in text and "lastmodifieddate" not in text
    graph = nx.read_gexf(io.BytesIO(text.encode()))
    same_graph(graph, network)
    for _, _, attrs in graph.edges(data=True):
        assert attrs["start"] and attrs["end"] and attrs["start"] <= attrs["end"]
    assert graph.edges["steve-bannon", "elon-musk"]["start"] == "2025-01-05"
    assert graph.edges["steve-bannon", "elon-musk"]["end"] == "2025-02-10"
    # The undated edge spans the slice's dated span rather than being open-ended.
    assert (graph.edges["tech-bros", "donald-trump"]["start"],
            graph.edges["tech-bros", "donald-trump"]["end"]) == ("2025-01-05", "2025-02-10")


def test_gexf_without_dates_is_static() -> None:
    network = map_support.network()
    undated = Network(network.nodes, tuple(
        type(e)(e.source, e.target, e.statements, e.polarity, e.types, None, None, e.relations)
        for e in network.edges))
    text = export_text(undated, "gexf")
    assert 'mode="static"' in text and "start=" not in text
    same_graph(nx.read_gexf(io.BytesIO(text.encode())), undated)


def test_graph_files_are_reproducible() -> None:
    network = map_support.network()
    for fmt in ("graphml", "gexf"):
        assert export_text(network, fmt) == export_text(network, fmt)


def test_dna_statement_list(catalogue: Catalogue) -> None:
    text = export_text(map_support.network(), "dna", catalogue)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == DNA_COLUMNS
    assert len(text.splitlines()) == len(rows) + 1  # one line per statement
    first = rows[0]
    assert first["statement_id"] == "1" and first["time"] == "2025-01-05 00:00:00"
    by_text = {r["text"]: r for r in rows}
    attack = by_text["Musk is a parasite."]
    assert (attack["person"], attack["organization"], attack["concept"], attack["agreement"]) \
        == ("Steve Bannon", "MAGA movement", "h-1b-visas", "-1")
    assert (attack["start_position"], attack["stop_position"]) == ("10", "29")
    assert (attack["document_title"], attack["document_source"]) == ("Bannon on Musk", "Politico")
    # No topic: the concept is the actor addressed; a group speaks as an organization.
    group = by_text["Tech bros back Trump."]
    assert (group["person"], group["organization"], group["concept"]) == \
        ("", "tech bros", "Donald Trump")


def test_dna_collapses_a_repeated_statement(catalogue: Catalogue) -> None:
    network = map_support.network()
    edge = network.edges[2]
    doubled = type(edge)(edge.source, edge.target, 4, edge.polarity, edge.types, edge.first,
                         edge.last, (*edge.relations, "a.txt:0"))
    twice = Network(network.nodes, (*network.edges[:2], doubled, network.edges[3]))
    assert export_text(twice, "dna", catalogue) == export_text(network, "dna", catalogue)


def test_plover_lines_validate_against_the_schema(catalogue: Catalogue) -> None:
    lines = export_text(map_support.network(), "plover", catalogue).splitlines()
    assert len(lines) == 6
    records = [json.loads(line) for line in lines]
    for record in records:
        jsonschema.validate(record, SCHEMA)
    musk = next(r for r in records if r["actor"]["actor_id"] == "elon-musk")
    assert musk["actor"]["identifier_id"] == "Q317521"
    assert musk["recipient"]["identifier_id"] == "Q22686"
    assert musk["event"] == "SUPPORT" and musk["quad_code"] == 1
    accuse = next(r for r in records if r["event"] == "ACCUSE")
    assert accuse["mode"] == "disapprove" and accuse["quad_code"] == 3
    assert accuse["cite_info"] == {"url": "https://example.org/a", "title": "Bannon on Musk",
                                   "publication": "Politico", "date": "2025-01-05"}
    assert accuse["text_info"] == {"doc": "a.txt", "start": 10, "end": 29}


def test_schema_rejects_a_broken_record(catalogue: Catalogue) -> None:
    record = json.loads(export_text(map_support.network(), "plover", catalogue).splitlines()[0])
    record["actor"]["identifier_id"] = "not-a-qid"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)


def test_gdelt_rows_follow_the_cameo_table(catalogue: Catalogue) -> None:
    text = export_text(map_support.network(), "gdelt", catalogue)
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    threat = next(r for r in rows if r["PLOVER"] == "THREATEN")
    assert (threat["EventRootCode"], threat["EventCode"], threat["QuadClass"],
            threat["GoldsteinScale"]) == ("13", "130", "3", "-4.4")
    assert (threat["Actor1Name"], threat["Actor2Name"], threat["Actor2Wikidata"]) == \
        ("STEVE BANNON", "ELON MUSK", "Q317521")
    assert (threat["SQLDATE"], threat["MonthYear"], threat["Year"]) == \
        ("20250210", "202502", "2025")
    request = next(r for r in rows if r["PLOVER"] == "REQUEST")
    assert (request["EventRootCode"], request["QuadClass"]) == ("02", "1")
    assert all("\n" not in r["SOURCEURL"] for r in rows)


def test_every_plover_type_has_a_cameo_row() -> None:
    for type_ in TYPES:
        for polarity in (-1, 0, 1):
            assert cameo_of(type_, polarity) is not None, type_
    assert cameo_of("REQUEST", -1).code == "10"  # type: ignore[union-attr]
    assert cameo_of("REQUEST", 0).code == "02"  # type: ignore[union-attr]
    assert cameo_of("NONSENSE", 0) is None


def test_events_come_dated_first_in_date_order(catalogue: Catalogue) -> None:
    events = events_of(map_support.network(), catalogue)
    dates = [e.record.date for e in events]
    assert dates == sorted(dates)  # both articles are dated
    assert {e.source.id for e in events} <= {n.id for n in map_support.network().nodes}


def test_full_date() -> None:
    assert full_date("2025-03") == "2025-03-01"
    assert full_date("2025") == "2025-01-01"
    assert full_date("2025-03-04T10:00") == "2025-03-04"
    assert full_date(None) is None


def test_event_formats_need_the_relations_and_formats_are_checked() -> None:
    with pytest.raises(UsageError, match="needs"):
        export_text(map_support.network(), "plover")
    with pytest.raises(UsageError, match="unknown export format"):
        export_text(map_support.network(), "pajek")
    assert set(FORMATS) == {"graphml", "gexf", "dna", "plover", "gdelt"}
