#!/usr/bin/env python3
"""Check the PolNeAR mention keys against their texts and count what they hold.

The texts stay in ``../shared/corpora/polnear/train/text`` (PolNeAR is not redistributed), so
this script, unlike the devset test, needs ``../shared``. It checks every key in every folder
under ``keys/`` (one folder per split: tune, check, tune2, check2, ... check4): the JSON holds
doc, published, actors, quotes and relations; ``doc`` names an existing PolNeAR train text and
``published`` is the date in its name; actor ids are unique lowercase slugs with a valid type;
every mention is an exact substring of the text and none is repeated; quotes and relations are
empty (they are not keyed here); MANIFEST.tsv lists each key in its split, and each of its rows
has a key. It then prints per-article counts of actors, mentions and epithets, where an
epithet is whatever the shared scorer's ``is_epithet`` calls one (imported, not copied), so the
count is the denominator of ``epithet_recall``.

Usage (from the repository root)::

    python3 eval/polnear_mentions/check.py [--shared ../shared]

Exit status 1 when any key is wrong.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ACTOR_TYPES = {"person", "organization", "group"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NAME_DATE = re.compile(r"_(\d{4}-\d\d-\d\d)_")
TOP_KEYS = {"doc", "published", "actors", "quotes", "relations"}


def load_scorer(shared: Path) -> ModuleType:
    """The shared scorer as a module, for its own definition of an epithet."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def key_errors(key: dict, texts: Path) -> list[str]:
    """Every way ``key`` disagrees with its PolNeAR text; empty when it is sound."""
    errors = [f"missing top-level key {k!r}" for k in sorted(TOP_KEYS - set(key))]
    if errors:
        return errors
    path = texts / key["doc"]
    if not path.is_file():
        return [f"no text {path}"]
    text = path.read_text(encoding="utf-8")
    named = NAME_DATE.search(key["doc"])
    if not named or named.group(1) != key["published"]:
        errors.append(f"published {key['published']!r} is not the date in {key['doc']!r}")
    if key["quotes"] or key["relations"]:
        errors.append("quotes and relations must stay empty (not keyed in this set)")
    seen: set[str] = set()
    for actor in key["actors"]:
        aid = actor.get("id", "")
        if not SLUG.match(aid) or aid in seen:
            errors.append(f"actor id {aid!r} is not a unique lowercase slug")
        seen.add(aid)
        if actor.get("type") not in ACTOR_TYPES or not actor.get("name"):
            errors.append(f"{aid}: bad type {actor.get('type')!r} or no name")
        mentions = actor.get("mentions") or []
        if not mentions or len(set(mentions)) != len(mentions):
            errors.append(f"{aid}: mentions empty or repeated")
        errors += [f"{aid}: mention {m!r} not in text" for m in mentions if m not in text]
    return errors


def manifest_split() -> dict[str, str]:
    """Key stem -> split, as MANIFEST.tsv lists it."""
    with (HERE / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["file"][: -len(".txt")]: row["split"]
                for row in csv.DictReader(fh, delimiter="\t")}


def counts(key: dict, is_epithet: Callable[[str, str], bool]) -> tuple[int, int, int]:
    """Actors, mentions and epithet mentions (by the scorer's definition) in one key."""
    mentions = [(m, a["name"]) for a in key["actors"] for m in a["mentions"]]
    return len(key["actors"]), len(mentions), sum(is_epithet(m, n) for m, n in mentions)


def splits() -> list[str]:
    """Every split folder under ``keys/``: a new batch of keys is checked without editing this."""
    return sorted(p.name for p in (HERE / "keys").iterdir() if p.is_dir())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    args = parser.parse_args()
    texts = args.shared / "corpora" / "polnear" / "train" / "text"
    is_epithet = load_scorer(args.shared).is_epithet
    listed, failed = manifest_split(), 0
    for split in splits():
        totals = [0, 0, 0]
        for path in sorted((HERE / "keys" / split).glob("*.json")):
            key = json.loads(path.read_text(encoding="utf-8"))
            errors = key_errors(key, texts)
            if listed.get(path.stem) != split:
                errors.append(f"MANIFEST.tsv lists it in {listed.get(path.stem)!r}, not {split!r}")
            if key.get("doc") != path.stem + ".txt":
                errors.append(f"doc {key.get('doc')!r} does not match the key's file name")
            found = counts(key, is_epithet) if not errors else (0, 0, 0)
            totals = [t + c for t, c in zip(totals, found, strict=True)]
            print(f"{split}/{path.stem}: {found[0]} actors, {found[1]} mentions, "
                  f"{found[2]} epithets" + "".join(f"\n  ERROR {e}" for e in errors))
            failed += bool(errors)
        print(f"== {split}: {totals[0]} actors, {totals[1]} mentions, {totals[2]} epithets")
    unkeyed = sorted(stem for stem, split in listed.items()
                     if not (HERE / "keys" / split / f"{stem}.json").is_file())
    for stem in unkeyed:
        print(f"ERROR MANIFEST.tsv lists {stem} in {listed[stem]!r} but it has no key there")
    failed += len(unkeyed)
    print("ALL OK" if not failed else f"{failed} key(s) with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
