"""Fit the relation confidence table (``data/relations/confidence.tsv``) on keyed articles and
report the expected calibration error (ECE) before and after, on the fitting set and on a
keyed set not used to fit it.

    .venv/bin/python scripts/calibrate_confidence.py --fit eval/devset --check eval/checkset
    .venv/bin/python scripts/calibrate_confidence.py --fit eval/devset --dry-run

A relation is right when its (source, target, polarity) is one of its article's key triples,
the same test as ``score.py keys``' source-target-polarity measure.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path, PurePath

from riftmap import api
from riftmap.eval.calibration import expected_calibration_error
from riftmap.eval.keys import read_keys
from riftmap.nlp.pipeline import build_nlp
from riftmap.nlp.relations import confidence
from riftmap.resources import data_file

Outcome = tuple[str, float, bool]
HEADER = """\
# Relation confidence by PLOVER type and raw-score bin (riftmap.nlp.relations.confidence):
# the share of such relations whose (source, target, polarity) the keys of {fit} confirm,
# shrunk toward the bin's share over all types. Written by scripts/calibrate_confidence.py;
# do not edit by hand. Columns: type, bin (lower edges {edges}), confidence, relations.
"""


def outcomes(folder: Path, nlp: object) -> list[Outcome]:
    """(type, raw score, right?) of every relation extracted from ``folder/texts``."""
    keys = read_keys(folder / "keys")
    out = []
    for found in api.extract_paths([folder / "texts"], nlp):  # type: ignore[arg-type]
        key = keys.get(PurePath(found.article.doc).name)
        if key is None:
            continue
        gold = {(r["source"], r["target"], int(r.get("polarity") or 0)) for r in key["relations"]}
        for r in found.relations:
            out.append((r.type, r.confidence, (r.source, r.target, r.polarity) in gold))
    return out


def ece(rows: list[Outcome], table: confidence.Calibration | None) -> float:
    pairs = [(table.of(t, raw) if table else raw, right) for t, raw, right in rows]
    return expected_calibration_error([c for c, _ in pairs], [r for _, r in pairs])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", type=Path, required=True, help="keyed set: texts/ and keys/")
    parser.add_argument("--check", type=Path, help="keyed set not used to fit")
    parser.add_argument("--dry-run", action="store_true", help="report; write nothing")
    args = parser.parse_args()
    nlp = build_nlp()
    nlp.get_pipe("riftmap_relations").calibration = None  # raw scores
    fitted = outcomes(args.fit, nlp)
    fit = confidence.fit(fitted)
    rows = [f"{t}\t{b}\t{v}\t{n}" for (t, b), (v, n) in fit.items()]
    text = HEADER.format(fit=args.fit, edges=", ".join(map(str, confidence.EDGES)))
    text += "\n".join(rows) + "\n"
    table = confidence.parse(text)
    report = {"fit": {"relations": len(fitted), "ece_raw": ece(fitted, None),
                      "ece_calibrated": ece(fitted, table)}}  # fmt: skip
    if args.check:
        checked = outcomes(args.check, nlp)
        report["check"] = {"relations": len(checked), "ece_raw": ece(checked, None),
                           "ece_calibrated": ece(checked, table)}  # fmt: skip
    print(json.dumps(report, indent=1))
    if not args.dry_run:
        Path(str(data_file("relations", confidence.FILE))).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
