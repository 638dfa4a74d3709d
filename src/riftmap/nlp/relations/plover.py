"""PLOVER types and the lexicons that map words to them, read from ``riftmap/data/relations``.

The lexicons are data, not code (one entry a line, each predicate with an example sentence
that the tests run), so that a reader can see and extend what riftmap recognises:

- ``predicates.tsv``: verbs, nouns, adjectives and affixes expressing an act toward an
  actor, with their PLOVER type and mode ("tear into X" ACCUSE disapprove);
- ``valence.tsv``: evaluative words for statements that judge an actor without such a
  predicate ("a parasitic illegal immigrant");
- ``modality.tsv``: negation, modality and hedges that flag a relation;
- ``threats.tsv``: verbs of promise and hostile acts ("vowed to oust X"), and acts whose
  request is hostile ("urged X to resign");
- ``cues.tsv``: reporting cues whose source takes no stance ("the Times reported");
- ``reactions.tsv``: verbs of receiving and the reactions they receive ("drew criticism
  from X");
- ``plover_verbs.tsv``: the broad event lexicon generated from PETRARCH2's CAMEO verb
  dictionary and the CAMEO->PLOVER table (``scripts/build_plover_lexicon.py``; licences in
  ``LICENSES.md``): a verb ("castigate X", "appeal to X") that no hand-made entry lists is
  read with its PLOVER type, unless a phrase of that dictionary makes it another event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from riftmap.errors import ModelError
from riftmap.nlp.relations.forms import keys
from riftmap.resources import read_text

# the lexicon files, each described in the module docstring
FILES = (
    "predicates.tsv",
    "valence.tsv",
    "modality.tsv",
    "threats.tsv",
    "cues.tsv",
    "reactions.tsv",
    "plover_verbs.tsv",
    "plover_additions.tsv",
)

TYPES = (
    "ACCUSE",
    "SUPPORT",
    "REQUEST",
    "REJECT",
    "THREATEN",
    "AGREE",
    "CONSULT",
    "CONCEDE",
    "PROTEST",
)
# The source's stance toward the target that each type expresses.
POLARITY = {
    "ACCUSE": -1,
    "REJECT": -1,
    "THREATEN": -1,
    "PROTEST": -1,
    "SUPPORT": 1,
    "AGREE": 1,
    "CONCEDE": 1,
    "REQUEST": 0,
    "CONSULT": 0,
}
VALENCE_TYPE = "VALENCE"  # a label verb: the type follows the valence of the label


@dataclass(frozen=True)
class Predicate:
    """One lexicon entry: how a word points at its target, and what it means.

    ``preps`` empty means the target is the direct object; ``infinitive`` that an infinitive
    must follow the object ("urge X to ..."); ``affix`` is "prefix" for ``anti-X`` and
    "suffix" for ``X-backing``.
    """

    pattern: str
    lemma: str
    type: str
    mode: str | None
    example: str
    particle: str | None = None
    preps: tuple[str, ...] = ()
    infinitive: bool = False
    affix: str | None = None

    @property
    def polarity(self) -> int:
        return POLARITY.get(self.type, 0)

    @property
    def on_object(self) -> bool:
        """Whether the entry relates its word to a bare direct object ("investigate X"), not
        through a particle, a preposition, an infinitive or an affix ("call out X")."""
        return not (self.particle or self.preps or self.infinitive or self.affix)


@dataclass(frozen=True)
class Lexicons:
    """Everything the relation finder looks words up in."""

    by_lemma: dict[str, list[Predicate]]
    affixes: dict[str, Predicate]
    valence: dict[str, int]
    experiencer: frozenset[str]
    adjective_only: frozenset[str]
    modality: dict[str, str]
    threat_leads: frozenset[str]
    threat_acts: frozenset[str]
    report_cues: frozenset[str]
    predicates: list[Predicate] = field(default_factory=list)
    reaction_verbs: frozenset[str] = frozenset()
    reactions: dict[str, str] = field(default_factory=dict)
    provokes: dict[str, str] = field(default_factory=dict)
    prompts: frozenset[str] = frozenset()
    walkouts: frozenset[str] = frozenset()
    ousters: frozenset[str] = frozenset()

    def entries(self, tok: Token) -> list[Predicate]:
        """The predicates listed for a word under any of its lookup forms (``forms.keys``)."""
        return [e for k in keys(tok) for e in self.by_lemma.get(k, ())]

    def lists(self, tok: Token) -> bool:
        """Whether the word is a predicate of the lexicon under any of its lookup forms."""
        return any(k in self.by_lemma for k in keys(tok))


# Verbs that turn their object against their subject, or win it over (``reactions.tsv``).
PROVOKE = {"provoke": "ACCUSE", "please": "SUPPORT"}


def parse_pattern(pattern: str, type_: str, mode: str | None, example: str) -> Predicate:
    """Read one pattern of ``predicates.tsv`` (its syntax is described in the file)."""
    words = pattern.split()
    if len(words) == 1 and words[0].startswith(("anti-", "pro-")) and words[0].endswith("X"):
        return Predicate(pattern, words[0][:-1], type_, mode, example, affix="prefix")
    if len(words) == 1 and words[0].startswith("X-"):
        return Predicate(pattern, words[0][2:], type_, mode, example, affix="suffix")
    if "X" not in words or words.index("X") == 0:
        raise ValueError(f"pattern {pattern!r} names no target X after its word")
    x = words.index("X")
    middle = words[1:x]
    tail = words[x + 1 :]
    if tail not in ([], ["to"]):
        raise ValueError(f"pattern {pattern!r}: only 'to' may follow X")
    particle = middle[0] if len(middle) == 2 else None
    preps = tuple(middle[-1].split("|")) if middle else ()
    return Predicate(
        pattern, words[0], type_, mode, example, particle, preps, infinitive=tail == ["to"]
    )


# Prepositions a PLOVER phrase may name its target with ("appeal to X", "side with X").
TARGET_PREPS = frozenset({"to", "with", "for", "on", "against", "at", "into", "of", "about"})
# PLOVER types read from the broad lexicon. Consultation, agreement and concession verbs
# there are mostly verbs of movement and intent ("go", "join", "expect", "allow") that
# relate no one in news copy, so only the verbal types of judgement and demand are read.
BROAD_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})
# CAMEO 09 (investigate) is ACCUSE in PLOVER, but "examine", "explore" or "check" an actor
# judges no one.
INVESTIGATE = "09"


def _plover_verbs(listed: set[str], files: Mapping[str, str]) -> list[Predicate]:
    """Predicates of ``plover_verbs.tsv`` for verbs the hand-made lexicon does not list (in
    any form): the
    verb alone (direct object) or with one target preposition, of a type in BROAD_TYPES;
    ``plover_additions.tsv`` (riftmap's own) drops some and adds others."""
    changes = {row[0]: row[1] for row in _table(files["plover_additions.tsv"])}
    found: dict[str, Predicate] = {}
    for pattern, type_ in changes.items():
        if type_ != "-":
            found[pattern] = parse_pattern(pattern, type_, None, "riftmap addition")
    for verb, phrase, cameo, type_ in _table(files["plover_verbs.tsv"]):
        if type_ not in BROAD_TYPES or cameo.startswith(INVESTIGATE):
            continue
        if any(word.startswith(verb) for word in listed):  # "disappointed in X" is listed
            continue
        if phrase and phrase not in TARGET_PREPS:
            continue
        pattern = f"{verb} {phrase} X" if phrase else f"{verb} X"
        if pattern in changes:
            continue
        found.setdefault(pattern, parse_pattern(pattern, type_, None, f"CAMEO {cameo}"))
    return list(found.values())


def shipped_files() -> dict[str, str]:
    """The text of each lexicon file shipped in ``data/relations``."""
    return {name: _shipped(name) for name in FILES}


def _shipped(name: str) -> str:
    try:
        return read_text("relations", name)
    except OSError as err:
        raise ModelError(f"relation lexicon data/relations/{name} does not load: {err}") from err


def _rows(name: str) -> list[list[str]]:
    """The rows of the shipped lexicon file ``name`` (the tests run their examples)."""
    return _table(_shipped(name))


def _table(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in line.split("\t")] for line in lines]


