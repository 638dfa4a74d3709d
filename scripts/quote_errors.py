"""List the quote errors of one extraction run against the development set's keys, per
article: predicted quotes that match no keyed quote (spurious), keyed quotes that no
prediction overlaps (missed), and matched quotes whose speaker is wrong.

Matching and speaker resolution are the independent scorer's own (``../shared/eval/score.py``
is imported, not copied), so the lists add up to its ``attributed_quotes`` figures::

    riftmap extract eval/devset/texts --format jsonl > /tmp/o.jsonl
    python scripts/quote_errors.py /tmp/o.jsonl [--keys eval/devset/keys]
        [--texts eval/devset/texts] [--scorer ../shared/eval/score.py]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def short(text: str, span: tuple[int, int], width: int = 90) -> str:
    s = text[span[0] : span[1]].replace("\n", " ")
    return s if len(s) <= width else s[: width - 3] + "..."


def errors_of(sc: ModuleType, key: dict[str, Any], text: str, pred: dict[str, Any]) -> list[str]:
    """One line per error of one article, in the scorer's terms."""
    resolve = sc.actor_key(key["actors"])
    sys_actors = sc.system_actor_names(pred)
    by_mention: dict[str, set[str]] = {}
    for a in key["actors"]:
        for m in a["mentions"]:
            by_mention.setdefault(m.strip().lower(), set()).add(a["id"])

    def speaker_of(q: dict[str, Any]) -> str | None:
        sp = q.get("speaker")
        if isinstance(sp, str) and sp in sys_actors:
            sp = sys_actors[sp]
        hit: str | None = resolve(sp) if sp else None
        src = sc.span_of(q.get("source"))
        if hit is None and src:
            ids = by_mention.get(text[src[0] : src[1]].strip(sc.QUOTE_PUNCT).lower(), set())
            hit = next(iter(ids)) if len(ids) == 1 else None
        return hit

    gold = []
    for q in key["quotes"]:
        span = sc.find_nth(text, q["content"], q.get("occurrence", 0))
        if span:
            gold.append((sc.trim(text, *span), q["speaker"], q))
    preds = []
    for q in pred.get("quotes") or []:
        span = sc.span_of(q.get("content"))
        if span:
            preds.append((sc.trim(text, *span), speaker_of(q), q))
    pairs = sc.match_one_to_one(preds, gold, lambda p, g: sc.overlap(p[0], g[0]))
    lines = []
    for i, j in pairs:
        if preds[i][1] != gold[j][1]:
            q = preds[i][2]
            src = (q.get("source") or {}).get("text")
            cue = (q.get("cue") or {}).get("text")
            lines.append(
                f"  SPEAKER gold={gold[j][1]} pred={preds[i][1]} (speaker={q.get('speaker')}"
                f" source={src!r} cue={cue!r})"
                f" | {short(text, gold[j][0])}"
            )
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, p in enumerate(preds):
        if i not in matched_p:
            cue = (p[2].get("cue") or {}).get("text")
            lines.append(f"  SPURIOUS speaker={p[1]} cue={cue!r} | {short(text, p[0])}")
    for j, g in enumerate(gold):
        if j not in matched_g:
            lines.append(f"  MISSED {g[1]} cue={g[2]['cue']!r} | {short(text, g[0])}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--keys", type=Path, default=ROOT / "eval" / "devset" / "keys")
    ap.add_argument("--texts", type=Path, default=ROOT / "eval" / "devset" / "texts")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    args = ap.parse_args()
    sc = load_scorer(args.scorer)
    output = {}
    for line in args.output.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            output[doc["doc"]] = doc
    for key_path in sorted(args.keys.glob("*.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        text = (args.texts / key["doc"]).read_text(encoding="utf-8")
        lines = errors_of(sc, key, text, output.get(key["doc"], {}))
        if lines:
            print(key["doc"])
            print("\n".join(lines))


if __name__ == "__main__":
    main()
