"""Train the attribution engine's cue lexicon and two CRFs on PolNeAR train, reproducibly.

Usage:
    python scripts/parse_corpus.py ../shared/corpora/polnear/train .cache/train.spacy
    python scripts/train_attribution.py ../shared/corpora/polnear/train .cache/train.spacy \
        [--out src/riftmap/data/attribution]

Only PolNeAR *train* is read. CRFsuite's L-BFGS is deterministic for the same data and
settings, so the shipped model files are reproduced exactly by a re-run.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite
from parse_corpus import load_cached
from spacy.tokens import Doc

from riftmap.eval.brat import AnnotatedDoc, GoldAttribution, read_corpus
from riftmap.nlp.attribution.cue_strings import TokenStrings
from riftmap.nlp.attribution.features import doc_facts
from riftmap.nlp.attribution.role_features import role_features
from riftmap.nlp.pipeline import load_base_model

Pair = tuple[Doc, AnnotatedDoc]
Items = list[list[str]] | list[list[bytes]]  # a sequence's attribute strings, item by item


def load_pairs(split_dir: Path, cache: Path) -> list[Pair]:
    """Parsed docs from the cache, each with its gold annotations."""
    gold = {d.name: d for d in read_corpus(split_dir)}
    nlp = load_base_model()
    docs = load_cached(cache, nlp.vocab)
    return [(doc, gold[doc.user_data["name"]]) for doc in docs if doc.user_data["name"] in gold]


def token_range(doc: Doc, frags: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """Tokens overlapping the hull of character fragments (surrounding blanks ignored)."""
    if not frags:
        return None
    start, end = frags[0][0], max(e for _, e in frags)
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    toks = [t.i for t in doc if t.idx < end and t.idx + len(t.text) > start]
    return (toks[0], toks[-1] + 1) if toks else None


def token_sets(doc: Doc, frags: tuple[tuple[int, int], ...]) -> set[int]:
    """Tokens overlapping any fragment (not the hull: an interrupting cue stays outside)."""
    out: set[int] = set()
    for s, e in frags:
        out.update(t.i for t in doc if t.idx < e and t.idx + len(t.text) > s and not t.is_space)
    return out


def build_lexicon(pairs: list[Pair]) -> dict[str, float]:
    """P(token is part of a cue | its lemma or word), smoothed, for forms seen 3+ times."""
    total: Counter[str] = Counter()
    as_cue: Counter[str] = Counter()
    for doc, gold in pairs:
        cue_toks: set[int] = set()
        for att in gold.attributions:
            cue_toks |= token_sets(doc, att.cue)
        for tok in doc:
            keys = {tok.lemma_.lower(), tok.lower_}
            for k in keys:
                total[k] += 1
                as_cue[k] += tok.i in cue_toks
    return {
        k: round(as_cue[k] / (total[k] + 2), 4)
        for k in sorted(total)
        if total[k] >= 3 and as_cue[k] / (total[k] + 2) >= 0.01
    }


def bio(labels: list[str]) -> list[str]:
    out, prev = [], "O"
    for lab in labels:
        out.append("O" if lab == "O" else ("I-" if prev == lab else "B-") + lab)
        prev = lab
    return out


def cross_fitted(pairs: list[Pair], folds: int = 5) -> list[dict[str, float]]:
    """For each document, a lexicon learned from the other folds only, so that the CRF learns
    how far to trust the lexicon from honest values rather than from its own labels."""
    lexicons = [
        build_lexicon([p for j, p in enumerate(pairs) if j % folds != k]) for k in range(folds)
    ]
    return [lexicons[j % folds] for j in range(len(pairs))]


def cue_sequences(
    pairs: list[Pair], lexicons: list[dict[str, float]]
) -> Iterator[tuple[Items, list[str]]]:
    """Each sentence's cue features, as the pipeline makes them (UTF-8, which CRFsuite
    stores as it would the strings), with its gold cue tags."""
    for (doc, gold), lexicon in zip(pairs, lexicons, strict=True):
        facts = doc_facts(doc, lexicon)
        strings = TokenStrings(lexicon).on(facts)
        tags = _bio_by_cue(doc, gold.attributions)
        for start, end in facts.sent_bounds:
            yield strings.cue_items(start, end), tags[start:end]


def _bio_by_cue(doc: Doc, atts: tuple[GoldAttribution, ...]) -> list[str]:
    """Cue tags; each gold cue starts with B so that adjacent cues never merge."""
    tags = ["O"] * len(doc)
    for att in atts:
        rng = token_range(doc, att.cue)
        if rng:
            tags[rng[0]] = "B-CUE"
            for i in range(rng[0] + 1, rng[1]):
                tags[i] = "I-CUE"
    return tags


def role_sequences(
    pairs: list[Pair], lexicons: list[dict[str, float]]
) -> Iterator[tuple[Items, list[str]]]:
    for (doc, gold), lexicon in zip(pairs, lexicons, strict=True):
        facts = doc_facts(doc, lexicon)
        own = TokenStrings(lexicon).on(facts).role_base
        atts = [(att, token_range(doc, att.cue)) for att in gold.attributions]
        cued = [(att, cue) for att, cue in atts if cue is not None]
        windows = role_features(facts, [cue for _att, cue in cued], own)
        for (att, _cue), (lo, hi, feats) in zip(cued, windows, strict=True):
            src = token_sets(doc, att.source)
            con = token_sets(doc, att.content)
            labels = ["S" if i in src else "C" if i in con else "O" for i in range(lo, hi)]
            yield feats, _bio_roles(labels)


def _bio_roles(labels: list[str]) -> list[str]:
    """BIO over roles; a content interrupted by its cue stays one run per fragment."""
    return bio(labels)


def train(seqs: Iterator[tuple[Items, list[str]]], out: Path, params: dict[str, object]) -> None:
    trainer = pycrfsuite.Trainer(algorithm=str(params.pop("algorithm", "lbfgs")), verbose=False)
    n = 0
    for x, y in seqs:
        trainer.append(x, y)
        n += 1
    # features seen once in train carry no evidence and bloat the model files
    trainer.set_params({"feature.possible_transitions": True, "feature.minfreq": 2, **params})
    trainer.train(str(out))
    print(f"{out.name}: {n} sequences")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("cache", type=Path)
    ap.add_argument("--out", type=Path, default=Path("src/riftmap/data/attribution"))
    ap.add_argument("--iterations", type=int, default=200)
    # L2 only (c1=0): strong L2 generalised best from train to held-out text (cue c2 1..10)
    ap.add_argument("--c1", type=float, default=0.0)
    ap.add_argument("--cue-c2", type=float, default=3.0)
    ap.add_argument("--role-c2", type=float, default=1.0)
    ap.add_argument("--only", choices=["cue", "role"], default=None)
    args = ap.parse_args()
    pairs = load_pairs(args.split_dir, args.cache)
    args.out.mkdir(parents=True, exist_ok=True)
    lexicon = build_lexicon(pairs)
    (args.out / "cue_lexicon.json").write_text(json.dumps(lexicon, indent=0, sort_keys=True))
    lexicons = cross_fitted(pairs)
    if args.only != "role":
        params = {"c1": args.c1, "c2": args.cue_c2, "max_iterations": args.iterations}
        train(cue_sequences(pairs, lexicons), args.out / "cue.crfsuite", dict(params))
    if args.only != "cue":
        params = {"c1": args.c1, "c2": args.role_c2, "max_iterations": args.iterations}
        train(role_sequences(pairs, lexicons), args.out / "role.crfsuite", dict(params))


if __name__ == "__main__":
    main()
