"""Build riftmap's lists of verbs and nouns of communication from WordNet 3.0.

An attribution whose content is only a noun phrase ("praised Turner's leadership", "voted for
the bill", "sued the administration") reports a statement only when its verb is one of
saying: otherwise it tells a deed, which may still relate two actors but quotes no one.
WordNet's lexicographer files sort every verb sense, and ``verb.communication`` holds the
senses of telling, asking, praising, criticising and the like. This script keeps the
single-word verbs with at least one such sense ("praise", "cite", "denounce"; not "vote",
"sue", "fire"), which no hand-made list could match, and likewise the nouns of
``noun.communication``, for a cue whose saying is in its noun ("heaped praise on", "lashed
back with criticism of").

Reads the WordNet database as Debian's ``wordnet-base`` package installs it (see
``build_person_nouns.py``) and writes ``wordnet_communication_verbs.txt`` and
``wordnet_communication_nouns.txt`` in ``src/riftmap/data/lexicons/``, with WordNet's licence
at their head. Run from the repository root:

    .venv/bin/python scripts/build_communication_words.py [/usr/share/wordnet]

The output is deterministic: run it twice and the file is the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from build_person_nouns import LICENCE, WORD, entries

OUT = Path("src/riftmap/data/lexicons")
# WordNet's lexicographer file numbers (lexnames) of verb.communication and noun.communication
COMMUNICATION = {"verb": 32, "noun": 10}
HEADER = """# {kind}s of communication from WordNet 3.0, made by
# scripts/build_communication_words.py: do not edit. Single words with at least one sense in
# {pos}.communication.
"""


def communication_words(wordnet: Path, pos: str) -> list[str]:
    """The single-word lemmas of part of speech ``pos`` ("verb", "noun") with a sense in its
    ``communication`` lexicographer file, sorted."""
    found = set()
    for fields in entries(wordnet / f"data.{pos}"):
        if int(fields[1]) != COMMUNICATION[pos]:
            continue
        for i in range(int(fields[3], 16)):
            lemma = fields[4 + 2 * i].lower()
            if WORD.fullmatch(lemma):
                found.add(lemma)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    for pos in COMMUNICATION:
        words = communication_words(args.wordnet, pos)
        out = OUT / f"wordnet_communication_{pos}s.txt"
        header = HEADER.format(kind=pos.capitalize(), pos=pos)
        out.write_text(header + LICENCE + "".join(f"{w}\n" for w in words), encoding="utf-8")
        print(f"{len(words)} {pos}s -> {out}")


if __name__ == "__main__":
    main()
