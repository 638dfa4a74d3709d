"""Topic labels: a short slug for the issue a statement is about ("stargate", "h-1b-visas").

A user's topic list (``--topics FILE``: a label, then the words and phrases that signal it)
wins when one of its phrases occurs in the statement's sentence. Otherwise the label comes
from the text itself: the object of "over", "about", "on" attached to the predicate ("tore
into Musk over their support of H-1B visas"), else a named thing in the sentence that is not
an actor (a program, a law, a product: "dubbed 'Stargate'").

A sentence-embedding model would match paraphrases of a topic too, but the small ones that
ship in a PyPI package need PyTorch (hundreds of MB, seconds to load) for what phrase lists
already do for a curated list; lexical matching keeps extraction fast and explainable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from riftmap.errors import UsageError
from riftmap.kb.ids import slug

TOPIC_PREPS = frozenset({"over", "about", "on", "regarding", "concerning"})
NAMED = frozenset({"PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "ORG", "FAC"})
GENERIC = frozenset(
    {
        "thing", "issue", "matter", "way", "something", "lot", "people", "statement",
        "comment", "remark", "post", "time", "what", "this", "that", "it", "part", "fact",
        "question", "report", "story", "interview", "show", "term", "side", "one",
    }
)  # fmt: skip


@dataclass(frozen=True)
class TopicList:
    """User topics: each label with a pattern matching any of its phrases (whole words)."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()

    @classmethod
    def from_mapping(cls, topics: dict[str, list[str]]) -> TopicList:
        items = []
        for label, phrases in topics.items():
            words = sorted({p.strip() for p in phrases if p.strip()} | {label}, key=len)
            alternatives = "|".join(re.escape(w) for w in reversed(words))
            items.append((slug(label), re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)))
        return cls(tuple(items))

    @classmethod
    def read(cls, path: str | Path) -> TopicList:
        """A topic file: JSON (``{"label": ["phrase", ...]}``) or lines ``label: a, b, c``."""
        return cls.parse(read_topic_text(path), path)

    @classmethod
    def parse(cls, text: str, path: str | Path) -> TopicList:
        """The topic list of a file's text, read as JSON if ``path`` ends in ``.json``."""
        if str(path).endswith(".json"):
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                raise UsageError(f"{path}: not JSON ({err})") from err
            if not isinstance(data, dict):
                raise UsageError(f"{path}: expected an object of label -> list of phrases")
            return cls.from_mapping({str(k): [str(p) for p in v] for k, v in data.items()})
        return cls.from_mapping(_lines(text, path))

    def match(self, text: str) -> str | None:
        for label, pattern in self.patterns:
            if pattern.search(text):
                return label
        return None


def read_topic_text(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise UsageError(f"{path}: cannot read the topic list ({err.strerror})") from err


def _lines(text: str, path: str | Path) -> dict[str, list[str]]:
    topics: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        label, sep, phrases = line.partition(":")
        if not sep or not label.strip():
            raise UsageError(f"{path}:{n}: expected 'label: word, phrase, ...'")
        topics[label.strip()] = [p for p in phrases.split(",") if p.strip()]
    return topics


def topic_of(
    anchor: Token,
    user: TopicList | None,
    actor_tokens: set[int],
    content: SpacySpan | None,
    ents: Sequence[SpacySpan] | None = None,
) -> str | None:
    """The topic of the statement hanging on ``anchor`` (its predicate or cue). ``ents`` is
    the document's ``doc.ents``, if the caller holds it (spaCy makes every entity's span of
    the document on each access, ``sent.ents`` included)."""
    sent = anchor.sent
    if user is not None:
        found = user.match(sent.text) or (user.match(content.text) if content else None)
        if found:
            return found
    for holder in (anchor, *[c for c in anchor.children if c.dep_ == "dobj"]):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS:
                for obj in c.children:
                    key = key_phrase(obj, actor_tokens, ents) if obj.dep_ == "pobj" else None
                    if key:
                        return key
    return _named_thing(sent, actor_tokens, anchor.doc.ents if ents is None else ents)


def key_phrase(
    tok: Token, actor_tokens: set[int], ents: Sequence[SpacySpan] | None = None
) -> str | None:
    """A slug naming what a noun phrase is about: a named thing in it ("their support of
    H-1B visas" -> "h-1b-visas"), else its head noun with its compounds, unless that is too
    generic to be an issue."""
    for ent in tok.doc.ents if ents is None else ents:
        inside = tok.left_edge.i <= ent.start and ent.end <= tok.right_edge.i + 1
        if not inside or ent.label_ not in NAMED | {"GPE", "NORP"}:
            continue
        head = ent.root.head
        if ent.root.dep_ == "compound" and head.pos_ == "NOUN":
            return slug(f"{ent.text} {head.text}")  # a thing named after an actor is a thing
        if ent.start not in actor_tokens:
            return slug(ent.text)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in GENERIC or tok.i in actor_tokens:
        return None
    words = [c.text for c in tok.children if c.dep_ == "compound"] + [tok.text]
    return slug(" ".join(words)) or None


def _named_thing(sent: SpacySpan, actor_tokens: set[int], ents: Sequence[SpacySpan]) -> str | None:
    for ent in _within(sent, ents):
        if ent.label_ in NAMED and not any(i in actor_tokens for i in range(ent.start, ent.end)):
            return slug(ent.text) or None
    return None


def _within(span: SpacySpan, ents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """``span.ents`` read from the document's ``ents``: those from the first entity starting
    inside ``span`` up to the first that does not end inside it, as spaCy's ``Span.ents``."""
    found = []
    for ent in ents:
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found
