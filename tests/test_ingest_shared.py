"""Ingest on the seed articles and PolNeAR dev with the real model (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_support import counts
from spacy.language import Language

import riftmap

pytestmark = pytest.mark.shared

SECOND_SEED = "001_d128ca4b36b85d0e.txt"
LEAVITT = "We do not comment on private conversations"


def test_seeds_and_polnear_dev_ingested_twice_count_as_once(
    shared: Path, nlp: Language, tmp_path: Path
) -> None:
    db = tmp_path / "s.duckdb"
    paths = [shared / "seeds", shared / "corpora" / "polnear" / "dev"]
    first = riftmap.ingest_paths(paths, db, nlp=nlp)
    once = counts(db)
    second = riftmap.ingest_paths(paths, db, nlp=nlp)
    assert counts(db) == once
    assert first.articles == once["articles"] >= 86 and first.errors == 0
    assert second.articles == 0 and second.duplicates == first.articles + first.duplicates

    text = (shared / "seeds" / SECOND_SEED).read_text(encoding="utf-8")
    appeal_end = text.index("Read more") + len("Read more")
    with riftmap.open(db) as corpus:
        (article_id,) = corpus.sql("SELECT id FROM articles WHERE doc = ?", [SECOND_SEED])["id"]
        quotes = corpus.sql("SELECT * FROM quotes WHERE article_id = ?", [article_id])
        mentions = corpus.sql("SELECT * FROM mentions WHERE article_id = ?", [article_id])
    assert not mentions.empty and (mentions["start"] >= appeal_end).all()
    starts = quotes[["source_start", "cue_start", "content_start"]].min(axis=1)
    assert (starts >= appeal_end).all()
    assert quotes["content_text"].str.contains(LEAVITT).sum() == 1
    for row in quotes.itertuples():
        assert text[row.content_start : row.content_end] == row.content_text
