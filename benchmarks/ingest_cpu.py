"""What ``riftmap ingest`` costs beyond riftmap's own pipeline, in CPU time, in one process.

``benchmarks/ingest.py`` times the pipeline in its own process and ``riftmap ingest`` in a
subprocess minutes later, by the wall clock; on a shared machine the load moves between the
two, and the ratio with it. Here both run in one process on the same texts, alternated chunk
by chunk (16 texts, the local engine's chunk), the order swapped every chunk:

- ``nlp.pipe`` of riftmap's pipeline over the raw texts, as ``benchmarks/ingest.py`` runs it;
- the local engine's stages with one worker over the same files: read and prepare (clean,
  identify, fingerprint), analyse (the pipeline over the cleaned text, then the rows), and
  store (the batch as Arrow tables, written in one transaction to a store that grows).

It prints the CPU seconds of each, the share of each stage, and ingest / ``nlp.pipe``: the
ratio ``benchmarks/ingest.py`` prints as "the cost of ingest itself", without the load's
drift. Run ``.venv/bin/python benchmarks/ingest_cpu.py [FOLDER] [--limit N]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

from spacy.language import Language

from riftmap.engine.stages import analyse, read
from riftmap.ingest import Columns
from riftmap.ingest.prepare import Prepared
from riftmap.nlp.pipeline import build_nlp
from riftmap.store.db import Store

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "dev" / "text"
CHUNK = 16


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, help="use only the first N texts")
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.txt"))[: args.limit]
    nlp = build_nlp()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for _ in nlp.pipe(texts[:8], batch_size=CHUNK):
        pass  # warm-up, as in benchmarks/ingest.py
    cpu: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryDirectory() as scratch, Store.open(Path(scratch) / "s.duckdb") as store:
        run = store.start_run(engine="local", workers=1, paths=[str(args.folder)])
        for n, i in enumerate(range(0, len(paths), CHUNK)):
            steps = [
                partial(pipe, nlp, texts[i : i + CHUNK]),
                partial(ingest, nlp, paths[i : i + CHUNK], store, run),
            ]
            for step in steps if n % 2 == 0 else steps[::-1]:
                for name, seconds in step().items():
                    cpu[name] += seconds
    ingested = cpu["read"] + cpu["analyse"] + cpu["store"]
    print(f"{len(paths)} texts from {args.folder}")
    print(f"riftmap nlp.pipe  {cpu['pipe']:7.2f} s of CPU")
    shares = (f"{k} {cpu[k]:.2f} ({cpu[k] / ingested:.1%})" for k in ("read", "analyse", "store"))
    print(f"ingest            {ingested:7.2f} s of CPU: {', '.join(shares)}")
    print(f"ingest / riftmap nlp.pipe (rates) {cpu['pipe'] / ingested:.3f}")


def pipe(nlp: Language, texts: list[str]) -> dict[str, float]:
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=CHUNK):
        pass
    return {"pipe": time.process_time() - start}


def ingest(nlp: Language, paths: list[Path], store: Store, run: int) -> dict[str, float]:
    """The local engine's stages for one chunk (``engine.local``, one worker)."""
    start = time.process_time()
    batch = [item for item in read(paths, Columns()) if isinstance(item, Prepared)]
    read_done = time.process_time()
    rows = analyse(nlp, batch, batch_size=CHUNK)
    analysed = time.process_time()
    store.write(run, rows.to_arrow())
    stored = time.process_time()
    return {"read": read_done - start, "analyse": analysed - read_done, "store": stored - analysed}


if __name__ == "__main__":
    main()
