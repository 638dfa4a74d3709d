"""The map over a real DuckDB store: the bundled articles' bars (also read with ``--from``),
one actor id per person across articles whatever the ingest order, overrides that survive a
re-ingest, and the store and JSON Lines paths agreeing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from spacy.language import Language

from riftmap import api
from riftmap.network.model import Network

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

HOLLOWAY = [
    "Senator Margaret Holloway criticized Governor Dan Pruitt on Tuesday over the farm budget. "
    '"This budget abandons our farmers," Margaret Holloway said at a rally in Des Moines.\n',
    'Holloway attacked the governor again on Friday. "He has no plan," Holloway told reporters. '
    "Dan Pruitt said the senator was misleading voters about the budget.\n",
    "Pruitt defended his budget on Monday and accused Holloway of playing politics. "
    '"She knows the numbers," Pruitt said.\n',
]


@pytest.fixture(scope="module")
def examples_db(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    api.ingest([EXAMPLES], db, nlp=nlp)
    return db


@pytest.fixture(scope="module")
def examples_jsonl(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("examples") / "examples.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for extraction in api.extract_paths([EXAMPLES], nlp):
            out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    return path


def _edge(net: Network, source: str, target: str) -> object:
    return next((e for e in net.edges if (e.source, e.target) == (source, target)), None)


@pytest.mark.parametrize("source", ["db", "jsonl"])
def test_the_bundled_articles_bars(source: str, examples_db: Path, examples_jsonl: Path) -> None:
    where = {"db": examples_db} if source == "db" else {"paths": [examples_jsonl]}
    net = api.network(**where)  # type: ignore[arg-type]
    feud = _edge(net, "steve-bannon", "elon-musk")
    assert feud is not None and feud.statements >= 8 and feud.polarity < -0.5  # type: ignore[attr-defined]
    outreach = _edge(net, "donald-trump", "steve-bannon")
    assert outreach is not None
    assert outreach.polarity > 0 or "REQUEST" in outreach.types  # type: ignore[attr-defined]
    top = api.rifts(**where)[0]  # type: ignore[arg-type]
    assert set(top.actors) == {"steve-bannon", "elon-musk"}
    assert top.evidence and all(e.text for e in top.evidence)


@pytest.mark.parametrize("source", ["db", "jsonl"])
def test_trump_brokers_the_bundled_rift(
    source: str, examples_db: Path, examples_jsonl: Path
) -> None:
    where = {"db": examples_db} if source == "db" else {"paths": [examples_jsonl]}
    top = api.rifts(**where)[0]  # type: ignore[arg-type]
    assert "donald-trump" in top.brokers


def test_the_store_and_json_lines_give_the_same_network(
    examples_db: Path, examples_jsonl: Path
) -> None:
    stored, read = api.network(db=examples_db), api.network(paths=[examples_jsonl])
    assert _shape(stored) == _shape(read)


def _shape(net: Network) -> set[tuple[str, str, int, float]]:
    return {(e.source, e.target, e.statements, round(e.polarity, 4)) for e in net.edges}


def test_store_rows_and_store_aggregation_agree(examples_db: Path) -> None:
    from riftmap.network.build import build_network

    assert build_network(api.relations(db=examples_db)) == api.network(db=examples_db)


def _write(folder: Path, order: list[int]) -> Path:
    folder.mkdir()
    for position, n in enumerate(order):
        (folder / f"{position}_{n}.txt").write_text(HOLLOWAY[n], encoding="utf-8")
    return folder


def _ids(db: Path) -> dict[tuple[str, str], str]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT a.text, i.local_id, i.actor_id FROM actor_identity i"
        " JOIN article_actors x ON x.actor_id = i.local_id JOIN articles a ON a.id = x.article_id"
    ).fetchall()
    con.close()
    return {(text, local): actor for text, local, actor in rows}


def test_one_actor_id_per_person_whatever_the_ingest_order(nlp: Language, tmp_path: Path) -> None:
    first, second = tmp_path / "first.duckdb", tmp_path / "second.duckdb"
    api.ingest([_write(tmp_path / "a", [0, 1, 2])], first, nlp=nlp)
    api.ingest([_write(tmp_path / "b", [2, 1, 0])], second, nlp=nlp)
    ids = _ids(first)
    assert ids == _ids(second)
    holloway = {actor for (_, local), actor in ids.items() if "holloway" in local}
    pruitt = {actor for (_, local), actor in ids.items() if "pruitt" in local}
    assert holloway == {"margaret-holloway"} and pruitt == {"dan-pruitt"}
    assert "holloway" in {local for _, local in ids}  # a surname-only article was merged


def test_overrides_survive_a_re_ingest(nlp: Language, tmp_path: Path) -> None:
    folder = _write(tmp_path / "a", [0, 1])
    db = tmp_path / "s.duckdb"
    api.ingest([folder], db, nlp=nlp)
    api.merge_actors(db, ["margaret-holloway", "dan-pruitt"])
    assert set(_ids(db).values()) >= {"margaret-holloway"}
    assert "dan-pruitt" not in set(_ids(db).values())
    shutil.copy(tmp_path / "a" / "0_0.txt", tmp_path / "a" / "2_again.txt")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "x.txt").write_text(HOLLOWAY[2], encoding="utf-8")
    api.ingest([folder, tmp_path / "more"], db, nlp=nlp)
    assert "dan-pruitt" not in set(_ids(db).values())
    api.split_actors(db, "dan-pruitt")
    assert "dan-pruitt" in set(_ids(db).values())
