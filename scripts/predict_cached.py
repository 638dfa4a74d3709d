"""Run the attribution engine over a parsed-corpus cache and print contract JSON lines.

For tuning: it skips re-parsing (the cache comes from scripts/parse_corpus.py), so a model can be
scored with ../shared/eval/score.py in seconds.
Usage: python scripts/predict_cached.py CACHE.spacy [--model DIR] > out.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from parse_corpus import load_cached

from riftmap.nlp.attribution.component import DEFAULT_MODEL_DIR, AttributionModel
from riftmap.nlp.attribution.spans import to_quotes
from riftmap.nlp.pipeline import load_base_model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache", type=Path)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR)
    args = ap.parse_args()
    model = AttributionModel(args.model)
    vocab = load_base_model().vocab
    for doc in load_cached(args.cache, vocab):
        facts, found = model.find_with_facts(doc)
        quotes = [q.to_json() for a in found for q in to_quotes(doc, a, facts.region, doc.text)]
        print(json.dumps({"doc": doc.user_data["name"], "quotes": quotes}))


if __name__ == "__main__":
    main()
