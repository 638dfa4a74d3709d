"""A proper name the tagger did not take for a name, heading a quote's source: "said foreign
ministry spokesperson Randhir Jaiswal" (the small English model reads "Jaiswal" as a product
and "Randhir" as nothing), and "Jaiswal added" after it. Whoever a source's proper noun is,
it is somebody: the person of that surname named before, a person when a person noun, a
title or a known first name says so, else an organisation ("Walmart warned")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from riftmap.nlp.actors import titles
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.names import first_names
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.headline_shape import title_case
from riftmap.nlp.text.lines import line_end, line_start
from riftmap.nlp.text.select import with_text


def untagged_name(
    state: ActorState, span: SpacySpan, root: Token, *, only_person: bool = False
) -> Entity | None:
    """The actor of a source headed by a capitalised proper noun no actor owns, mentioned
    there; None for a lone word opening its sentence ("Will", "Reports") that the document
    never capitalises elsewhere, which is as often no name at all, and on a line in title case
    (a headline or subhead), where every word is capitalised."""
    if root.tag_ != "NNP" or not root.is_title or root.i in state.owner:
        return None
    if titles.is_title_word(root):
        return None  # "the prominent Democrat": a description, whoever it names
    doc = state.doc
    line = doc[line_start(doc, root.i) : line_end(doc, root.i)]
    if root.i in state.quoted or (title_case(line) and not _lower_words(line)):
        return None  # a title-case line ("Woman Steps Forward With ...") or quoted words
    start = root.i
    while (
        start > span.start
        and doc[start - 1].tag_ == "NNP"
        and doc[start - 1].is_title
        and doc[start - 1].dep_ == "compound"
        and start - 1 not in state.owner
        and not titles.is_title_word(doc[start - 1])
    ):
        start -= 1
    name = doc[start : root.i + 1].text
    before = doc[start - 1] if start > span.start else None
    personal = doc[start].lower_ in first_names() or (
        before is not None and titles.is_title_word(before)
    )
    if only_person and doc[start].lower_ not in first_names():
        return None  # asked only for a person: a known first name must say so
    entity = state.index.person_named(name, at=start)
    if entity is None and not personal and start == root.i and not _named_mid_sentence(root):
        return None
    if entity is None:
        entity = state.index.entity_for(name, "PERSON" if personal else "ORG", at=start)
    if entity is None:
        return None
    state.mention(entity, start, root.i + 1, root.i)
    return entity


def _lower_words(line: SpacySpan) -> bool:
    """Does the line write two words of four letters or more in lower case? A title-case
    headline does not; a sentence crowded with names ("said House Foreign Affairs Committee
    Chair Brian Mast") passes ``title_case`` but does."""
    return sum(t.is_alpha and len(t.text) > 3 and t.is_lower for t in line) >= 2


def _named_mid_sentence(tok: Token) -> bool:
    """Is the word capitalised somewhere other than at a sentence's start (a name is)?"""
    if not tok.is_sent_start:
        return True
    return any(not t.is_sent_start for t in with_text(tok.doc, tok.text) if t.i != tok.i)
