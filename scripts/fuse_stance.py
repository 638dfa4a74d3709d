"""Rewrite the exported int8 stance model as a fused graph, with the same int8 weights.

Development time only (needs ``onnx``, from the ``train`` extra; the result runs on plain
onnxruntime). ``torch.onnx.export`` writes the encoder's attention as about 600 nodes of
shape arithmetic (Shape, Gather, Unsqueeze, Concat, Reshape, Transpose, the mask's Where and
IsNaN), which onnxruntime's own optimiser leaves at about 330 nodes; run one row at a time,
walking them costs about as much as the arithmetic of a short sentence. This script reads the
quantised weights of that export and writes the same network with onnxruntime's CPU kernels
for transformers (com.microsoft ``MultiHeadAttention``, ``MatMulIntegerToFloat``,
``DynamicQuantizeMatMul``, ``Gelu``): about 90 nodes.

Why not onnxruntime's transformer optimiser on a float model, then quantisation again: that
path merges the query, key and value weights into one ``QAttention`` matrix quantised with a
single scale, which changes the int8 weights and so the model's decisions. Here every weight,
scale and zero point is the exported one, the activations are quantised at the same places
(one dynamic scale per tensor), and only the order of float operations inside attention and
layer norm differs (logits within the run-to-run spread of onnxruntime's own optimisation
levels on the unfused graph).

    .venv/bin/python scripts/fuse_stance.py .cache/stance-int8.onnx  # data/stance/model.onnx
    .venv/bin/python scripts/calibrate_stance.py ../shared/corpora/newsmtsc  # then its meta.json

``scripts/train_stance.py`` runs both after each export.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "riftmap" / "data" / "stance" / "model.onnx"
HEADS = 12  # MiniLM-L6: 384 wide, 12 heads of 32
MS = "com.microsoft"
LAYER = "/encoder/encoder/layer.{i}/{part}/MatMul_quant"
BIAS = "encoder.encoder.layer.{i}.{part}"
EPSILON = 1e-12  # BERT's layer norm
CONTRIB = {
    "MultiHeadAttention",
    "MatMulIntegerToFloat",
    "DynamicQuantizeMatMul",
    "Gelu",
}


class Source:
    """The int8 export: its initializers, and its quantised MatMul weights by node name."""

    def __init__(self, model: onnx.ModelProto) -> None:
        graph = model.graph
        self.arrays = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
        self.weights = {n.name: n.input[1] for n in graph.node if n.op_type == "MatMulInteger"}
        for n in graph.node:
            if n.op_type == "Equal" and n.input[0] == "input_ids":
                const = next(c for c in graph.node if n.input[1] in c.output)
                self.marker = int(numpy_helper.to_array(const.attribute[0].t))
        names = (re.match(r"/encoder/encoder/layer\.(\d+)/", k) for k in self.weights)
        self.layers = 1 + max(int(m.group(1)) for m in names if m)

    def quantised(self, node: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Weight, scale and zero point of the MatMulInteger node called ``node``."""
        if node not in self.weights:
            raise SystemExit(
                f"no quantised MatMul {node!r} in the source model: not an export "
                "of scripts/train_stance.py?"
            )
        base = self.weights[node].removesuffix("_quantized")
        return tuple(self.arrays[f"{base}{s}"] for s in ("_quantized", "_scale", "_zero_point"))  # type: ignore[return-value]

    def table(self, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """An embedding table's uint8 values, scale and zero point."""
        base = f"encoder.embeddings.{name}.weight"
        return tuple(self.arrays[f"{base}{s}"] for s in ("_quantized", "_scale", "_zero_point"))  # type: ignore[return-value]


class Builder:
    """Nodes and initializers of the new graph, with fresh names."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[TensorProto] = []
        self.count = 0

    def const(self, name: str, value: np.ndarray) -> str:
        if any(i.name == name for i in self.inits):  # a shape constant asked for again
            return name
        self.inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(self, op: str, inputs: list[str], outputs: int = 1, **attrs: object) -> list[str]:
        self.count += 1
        names = [f"{op}_{self.count}_{k}" for k in range(outputs)]
        domain = MS if op in CONTRIB else ""
        self.nodes.append(
            helper.make_node(op, inputs, names, name=f"{op}_{self.count}", domain=domain, **attrs)
        )
        return names

    def one(self, op: str, inputs: list[str], **attrs: object) -> str:
        return self.op(op, inputs, **attrs)[0]

    def dense(self, x: str, prefix: str, w: tuple[np.ndarray, ...], bias: np.ndarray) -> str:
        """``x @ W + b`` with ``x`` quantised dynamically (one scale) and ``W`` int8."""
        q, s, z = w
        ins = [
            self.const(f"{prefix}.w", q),
            self.const(f"{prefix}.scale", s),
            self.const(f"{prefix}.zero", z),
            self.const(f"{prefix}.bias", bias),
        ]
        return self.one("DynamicQuantizeMatMul", [x, *ins])

    def norm(self, x: str, skip: str | None, prefix: str, arrays: dict[str, np.ndarray]) -> str:
        """Layer norm of ``x``, or of ``x + skip`` (the residual). ``Add`` then
        ``LayerNormalization``: onnxruntime 1.31's CPU ``SkipLayerNormalization`` measured
        slower (5.2 against 4.6 ms a read)."""
        if skip is not None:
            x = self.one("Add", [x, skip])
        gamma = self.const(f"{prefix}.gamma", arrays[f"{prefix}.weight"])
        beta = self.const(f"{prefix}.beta", arrays[f"{prefix}.bias"])
        return self.one("LayerNormalization", [x, gamma, beta], axis=-1, epsilon=EPSILON)

    def rows(self, x: str, at: str, width: int) -> str:
        """Rows ``at`` (batch, k) of ``x`` (batch, length, width): (batch, k, width)."""
        shape = self.const(f"rows{width}", np.array([1, 1, width], dtype=np.int64))
        return self.one("GatherElements", [x, self.one("Expand", [at, shape])], axis=1)


def embeddings(b: Builder, src: Source, ids: str, types: str) -> str:
    """Word + token type + position embeddings (int8 tables dequantised), then layer norm."""
    parts = {}
    for name, index in (("word_embeddings", ids), ("token_type_embeddings", types)):
        q, s, z = src.table(name)
        rows = b.one("Gather", [b.const(f"{name}.q", q), index])
        parts[name] = b.one(
            "DequantizeLinear", [rows, b.const(f"{name}.s", s), b.const(f"{name}.z", z)]
        )
    q, s, z = src.table("position_embeddings")
    length = b.one("Shape", [ids], start=1, end=2)
    zero = b.const("zero1", np.array([0], dtype=np.int64))
    rows = b.one("Slice", [b.const("position_embeddings.q", q), zero, length, zero])
    pos = b.one(
        "DequantizeLinear",
        [rows, b.const("position_embeddings.s", s), b.const("position_embeddings.z", z)],
    )
    summed = b.one(
        "Add", [b.one("Add", [parts["word_embeddings"], parts["token_type_embeddings"]]), pos]
    )
    return b.norm(summed, None, "encoder.embeddings.LayerNorm", src.arrays)


def attention(b: Builder, src: Source, x: str, mask: str, i: int, read: str | None) -> str:
    """Query, key and value from one int8 product (their three scales kept, per column),
    then onnxruntime's fused multi-head attention over the unmasked pieces. With ``read`` (the
    rows the head reads, in the last layer) the queries, and so the attention's output, are
    those rows' only; keys and values are every row's, and the input is quantised over all
    rows first, as in the full product, so the queries come out the same."""
    ws = [
        src.quantised(LAYER.format(i=i, part=f"attention/self/{p}"))
        for p in ("query", "key", "value")
    ]
    if any(np.any(z != 0) for _, _, z in ws):
        raise SystemExit("query/key/value weights with a non-zero zero point: not symmetric int8")
    width = ws[0][0].shape[1]
    biases = [
        src.arrays[BIAS.format(i=i, part=f"attention.self.{p}.bias")]
        for p in ("query", "key", "value")
    ]
    xq, xs, xz = b.op("DynamicQuantizeLinear", [x], outputs=3)

    def product(p: str, rows: str, parts: slice) -> str:
        weight = np.concatenate([w for w, _, _ in ws[parts]], axis=1)
        scales = np.concatenate([np.full(width, s, dtype=np.float32) for _, s, _ in ws[parts]])
        bias = np.concatenate(biases[parts])
        return b.one(
            "MatMulIntegerToFloat",
            [
                rows,
                b.const(f"{p}.w", weight),
                xs,
                b.const(f"{p}.scale", scales),
                xz,
                b.const(f"{p}.zero", np.zeros(1, dtype=np.int8)),
                b.const(f"{p}.bias", bias),
            ],
        )

    if read is None:
        p = f"layer{i}.qkv"
        qkv = product(p, xq, slice(0, 3))
        split = b.const(f"{p}.split", np.array([width] * 3, dtype=np.int64))
        q, k, v = b.op("Split", [qkv, split], outputs=3, axis=2)
    else:
        q = product(f"layer{i}.q", b.rows(xq, read, x_width(src, i)), slice(0, 1))
        p = f"layer{i}.kv"
        kv = product(p, xq, slice(1, 3))
        split = b.const(f"{p}.split", np.array([width] * 2, dtype=np.int64))
        k, v = b.op("Split", [kv, split], outputs=2, axis=2)
    return b.one("MultiHeadAttention", [q, k, v, "", mask], num_heads=HEADS)


def x_width(src: Source, i: int) -> int:
    """The width of layer ``i``'s input (the rows of its query weight)."""
    return int(src.quantised(LAYER.format(i=i, part="attention/self/query"))[0].shape[0])