def _predicates(rows: list[list[str]]) -> list[Predicate]:
    found = []
    for row in rows:
        pattern, type_, mode, example = [*row, "", "", ""][:4]
        if type_ not in TYPES and type_ != VALENCE_TYPE:
            raise ModelError(f"predicates.tsv: {pattern!r} has unknown type {type_!r}")
        try:
            found.append(parse_pattern(pattern, type_, mode or None, example))
        except ValueError as err:
            raise ModelError(f"predicates.tsv: {err}") from err
    return found


@lru_cache(maxsize=1)
def load() -> Lexicons:
    """The shipped lexicons, read once per process."""
    return parse(shipped_files())


def parse(files: Mapping[str, str]) -> Lexicons:
    """The lexicons from the text of each file of ``FILES``."""
    missing = [name for name in FILES if name not in files]
    if missing:
        raise ModelError(f"relation lexicons: missing {', '.join(missing)}")

    predicates = _predicates(_table(files["predicates.tsv"]))
    predicates += _plover_verbs({p.lemma for p in predicates}, files)
    by_lemma: dict[str, list[Predicate]] = {}
    affixes: dict[str, Predicate] = {}
    for p in predicates:
        if p.affix:
            affixes[p.lemma] = p
        else:
            by_lemma.setdefault(p.lemma, []).append(p)
    valence_rows = _table(files["valence.tsv"])
    modality = {row[0]: row[1] for row in _table(files["modality.tsv"])}
    threats = _table(files["threats.tsv"])
    reactions = _table(files["reactions.tsv"])
    for word, kind, *_ in reactions:
        if kind not in ("verb", "prompt", "walkout", *PROVOKE) and kind not in TYPES:
            raise ModelError(f"reactions.tsv: {word!r} has unknown kind {kind!r}")
    return Lexicons(
        by_lemma=by_lemma,
        affixes=affixes,
        valence={row[0]: int(row[1]) for row in valence_rows},
        experiencer=frozenset(row[0] for row in valence_rows if row[2:] == ["exp"]),
        adjective_only=frozenset(row[0] for row in valence_rows if row[2:] == ["adj"]),
        modality=modality,
        threat_leads=frozenset(row[0] for row in threats if row[1] == "lead"),
        threat_acts=frozenset(row[0] for row in threats if row[1] == "act"),
        report_cues=frozenset(row[0] for row in _table(files["cues.tsv"])),
        predicates=predicates,
        reaction_verbs=frozenset(row[0] for row in reactions if row[1] == "verb"),
        reactions={row[0]: row[1] for row in reactions if row[1] in TYPES},
        provokes={row[0]: PROVOKE[row[1]] for row in reactions if row[1] in PROVOKE},
        prompts=frozenset(row[0] for row in reactions if row[1] == "prompt"),
        walkouts=frozenset(row[0] for row in reactions if row[1] == "walkout"),
        ousters=frozenset(row[0] for row in threats if row[1] == "ouster"),
    )
