"""The map layer on extraction JSON Lines with a planted structure (tests/network_support.py):
factions recover the blocs, rifts find the pair that turned hostile, windows follow it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from network_support import planted

from riftmap import api
from riftmap.network.factions import adjusted_rand, factions
from riftmap.network.jsonl import read_jsonl
from riftmap.network.rows import Slice
from riftmap.network.windows import windows

Corpus = tuple[Path, dict[str, int], tuple[str, str]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    path = tmp_path_factory.mktemp("planted") / "planted.jsonl"
    blocs, pair = planted(path)
    return path, blocs, pair


def test_factions_recover_the_blocs(corpus: Corpus) -> None:
    path, blocs, _ = corpus
    found = api.factions(paths=[path])
    label = {a: f.id for f in found.factions for a in f.members}
    assert sorted(label) == sorted(blocs)
    actors = sorted(blocs)
    assert adjusted_rand([blocs[a] for a in actors], [label[a] for a in actors]) >= 0.9
    assert 0 < found.frustration < 0.25
    assert found.polarisation > 0.4


def test_the_planted_pair_is_the_top_rift(
    corpus: Corpus,
) -> None:
    path, _, pair = corpus
    ranked = api.rifts(paths=[path], window="30d", step="7d")
    top = ranked[0]
    assert set(top.actors) == set(pair)
    assert top.score > 2 * ranked[1].score
    assert top.first_hostile is not None and top.peak is not None
    assert top.peak >= "2025-04-01"  # the turn comes in the last four of twenty weeks
    assert top.topics == ("budget",)
    assert top.evidence and all(e.doc.startswith("week-") for e in top.evidence)
    assert sum(p.hostile for p in top.timeline[-2:]) > 0
    assert top.timeline[0].hostile <= 1


def test_windows_follow_the_pair(corpus: Corpus) -> None:
    path, _, (a, b) = corpus
    series = windows(read_jsonl([path]), timedelta(days=28), timedelta(days=28))
    assert len(series) == 5  # twenty weeks in windows of four
    polarity = [
        next(e.polarity for e in net.edges if {e.source, e.target} == {a, b}) for _, net in series
    ]
    assert polarity[0] > 0 and polarity[-1] < -0.5


def test_a_slice_takes_dates_topics_and_an_actor_neighbourhood(
    corpus: Corpus,
) -> None:
    path, _, (a, _) = corpus
    rows = read_jsonl([path])
    may = Slice(since=date(2025, 4, 1), until=date(2025, 4, 30))
    net = api.network(paths=[path], slice=may)
    assert net.edges and all("2025-04-01" <= (e.first or "") <= "2025-04-30" for e in net.edges)
    budget = api.network(paths=[path], slice=Slice(topic="Budget"))
    assert budget.edges and all(e.polarity < 0 or "ACCUSE" in e.types for e in budget.edges)
    ego = api.network(paths=[path], slice=Slice(actor=rows.name(a), depth=1, min_statements=3))
    ids = {n.id for n in ego.nodes}
    assert a in ids and all(e.statements >= 3 for e in ego.edges)
    assert all(a in (e.source, e.target) or _near(ego, a, e.source) for e in ego.edges)


def _near(net: object, a: str, b: str) -> bool:
    edges = getattr(net, "edges", ())
    return any({e.source, e.target} == {a, b} for e in edges)


def test_factions_are_deterministic(corpus: Corpus) -> None:
    path, _, _ = corpus
    net = api.network(paths=[path])
    assert factions(net) == factions(net)


def test_adjusted_rand_index() -> None:
    assert adjusted_rand([0, 0, 1, 1], [5, 5, 7, 7]) == 1.0
    assert adjusted_rand([0, 0, 1, 1], [0, 1, 0, 1]) < 0
