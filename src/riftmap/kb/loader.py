"""Read actor knowledge-base files (YAML, format in ``data/kb/default.yaml``) into a
``KnowledgeBase``.

The default KB ships with the package; users add their own files, whose entries replace the
default ones with the same id. Nothing is fetched at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, cast

import yaml
from rapidfuzz import fuzz, process

from riftmap.errors import KnowledgeBaseError
from riftmap.kb.ids import slug
from riftmap.models import ActorType, Role
from riftmap.resources import data_file

FORMAT_VERSION = 1
TYPES = ("person", "organization", "group")


@dataclass(frozen=True)
class KBActor:
    """One actor as the knowledge base knows it."""

    id: str
    name: str
    type: ActorType
    gender: str = ""
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    descriptors: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    born: str | None = None  # a person's date of birth, ISO

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lookup form of a name or phrase: lowercase, straight apostrophes, no leading "the",
    single spaces, no final full stop (a headline's "RFK Jr" is the alias "RFK Jr."). Kept
    per text: the same names are looked up again and again."""
    text = text.replace("’", "'").replace("‘", "'").strip().lower().rstrip(".")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^the ", "", text)


@dataclass
class KnowledgeBase:
    """Actors by id, with indexes by name/alias and by role title and role epithet."""

    actors: dict[str, KBActor] = field(default_factory=dict)
    role_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _by_name: dict[str, list[str]] = field(default_factory=dict)
    cache: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)

    def add(self, actor: KBActor) -> None:
        self.actors[actor.id] = actor
        self._by_name = {}
        self.cache.clear()

    def lookup(self, name: str) -> list[KBActor]:
        """Actors having ``name`` as canonical name or alias (case-insensitive)."""
        if not self._by_name:
            for actor in self.actors.values():
                for alias in actor.names():
                    ids = self._by_name.setdefault(norm(alias), [])
                    if actor.id not in ids:
                        ids.append(actor.id)
        return [self.actors[i] for i in self._by_name.get(norm(name), ())]

    def given_with_alias(self, name: str) -> list[KBActor]:
        """Persons a two-word ``name`` names by their own given name and one of their one-word
        aliases in place of the surname ("Gavin Newscum" in copy quoting a post of Trump's: the
        development set has it in three articles). The given name must be the person's own:
        "Mary Trump" is not Donald Trump."""
        words = norm(name).split()
        if len(words) != 2:
            return []
        return [
            k
            for k in self.lookup(words[1])
            if k.type == "person" and norm(k.name).split()[0] == words[0]
        ]

    def surnamed(self, surname: str) -> list[KBActor]:
        """Persons whose canonical name ends in ``surname``: whom a title or an honorific
        before the bare surname may name when its alias is another's ("Mr. Clinton" and
        "President Clinton" are Bill Clinton; the alias "Clinton" is Hillary Clinton's)."""
        slot = ("surnames",)
        if slot not in self.cache:
            index: dict[str, list[KBActor]] = {}
            for actor in self.actors.values():
                if actor.type == "person" and actor.name.split():
                    index.setdefault(norm(actor.name.split()[-1]), []).append(actor)
            self.cache[slot] = index
        return list(self.cache[slot].get(norm(surname), ()))

    def fuzzy_lookup(self, name: str, cutoff: float = 92.0) -> list[KBActor]:
        """Actors with a name or alias spelled nearly like a multi-word ``name`` ("Volodymyr
        Zelenskiy"), for transliterations and typos; short names never match fuzzily."""
        key = norm(name)
        if " " not in key or len(key) < 8:
            return []
        slot = ("fuzzy", key, cutoff)  # a name recurs in and across articles: compare it once
        if slot not in self.cache:
            self.lookup(name)  # builds the index
            aliases = list(self._by_name)
            found = process.extractOne(key, aliases, scorer=fuzz.ratio, score_cutoff=cutoff)
            self.cache[slot] = tuple(self._by_name[found[0]]) if found else ()
        return [self.actors[i] for i in self.cache[slot]]

    def role_epithets(self) -> dict[str, str]:
        """Every phrase naming a role holder ("president", "press secretary", and each
        title an actor holds: "Senator from Vermont") -> role title."""
        titles = {r.title for a in self.actors.values() for r in a.roles}
        out = {norm(title): title for title in (*titles, *self.role_phrases)}
        for title, phrases in self.role_phrases.items():
            out.update({norm(p): title for p in phrases})
        return out

    def holders(self, title: str, date: str | None) -> list[tuple[KBActor, Role]]:
        """Actors who held role ``title``, at ``date`` when one is given (ISO prefix)."""
        out = []
        for actor in self.actors.values():
            for role in actor.roles:
                if role.title == title and (date is None or role.active(date)):
                    out.append((actor, role))
        return out

    def merged(self, other: KnowledgeBase) -> KnowledgeBase:
        """This KB with ``other``'s entries and role phrases added (``other`` wins on ids)."""
        kb = KnowledgeBase(dict(self.actors), dict(self.role_phrases))
        kb.actors.update(other.actors)
        for title, phrases in other.role_phrases.items():
            known = kb.role_phrases.get(title, ())
            kb.role_phrases[title] = tuple(dict.fromkeys((*known, *phrases)))
        return kb


