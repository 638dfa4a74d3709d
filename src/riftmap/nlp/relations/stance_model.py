"""Learned stance: the polarity a sentence expresses toward one actor it mentions.

A MiniLM-L6 encoder fine-tuned on NewsMTSC's training split (``scripts/train_stance.py``),
exported to ONNX with int8 weights and run with onnxruntime, so that no torch is needed at run
time. The target mention is wrapped in two marker tokens; the classifier reads the sentence
start and the opening marker. Probabilities are divided by a temperature fitted on NewsMTSC's
dev splits, so that the probability of a polarity can stand as a relation's ``confidence``.

Word lists cannot tell whose side a sentence is on ("it is outrageous to misrepresent his
reasons" defends him); a model that reads the whole sentence can, which is why the relation
polarity comes from here and the lexicons only add evidence.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from riftmap.errors import ModelError

POLARITIES = (-1, 0, 1)  # the order of the model's outputs
MARK_OPEN = "[unused0]"  # BERT vocabulary slots left free for such uses
MARK_CLOSE = "[unused1]"
MAX_TOKENS = 96  # sentence pieces the model reads, windowed around the target
RESOURCE = "stance"
OUTPUTS = ["logits", "features"]  # the graph's outputs (scripts/fuse_stance.py)


@dataclass(frozen=True)
class Target:
    """One actor mention to judge: the sentence and the mention's character offsets in it."""

    sentence: str
    start: int
    end: int


def marked(target: Target) -> str:
    """The sentence with the mention between the two markers."""
    s, a, b = target.sentence, target.start, target.end
    return f"{s[:a]} {MARK_OPEN} {s[a:b]} {MARK_CLOSE} {s[b:]}"


def load_tokenizer(data: str) -> Tokenizer:
    """The encoder's WordPiece tokenizer with the markers kept whole, without truncation or
    padding (``encode`` windows and pads)."""
    tok = Tokenizer.from_str(data)
    tok.no_truncation()
    tok.no_padding()
    tok.add_special_tokens([MARK_OPEN, MARK_CLOSE])
    return tok


def window(ids: list[int], centre: int, size: int) -> list[int]:
    """``size`` pieces of ``ids`` (without its first and last) around position ``centre``, so
    that a long sentence keeps the words nearest the target."""
    inner = ids[1:-1]
    if len(inner) <= size:
        return ids
    start = min(max(0, centre - 1 - size // 2), len(inner) - size)
    return [ids[0], *inner[start : start + size], ids[-1]]


def encode(
    tok: Tokenizer, targets: Sequence[Target], max_tokens: int = MAX_TOKENS
) -> dict[str, np.ndarray]:
    """Input ids, attention mask and token types for a batch, padded to its longest row."""
    opening = tok.token_to_id(MARK_OPEN)
    rows = []
    for t in targets:  # encode_batch would start a thread pool for one row; encode does not
        ids = list(tok.encode(marked(t)).ids)
        centre = ids.index(opening) if opening in ids else 0
        rows.append(window(ids, centre, max_tokens - 2))
    width = max(len(r) for r in rows)
    ids_arr = np.zeros((len(rows), width), dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        ids_arr[i, : len(r)] = r
        mask[i, : len(r)] = 1
    return {"input_ids": ids_arr, "attention_mask": mask, "token_type_ids": np.zeros_like(mask)}


def softmax(
    logits: np.ndarray,
    temperature: float = 1.0,
    votes: Sequence[int] | None = None,
    weight: float = 0.0,
) -> np.ndarray:
    """Row-wise softmax of ``logits / temperature``, plus ``weight`` on the polarity a word
    list votes for (``votes``: -1, 0 or 1 per row; 0 is no vote)."""
    z = logits / temperature
    if votes is not None and weight:
        z = z + weight * lexicon_matrix(votes)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out


def lexicon_matrix(votes: Sequence[int]) -> np.ndarray:
    """One row per vote, 1 in the column of the polarity voted for, zeros for no vote."""
    out = np.zeros((len(votes), len(POLARITIES)))
    for i, v in enumerate(votes):
        if v:
            out[i, POLARITIES.index(1 if v > 0 else -1)] = 1.0
    return out


class StanceModel:
    """The packaged stance classifier; build it once with ``stance_model()``."""

    def __init__(self, model: bytes, tokenizer: str, meta: dict[str, Any]) -> None:
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = int(meta.get("threads", 1))
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        self.tokenizer = load_tokenizer(tokenizer)
        self.temperature = float(meta.get("temperature", 1.0))
        # with the lexicons' votes as a feature, temperature and weight are fitted together
        self.lexicon_temperature = float(meta.get("lexicon_temperature", self.temperature))
        self.lexicon_weight = float(meta.get("lexicon_weight", 0.0))
        self.meta = meta

    def logits(self, targets: Sequence[Target]) -> np.ndarray:
        """Raw scores, one row per target in ``POLARITIES`` order."""
        return self.read(targets)[0]

    def read(self, targets: Sequence[Target]) -> tuple[np.ndarray, np.ndarray]:
        """Raw scores and the encoder rows they are read from (the relation head's input),
        one row per target. Each target runs alone: int8 activations are quantised per
        batch, so batch-mates would shift a row's scores, and unpadded single rows measured
        faster on CPU than padded batches."""
        out = np.zeros((len(targets), len(POLARITIES)), dtype=np.float32)
        rows: list[np.ndarray] = []
        for i, t in enumerate(targets):
            scores, features = self.session.run(OUTPUTS, encode(self.tokenizer, [t]))
            out[i] = scores[0]
            rows.append(features[0])
        width = rows[0].shape[0] if rows else 0
        return out, np.stack(rows) if rows else np.zeros((0, width), dtype=np.float32)

    def probabilities(
        self, targets: Sequence[Target], votes: Sequence[int] | None = None
    ) -> np.ndarray:
        """Calibrated probability of each polarity (``POLARITIES`` order) for each target;
        ``votes`` are the lexicons' polarities for the targets, weighed as fitted on dev."""
        if not targets:
            return np.zeros((0, len(POLARITIES)), dtype=np.float32)
        return self.calibrated(self.logits(targets), votes)

    def calibrated(self, logits: np.ndarray, votes: Sequence[int] | None = None) -> np.ndarray:
        """Calibrated probabilities from raw scores (``logits`` rows), with the lexicons'
        ``votes`` weighed as fitted on dev when given; each row is computed alone."""
        if votes is None:
            return softmax(logits, self.temperature)
        return softmax(logits, self.lexicon_temperature, votes, self.lexicon_weight)

    def polarities(
        self, targets: Sequence[Target], votes: Sequence[int] | None = None
    ) -> list[tuple[int, float]]:
        """The most probable polarity of each target and its calibrated probability."""
        probs = self.probabilities(targets, votes)
        best = probs.argmax(axis=1)
        return [(POLARITIES[int(j)], float(probs[i, j])) for i, j in enumerate(best)]


@cache
def stance_model() -> StanceModel:
    """The model shipped in ``riftmap/data/stance``, loaded once per process."""
    root = files("riftmap").joinpath("data", RESOURCE)
    try:
        meta = json.loads(root.joinpath("meta.json").read_text(encoding="utf-8"))
        return StanceModel(
            root.joinpath("model.onnx").read_bytes(),
            root.joinpath("tokenizer.json").read_text(encoding="utf-8"),
            meta,
        )
    except Exception as exc:  # onnxruntime and tokenizers raise classes of their own
        raise ModelError(
            f"the stance model in riftmap/data/{RESOURCE} does not load: {exc}"
        ) from exc
