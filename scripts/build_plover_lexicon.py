"""Build riftmap's PLOVER event lexicon from PETRARCH2's CAMEO verb dictionary.

Reads ``petrarch2-CAMEO.2.0.txt`` (verb blocks and phrase patterns coded with CAMEO event
codes; MIT, Open Event Data Alliance) and ``CAMEO2PLOVER-2021.txt`` (CAMEO code -> PLOVER
event type; CC BY-SA 4.0, Philip Schrodt / PLOVER), and writes
``src/riftmap/data/relations/plover_verbs.tsv``: one line per verb lemma and phrase, with the
CAMEO code and the PLOVER type. Only the verbal types riftmap draws relations from are kept
(``riftmap.nlp.relations.plover.TYPES``); a phrase that moves its verb to another type
(CAMEO "condemn ... arrest" is an arrest, "celebrate ... Christmas" no event at all) is kept
with type ``-``,
so that it blocks the verb's default type. Phrase words are lemmatised with the shipped spaCy
model so that they match the lemmas of parsed text.

Run from the repository root (needs ../shared and the .venv):

    .venv/bin/python scripts/build_plover_lexicon.py ../shared/lexicons

The output is deterministic: run it twice and the file is the same.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

OUT = Path("src/riftmap/data/relations/plover_verbs.tsv")
TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONSULT", "CONCEDE",
         "PROTEST"}  # fmt: skip
# CAMEO roots 01 (public statement) and 02 (appeal) have no row in the 2021 table; an appeal
# to someone is a request of them (PLOVER's manual folds CAMEO 02 into REQUEST).
UNMAPPED_ROOTS = {"02": "REQUEST"}
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB = re.compile(r"^\+?([A-Z][A-Z_\-']*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S+))?")
HEADER = """# PLOVER verbal event lexicon, made by scripts/build_plover_lexicon.py: do not edit.
# From PETRARCH2's CAMEO verb dictionary (MIT, Copyright (c) 2015 Open Event Data Alliance)
# and the CAMEO->PLOVER table of the PLOVER manual draft 0.8 (CC BY-SA 4.0, P. Schrodt);
# see LICENSES.md beside this file. This derived table is shared under CC BY-SA 4.0.
# verb lemma<TAB>phrase lemmas after the verb ("" = the verb alone)<TAB>CAMEO<TAB>PLOVER type
# (type "-": the phrase is another kind of event, so the verb alone does not apply)
"""


@dataclass(frozen=True)
class Entry:
    verb: str
    phrase: tuple[str, ...]
    cameo: str


def plover_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from lines such as ``111: ACCUSE, disapprove, # ...``."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


def plover_type(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code, falling back to its parent codes."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return UNMAPPED_ROOTS.get(code[:2])


def first_code(codes: str) -> str | None:
    """``042:043`` -> ``042``; ``---`` or ``:110`` (a code for the reverse direction) -> None."""
    head = codes.split(":")[0].strip()
    return head if head.isdigit() else ("-" if head.startswith("---") else None)


def phrase_words(pattern: str) -> tuple[str, ...] | None:
    """The literal words after the verb ``*`` of a pattern (synonym sets, source and target
    markers and brackets dropped); None for a pattern without ``*``."""
    if "*" not in pattern:
        return None
    after = pattern.split("*", 1)[1]
    words = []
    for raw in (
        after.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split()
    ):
        if raw[0] in "&$+^%" or not re.fullmatch(r"[A-Z][A-Z\-']*", raw):
            continue
        words.append(raw.lower())
    return tuple(words)


def entries(path: Path) -> Iterator[Entry]:
    """Every (verb, phrase, CAMEO code) of the verb pattern section."""
    text = path.read_text(encoding="utf-8")
    body = text.split("####### VERB PATTERNS #######", 1)[1]
    verbs: dict[str, str | None] = {}
    block_code: str | None = None
    for line in body.splitlines():
        line = line.split("#", 1)[0] if not line.startswith("-") else line
        if m := BLOCK.match(line):
            block_code = first_code(m.group(2))
            verbs = {}
        elif m := PATTERN.match(line):
            yield from _pattern_entries(m, verbs)
        elif (m := VERB.match(line)) and line.strip():
            verb, *particles = m.group(1).lower().split("_")
            code = first_code(m.group(2)) if m.group(2) else block_code
            verbs[verb] = code
            if code:
                yield Entry(verb, tuple(p for p in particles if p), code)


def _pattern_entries(m: re.Match[str], verbs: dict[str, str | None]) -> Iterator[Entry]:
    words = phrase_words(m.group(1))
    code = first_code(m.group(2))
    if not words or code is None:
        return
    named = (m.group(3) or "").lower()
    for verb in [named] if named in verbs else list(verbs):
        yield Entry(verb, words, code)


def lemmatise(phrases: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each phrase's words as spaCy lemmatises them after a verb ("they ask ...")."""
    from riftmap.nlp.text.word_classes import MODEL_PACKAGE

    nlp = importlib.import_module(MODEL_PACKAGE).load(exclude=["ner", "parser"])
    ordered = sorted(phrases)
    texts = ["they do " + " ".join(p) for p in ordered]
    out = {}
    for phrase, doc in zip(ordered, nlp.pipe(texts, batch_size=256), strict=True):
        out[phrase] = tuple(t.lemma_.lower() for t in doc[2:])
    return out


def build(lexicons: Path) -> list[tuple[str, str, str, str]]:
    table = plover_table(lexicons / "CAMEO2PLOVER-2021.txt")
    found = list(entries(lexicons / "petrarch2-CAMEO.2.0.txt"))
    typed = {e: (plover_type(e.cameo, table) if e.cameo != "-" else "-") for e in found}
    kept_verbs = {e.verb for e, t in typed.items() if t in TYPES}
    lemmas = lemmatise({e.phrase for e in found if e.verb in kept_verbs and e.phrase})
    rows = set()
    for e, t in typed.items():
        if e.verb not in kept_verbs or t is None:
            continue
        if t not in TYPES and not e.phrase:
            continue  # a verb whose own sense is another kind of event
        phrase = " ".join(lemmas.get(e.phrase, e.phrase))
        rows.add((e.verb, phrase, e.cameo, t if t in TYPES else "-"))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lexicons", type=Path, help="folder with the two source files")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.lexicons)
    lines = [HEADER] + ["\t".join(row) + "\n" for row in rows]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out}: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
