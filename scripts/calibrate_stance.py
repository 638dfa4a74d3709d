"""Score the shipped stance model on NewsMTSC's dev splits and fit its calibration there.

Development time only, and without torch (the numbers come from the ONNX model riftmap runs):
``scripts/train_stance.py`` calls it after each export, and it can run alone after the model
file changes otherwise (``scripts/fuse_stance.py``). Writes ``meta.json`` beside the model:
the temperature fitted on dev-rw + dev-mt, the lexicon weight fitted with it, and each split's
scores, its calibration errors cross-fitted (fitted on one split, measured on the other).

    .venv/bin/python scripts/calibrate_stance.py ../shared/corpora/newsmtsc
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from riftmap.eval.newsmtsc import (
    Item,
    calibration_error,
    fit_calibration,
    fit_temperature,
    read_items,
    scores,
)
from riftmap.nlp.relations.stance_model import MAX_TOKENS, POLARITIES, StanceModel, softmax

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "riftmap" / "data" / "stance"
SEED = 13  # the training seed of the shipped model, recorded in meta.json


def report(name: str, items: list[Item], logits: np.ndarray) -> dict[str, float]:
    pred = [POLARITIES[int(j)] for j in logits.argmax(axis=1)]
    got = scores([i.polarity for i in items], pred)
    print(f"  {name}: macro-F1 {got['macro_f1']:.4f} accuracy {got['accuracy']:.4f}", flush=True)
    return got


def lexicon_votes(items: list[Item]) -> list[int]:
    """The polarity riftmap's word lists give each sentence, outside the target mention: the
    sign of its words' valence plus its lexicon predicates' polarity (the feature that the
    relation component passes as each candidate's lexicon polarity)."""
    from riftmap.nlp.pipeline import load_base_model
    from riftmap.nlp.relations.plover import load
    from riftmap.nlp.relations.stance import word_valence

    nlp, lex = load_base_model(), load()
    votes = []
    for item, doc in zip(items, nlp.pipe(i.target.sentence for i in items), strict=True):
        total = 0
        for tok in doc:
            if item.target.start <= tok.idx < item.target.end:
                continue
            total += word_valence(tok, lex)
            preds = lex.by_lemma.get(tok.lemma_.lower())
            total += preds[0].polarity if preds else 0
        votes.append((total > 0) - (total < 0))
    return votes


def calibrate(args: argparse.Namespace) -> None:
    """Score the shipped ONNX model on both dev splits and fit its temperature on them (alone,
    and with the lexicons' vote as a feature); the errors after calibration are cross-fitted
    (fitted on one split, measured on the other)."""
    out = args.out
    meta: dict[str, Any] = {"threads": 1, "temperature": 1.0, "max_tokens": args.max_tokens}
    (out / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    model = StanceModel(
        (out / "model.onnx").read_bytes(),
        (out / "tokenizer.json").read_text(encoding="utf-8"),
        meta,
    )
    dev = {s: read_items(args.corpus / f"{s}.jsonl") for s in ("dev-rw", "dev-mt")}
    logits = {s: model.logits([i.target for i in items]) for s, items in dev.items()}
    gold = {s: [i.polarity for i in items] for s, items in dev.items()}
    votes = {s: lexicon_votes(items) for s, items in dev.items()}
    figures: dict[str, Any] = {}
    for s, other in (("dev-rw", "dev-mt"), ("dev-mt", "dev-rw")):
        figures[s] = report(s, dev[s], logits[s])
        t_other = fit_temperature(logits[other], gold[other])
        tl, w = fit_calibration(logits[other], gold[other], votes[other])
        with_lex = softmax(logits[s], tl, votes[s], w)
        figures[s]["ece_raw"] = calibration_error(softmax(logits[s]), gold[s])
        figures[s]["ece_calibrated"] = calibration_error(softmax(logits[s], t_other), gold[s])
        figures[s]["ece_with_lexicon"] = calibration_error(with_lex, gold[s])
        pred = [POLARITIES[int(j)] for j in with_lex.argmax(axis=1)]
        figures[s]["with_lexicon"] = scores(gold[s], pred)
        print(
            f"  {s}: ECE {figures[s]['ece_raw']:.4f} -> {figures[s]['ece_calibrated']:.4f} "
            f"(temperature {t_other:.3f} from {other}); with lexicon (t {tl:.3f}, w {w:.2f}): "
            f"{figures[s]['with_lexicon']} ECE {figures[s]['ece_with_lexicon']:.4f}",
            flush=True,
        )
    both = np.concatenate([logits["dev-rw"], logits["dev-mt"]])
    gold_both, votes_both = gold["dev-rw"] + gold["dev-mt"], votes["dev-rw"] + votes["dev-mt"]
    meta["temperature"] = round(fit_temperature(both, gold_both), 4)
    tl, w = fit_calibration(both, gold_both, votes_both)
    meta["lexicon_temperature"], meta["lexicon_weight"] = round(tl, 4), round(w, 4)
    meta["dev"] = figures
    meta["seed"] = args.seed
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the NewsMTSC folder (dev-rw, dev-mt)")
    parser.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    parser.add_argument("--seed", type=int, default=SEED, help="the training seed, recorded")
    parser.add_argument("--out", type=Path, default=OUT, help="the model's folder")
    calibrate(parser.parse_args())


if __name__ == "__main__":
    main()
