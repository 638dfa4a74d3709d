"""Parse shapes more than one stage tests for."""

from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive: "to resign", not "would extend to single mothers"
    (a preposition)."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
