"""Requests in the parse: whether a verb has the to-infinitive of a request after its
addressee ("urged Jones to resign"), and whom an infinitive parsed with its own subject
names ("implored Jones to resign", Jones the subject of "resign")."""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.text.syntax import to_infinitive


def infinitive_subject(pred: Token) -> list[Token]:
    """ "implored Jones to resign", parsed with Jones as the subject of "resign"."""
    return [
        g
        for c in pred.children
        if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)
        for g in c.children
        if g.dep_ == "nsubj"
    ]


def _addressed_before(pred: Token, clause: Token) -> bool:
    """Whether the verb's addressee (its object, or a preposition's: "call on Jones") stands
    between it and the clause: "urged Jones to resign", not "met to discuss the plan"."""
    return any(
        c.i < clause.i and (c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.children))
        for c in pred.children
    )


def has_infinitive(pred: Token) -> bool:
    """Whether an infinitive or a "wanted him to" clause follows: the mark of a request."""
    for c in pred.children:
        if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c):
            return True
        if c.dep_ == "advcl" and to_infinitive(c) and _addressed_before(pred, c):
            return True  # "call on Jones to resign", the infinitive parsed as a purpose clause
        if c.dep_ == "ccomp" and c.lemma_ in ("want", "need", "wish") and has_infinitive(c):
            return True  # "told Jones that he wanted him to stop", not "didn't want the escort"
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and has_infinitive(c):
            return True
    return False
