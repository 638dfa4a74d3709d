"""Helpers for the actor tests: which surface strings each actor of a parsed text was given,
read back from the text by offsets, so a test states the links it expects and those it must
not make."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def mentions_by_actor(
    nlp: Language, text: str, published: str | None = None
) -> dict[str, list[str]]:
    """Actor id -> the text of each of its mentions, in order; ``published`` dates the text,
    for the rules that read who held an office when."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return {a.id: [text[m.start : m.end] for m in a.mentions] for a in doc._.actors}


def owners(nlp: Language, text: str, mention: str) -> list[str]:
    """The ids of the actors given ``mention`` (a surface string) in ``text``."""
    return [actor for actor, found in mentions_by_actor(nlp, text).items() if mention in found]


def holders(found: dict[str, list[str]], mention: str) -> list[str]:
    """The ids of the actors whose mentions in ``found`` (from ``mentions_by_actor``) include
    ``mention``: one parse serves several assertions."""
    return [actor for actor, mentions in found.items() if mention in mentions]


def speakers(doc: Doc, words: str) -> set[str | None]:
    """The speakers of the quotes whose content holds ``words``."""
    return {q.speaker for q in doc._.quotes if words in q.content.text}
