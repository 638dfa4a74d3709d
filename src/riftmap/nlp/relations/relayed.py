"""Words in a statement that are not its speaker's stance toward whom they name: another
speaker's statement that it relays, and the platform it went through. Both are read from the
statement's parse, and the relation finders skip what they name."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.models import Quote
from riftmap.nlp.relations.stance import quote_tokens

# prepositions of the medium a statement went through ("on X", "via Truth Social")
MEDIUM_PREPOSITIONS = frozenset({"on", "via"})


def relayed(doc: Doc, quotes: list[Quote]) -> dict[int, frozenset[int]]:
    """For each statement, the tokens of its content that are the content of another
    speaker's statement inside it ("said Trump's claim that Putin had gone crazy was due to
    emotional overload"): those words are the other speaker's, and what they say of anyone
    is no stance of the outer speaker's."""
    spans = [quote_tokens(doc, q) for q in quotes]
    out: dict[int, frozenset[int]] = {}
    for k, outer in enumerate(spans):
        if outer is None:
            continue
        inner = {
            i
            for j, span in enumerate(spans)
            if span is not None
            and span != outer
            and quotes[j].speaker != quotes[k].speaker
            and outer[0] <= span[0]
            and span[1] <= outer[1]
            for i in range(*span)
        }
        if inner:
            out[k] = frozenset(inner)
    return out


def said_through(tok: Token, cue: Token | None) -> bool:
    """Whether an actor is the medium a statement was made through ("cautioned on X that
    ...", "posted the remark on Truth Social"): where the words went, not whom they judge,
    even when the role tagger ran the content over the phrase."""
    prep = tok.head
    if cue is None or tok.dep_ != "pobj" or prep.lower_ not in MEDIUM_PREPOSITIONS:
        return False
    name = tok.doc[tok.left_edge.i : tok.i + 1].text.rstrip(".")
    if name not in lexicon().platforms:
        return False  # "sounded off on Jones", "calls on Jones to resign": the one judged
    return prep.head == cue or (prep.head.head == cue and prep.head.dep_ == "dobj")
