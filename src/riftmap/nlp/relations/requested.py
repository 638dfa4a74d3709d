"""The polarity of a request: from what it asks for (asking someone to resign, drop out, go
back or apologize, an "ouster" of ``threats.tsv``, is a hostile request, -1, as the keyed sets
have it: "told him to 'get out of the way'", "demanded the resignation of Jones") and from
the words it is made in (a demand in
hostile words takes their stance); other requests stay neutral (0).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.forms import keys
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import Candidate


def _acts(verb: Token) -> list[Token]:
    """The requested acts: the to-infinitives hanging on the verb or its "on" ("called on
    Jones to step down", the infinitive sometimes parsed as a purpose clause), with their
    conjuncts."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon"))]
    acts = [
        c
        for h in holders
        for c in h.children
        if c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.lower_ == "to" for a in c.children)
    ]
    return acts + [g for a in acts for g in a.conjuncts if g.pos_ == "VERB"]


def hostile_requests(doc: Doc, found: list[Candidate], lex: Lexicons) -> list[Candidate]:
    """REQUEST candidates asking for an ouster ("told him to get out of the way", "Jones
    should resign") turned hostile (-1)."""
    return [
        replace(c, polarity=-1)
        if c.type == "REQUEST" and c.polarity == 0 and _asks_ouster(doc[c.anchor], lex)
        else c
        for c in found
    ]


def _asks_ouster(anchor: Token, lex: Lexicons) -> bool:
    """Whether a request asks for an ouster: by its verb, its infinitive or its noun."""
    return (
        ouster(anchor, lex)
        or any(ouster(a, lex) for a in _acts(anchor))
        or any(n.lemma_.lower() in lex.ousters for n in _asked_for(anchor))
    )


def _asked_for(verb: Token) -> list[Token]:
    """The nouns a request asks for: its object or what it is "for" ("demanded the
    resignation of Jones", "called for his ouster", "asked for an apology")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for")]
    return [
        c for h in holders for c in h.children if c.dep_ in ("dobj", "pobj") and c.pos_ == "NOUN"
    ]


def ouster(act: Token, lex: Lexicons) -> bool:
    """An act that removes or humbles its doer ("resign", "step down"), without an object
    ("quit smoking" and "get out the vote" are none)."""
    if act.pos_ != "VERB" or any(c.dep_ == "dobj" for c in act.children):
        return False
    lemma = act.lemma_.lower()
    words = set(keys(act))
    words |= {f"{lemma} {c.lower_}" for c in act.children if c.dep_ in ("prt", "advmod", "prep")}
    return bool(words & lex.ousters)


def hostile_demands(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A demand made in hostile words ("Jones should resign in disgrace," Smith said) is a
    hostile REQUEST: it takes the stance of the speaker's statement in the same sentence
    toward the same actor, which it replaces (one relation, not two)."""

    def key(c: Candidate) -> tuple[str, str, int]:
        return c.source, c.target, doc[c.anchor].sent.start

    hostile = {key(c): c for c in found if c.origin == "quote" and c.polarity < 0}
    demanded = {key(c) for c in found if demand(c)}
    out = []
    for c in found:
        if c.origin == "quote" and key(c) in demanded:
            continue
        if demand(c) and key(c) in hostile:
            c = replace(c, polarity=-1, confidence=hostile[key(c)].confidence)
        out.append(c)
    return out


def demand(c: Candidate) -> bool:
    """A demand inside quoted words ("Jones should resign"), not a request verb ("told
    Jones that ..."), whose statement is about the act requested, not its addressee."""
    return c.type == "REQUEST" and c.content is not None and c.origin == "predicate"