def layer(b: Builder, src: Source, x: str, mask: str, i: int, read: str | None) -> str:
    """One encoder layer: attention, projection, residual and norm; feed-forward likewise.
    With ``read`` (in the last layer), all of it after the keys and values is computed at
    those rows only."""
    out = b.dense(
        attention(b, src, x, mask, i, read),
        f"layer{i}.attn_out",
        src.quantised(LAYER.format(i=i, part="attention/output/dense")),
        src.arrays[BIAS.format(i=i, part="attention.output.dense.bias")],
    )
    if read is not None:
        x = b.rows(x, read, x_width(src, i))
    x = b.norm(out, x, BIAS.format(i=i, part="attention.output.LayerNorm"), src.arrays)
    h = b.dense(
        x,
        f"layer{i}.ffn_in",
        src.quantised(LAYER.format(i=i, part="intermediate/dense")),
        src.arrays[BIAS.format(i=i, part="intermediate.dense.bias")],
    )
    return x, b.one("Gelu", [h])


def ffn_out(b: Builder, src: Source, x: str, h: str, i: int, read: str | None) -> str:
    """The feed-forward output, residual and norm of layer ``i``; with ``read`` (the rows the
    head reads, in the last layer) of those rows only. The activations are quantised over
    all rows first, as in the full product, so the rows come out the same."""
    w, scale, zero = src.quantised(LAYER.format(i=i, part="output/dense"))
    bias = src.arrays[BIAS.format(i=i, part="output.dense.bias")]
    norm = BIAS.format(i=i, part="output.LayerNorm")
    if read is None:
        return b.norm(b.dense(h, f"layer{i}.ffn_out", (w, scale, zero), bias), x, norm, src.arrays)
    hq, hs, hz = b.op("DynamicQuantizeLinear", [h], outputs=3)
    p = f"layer{i}.ffn_out"
    out = b.one(
        "MatMulIntegerToFloat",
        [
            b.rows(hq, read, w.shape[0]),
            b.const(f"{p}.w", w),
            hs,
            b.const(f"{p}.scale", scale),
            hz,
            b.const(f"{p}.zero", zero),
            b.const(f"{p}.bias", bias),
        ],
    )
    return b.norm(out, b.rows(x, read, w.shape[1]), norm, src.arrays)


