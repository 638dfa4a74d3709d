"""One actor per person across the corpus: a deterministic, order-independent merge of the
actors each article names, with the user's overrides on top.

Extraction gives every actor an id per article (a knowledge-base id, or a slug of the fullest
name the article uses), so "Bannon" in one article and "Steve Bannon" in another are two ids.
``merge_actors`` takes every (article, id) of the corpus at once and joins

- full names of one person ("Steve Bannon", "Stephen K. Bannon": same surname, given names
  that are one name or its nickname, same generational suffix);
- a surname alone, or a title and surname ("Bannon", "Mr. Bannon"), and a given name reduced
  to its initial, to the one full name of the corpus it fits; when the corpus has two people
  of that surname ("Bill Clinton", "Hillary Clinton") it stays apart;
- groups named by phrases of one kind about the same named people ("Trump supporters",
  "MAGA faithful", "some of Trump's MAGA supporters"): same head class in the lexicon and a
  shared proper word, chained;
- any name a knowledge base (``--kb`` files) lists as an alias, to that entry's id.

Because it looks at the whole corpus at once and breaks every tie by counts and then by id,
the result does not depend on the order articles arrived in. Overrides (``riftmap actors
merge|split``) are applied last, in the order they were made.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import KnowledgeBase, norm
from riftmap.nlp.actors.names import (
    PersonName,
    nickname_groups,
    parse_name,
    same_given,
    same_person,
)

Action = Literal["merge", "split"]
Key = tuple[str, str]


@dataclass(frozen=True)
class ActorRecord:
    """An actor as one article has it: ``doc`` is the article id (or the JSONL ``doc``)."""

    doc: str
    id: str
    name: str
    type: str | None
    mentions: int = 1


@dataclass(frozen=True)
class Override:
    """A user's correction: ``merge`` joins ``ids[1:]`` into ``ids[0]``; ``split`` makes
    ``ids[0]`` (an article's id, or a merged corpus id) stand alone again."""

    action: Action
    ids: tuple[str, ...]


@dataclass(frozen=True)
class Identity:
    """Each (doc, local id) -> its corpus id and the rule that gave it, and the corpus actors'
    names and types. A local id maps alike in every article (``local``: id -> corpus id, rule
    and number of articles), which is how the store records it."""

    ids: Mapping[Key, str]
    rules: Mapping[Key, str]
    actors: Mapping[str, tuple[str, str | None]]
    local: Mapping[str, tuple[str, str, int]] = field(default_factory=dict)

    def of(self, doc: str, local: str) -> str:
        """The corpus id of an article's actor (the local id when the merge never saw it)."""
        return self.ids.get((doc, local), local)


class _Union:
    """Union-find over local ids whose root is chosen by a fixed ranking, not by arrival."""

    def __init__(self, rank: dict[str, tuple[object, ...]]) -> None:
        self.parent: dict[str, str] = {}
        self.rank = rank

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda r: self.rank[r])
            self.parent[drop] = keep


def merge_actors(
    records: Iterable[ActorRecord],
    *,
    kb: KnowledgeBase | None = None,
    overrides: Sequence[Override] = (),
) -> Identity:
    """The corpus identity of ``records`` (see the module docstring)."""
    by_id = _by_local_id(records)
    kb_ids = set(kb.actors) if kb is not None else set()
    rank: dict[str, tuple[object, ...]] = {
        i: (i not in kb_ids, not _full_person(r), -r.docs, -r.mentions, len(i), i)
        for i, r in by_id.items()
    }
    union = _Union(rank)
    rules: dict[str, str] = {}
    if kb is not None:
        _kb_aliases(by_id, kb, union, rules)
    _people(by_id, union, rules)
    _groups(by_id, union, rules)
    corpus = {i: union.find(i) for i in by_id}
    for i, c in corpus.items():
        rules.setdefault(i, "same" if c == i else "name")
    _apply(overrides, corpus, rules)
    return _identity(by_id, corpus, rules, kb)


@dataclass
class _Local:
    """What the corpus says of one local id: its name, type, articles and mentions."""

    name: str
    type: str | None
    docs: int
    mentions: int
    keys: list[Key]


def _full_person(local: _Local) -> bool:
    """A person named with a given name: the id a cluster of names should take."""
    return local.type == "person" and len(parse_name(local.name).given) > 1


def _by_local_id(records: Iterable[ActorRecord]) -> dict[str, _Local]:
    out: dict[str, _Local] = {}
    names: dict[str, dict[tuple[str, str | None], int]] = defaultdict(lambda: defaultdict(int))
    for r in records:
        local = out.setdefault(r.id, _Local(r.name, r.type, 0, 0, []))
        local.docs += 1
        local.mentions += r.mentions
        local.keys.append((r.doc, r.id))
        names[r.id][(r.name, r.type)] += r.mentions
    for i, local in out.items():  # the most mentioned name, then the first in sort order
        (local.name, local.type), _ = min(
            names[i].items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or "")
        )
    return out


