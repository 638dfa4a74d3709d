"""Addressees of requests: "Governor Josh Stein encouraged residents to follow the law", "the
Justice Department asked a federal court to unseal the transcripts". Whom a speaker asks to
act is a party to the request even when no name is given, as an unnamed source is ("two
people familiar with the talks"): the description becomes an actor, named by its own words,
so that the request can be a relation toward it. Only a description whose head denotes
people, a group or an organisation qualifies, and only as the object of a quote's cue verb
followed by that verb's infinitive (the request's act), which opens the quoted words.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.actors.described import kind_of_noun
from riftmap.nlp.actors.phrases import noun_phrase
from riftmap.nlp.actors.sources import source_actor
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.syntax import to_infinitive

Range = tuple[int, int]


def find_addressees(state: ActorState, quotes: list[tuple[Range, Range]]) -> None:
    """Make the unnamed addressee of each request quote (its cue's and its content's token
    ranges) an actor."""
    doc = state.doc
    for cue, content in quotes:
        obj = _asked(doc[cue[0] : cue[1]].root, content[0])
        if obj is None or kind_of_noun(obj) is None:
            continue
        start, end = noun_phrase(obj, coordinated=False)
        if not any(i in state.owner for i in range(start, end)):
            source_actor(state, start, end)


def _asked(verb: Token, opening: int) -> Token | None:
    """The object a verb asks to act, when the quoted words open with it: its direct object
    (or the object of "on" after "call") with the verb's infinitive after it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)]
    found = [o for o in objects if o.left_edge.i == opening and acts and o.i < acts[0].i]
    return found[0] if found and found[0].pos_ == "NOUN" else None
