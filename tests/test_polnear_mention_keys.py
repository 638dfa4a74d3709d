"""The PolNeAR mention keys (eval/polnear_mentions) agree with the PolNeAR train texts.

The texts are not redistributed: the keys name files of ``../shared/corpora/polnear/train``,
so these tests need ``../shared`` and skip without it. A mention that drifts from its text
(a re-typed apostrophe, a garbled accent typed clean) can never be matched and silently lowers
mention and epithet recall, so every key is held to the devset's checks; and the splits the
linker work tunes on (tune, tune2, ... tune4) must stay apart from the ones it reports (check,
check2, ... check4), all drawn from train, never from PolNeAR dev. Every folder under ``keys/``
is a split, so a new batch is covered without editing this file.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_devset_keys import key_errors

pytestmark = pytest.mark.shared

SET = Path(__file__).resolve().parent.parent / "eval" / "polnear_mentions"
SPLITS = sorted(p.name for p in (SET / "keys").iterdir() if p.is_dir())
KEY_FILES = [path for split in SPLITS for path in sorted((SET / "keys" / split).glob("*.json"))]


def manifest() -> list[dict[str, str]]:
    with (SET / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.mark.parametrize("key_path", KEY_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_mention_is_in_its_polnear_text_and_only_actors_are_keyed(
    shared: Path, key_path: Path
) -> None:
    key = json.loads(key_path.read_text(encoding="utf-8"))
    doc = key_path.stem + ".txt"
    text = (shared / "corpora" / "polnear" / "train" / "text" / doc).read_text(encoding="utf-8")
    assert key_errors(key, text, doc) == []
    assert key["quotes"] == [] and key["relations"] == []
    assert key["actors"]


def test_the_manifest_splits_train_articles_into_disjoint_halves(shared: Path) -> None:
    rows = manifest()
    polnear = shared / "corpora" / "polnear"
    assert {r["split"] for r in rows} == set(SPLITS)
    for split in SPLITS:
        listed = sorted(r["file"] for r in rows if r["split"] == split)
        keyed = sorted(p.stem + ".txt" for p in (SET / "keys" / split).glob("*.json"))
        assert listed == keyed and len(keyed) == 12, split
    assert [int(r["n"]) for r in rows] == list(range(1, len(rows) + 1))
    assert len({r["file"] for r in rows}) == len(rows)
    assert len({r["publisher"] for r in rows}) == 7
    for row in rows:
        assert (polnear / "train" / "text" / row["file"]).is_file(), row["file"]
        assert not (polnear / "dev" / "text" / row["file"]).exists(), row["file"]
        assert row["file"].startswith(row["publisher"] + "_" + row["published"] + "_")
