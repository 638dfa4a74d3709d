"""Linear baselines for target-dependent stance on NewsMTSC (development-time comparison only).

Measures option (a) of the stance model choice: TF-IDF word and character n-grams of the
sentence with the target masked, plus the words in windows on each side of the target, in a
logistic regression. Trained on train.jsonl, scored on the two dev splits.

    .venv/bin/python scripts/stance_baseline.py ../shared/corpora/newsmtsc
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

WINDOW = 40  # characters on each side of the target


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def views(item: dict[str, object]) -> tuple[str, str, str]:
    s, a, b = str(item["sentence"]), int(item["from"]), int(item["to"])  # type: ignore[call-overload]
    masked = s[:a] + " TARGETX " + s[b:]
    return masked, s[max(0, a - WINDOW) : a], s[b : b + WINDOW]


def main(root: Path) -> None:
    train = load(root / "train.jsonl")
    vecs = [
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True),
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
    ]
    cols = [0, 0, 1, 2]

    def featurise(items: list[dict[str, object]], fit: bool) -> object:
        vs = [views(i) for i in items]
        mats = []
        for vec, col in zip(vecs, cols, strict=True):
            texts = [v[col] for v in vs]
            mats.append(vec.fit_transform(texts) if fit else vec.transform(texts))
        return hstack(mats).tocsr()

    x = featurise(train, True)
    y = [int(i["polarity"]) for i in train]  # type: ignore[call-overload]
    for c in (1.0, 3.0, 10.0):
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)
        for split in ("dev-rw", "dev-mt"):
            dev = load(root / f"{split}.jsonl")
            gold = [int(i["polarity"]) for i in dev]  # type: ignore[call-overload]
            pred = clf.predict(featurise(dev, False))
            f1 = f1_score(gold, pred, average="macro")
            print(f"C={c} {split}: macro-F1 {f1:.3f} accuracy {accuracy_score(gold, pred):.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
