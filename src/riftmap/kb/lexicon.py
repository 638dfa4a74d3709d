"""The word lists riftmap's stages share, read once from ``data/kb/lexicon.yaml`` and
``data/lexicons/`` (data, not code)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

import yaml

from riftmap.resources import read_lines, read_text


def split_prefix(word: str, prefixes: Iterable[str]) -> tuple[str, str] | None:
    """A hyphenated word's bound prefix and the rest ("vice-president": ("vice",
    "president")), or None when it starts with none of ``prefixes``."""
    prefix, hyphen, rest = word.partition("-")
    if hyphen and rest.isalpha() and prefix in prefixes:
        return prefix, rest
    return None


class PersonNouns(frozenset[str]):
    """The person nouns of the lexicon, plus the professions English builds with "-ician",
    "-ologist", "-ist" and "-writer" ("pediatrician", "epidemiologist", "lobbyist",
    "speechwriter": 13 PolNeAR train articles name someone a "...writer"): no list holds
    them all, and an article may name anyone by profession. A person noun after a bound
    prefix is one too ("co-host", "vice-president", "ex-wife")."""

    prefixes: tuple[str, ...]

    def __new__(cls, words: Iterable[str], prefixes: Iterable[str] = ()) -> PersonNouns:
        return super().__new__(cls, words)

    def __init__(self, words: Iterable[str], prefixes: Iterable[str] = ()) -> None:
        self.prefixes = tuple(prefixes)

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        if not isinstance(word, str):
            return False
        parts = split_prefix(word, self.prefixes)
        if parts is not None:
            return parts[1] in self
        if not word.isalpha():
            return False
        return (
            (word.endswith("ician") and len(word) >= 8)
            or word.endswith("ologist")
            or (word.endswith("writer") and len(word) >= 10)
            or (word.endswith("ist") and len(word) >= 7 and word not in NOT_PEOPLE)
        )


# "-ist" words that are things, not people
NOT_PEOPLE = frozenset({"checklist", "playlist", "wishlist", "shortlist", "blacklist", "whitelist"})


@dataclass(frozen=True)
class Lexicon:
    """Honorifics and titles, person/organisation/group nouns, head classes, markers."""

    honorifics: dict[str, str]
    title_words: dict[str, str]
    # every noun that denotes a person: WordNet's and the lexicon's own
    person_nouns: frozenset[str]
    # the lexicon's own, the nouns news calls the people it covers by ("the senator", "the
    # billionaire"): only a description headed by one of these is taken, when nothing else
    # decides, for the most salient person; a rarer one ("the perpetrator", "the narrator")
    # more often brings in someone the article does not name, and so does one of the press
    # ("the reporter": ``press_nouns`` in lexicon.yaml)
    news_person_nouns: frozenset[str]
    # WordNet's nouns that are mostly a person but also something else ("cook", "fellow",
    # "Muslim"): a person only set off beside a person's name ("Gonzalez, a cook at the Taj")
    appositive_nouns: frozenset[str]
    org_nouns: frozenset[str]
    group_nouns: frozenset[str]
    head_class: dict[str, frozenset[str]]
    past_markers: frozenset[str]
    empty_modifiers: frozenset[str]
    quantifiers: frozenset[str]
    headline_verbs: frozenset[str]
    rank_words: frozenset[str] = frozenset()
    office_adjectives: dict[str, str] = field(default_factory=dict)
    us_states: tuple[str, ...] = ()
    us_state_abbreviations: frozenset[str] = frozenset()
    landmarks: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)
    relational_nouns: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    prospective_markers: frozenset[str] = frozenset()
    open_markers: frozenset[str] = frozenset()
    bound_prefixes: tuple[str, ...] = ()
    state_demonyms: dict[str, str] = field(default_factory=dict)
    party_members: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()  # those who report and ask: "the moderator"
    org_noun_names: dict[str, str] = field(default_factory=dict)  # "camp": "campaign"

    @cached_property
    def relation_nouns(self) -> frozenset[str]:
        """Heads that say what someone is to another: kinship and other relations."""
        return self.kin_nouns | self.relational_nouns

    def unprefixed(self, word: str) -> tuple[str, str] | None:
        """A word's bound prefix and the rest ("vice-president": ("vice", "president")), or
        None when it has none."""
        return split_prefix(word, self.bound_prefixes)

    def body_word(self, word: str) -> str:
        """The organisation noun a body is known by, for one written short for it ("camp":
        "campaign"); the word itself otherwise."""
        return self.org_noun_names.get(word.lower(), word)

    def same_head(self, a: str, b: str) -> bool:
        """Whether two head words can name the same role ("chief" and "head" can)."""
        return a == b or b in self.head_class.get(a, frozenset())


@cache
def lexicon() -> Lexicon:
    data = yaml.safe_load(read_text("kb", "lexicon.yaml"))
    classes: dict[str, set[str]] = {}
    for group in data["head_classes"]:
        for word in group:
            classes.setdefault(word, set()).update(group)
    state_demonyms = {str(k): str(v) for k, v in data.get("state_demonyms", {}).items()}
    org_nouns = frozenset(data["org_nouns"])
    prefixes = data.get("bound_prefixes", ())
    own = [*data["person_nouns"], *state_demonyms]
    # WordNet's people who are mostly companies in news ("retailer", "maker") stay organisations
    wordnet = [w for w in read_lines("kb", "wordnet_person_nouns.txt") if w not in org_nouns]
    return Lexicon(
        honorifics={str(k): str(v or "") for k, v in data["honorifics"].items()},
        title_words={str(k): str(v or "") for k, v in data["title_words"].items()},
        person_nouns=PersonNouns([*own, *wordnet], prefixes),
        news_person_nouns=PersonNouns([w for w in own if w not in data["press_nouns"]], prefixes),
        appositive_nouns=frozenset(read_lines("kb", "wordnet_appositive_nouns.txt")) - org_nouns,
        org_nouns=org_nouns,
        group_nouns=frozenset(data["group_nouns"]),
        head_class={k: frozenset(v) for k, v in classes.items()},
        past_markers=frozenset(data["past_markers"]),
        empty_modifiers=frozenset(data["empty_modifiers"]),
        quantifiers=frozenset(data["quantifiers"]),
        headline_verbs=frozenset(data["headline_verbs"]),
        rank_words=frozenset(data["rank_words"]),
        party_members=frozenset(data.get("party_members", ())),
        press_nouns=frozenset(data["press_nouns"]),
        office_adjectives={str(k): str(v) for k, v in data["office_adjectives"].items()},
        us_states=tuple(data["us_states"]),
        us_state_abbreviations=frozenset(data.get("us_state_abbreviations", ())),
        landmarks=frozenset(data.get("landmarks", ())),
        platforms=frozenset(data.get("platforms", ())),
        demonyms={str(k): str(v) for k, v in data["demonyms"].items()},
        relational_nouns=frozenset(data.get("relational_nouns", ())),
        kin_nouns=frozenset(data.get("kin_nouns", ())),
        prospective_markers=frozenset(data.get("prospective_markers", ())),
        open_markers=frozenset(data.get("open_markers", ())),
        bound_prefixes=tuple(prefixes),
        state_demonyms=state_demonyms,
        org_noun_names={str(k): str(v) for k, v in data.get("org_noun_names", {}).items()},
    )


@cache
def country_names() -> frozenset[str]:
    """Countries and territories by the names English news gives them, one per line of
    ``data/kb/countries.txt`` (ISO 3166-1, see its header)."""
    return frozenset(read_lines("kb", "countries.txt"))


@cache
def capitals() -> dict[str, str]:
    """Capital -> the name of its country, from ``data/kb/capitals.tsv``."""
    pairs = (line.split("\t") for line in read_lines("kb", "capitals.tsv"))
    return {capital.strip(): country.strip() for capital, country in pairs}


@cache
def speech_verbs() -> frozenset[str]:
    """The verbs of saying (lemmas; a few two-word entries, a verb and one of its children's
    lemmas: "make clear"), read once from ``data/lexicons/speech_verbs.txt``."""
    return word_list(read_text("lexicons", "speech_verbs.txt"))


@cache
def reporting_verbs() -> frozenset[str]:
    """The verbs with a sense of saying, thinking or feeling in WordNet ("praise", "cite",
    "prefer", "fear"), read once from ``data/lexicons/wordnet_reporting_verbs.txt``
    (``scripts/build_reporting_words.py``)."""
    return word_list(read_text("lexicons", "wordnet_reporting_verbs.txt"))


@cache
def communication_nouns() -> frozenset[str]:
    """The nouns with a sense of communication in WordNet ("praise", "criticism", "rant"),
    read once from ``data/lexicons/wordnet_communication_nouns.txt``."""
    return word_list(read_text("lexicons", "wordnet_communication_nouns.txt"))


@cache
def nominal_cues() -> frozenset[str]:
    """The nouns that report a statement before a that-clause or a to-infinitive ("his claim
    that ...", "calls to resign"), read once from ``data/lexicons/nominal_cues.txt``."""
    return word_list(read_text("lexicons", "nominal_cues.txt"))


@cache
def answer_verbs() -> frozenset[str]:
    """The verbs with which an organisation answers for itself ("it denied"), read once from
    ``data/lexicons/answer_verbs.txt``."""
    return word_list(read_text("lexicons", "answer_verbs.txt"))


def word_list(text: str) -> frozenset[str]:
    """The entries of a word-list file: one a line, blank lines and ``#`` comments skipped."""
    lines = (line.strip() for line in text.splitlines() if not line.startswith("#"))
    return frozenset(line for line in lines if line)
