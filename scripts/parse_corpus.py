"""Parse a PolNeAR-style folder once with the base model and cache it as a spaCy DocBin.

Training and tuning read the cache instead of re-parsing 840 articles on every run.
Usage: python scripts/parse_corpus.py SPLIT_DIR OUT.spacy
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
from spacy.tokens import DocBin

from riftmap.eval.brat import read_corpus
from riftmap.nlp.pipeline import load_base_model


def main(split_dir: str, out: str) -> None:
    docs = read_corpus(Path(split_dir))
    nlp = load_base_model()
    store = DocBin(store_user_data=True)
    tensors = []
    texts = ((d.text, d.name) for d in docs)
    for doc, name in nlp.pipe(texts, as_tuples=True, batch_size=32):
        doc.user_data["name"] = name
        store.add(doc)
        tensors.append(doc.tensor.astype(numpy.float32))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    store.to_disk(out)
    # DocBin drops doc.tensor (the tok2vec output the features use); keep it beside the docs
    numpy.save(Path(out).with_suffix(".tensor.npy"), numpy.concatenate(tensors))
    print(f"{len(docs)} documents -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])


def load_cached(cache: Path, vocab: object) -> list[object]:
    """Docs of a cache with their tensors restored."""
    docs = list(DocBin().from_disk(cache).get_docs(vocab))
    tensor = numpy.load(cache.with_suffix(".tensor.npy"))
    pos = 0
    for doc in docs:
        doc.tensor = tensor[pos : pos + len(doc)]
        pos += len(doc)
    return docs
