"""Build riftmap's lists of reporting verbs and nouns of communication from WordNet 3.0.

An attribution whose content is only a noun phrase ("praised Turner's leadership", "voted for
the bill", "sued the administration") reports a statement or an attitude only when its verb
is one of saying, thinking or feeling ("praised", "cited", "prefers", "fears"): otherwise it
tells a deed, which may still relate two actors but quotes no one. PolNeAR, on which the
attribution tagger is trained, counts attitudes as attributions too. WordNet's lexicographer
files sort every verb sense: ``verb.communication``, ``verb.cognition`` and ``verb.emotion``
hold those senses, and this script keeps the single-word verbs with at least one of them (not
"vote", "sue", "fire", "back"), which no hand-made list could match; and the nouns of
``noun.communication``, for a cue whose saying is in its noun ("heaped praise on", "lashed
back with criticism of").

Reads the WordNet database as Debian's ``wordnet-base`` package installs it (see
``build_person_nouns.py``) and writes ``wordnet_reporting_verbs.txt`` and
``wordnet_communication_nouns.txt`` in ``src/riftmap/data/lexicons/``, with WordNet's licence
at their head. Run from the repository root:

    .venv/bin/python scripts/build_reporting_words.py [/usr/share/wordnet]

The output is deterministic: run it twice and the file is the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from build_person_nouns import LICENCE, WORD, entries

OUT = Path("src/riftmap/data/lexicons")
# WordNet's lexicographer file numbers (lexnames): verb.cognition, verb.communication,
# verb.emotion; noun.communication
FILES = {
    "verb": {31: "cognition", 32: "communication", 37: "emotion"},
    "noun": {10: "communication"},
}
NAMES = {"verb": "wordnet_reporting_verbs.txt", "noun": "wordnet_communication_nouns.txt"}
HEADER = """# {pos}s of {files} from WordNet 3.0, made by
# scripts/build_reporting_words.py: do not edit. Single words with at least one sense in
# one of these lexicographer files.
"""


def words_of(wordnet: Path, pos: str) -> list[str]:
    """The single-word lemmas of part of speech ``pos`` ("verb", "noun") with a sense in one
    of its ``FILES``, sorted."""
    found = set()
    for fields in entries(wordnet / f"data.{pos}"):
        if int(fields[1]) not in FILES[pos]:
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
    for pos, files in FILES.items():
        words = words_of(args.wordnet, pos)
        out = OUT / NAMES[pos]
        names = ", ".join(f"{pos}.{f}" for f in files.values())
        header = HEADER.format(pos=pos.capitalize(), files=names)
        out.write_text(header + LICENCE + "".join(f"{w}\n" for w in words), encoding="utf-8")
        print(f"{len(words)} {pos}s -> {out}")


if __name__ == "__main__":
    main()
