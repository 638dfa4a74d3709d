"""Build riftmap's list of person nouns from WordNet 3.0.

A description is a mention of a person only when its head noun denotes a person ("the
billionaire", "her colleague", "the narrator"). No hand-made list can hold every such noun, and
WordNet's lexicographer files already sort every noun sense: ``noun.person`` holds the people.
This script keeps the single-word common nouns all of whose senses denote a person (or, as
"watchdog" or "worker" also do, an animal or a group), and which WordNet does not also list as
an adjective, verb or adverb: a noun that is mostly something else ("server", "driver",
"spoiler") or that news uses as an adjective ("national", "senior", "independent") is left out,
since any of them could turn a thing into a person. The hand-made ``person_nouns`` of
``data/kb/lexicon.yaml`` stay, for the nouns WordNet files elsewhere ("ally", "star", "head").

Reads the WordNet database as Debian's ``wordnet-base`` package installs it
(``apt-get install --no-install-recommends wordnet-base``) and writes
``src/riftmap/data/kb/wordnet_person_nouns.txt`` with WordNet's licence at its head. Run from
the repository root:

    .venv/bin/python scripts/build_person_nouns.py [/usr/share/wordnet]

The output is deterministic: run it twice and the file is the same.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

OUT = Path("src/riftmap/data/kb/wordnet_person_nouns.txt")
# WordNet's lexicographer file numbers (lexnames): noun.animal, noun.group, noun.person
ANIMAL, GROUP, PERSON = 5, 14, 18
WORD = re.compile(r"[a-z][a-z-]*[a-z]")
HEADER = """# Person nouns from WordNet 3.0, made by scripts/build_person_nouns.py: do not edit.
# Single-word common nouns whose every sense is in noun.person (or noun.animal, noun.group),
# and that WordNet lists under no other part of speech.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def entries(path: Path) -> Iterator[list[str]]:
    """The fields of a WordNet ``index.*`` or ``data.*`` file's entries (its licence lines
    start with spaces)."""
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if not line.startswith("  "):
                yield line.split()


def synsets(wordnet: Path) -> dict[str, tuple[int, list[str]]]:
    """Each noun synset's lexicographer file and its words as written, by offset."""
    found = {}
    for fields in entries(wordnet / "data.noun"):
        count = int(fields[3], 16)
        found[fields[0]] = (int(fields[1]), [fields[4 + 2 * i] for i in range(count)])
    return found


def person_nouns(wordnet: Path) -> list[str]:
    """The nouns that denote only people, sorted."""
    nouns = synsets(wordnet)
    other = {f[0] for pos in ("adj", "verb", "adv") for f in entries(wordnet / f"index.{pos}")}
    kept = []
    for fields in entries(wordnet / "index.noun"):
        lemma, pointers = fields[0], int(fields[3])
        offsets = fields[4 + pointers + 2 :]
        files = {nouns[o][0] for o in offsets}
        if nouns[offsets[0]][0] != PERSON or not files <= {PERSON, ANIMAL, GROUP}:
            continue
        written = [w for w in nouns[offsets[0]][1] if w.lower() == lemma]
        # a capitalised form is a name ("More", "Drew"), not a common noun
        if written and written[0].islower() and WORD.fullmatch(lemma) and lemma not in other:
            kept.append(lemma)
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    words = person_nouns(args.wordnet)
    OUT.write_text(HEADER + "".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} person nouns -> {OUT}")


if __name__ == "__main__":
    main()