def read_rows(b: Builder, src: Source, ids: str) -> str:
    """(batch, 2, 1): the first piece and the opening marker of each row (its first marker;
    the first piece again when there is none, as ``argmax`` gives), the states the head reads."""
    marks = b.one(
        "Cast",
        [b.one("Equal", [ids, b.const("marker", np.array(src.marker))])],
        to=TensorProto.INT32,
    )
    pos = b.one("ArgMax", [marks], axis=1, keepdims=1)
    both = b.one("Concat", [b.one("Sub", [pos, pos]), pos], axis=1)
    return b.one("Unsqueeze", [both, b.const("axis2", np.array([2], dtype=np.int64))])


def fuse(model: onnx.ModelProto, rows: bool = True) -> onnx.ModelProto:
    """The fused graph of an int8 export of ``scripts/train_stance.py``. The last layer is
    computed at the two rows the head reads from its attention's queries on (``rows``), or
    (``rows=False``, the graph shipped until 2026-12-03) from its feed-forward output on."""
    src, b = Source(model), Builder()
    x = embeddings(b, src, "input_ids", "token_type_ids")
    mask = b.one("Cast", ["attention_mask"], to=TensorProto.INT32)
    read = read_rows(b, src, "input_ids")
    for i in range(src.layers):
        last = i == src.layers - 1
        x, h = layer(b, src, x, mask, i, read if last and rows else None)
        x = ffn_out(b, src, x, h, i, read if last and not rows else None)
    b.one("Flatten", [x], axis=1)  # the first piece's state, then the marker's
    b.nodes[-1].output[0] = "features"  # an output too: the relation head reads it
    b.dense("features", "head", src.quantised("/head/Gemm_MatMul_quant"), src.arrays["head.bias"])
    b.nodes[-1].output[0] = "logits"
    dims = ["batch", "length"]
    inputs = [
        helper.make_tensor_value_info(n, TensorProto.INT64, dims)
        for n in ("input_ids", "attention_mask", "token_type_ids")
    ]
    outputs = [
        helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 3]),
        helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "width"]),
    ]
    graph = helper.make_graph(b.nodes, "stance", inputs, outputs, b.inits)
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)]
    fused = helper.make_model(graph, opset_imports=opsets, producer_name="riftmap fuse_stance")
    fused.ir_version = model.ir_version
    return fused


def fuse_file(source: Path, out: Path, rows: bool = True) -> None:
    """Read the int8 export ``source``, write its fused graph to ``out`` (checked by onnx)."""
    model = onnx.load(str(source))
    if any(n.op_type == "MultiHeadAttention" for n in model.graph.node):
        raise SystemExit(f"{source} is fused already: give the int8 export (--source)")
    fused = fuse(model, rows)
    onnx.checker.check_model(fused)
    onnx.save(fused, str(out))
    print(f"{out}: {len(model.graph.node)} nodes -> {len(fused.graph.node)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the int8 export (.cache/stance-int8.onnx)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--all-rows",
        action="store_true",
        help="the last layer's attention at every row (the graph shipped until 2026-12-03)",
    )
    args = parser.parse_args()
    fuse_file(args.source, args.out, rows=not args.all_rows)


if __name__ == "__main__":
    main()
