"""Person names: their parts (nameparser), when two name the same person, and their gender.

"Steve Bannon", "Bannon", "Mr. Bannon" and "Stephen K. Bannon" name one person; "Bill Clinton"
and "Hillary Clinton" two; "Donald Trump" and "Donald Trump Jr." two. Gender comes from a
shipped first-name list (1990 US Census, public domain) or an honorific, for pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nameparser import HumanName

from riftmap.kb.ids import without_accents
from riftmap.kb.lexicon import lexicon
from riftmap.resources import read_lines

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
PARTICLES = frozenset({"de", "del", "della", "di", "da", "van", "von", "der", "la", "le", "bin"})


# a given name of two syllables joined by a hyphen, the second in lower case ("Moon-soo",
# "Jae-myung", "Ki-moon", "Ing-wen"): the romanised Korean and Chinese form, written after
# the family name, which the article then uses alone ("Kim Moon-soo" ... "Kim said")
FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")


@dataclass(frozen=True)
class PersonName:
    """The parts of a person's name, lowercase; ``given`` is empty for a bare surname."""

    given: str
    middle: str
    surname: str
    suffix: str
    gender: str  # from an honorific ("Mr." m, "Ms." f), else empty

    @property
    def full(self) -> bool:
        return bool(self.given)


# initials written with stops: "J.B.", "J.D", not a single one ("E."), which is an initial
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|(?:[A-Z]\.){1,2}[A-Z]")


@lru_cache(maxsize=65536)
def parse_name(text: str) -> PersonName:
    """Split a person name into parts; a single word is taken as a surname."""
    words = _clean(text).split()
    honorific_gender = ""
    while words and _key(words[0]) in _titles():
        honorific_gender = honorific_gender or lexicon().honorifics.get(_key(words[0]), "")
        words = words[1:]
    if not words:
        return PersonName("", "", _key(text), "", honorific_gender)
    if len(words) == 1:
        return PersonName("", "", _key(words[0]), "", honorific_gender)
    if len(words) == 2 and FAMILY_FIRST.fullmatch(words[1]):
        return PersonName(_key(words[1]), "", _key(words[0]), "", honorific_gender)
    if len(words) == 2 and _key(words[1]) not in SUFFIXES and _key(words[0]) not in PARTICLES:
        return PersonName(_key(words[0]), "", _key(words[1]), "", honorific_gender)
    if _key(words[-1]) not in SUFFIXES and all(_key(w) in PARTICLES for w in words[:-1]):
        # "Le Pen", "Van Hollen", "Del Rio", "von der Leyen": a surname with its particles,
        # as "Marine Le Pen" has it (nameparser reads "Le" as a given name). PolNeAR train:
        # "Le Pen" in 11 sentences of 4 articles, "Van Dyke"/"Van Susteren" in 7 of 4, "La
        # Raza" aside
        surname = " ".join(_key(w) for w in words)
        return PersonName("", "", surname, "", honorific_gender)
    parsed = HumanName(" ".join(words))
    suffix = _key(parsed.suffix.split(",")[0]) if parsed.suffix else ""
    surname = _key(parsed.last) or _key(words[-1])
    given = _key(parsed.first)
    if given == surname:
        given = ""
    return PersonName(given, _key(parsed.middle), surname, suffix, honorific_gender)


def _clean(text: str) -> str:
    text = text.replace("’", "'").strip()
    return re.sub(r"'s?$", "", text).strip(" ,")


def surname_as_written(name: str, surname: str) -> str:
    """The words of ``name`` that spell ``surname`` (a ``PersonName.surname``), as written
    ("Le Pen" of "Marine Le Pen", "Trump" of "Donald Trump Jr."); else the surname itself."""
    words = name.split()
    width = len(surname.split())
    for i in range(len(words) - width, -1, -1):
        if " ".join(_key(w) for w in words[i : i + width]) == surname:
            return " ".join(words[i : i + width])
    return surname


def _key(word: str) -> str:
    """A name word as compared: lower case, without stops or accents (copy writes both
    "Ábrego García" and "Abrego Garcia" of one man)."""
    return without_accents(joined_initials(word).lower().strip(".,").replace("’", "'"))


def joined_initials(word: str) -> str:
    """Two or three initials written with stops, without them ("J.B." -> "JB"): news writes
    both forms of one name ("Democrat Governor J.B. Pritzker" ... "JB Pritzker")."""
    return word.replace(".", "") if INITIALS.fullmatch(word) else word


@cache
def _titles() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.honorifics) | frozenset(lex.title_words)


def same_given(a: str, b: str) -> bool:
    """Whether two given names can be one person's: equal, an initial, or nickname forms."""
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(nickname_groups().get(a, {a}) & nickname_groups().get(b, {b}))


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two names can name the same person: same surname, compatible given names,
    and no conflicting generational suffix between two full names."""
    if a.surname != b.surname:
        return False
    if a.full and b.full and a.suffix != b.suffix:
        return False
    if a.gender and b.gender and a.gender != b.gender:
        return False
    return same_given(a.given, b.given) or _double_surname(a, b) or _double_surname(b, a)


def _double_surname(short: PersonName, full: PersonName) -> bool:
    """Whether ``short`` is ``full``'s two-word surname written alone ("Wasserman Schultz" of
    "Debbie Wasserman Schultz", "Eskelsen Garcia", "Abrego Garcia"), which the name parser
    reads as a given name and a surname; not when that word is a given name ("Patrick Leahy"
    is not "Michael Patrick Leahy", nor "Brad Thor" a sentence's "Imagine Brad Thor").
    PolNeAR: "Eskelsen Garcia" and "Ki Hong" in train, "Guajardo Villarreal" in dev; the
    development set: "Abrego Garcia", "Watson Coleman"."""
    return (
        bool(short.given)
        and short.given not in first_names()
        and not short.middle
        and full.given != short.given
        and full.middle.split()[-1:] == [short.given]
    )


def gender_of(name: PersonName) -> str:
    """``m``, ``f`` or empty: the honorific's, else the first name's usual gender."""
    return name.gender or first_names().get(name.given, "")


@cache
def first_names() -> dict[str, str]:
    """Shipped first names -> ``m``/``f`` (see the header of ``data/kb/first_names.tsv``)."""
    out = {}
    for line in read_lines("kb", "first_names.tsv"):
        name, _, gender = line.partition("\t")
        out[name] = gender
    return out


@cache
def nickname_groups() -> dict[str, set[str]]:
    """Given name -> every form it shares a group with in ``data/kb/nicknames.txt``."""
    out: dict[str, set[str]] = {}
    for line in read_lines("kb", "nicknames.txt"):
        group = set(line.split())
        for name in group:
            out.setdefault(name, set()).update(group)
    return out
