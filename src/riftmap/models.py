"""Plain frozen data classes that cross stage boundaries (ingest -> nlp -> interfaces).

They carry no behaviour beyond conversion to the JSON extraction contract documented in
the README, so that every stage can be tested with hand-built values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
ActorType = Literal["person", "organization", "group"]


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text, with its text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text`` so that ``span.text`` always equals ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Article:
    """One input document: its text exactly as read, and whatever metadata came with it.

    ``include_text`` is set for inputs whose text riftmap derived itself (HTML, JSONL), so that
    offsets in the output can be checked against the text printed beside them. ``origin`` says
    where the article was read (``path``, ``path:line``, ``archive.zip!/member``) for the store
    and for messages; it takes no part in equality, since the same article can come from
    anywhere.
    """

    doc: str
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    include_text: bool = False
    author: str | None = None
    origin: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Actor:
    """An actor of one document: a stable id (slug of the fullest name) and every mention."""

    id: str
    name: str
    type: ActorType
    mentions: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True)
class Quote:
    """An attributed statement: who (source), the reporting cue, and what was said (content)."""

    content: Span
    cue: Span | None
    source: Span | None
    kind: QuoteKind
    confidence: float
    speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "source": self.source.to_json() if self.source else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": self.content.to_json(),
        }


@dataclass(frozen=True)
class Extraction:
    """Everything riftmap found in one article: the unit printed by ``riftmap extract``."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[dict[str, Any], ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        a = self.article
        obj: dict[str, Any] = {
            "doc": a.doc,
            "title": a.title,
            "published": a.published,
            "outlet": a.outlet,
            "url": a.url,
            "actors": [actor.to_json() for actor in self.actors],
            "quotes": [q.to_json() for q in self.quotes],
            "relations": list(self.relations),
        }
        if a.include_text:
            obj["text"] = a.text
        return obj
