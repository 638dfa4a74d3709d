"""Throughput of ``riftmap extract`` against the bare spaCy model it is built on.

Times, over the same texts and with the same batch size, (1) ``nlp.pipe`` of the base model
and (2) riftmap's extraction path (``riftmap.api.extract`` with ``build_nlp()``, including the
conversion of each result to the JSON contract), after warming both up, the two advanced in
turn a document at a time (``interleaved``). Prints words per second of each, in CPU time and
in wall-clock time, and the ratios riftmap / bare; the CPU ratio should stay at or above
``MIN_RATIO``, and the exit status is 1 when it does not. Not a test: run it with ``make
bench``.

The bar reads CPU time (the process's, all its threads counted), as both sides do their work
on one thread: on this project's shared 2-core machine the wall clock measures the other jobs
as much as the code (one build read 0.53 to 0.82 in runs minutes apart). CPU time moves with
the load too (caches, the other hyperthread), less: the interleaving is for that.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from riftmap.api import extract
from riftmap.models import Article
from riftmap.nlp.pipeline import build_nlp, load_base_model

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "corpora" / "polnear" / "dev" / "text"
MIN_RATIO = 0.7


class Times(NamedTuple):
    cpu: float
    wall: float


def read_texts(folder: Path) -> list[Article]:
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files in {folder}")
    return [Article(doc=p.name, text=p.read_text(encoding="utf-8")) for p in paths]


def interleaved(sides: list[Callable[[], Iterator[object]]], repeat: int) -> list[Times]:
    """The least CPU and wall-clock time of ``repeat`` runs of each side. Within a run the
    sides advance in turn, one item each (a batch of documents is parsed at the first item of
    it), so that the machine's load, which changes over seconds on a shared machine, touches
    both sides alike; the least of the runs is the least disturbed."""
    best = [Times(float("inf"), float("inf")) for _ in sides]
    for _ in range(repeat):
        runs = [iter(side()) for side in sides]
        cpu, wall = [0.0] * len(sides), [0.0] * len(sides)
        live = set(range(len(sides)))
        while live:
            for k in sorted(live):
                start, start_cpu = time.perf_counter(), time.process_time()
                if next(runs[k], None) is None:
                    live.discard(k)
                cpu[k] += time.process_time() - start_cpu
                wall[k] += time.perf_counter() - start
        best = [
            Times(min(b.cpu, c), min(b.wall, w)) for b, c, w in zip(best, cpu, wall, strict=True)
        ]
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="?", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each; best counts")
    args = parser.parse_args()

    articles = read_texts(args.texts)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare, riftmap = load_base_model(), build_nlp()

    def run_bare(items: list[str]) -> Iterator[object]:
        return iter(bare.pipe(items, batch_size=args.batch_size))

    def run_riftmap(items: list[Article]) -> Iterator[object]:
        for extraction in extract(items, riftmap, batch_size=args.batch_size):
            yield json.dumps(extraction.to_json(), ensure_ascii=False)

    # warm-up: first batches pay for lazy loading and allocation
    interleaved([lambda: run_bare(texts[:8]), lambda: run_riftmap(articles[:8])], 1)
    load = os.getloadavg()[0]
    bare_t, riftmap_t = interleaved(
        [lambda: run_bare(texts), lambda: run_riftmap(articles)], args.repeat
    )
    (bare_cpu, bare_wall), (riftmap_cpu, riftmap_wall) = bare_t, riftmap_t
    ratio = bare_cpu / riftmap_cpu  # (words / riftmap) / (words / bare)
    print(f"{len(texts)} documents, {words} words, batch size {args.batch_size}")
    print(f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"{'words/s':18} {'CPU':>10} {'wall clock':>11}")
    print(f"{'bare spaCy model':18} {words / bare_cpu:10,.0f} {words / bare_wall:11,.0f}")
    print(f"{'riftmap extract':18} {words / riftmap_cpu:10,.0f} {words / riftmap_wall:11,.0f}")
    verdict = "ok" if ratio >= MIN_RATIO else f"below {MIN_RATIO}"
    print(f"{'ratio riftmap/bare':18} {ratio:10.2f} {bare_wall / riftmap_wall:11.2f}   ({verdict})")
    return 0 if ratio >= MIN_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
