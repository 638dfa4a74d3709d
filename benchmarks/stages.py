"""CPU time of each riftmap stage over the same parsed documents, for comparing two builds.

The texts (PolNeAR dev by default) are parsed once by the model's own components; then, in
each pass, the attribute table and the lemma table run again on copies of the parsed
documents, and riftmap's components (attribution, actors, relations) on one copy each, in
the pipeline's order, each call timed in CPU time. Prints every pass and the least time of
each stage over the passes (the least disturbed on a shared machine).

``--cached-stance`` keeps the stance model's scores after their first computation, so that
from the second pass on the relations' time is the rest of the relations (the model's own
time moves by more than most changes elsewhere). Compare builds by running this script
alternately on each (``PYTHONPATH=other/src``), not with ``benchmarks/throughput.py``, whose
ratio moves by a few hundredths from run to run. Not a test, nor part of ``make bench``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from riftmap.api import _without_boilerplate
from riftmap.models import Article
from riftmap.nlp.actors.corpus import CorpusActors
from riftmap.nlp.collector import long_lived_frozen
from riftmap.nlp.pipeline import build_nlp, make_docs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "corpora" / "polnear" / "dev" / "text"
RERUN = ("attribute_ruler", "lemmatizer")  # model components riftmap replaced by tables
OURS = ("riftmap_attribution", "riftmap_speakers", "riftmap_relations")


def cache_stance_scores() -> None:
    """Make the stance model keep its scores and encoder rows per request (the same requests
    come back in every pass, so only the first pays for the model). ``read`` is what every
    caller reaches (``logits`` reads through it)."""
    from riftmap.nlp.relations.stance_model import StanceModel

    read = StanceModel.read
    kept: dict[tuple[Any, ...], Any] = {}

    def cached(self: StanceModel, targets: Sequence[Any]) -> Any:
        key = tuple(targets)
        if key not in kept:
            kept[key] = read(self, targets)
        scores, rows = kept[key]
        return scores.copy(), rows.copy()

    StanceModel.read = cached  # type: ignore[method-assign]


def timed(call: Callable[[Doc], Doc], doc: Doc) -> tuple[Doc, float]:
    start = time.process_time()
    out = call(doc)
    return out, time.process_time() - start


def one_pass(nlp: Any, docs: list[Doc]) -> dict[str, float]:
    """CPU seconds of each stage over all documents, with a fresh corpus of actors."""
    spent = dict.fromkeys((*RERUN, *OURS), 0.0)
    corpus = CorpusActors()
    with long_lived_frozen():  # as ``riftmap.api.extract`` runs the pipeline
        for parsed in docs:
            for name in RERUN:
                spent[name] += timed(nlp.get_pipe(name), parsed.copy())[1]
            doc = parsed.copy()
            doc._.corpus_actors = corpus
            for name in OURS:
                doc, seconds = timed(nlp.get_pipe(name), doc)
                spent[name] += seconds
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="?", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--cached-stance", action="store_true")
    args = parser.parse_args()
    if args.cached_stance:
        cache_stance_scores()
    paths = sorted(args.texts.glob("*.txt"))
    articles = [Article(doc=p.name, text=p.read_text(encoding="utf-8")) for p in paths]
    nlp = build_nlp()
    with nlp.select_pipes(disable=list(OURS)):
        pairs = make_docs(nlp, articles, _without_boilerplate)
        docs = [doc for doc, _ in nlp.pipe(pairs, as_tuples=True)]
    print(f"{len(docs)} documents, load average {os.getloadavg()[0]:.1f}")
    best: dict[str, float] = {}
    for k in range(args.passes):
        spent = one_pass(nlp, docs)
        print(f"pass {k}: " + "  ".join(f"{n} {s:.3f}" for n, s in spent.items()))
        best = {n: min(best.get(n, s), s) for n, s in spent.items()}
    print("least:  " + "  ".join(f"{n} {s:.3f}" for n, s in best.items()))
    print(f"load average {os.getloadavg()[0]:.1f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
