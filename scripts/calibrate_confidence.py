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
import sys
from pathlib import Path, PurePath
from typing import Any

from riftmap import api
from riftmap.eval.calibration import expected_calibration_error
from riftmap.eval.keys import read_keys
from riftmap.nlp.pipeline import build_nlp
from riftmap.nlp.relations import component, confidence
from riftmap.resources import data_file

Outcome = tuple[str, float, bool]
HEADER = """\
# Relation confidence by PLOVER type and raw-score bin (riftmap.nlp.relations.confidence):
# the share of such relations whose (source, target, polarity) the keys of {fit} confirm,
# shrunk toward the bin's share over all types. Written by scripts/calibrate_confidence.py;
# do not edit by hand. Columns: type, bin (lower edges {edges}), confidence, relations.
"""


def outcomes(folder: Path, nlp: object, inputs: Path | None = None) -> list[Outcome]:
    """(type, raw score, right?) of every relation extracted from ``folder/texts`` (or from
    ``inputs``, the same articles as dated JSON Lines)."""
    keys = read_keys(folder / "keys")
    out = []
    for found in api.extract_paths([inputs or folder / "texts"], nlp):  # type: ignore[arg-type]
        key = keys.get(PurePath(found.article.doc).name)
        if key is None:
            continue
        gold = {(r["source"], r["target"], int(r.get("polarity") or 0)) for r in key["relations"]}
        for r in found.relations:
            out.append((r.type, r.confidence, (r.source, r.target, r.polarity) in gold))
    return out


def cross_fit(inputs: Path, keys: Path, scorer: Path) -> None:
    """Judge each article's statements with a relation head fitted without it: the shipped
    head was fitted on the development set, whose relations it would read more surely than
    an unseen article's."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import train_relation_head as heads

    docs, _, _, names = heads.prepare(inputs, keys, scorer)
    fold = {n: h for test, h in heads.folds(docs) for n in test}
    by_text = {text: fold[n] for text, n in names.items() if n in fold}
    inner = component.polarity_of

    def judged(doc: Any, *args: Any) -> Any:  # a document without reads needs no head
        return inner(doc, *args, head=by_text.get(doc.text))

    component.polarity_of = judged  # type: ignore[assignment]


def ece(rows: list[Outcome], table: confidence.Calibration | None) -> float:
    pairs = [(table.of(t, raw) if table else raw, right) for t, raw, right in rows]
    return expected_calibration_error([c for c, _ in pairs], [r for _, r in pairs])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", type=Path, required=True, help="keyed set: texts/ and keys/")
    parser.add_argument("--check", type=Path, help="keyed set not used to fit")
    parser.add_argument("--dry-run", action="store_true", help="report; write nothing")
    parser.add_argument(
        "--cross-fit",
        type=Path,
        help="the fit set as dated JSON Lines (scripts/devset_jsonl.py): each article read by "
        "a relation head fitted without it (the set the shipped head was fitted on)",
    )
    parser.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    args = parser.parse_args()
    nlp = build_nlp()
    nlp.get_pipe("riftmap_relations").calibration = None  # raw scores
    shipped = component.polarity_of
    if args.cross_fit:
        cross_fit(args.cross_fit, args.fit / "keys", args.scorer)
    fitted = outcomes(args.fit, nlp, args.cross_fit)
    component.polarity_of = shipped  # type: ignore[assignment]  # the check set: the shipped head
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