def load_kb(paths: Iterable[str | Path] = (), *, default: bool = True) -> KnowledgeBase:
    """The default KB (unless ``default`` is false) with each file of ``paths`` merged in order."""
    kb = default_kb() if default else KnowledgeBase()
    for path in paths:
        kb = kb.merged(read_kb_file(Path(path)))
    return kb


@cache
def default_kb() -> KnowledgeBase:
    """The KB shipped with riftmap (read once per process)."""
    return read_kb_file(data_file("kb", "default.yaml"))


def read_kb_file(path: Path | Traversable) -> KnowledgeBase:
    """One KB file; errors name the file and the entry at fault."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(f"{path}: cannot read knowledge base: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("actors", []), list):
        raise KnowledgeBaseError(f"{path}: expected a mapping with an 'actors' list")
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise KnowledgeBaseError(f"{path}: format version {data.get('version')} is not 1")
    kb = KnowledgeBase(role_phrases=_role_phrases(path, data.get("roles") or {}))
    for n, entry in enumerate(data.get("actors") or [], 1):
        kb.add(_actor(path, n, entry))
    return kb


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _role_phrases(path: Path | Traversable, roles: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(roles, dict):
        raise KnowledgeBaseError(f"{path}: 'roles' must map role titles to lists of phrases")
    return {str(t): tuple(str(p) for p in (v or [])) for t, v in roles.items()}


def _actor(path: Path | Traversable, n: int, entry: object) -> KBActor:
    if not isinstance(entry, dict) or not entry.get("name"):
        raise KnowledgeBaseError(f"{path}: actor #{n} needs at least a 'name'")
    e = cast(Mapping[str, Any], entry)
    kind = str(e.get("type", "person"))
    if kind not in TYPES:
        raise KnowledgeBaseError(f"{path}: actor #{n} ({e['name']}): type must be one of {TYPES}")
    return KBActor(
        id=str(e.get("id") or slug(str(e["name"]))),
        name=str(e["name"]),
        type=cast(ActorType, kind),
        gender=str(e.get("gender") or ""),
        wikidata=str(e["wikidata"]) if e.get("wikidata") else None,
        aliases=_strings(e.get("aliases")),
        roles=tuple(_role(path, n, r) for r in e.get("roles") or []),
        descriptors=_strings(e.get("descriptors")),
        affiliations=_strings(e.get("affiliations")),
        born=_iso(e.get("born")),
    )


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(str(v) for v in items)


def _role(path: Path | Traversable, n: int, role: object) -> Role:
    if isinstance(role, str):
        return Role(role)
    if not isinstance(role, dict) or not role.get("title"):
        raise KnowledgeBaseError(f"{path}: actor #{n}: each role needs a 'title'")
    start, end = role.get("start"), role.get("end")
    return Role(str(role["title"]), _iso(start), _iso(end))


def _iso(value: object) -> str | None:
    """Dates as YAML gives them (date objects, ints for years, strings) as ISO strings."""
    if value is None:
        return None
    iso = getattr(value, "isoformat", None)
    return str(iso() if callable(iso) else value)
