"""The Dask engine on a real LocalCluster: the same rows as the local engine, resumable."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from ingest_support import article, fake_pipeline, snapshot

import riftmap
from riftmap.engine import dask as dask_engine
from riftmap.engine.dask import _fingerprint, partitions, run_partition
from riftmap.ingest import Columns
from riftmap.nlp import extensions

pytest.importorskip("distributed")


def blank_pipeline() -> spacy.language.Language:
    """A pipeline that finds nothing: marks partitions made before the run."""
    extensions.register()
    return spacy.blank("en")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(dask_engine, "PARTITION_BYTES", 4000)
    root = tmp_path / "in"
    root.mkdir()
    for i in range(30):
        (root / f"a{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (root / "copy.txt").write_text(article(3), encoding="utf-8")
    (root / "near.txt").write_text(article(4).replace("said", "said today"), encoding="utf-8")
    (root / "bad.jsonl").write_text('{"text": 1}\n', encoding="utf-8")
    return root


@pytest.mark.slow
def test_dask_stores_what_local_stores_and_resumes_from_its_parts(
    folder: Path, tmp_path: Path
) -> None:
    files = sorted(folder.iterdir())
    assert len(partitions(files)) > 3
    local = riftmap.ingest_paths([folder], tmp_path / "local.duckdb", nlp=fake_pipeline())
    staging = tmp_path / "parts"
    # A partition left by an earlier, stopped run (made here by a pipeline that finds nothing).
    run_dir = staging / _fingerprint(files, Columns())
    first = partitions(files)[0]
    run_partition(0, first, Columns(), str(run_dir), blank_pipeline, 16)

    summary = riftmap.ingest_paths(
        [folder],
        tmp_path / "dask.duckdb",
        engine="dask",
        workers=2,
        staging=staging,
        pipeline=fake_pipeline,
    )
    assert (summary.articles, summary.duplicates, summary.errors) == (
        local.articles,
        local.duplicates,
        local.errors,
    )
    assert not run_dir.exists(), "staging is removed after a finished run"
    got, expected = snapshot(tmp_path / "dask.duckdb"), snapshot(tmp_path / "local.duckdb")
    assert got["articles"] == expected["articles"]
    # the reused partition's articles carry what its (blank) pipeline found: no quotes
    reused = {r[0] for r in expected["articles"] if any(str(p) == r[3] for p in first)}
    assert {q for q in expected["quotes"] if q[0] not in reused} == set(got["quotes"])

    again = riftmap.ingest_paths(
        [folder],
        tmp_path / "fresh.duckdb",
        engine="dask",
        workers=2,
        staging=staging,
        pipeline=fake_pipeline,
    )
    assert again.status == "finished"
    assert snapshot(tmp_path / "fresh.duckdb") == expected
