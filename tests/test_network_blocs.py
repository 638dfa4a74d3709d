"""Rifts between blocs: two camps allied for weeks that turn on each other rank above a pair
of camps that were always hostile, and the CLI prints them."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from network_support import START, _doc, actor
from typer.testing import CliRunner

from riftmap import api
from riftmap.cli import app

SIZE, WEEKS, TURN = 4, 16, 10  # camps A and B turn on each other from week TURN


def said(source: str, target: str, hostile: bool) -> dict[str, Any]:
    return {"source": source, "target": target, "type": "ACCUSE" if hostile else "SUPPORT",
            "polarity": -1 if hostile else 1, "topic": "tariffs" if hostile else None,
            "when": None, "confidence": 0.8,
            "evidence": {"start": 0, "end": 4, "text": "said"}, "quote": None}  # fmt: skip


@pytest.fixture(scope="module")
def camps(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[list[str]]]:
    rng = random.Random(5)
    actors = [actor(i) for i in range(3 * SIZE)]
    ids = [a["id"] for a in actors]
    camp = [ids[:SIZE], ids[SIZE : 2 * SIZE], ids[2 * SIZE :]]
    path = tmp_path_factory.mktemp("blocs") / "camps.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for week in range(WEEKS):
            relations = []
            for c, members in enumerate(camp):
                for a in members:
                    friend = rng.choice([m for m in members if m != a])
                    relations.append(said(a, friend, False))
                    for d, others in enumerate(camp):
                        if d == c:
                            continue
                        turned = {c, d} == {0, 1}
                        hostile = not turned or week >= TURN
                        times = 3 if turned and hostile else 1
                        for _ in range(times):
                            relations.append(said(a, rng.choice(others), hostile))
            out.write(json.dumps(_doc(week, actors, relations)) + "\n")
    return path, camp


def test_the_camps_that_turned_rank_first(camps: tuple[Path, list[list[str]]]) -> None:
    path, camp = camps
    found = api.bloc_rifts(paths=[path], window="2w", step="1w")
    assert found, "no bloc rift"
    top = found[0]
    assert {frozenset(m) for m in top.members} == {frozenset(camp[0]), frozenset(camp[1])}
    assert top.first_hostile == (START + timedelta(weeks=TURN)).isoformat()
    assert top.peak is not None and top.peak >= top.first_hostile
    assert top.evidence and all(e.text == "said" for e in top.evidence)
    assert top.topics == ("tariffs",)
    always = [r for r in found if frozenset(camp[2]) in {frozenset(m) for m in r.members}]
    assert always and all(r.score < top.score for r in always)


def test_rifts_blocs_on_the_command_line(camps: tuple[Path, list[list[str]]]) -> None:
    path, camp = camps
    run = CliRunner().invoke
    result = run(app, ["rifts", "--from", str(path), "--blocs", "--window", "2w", "--step",
                       "1w", "--format", "json"])  # fmt: skip
    assert result.exit_code == 0
    ranked = json.loads(result.stdout)
    assert set(ranked[0]) == {
        "blocs", "members", "score", "first_hostile", "peak", "topics", "evidence", "timeline"
    }  # fmt: skip
    assert {frozenset(m) for m in ranked[0]["members"]} == {frozenset(camp[0]), frozenset(camp[1])}
    table = run(app, ["rifts", "--from", str(path), "--blocs"], terminal_width=200)
    assert table.exit_code == 0 and "Rifts between blocs" in table.stdout
