"""Helpers for the relation tests: parse hand-written sentences and name their actors by hand,
so that the relation finder is tested alone, whatever the actor resolver does."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from riftmap.models import Actor, Quote, Relation, Span
from riftmap.nlp import extensions
from riftmap.nlp.relations import plover
from riftmap.nlp.relations.component import find_relations
from riftmap.nlp.relations.topics import TopicList

# Surface word -> actor id; every other word names no one.
ACTORS = {
    "Smith": "smith",
    "Jones": "jones",
    "Garcia": "garcia",
    "Republicans": "republicans",
    "Times": "the-times",
}
PRONOUNS = {"he": "smith", "him": "jones", "his": "jones", "I": "smith"}


def parse(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Parsed docs without riftmap's own components."""
    extensions.register()
    if not Doc.has_extension("token_actor"):
        Doc.set_extension("token_actor", default=None)
    ours = [name for name in nlp.pipe_names if name.startswith("riftmap")]
    with nlp.select_pipes(disable=ours):
        return list(nlp.pipe(texts))


def name_actors(doc: Doc, pronouns: dict[str, str] | None = None) -> Doc:
    """Fill ``token_actor`` and ``actors`` from ACTORS (and the given pronoun readings)."""
    table = {**ACTORS, **(pronouns or {})}
    doc._.token_actor = {t.i: table[t.text] for t in doc if t.text in table}
    ids = sorted(set(doc._.token_actor.values()))
    mentions = {i: tuple(mention(doc, t) for t in doc if table.get(t.text) == i) for i in ids}
    doc._.actors = [Actor(i, i.title(), "person", mentions[i]) for i in ids]
    doc._.quotes = doc._.quotes or []
    return doc


def mention(doc: Doc, tok: Token) -> Span:
    return Span.of(doc.text, tok.idx, tok.idx + len(tok))


def relations(
    nlp: Language,
    text: str,
    *,
    quotes: list[Quote] | None = None,
    published: str | None = None,
    pronouns: dict[str, str] | None = None,
    topics: TopicList | None = None,
) -> list[Relation]:
    doc = name_actors(parse(nlp, [text])[0], pronouns)
    doc._.quotes = quotes or []
    doc._.published = published
    return find_relations(doc, plover.load(), topics)


def quote(text: str, content: str, cue: str, source: str, speaker: str) -> Quote:
    """A quote built by hand from substrings of ``text``."""

    def span(part: str) -> Span:
        start = text.index(part)
        return Span.of(text, start, start + len(part))

    return Quote(span(content), span(cue), span(source), "direct", 0.9, speaker)


def triples(found: Iterable[Relation]) -> set[tuple[str, str, str, int]]:
    return {(r.source, r.target, r.type, r.polarity) for r in found}


def smith_says(
    nlp: Language, text: str, content: str, cue: str = "said"
) -> set[tuple[str, str, str, int]]:
    """The relations of ``text`` whose one statement, ``content`` with ``cue``, is Smith's."""
    return triples(relations(nlp, text, quotes=[quote(text, content, cue, "Smith", "smith")]))
