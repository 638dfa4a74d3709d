"""Plain frozen data classes that cross stage boundaries (ingest -> nlp -> interfaces).

They carry no behaviour beyond conversion to the JSON extraction contract documented in
docs/contract.md, so that every stage can be tested with hand-built values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
ActorType = Literal["person", "organization", "group"]
Precision = Literal["day", "month", "year"]


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
class Role:
    """A position an actor holds or held ("President of the United States"), with its term as
    ISO dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ``end`` None while still held."""

    title: str
    start: str | None = None
    end: str | None = None

    def active(self, date: str) -> bool:
        """Whether the role was held at ``date``, compared at the coarser of the precisions."""
        start = self.start[: len(date)] if self.start else None
        end = self.end[: len(date)] if self.end else None
        date_s = date[: len(self.start)] if self.start else date
        date_e = date[: len(self.end)] if self.end else date
        return (start is None or start <= date_s) and (end is None or date_e <= end)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Actor:
    """An actor of one document: a stable id (slug of the fullest name) and every mention.

    ``aliases`` are the names it goes by, ``descriptors`` the epithets that define or describe
    it ("the tech titan"); ``roles``, ``affiliations`` and ``wikidata`` come from the knowledge
    base (``wikidata`` only when it is certain).
    """

    id: str
    name: str
    type: ActorType
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    affiliations: tuple[str, ...] = ()
    wikidata: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_json() for m in self.mentions],
            "aliases": list(self.aliases),
            "descriptors": list(self.descriptors),
            "roles": [r.to_json() for r in self.roles],
            "affiliations": list(self.affiliations),
            "wikidata": self.wikidata,
        }


@dataclass(frozen=True)
class Quote:
    """An attributed statement: who (source), the reporting cue, and what was said (content).

    A quotation interrupted by its attribution (``"A," she said. "B."``) is reported as two
    quotes: the part the cue reports, and a continuation whose ``continues`` is the index of
    that first part in the document's quotes (its cue and source are the first part's).
    """

    content: Span
    cue: Span | None
    source: Span | None
    kind: QuoteKind
    confidence: float
    speaker: str | None = None
    continues: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "source": self.source.to_json() if self.source else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": self.content.to_json(),
            "continues": self.continues,
        }


@dataclass(frozen=True)
class Relation:
    """A statement or act of one actor directed at another, typed with PLOVER.

    ``type`` is a PLOVER verbal or protest type (ACCUSE, SUPPORT, REQUEST, ...), ``mode`` its
    PLOVER mode where it has one; ``polarity`` is the source's stance toward the target (-1
    hostile, 0 neutral, +1 friendly); ``when`` an ISO date cut to ``when_precision``;
    ``quote`` the index of the quote it rests on; ``flags`` say whether the statement is
    ``negated``, ``hypothetical``, ``intended`` or ``hedged`` (negated and hypothetical ones
    carry polarity 0 and are left out of an extraction unless asked for; an intended act,
    "tried to undermine", keeps the stance it shows).
    """

    source: str
    target: str
    type: str
    polarity: int
    evidence: Span
    mode: str | None = None
    topic: str | None = None
    when: str | None = None
    when_precision: Precision | None = None
    quote: int | None = None
    confidence: float = 0.5
    flags: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "type": self.type,
            "mode": self.mode,
            "polarity": self.polarity,
            "topic": self.topic,
            "when": self.when,
            "when_precision": self.when_precision,
            "evidence": self.evidence.to_json(),
            "quote": self.quote,
            "confidence": round(self.confidence, 3),
            "flags": list(self.flags),
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Relation:
        """The inverse of ``to_json``, for relations that other pipelines hand in as dicts."""
        ev = obj.get("evidence") or {}
        return cls(
            source=str(obj["source"]),
            target=str(obj["target"]),
            type=str(obj["type"]),
            polarity=int(obj.get("polarity") or 0),
            evidence=Span(int(ev.get("start", 0)), int(ev.get("end", 0)), str(ev.get("text", ""))),
            mode=obj.get("mode"),
            topic=obj.get("topic"),
            when=obj.get("when"),
            when_precision=obj.get("when_precision"),
            quote=obj.get("quote"),
            confidence=float(obj.get("confidence", 0.5)),
            flags=tuple(obj.get("flags") or ()),
        )


@dataclass(frozen=True)
class Extraction:
    """Everything riftmap found in one article: the unit printed by ``riftmap extract``."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    relations: tuple[Relation, ...] = field(default=())

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
            "relations": [r.to_json() for r in self.relations],
        }
        if a.include_text:
            obj["text"] = a.text
        return obj
