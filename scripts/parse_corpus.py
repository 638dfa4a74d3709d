"""Parse a PolNeAR-style folder once with the base model and cache it as a spaCy DocBin.

Training and tuning read the cache instead of re-parsing 840 articles on every run.
Usage: python scripts/parse_corpus.py SPLIT_DIR OUT.spacy
"""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from riftmap.eval.brat import read_corpus
from riftmap.nlp.pipeline import load_base_model


def main(split_dir: str, out: str) -> None:
    docs = read_corpus(Path(split_dir))
    nlp = load_base_model()
    store = DocBin(store_user_data=True)
    texts = ((d.text, d.name) for d in docs)
    for doc, name in nlp.pipe(texts, as_tuples=True, batch_size=32):
        doc.user_data["name"] = name
        store.add(doc)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    store.to_disk(out)
    print(f"{len(docs)} documents -> {out}")


def load_cached(cache: Path, vocab: Vocab) -> list[Doc]:
    """The parsed docs of a cache written by ``main``."""
    return list(DocBin().from_disk(cache).get_docs(vocab))


if __name__ == "__main__":
    main(*sys.argv[1:3])