def _kb_aliases(
    by_id: Mapping[str, _Local], kb: KnowledgeBase, union: _Union, rules: dict[str, str]
) -> None:
    for i, local in sorted(by_id.items()):
        if i in kb.actors:
            continue
        hits = {a.id for a in kb.lookup(local.name) if local.type in (None, a.type)}
        if len(hits) == 1:
            (target,) = hits
            union.rank.setdefault(target, (False, False, 0, 0, len(target), target))
            union.union(target, i)
            rules[i] = "kb"


def _people(by_id: Mapping[str, _Local], union: _Union, rules: dict[str, str]) -> None:
    people = {
        i: parse_name(local.name) for i, local in sorted(by_id.items()) if local.type == "person"
    }
    full = {i: p for i, p in people.items() if p.full and len(p.given) > 1}
    clusters: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for i, p in full.items():
        clusters[(p.surname, _given_key(p.given), p.suffix)].append(i)
    for members in clusters.values():
        for other in members[1:]:
            union.union(members[0], other)
    by_surname: dict[str, list[tuple[str, PersonName]]] = defaultdict(list)
    for members in clusters.values():
        i = min(members, key=lambda m: union.rank[m])
        by_surname[full[i].surname].append((i, full[i]))
    for i, p in people.items():
        if i in full:
            continue
        fits = [j for j, q in by_surname.get(p.surname, []) if _fits(p, q)]
        if len(fits) == 1:
            union.union(fits[0], i)
            rules[i] = "surname"


def _given_key(given: str) -> str:
    """One key for a given name and its nicknames ("steve", "stephen")."""

    return min(nickname_groups().get(given, {given}))


def _fits(short: PersonName, full: PersonName) -> bool:
    """A surname (or initial and surname) that can be this full name's person."""
    if short.suffix and short.suffix != full.suffix:
        return False
    return same_person(short, full) and same_given(short.given, full.given)


_WORD = re.compile(r"[\w-]+")


def _groups(by_id: Mapping[str, _Local], union: _Union, rules: dict[str, str]) -> None:
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for i, local in sorted(by_id.items()):
        if local.type != "group":
            continue
        head, anchors = group_key(local.name)
        for anchor in anchors:
            buckets[(head, anchor)].append(i)
        if not anchors:
            buckets[(head, " ".join(_content_words(local.name)))].append(i)
    for members in buckets.values():
        for other in members[1:]:
            if union.find(other) != union.find(members[0]):
                union.union(members[0], other)
                rules[other] = rules[members[0]] = "group"


def group_key(name: str) -> tuple[str, frozenset[str]]:
    """A group phrase as its head class and its proper words: "some of Trump's MAGA
    supporters" -> ("supporter-class", {"trump", "maga"}). Proper words are those written
    with a capital (names, acronyms); the head class is the lexicon's for the last word."""
    words = _content_words(name)
    if not words:
        return norm(name), frozenset()
    head = _singular(words[-1].lower())
    classes = lexicon().head_class.get(head)
    head_key = min(classes | {head}) if classes else head
    anchors = frozenset(w.lower() for w in words[:-1] if w[:1].isupper())
    return head_key, anchors


def _content_words(name: str) -> list[str]:
    """The words of a group phrase without quantifiers, determiners and possessive marks."""
    skip = lexicon().quantifiers | lexicon().empty_modifiers | {"of", "and", "or"}
    text = re.sub(r"['’]s?\b", "", name)
    return [w for w in _WORD.findall(text) if w.lower() not in skip]


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _apply(overrides: Sequence[Override], corpus: dict[str, str], rules: dict[str, str]) -> None:
    for o in overrides:
        if not o.ids:
            continue
        if o.action == "merge":
            into = corpus.get(o.ids[0], o.ids[0])
            for i, c in corpus.items():
                if i in o.ids[1:] or c in o.ids[1:]:
                    corpus[i], rules[i] = into, "merge"
        else:
            for i, c in corpus.items():
                if i == o.ids[0] or c == o.ids[0]:
                    corpus[i], rules[i] = i, "split"


def _identity(
    by_id: Mapping[str, _Local],
    corpus: Mapping[str, str],
    rules: Mapping[str, str],
    kb: KnowledgeBase | None,
) -> Identity:
    """The corpus actor is named as its own id's record, its KB entry, or its first member."""
    ids: dict[Key, str] = {}
    rule_of: dict[Key, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for i, record in by_id.items():
        members[corpus[i]].append(i)
        for key in record.keys:
            ids[key], rule_of[key] = corpus[i], rules[i]
    actors: dict[str, tuple[str, str | None]] = {}
    for c in sorted(members):
        if kb is not None and c in kb.actors and c not in by_id:
            actors[c] = (kb.actors[c].name, kb.actors[c].type)
        else:
            best = by_id[c] if c in by_id else by_id[min(members[c])]
            actors[c] = (best.name, best.type)
    local = {i: (corpus[i], rules[i], by_id[i].docs) for i in sorted(by_id)}
    return Identity(ids, rule_of, actors, local)
