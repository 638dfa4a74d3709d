"""A nickname written in quotation marks inside a person's name ("John ‘Wacka’ Williams",
"Changpeng “CZ” Zhao", "Piyush ‘Bobby’ Jindal"). The tagger breaks such a name at the marks:
a given name run into the opening mark becomes a person of its own ("John ‘Wacka"), the
surname another, or the nickname one ("Cia" of "Marcia "Cia" Price"). The whole phrase is one
mention of one person, named by the given name and surname (or by the nickname and surname
when the knowledge base knows the person so: "Bobby Jindal"). PolNeAR (train and dev) and the
development set: 7 such names in 7 articles, each broken so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from riftmap.nlp.actors.names import first_names
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text.word_classes import verb_form, words

# Given ‘Nickname’ Surname, the marks a matching pair, on one line
NICKNAMED = re.compile(
    r"\b(?P<given>[A-Z][a-z]+) (?P<open>[‘“\"'])(?P<nick>[A-Z][A-Za-z.]{0,14})"
    r"(?P<close>[’”\"']) (?P<surname>[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?)\b"
)
MARK_PAIRS = frozenset({("‘", "’"), ("“", "”"), ('"', '"'), ("'", "'")})


def find_nicknamed(state: ActorState) -> None:
    """Mention each nicknamed person's whole name before the tagger's pieces are read
    (``named._entities`` passes over entities whose tokens are taken)."""
    doc = state.doc
    for start, end, name in _nicknamed_names(state):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(i in state.owner for i in range(span.start, span.end)):
            continue
        entity = state.index.entity_for(name, "PERSON", at=span.start)
        if entity is not None:
            state.mention(entity, span.start, span.end, span.end - 1)


def _nicknamed_names(state: ActorState) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name with a quoted nickname whose first word is a given
    name (``_given_name``): "Over “RIGGED” Job" and "Republican ‘Unity’ Meeting" in a
    headline are no one's."""
    for m in NICKNAMED.finditer(doc_text(state.doc)):
        if (m["open"], m["close"]) not in MARK_PAIRS or not _given_name(m["given"]):
            continue
        if m["surname"].lower() in STOP_WORDS:
            continue  # "Mocked ‘Queers’ Who", "To ‘Moan’ About": a headline's words
        nicknamed = f"{m['nick']} {m['surname']}"
        known = [k for k in state.kb.lookup(nicknamed) if k.type == "person"]
        yield m.start(), m.end(), nicknamed if known else f"{m['given']} {m['surname']}"


def _given_name(word: str) -> bool:
    """A known given name ("John"), or a capitalised word that is no English word, nor a
    verb's form ("Mocked"), as names from other languages are ("Changpeng", "Piyush")."""
    w = word.lower()
    if w in first_names():
        return True
    return w not in words() and w not in STOP_WORDS and not verb_form(w)
