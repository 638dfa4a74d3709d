"""Training items for the stance model from keyed articles: riftmap's own statement reads,
labelled by the keys, in NewsMTSC's format (``scripts/train_stance.py --extra``).

NewsMTSC says how a sentence treats a person; a relation is how a speaker treats an actor in
what they say, and the keys of ``eval/devset`` tell that for the sentences riftmap gives the
model. Each read (the sentence and the actor's mention in it, as the relation component
builds it) takes the polarity of the key's relation between the statement's speaker and that
actor whose evidence lies in the sentence, or 0 when the key relates the two nowhere (the
statement takes no stance toward the actor). Reads whose actors the keys do not name (by
id), whose pair the key relates only in other sentences, or in two polarities there, are
left out. Development time only; never run by CI.

    .venv/bin/python scripts/stance_devset.py eval/devset --upto 243 .cache/stance-devset.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from riftmap import api
from riftmap.eval.keys import read_keys
from riftmap.nlp.pipeline import build_nlp
from riftmap.nlp.relations import component
from riftmap.nlp.relations import polarity as stance_reads
from riftmap.nlp.relations.stance import Candidate

Read = dict[str, Any]


def recorder(reads: list[Read]) -> None:
    """Wrap the relation component's polarity step so that it also records each read the
    stance model makes (the component calls it by this module-level name)."""
    inner = component.polarity_of

    def recording(
        doc: Doc, found: list[Candidate], by_token: Mapping[int, str], *args: Any
    ) -> list[Candidate]:
        lex = args[0] if args else None
        for c in found:
            span = stance_reads.read_span(doc, c, by_token, lex)
            if span is None:
                continue
            t = stance_reads.target(doc, span)
            sent = doc[span[0]].sent
            reads.append({"source": c.source, "target": c.target, "sentence": t.sentence,
                          "from": t.start, "to": t.end,
                          "span": (sent.start_char, sent.end_char)})  # fmt: skip
        return inner(doc, found, by_token, *args)

    component.polarity_of = recording  # type: ignore[assignment]


def label(read: Read, key: dict[str, Any], text: str) -> int | None:
    """The key's polarity for the read, or None when the key does not settle it."""
    ids = {a["id"] for a in key["actors"]}
    if read["source"] not in ids or read["target"] not in ids:
        return None
    ends = (read["source"], read["target"])
    pair = [r for r in key["relations"] if (r["source"], r["target"]) == ends]
    if not pair:
        return 0
    lo, hi = read["span"]
    here = set()
    for r in pair:
        at = text.find(r["evidence"])
        if at >= 0 and at < hi and lo < at + len(r["evidence"]):
            here.add(int(r["polarity"]))
    return here.pop() if len(here) == 1 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keyed", type=Path, help="a keyed set: texts/ and keys/")
    parser.add_argument("out", type=Path, help="the items, one JSON object a line")
    parser.add_argument("--upto", type=int, default=0, help="only articles numbered up to N")
    args = parser.parse_args()
    keys = read_keys(args.keyed / "keys")
    texts = sorted((args.keyed / "texts").glob("*.txt"))
    if args.upto:
        texts = [p for p in texts if p.name[:3].isdigit() and int(p.name[:3]) <= args.upto]
    nlp = build_nlp()
    reads: list[Read] = []
    recorder(reads)
    counts: Counter[str] = Counter()
    seen = set()
    with args.out.open("w", encoding="utf-8") as fh:
        for path in texts:
            reads.clear()
            for _ in api.extract_paths([path], nlp):
                pass
            text = path.read_text(encoding="utf-8")
            for read in reads:
                polarity = label(read, keys.get(path.name, {"actors": [], "relations": []}), text)
                ident = (read["sentence"], read["from"], read["to"])
                if polarity is None or ident in seen:
                    counts["left out"] += 1
                    continue
                seen.add(ident)
                counts[str(polarity)] += 1
                item = {"mention": read["sentence"][read["from"] : read["to"]],
                        "polarity": polarity, "from": read["from"], "to": read["to"],
                        "sentence": read["sentence"],
                        "id": f"{path.stem}_{read['from']}"}  # fmt: skip
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(json.dumps(dict(counts)))


if __name__ == "__main__":
    main()
