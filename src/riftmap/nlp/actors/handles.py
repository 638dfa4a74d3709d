"""Social media handles ("@JaneRoe", "@realJaneRoe", "@GovJaneRoe") of people the document
names: news copy quotes posts verbatim, handles and all, and a handle addressed or tagged in a
post is a mention of its bearer."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Span

from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.extensions import doc_text

HANDLE = re.compile(r"@([A-Za-z][A-Za-z0-9_]+)")
# shortest surname or given name trusted inside a handle ("@roe" is too short to say)
MIN_PART = 4


def find_handles(state: ActorState) -> None:
    """Each @handle that holds the name of exactly one person of the document is a mention
    of that person."""
    doc = state.doc
    text = doc_text(doc)
    people = [e for e in state.entities if e.type == "person" and e.person is not None]
    if not people or "@" not in text:
        return
    for match in HANDLE.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue  # an e-mail address
        handle = match.group(1).lower()
        bearer = _bearer(people, handle)
        span = _handle_span(doc, match.start(), match.end())
        if bearer is None or span is None:
            continue
        if _free(state, span, bearer, handle):
            state.mention(bearer, span.start, span.end, span.end - 1)


def _free(state: ActorState, span: Span, bearer: Entity, handle: str) -> bool:
    """May the handle's tokens become a mention of ``bearer``? Yes when no actor holds them,
    or only one the tagger made of the handle itself ("@HillaryClinton" read as a person's
    name), which is then the bearer's when the handle holds the bearer's surname."""
    owners = {
        state.owner[i].key: state.owner[i] for i in range(span.start, span.end) if i in state.owner
    }
    if not owners:
        return True
    if not all(_handle_only(e) for e in owners.values()) or not _holds_name(bearer, handle):
        return False
    for entity in owners.values():
        state.forget(entity)
    return True


def _handle_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a handle, with an invisible mark the tokenizer kept on it ("\u202a@x");
    none when the handle runs into other characters ('author="x">.@realJaneRoe' of a post's
    markup): a mention must not mark more than the handle."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    text = doc_text(doc)
    extra = text[span.start_char : start] + text[end : span.end_char]
    return span if all(unicodedata.category(c) == "Cf" for c in extra) else None


def _handle_only(entity: Entity) -> bool:
    """Is the actor named by a handle alone (the tagger took "@JaneRoe" for a name)?"""
    return bool(entity.names) and all(n.startswith("@") for n in entity.names)


def _bearer(people: list[Entity], handle: str) -> Entity | None:
    """The one person whose surname the handle holds (of several, the one whose given name
    it holds too: "@HillaryClinton" beside Bill Clinton), else the one person whose given
    name opens it ("@JaneMN")."""
    found = [e for e in people if _holds_name(e, handle) and not _handle_only(e)]
    if len({e.key for e in found}) > 1:
        found = [e for e in found if _given(e) and _given(e) in handle] or found
    if not found:
        found = [e for e in people if _given(e) and handle.startswith(_given(e))]
    keys = {e.key for e in found}
    return found[0] if len(keys) == 1 else None


def _holds_name(entity: Entity, handle: str) -> bool:
    name = entity.person
    assert name is not None
    surname = _letters(name.surname)
    return len(surname) >= MIN_PART and surname in handle


def _given(entity: Entity) -> str:
    name = entity.person
    given = _letters(name.given) if name is not None else ""
    return given if len(given) >= MIN_PART else ""


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())
