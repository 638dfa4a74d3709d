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

It also writes the nouns whose most frequent sense is a person but that have other senses or
are other parts of speech too ("cook", "fellow", "rival", "Muslim"), leaving out WordNet's
named individuals ("Lincoln"). Such a noun is a person only where the sentence says so: set off
beside a person's name ("Mayra Gonzalez, a cook at the Taj,"), so riftmap reads them there and
nowhere else.

Reads the WordNet database as Debian's ``wordnet-base`` package installs it
(``apt-get install --no-install-recommends wordnet-base``) and writes
``src/riftmap/data/kb/wordnet_person_nouns.txt`` and ``wordnet_appositive_nouns.txt`` with
WordNet's licence at their head. Run from
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
OUT_APPOSITIVE = Path("src/riftmap/data/kb/wordnet_appositive_nouns.txt")
# WordNet's lexicographer file numbers (lexnames): noun.animal, noun.group, noun.person
ANIMAL, GROUP, PERSON = 5, 14, 18
WORD = re.compile(r"[a-z][a-z-]*[a-z]")
PERSONS = """# Person nouns from WordNet 3.0, made by scripts/build_person_nouns.py: do not edit.
# Single-word common nouns whose every sense is in noun.person (or noun.animal, noun.group),
# and that WordNet lists under no other part of speech.
"""
APPOSITIVES = """# Nouns from WordNet 3.0 that are people beside a name, made by
# scripts/build_person_nouns.py: do not edit. Single words whose most frequent sense is in
# noun.person (and no named individual), and that are not in wordnet_person_nouns.txt: other
# senses or other parts of speech make them persons only in apposition to a person's name.
"""
LICENCE = """#
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


def synsets(wordnet: Path) -> dict[str, tuple[int, list[str], bool]]:
    """Each noun synset's lexicographer file, its words as written, and whether it is a named
    individual (an instance of another synset), by offset."""
    found = {}
    for fields in entries(wordnet / "data.noun"):
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i] for i in range(int(fields[at]))]
        words = [fields[4 + 2 * i] for i in range(count)]
        found[fields[0]] = (int(fields[1]), words, "@i" in pointers)
    return found


def nouns_of_people(wordnet: Path) -> tuple[list[str], list[str]]:
    """(the nouns that denote only people, the other nouns whose first sense is a person),
    each sorted."""
    nouns = synsets(wordnet)
    other = {f[0] for pos in ("adj", "verb", "adv") for f in entries(wordnet / f"index.{pos}")}
    persons, appositives = [], []
    for fields in entries(wordnet / "index.noun"):
        lemma, pointers = fields[0], int(fields[3])
        offsets = fields[4 + pointers + 2 :]
        file, words, named = nouns[offsets[0]]
        if file != PERSON or named or not WORD.fullmatch(lemma):
            continue
        written = [w for w in words if w.lower() == lemma]
        files = {nouns[o][0] for o in offsets}
        # a capitalised form is a name ("More", "Drew") or a people ("Muslim"), not a common noun
        only = files <= {PERSON, ANIMAL, GROUP} and lemma not in other
        if written and written[0].islower() and only:
            persons.append(lemma)
        else:
            appositives.append(lemma)
    return sorted(persons), sorted(appositives)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    persons, appositives = nouns_of_people(args.wordnet)
    for out, header, words in ((OUT, PERSONS, persons), (OUT_APPOSITIVE, APPOSITIVES, appositives)):
        out.write_text(header + LICENCE + "".join(f"{w}\n" for w in words), encoding="utf-8")
        print(f"{len(words)} nouns -> {out}")


if __name__ == "__main__":
    main()
