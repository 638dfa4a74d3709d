"""Write the development set's keyed quotes as PolNeAR-style brat attributions, so that the
attribution models can learn from modern copy beside PolNeAR train.

A key gives each quote's content, cue and source as strings (the content with its
occurrence); the cue and the source are placed at their occurrence nearest the content in
its paragraph. A quote whose cue is not in the content's paragraph (a continuation
paragraph, keyed with the cue of the statement it continues) is left out: PolNeAR annotates
its roles where they stand, and a cue elsewhere would teach the taggers a far context. The
parts of a statement split around one cue ("“A,” said X. “B.”") are one attribution with
two content fragments, as PolNeAR has them::

    python scripts/devset_brat.py OUT_DIR [--first 1] [--last 243]

OUT_DIR gets ``text/`` (copies of the texts) and ``attributions/`` (one ``.ann`` a text).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

DEVSET = Path(__file__).resolve().parent.parent / "eval" / "devset"
Span = tuple[int, int]


def occurrences(text: str, needle: str) -> list[Span]:
    """Every place ``needle`` stands in ``text``."""
    out, start = [], text.find(needle)
    while needle and start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def paragraph(text: str, at: int) -> Span:
    """The blank-line paragraph holding character ``at``."""
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end)


def nearest(text: str, needle: str, content: Span, within: Span) -> Span | None:
    """The occurrence of ``needle`` in ``within`` nearest ``content``, not inside it."""
    found = [
        s
        for s in occurrences(text, needle)
        if within[0] <= s[0] and s[1] <= within[1] and (s[1] <= content[0] or s[0] >= content[1])
    ]
    return min(
        found, key=lambda s: min(abs(s[0] - content[1]), abs(content[0] - s[1])), default=None
    )


def attributions(text: str, key: dict[str, object]) -> list[dict[str, list[Span]]]:
    """The key's quotes as attributions; quotes sharing one cue place are one attribution."""
    by_cue: dict[Span, dict[str, list[Span]]] = {}
    for q in key["quotes"]:  # type: ignore[attr-defined]
        found = occurrences(text, q["content"])
        if q.get("occurrence", 0) >= len(found):
            continue
        content = found[q.get("occurrence", 0)]
        par = paragraph(text, content[0])
        cue = nearest(text, q.get("cue") or "", content, par)
        if cue is None:
            continue
        source = nearest(text, q.get("source") or "", content, par)
        att = by_cue.setdefault(cue, {"cue": [cue], "source": [], "content": []})
        att["content"].append(content)
        if source is not None and not att["source"]:
            att["source"].append(source)  # one source an attribution: the first quote's
    return list(by_cue.values())


def ann(text: str, atts: list[dict[str, list[Span]]]) -> str:
    """Brat standoff lines: text-bound roles and one event an attribution."""
    lines, t = [], 0
    for e, att in enumerate(atts, 1):
        args = []
        for role, label in (("source", "Source"), ("cue", "Cue"), ("content", "Content")):
            for start, end in att[role]:
                t += 1
                lines.append(f"T{t}\t{label} {start} {end}\t{text[start:end]}".replace("\n", " "))
                args.append(f"{label}:T{t}")
        lines.append(f"E{e}\tAttribution:T{t} " + " ".join(args))
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--last", type=int, default=243)
    args = ap.parse_args()
    (args.out / "text").mkdir(parents=True, exist_ok=True)
    (args.out / "attributions").mkdir(parents=True, exist_ok=True)
    n = 0
    for path in sorted((DEVSET / "keys").glob("*.json")):
        if not args.first <= int(path.name[:3]) <= args.last:
            continue
        key = json.loads(path.read_text(encoding="utf-8"))
        text_path = DEVSET / "texts" / key["doc"]
        text = text_path.read_text(encoding="utf-8")
        atts = attributions(text, key)
        shutil.copyfile(text_path, args.out / "text" / key["doc"])
        stem = key["doc"].removesuffix(".txt")
        (args.out / "attributions" / f"{stem}_key.ann").write_text(
            ann(text, atts), encoding="utf-8"
        )
        n += len(atts)
    print(f"{n} attributions -> {args.out}")


if __name__ == "__main__":
    main()
