"""Whom quoted words address: "you" and social-media handles as relation targets.

Statements are often made to the one they judge: "So any other facts you'd like to know,
@jonessmith?", Jones told Smith: "You have failed this city", said of Jones: "Why don't you
do your job?". The actors component resolves names, epithets and third-person pronouns; it
leaves "you" and handles unresolved. Here a handle becomes the actor whose name it spells
(uniquely), and "you" inside a quotation the actor the quotation is addressed to: a handle in
it, the person the cue speaks to ("told Jones", "shot back at Jones") or about ("said of
Jones"). Without such an addressee, "you" stays no one (a reader, the audience).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from riftmap.models import Quote
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.relations.lookup import ActorLookup
from riftmap.nlp.relations.stance import cue_targets, cue_token, quote_tokens
from riftmap.nlp.relations.targets import np_head

# Verbs of answering ("Jones replied", "Jones shot back"): the one answered is whom "you"
# in the answer addresses, when the cue names no one.
REPLY_LEMMAS = frozenset({"reply", "respond", "retort", "answer", "counter", "rebut"})
REPLY_PARTICLE = "back"  # "shot back", "fired back", "hit back"
# how many line breaks back the statement answered may be (its paragraph and the one
# before, whose blank line is one more break)
MAX_REPLY_LINES = 2
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# the shortest name part a handle is matched by ("@jonessmith" holds "smith")
MIN_PART = 4


def address(doc: Doc, quotes: list[Quote], lookup: ActorLookup) -> None:
    """Add handles and addressed "you" to ``lookup.by_token`` (the document is unchanged)."""
    if "@" in doc_text(doc):  # most articles have no handle: no need to make every token
        for tok in doc:
            if tok.text.startswith("@") and tok.i not in lookup.by_token:
                ident = handle_actor(doc, tok.text)
                if ident is not None:
                    lookup.by_token[tok.i] = ident
    for k, quote in enumerate(quotes):
        content = quote_tokens(doc, quote)
        if content is None or quote.speaker is None:
            continue
        cue = cue_token(doc, quote)
        whom = _addressee(doc, content, cue, lookup, quote.speaker)
        if whom is None and cue is not None and replies(cue):
            whom = _replied_to(doc, quotes, k, content, lookup)
        if whom is None:
            continue
        for tok in doc[content[0] : content[1]]:
            if tok.lower_ in SECOND_PERSON and tok.i not in lookup.by_token:
                lookup.by_token[tok.i] = whom


def replies(cue: Token) -> bool:
    """Whether a cue is a verb of answering with nobody it answers named on it."""
    if any(c.dep_ in ("dobj", "dative", "prep") for c in cue.children):
        return False  # "replied to Smith's post", "told Smith": the cue names its own
    return answering(cue)


def answering(verb: Token) -> bool:
    """Whether a verb answers: a verb of answering, or one with "back" ("shot back")."""
    particle = any(
        c.dep_ in ("prt", "advmod") and c.lower_ == REPLY_PARTICLE for c in verb.children
    )
    return particle or verb.lemma_.lower() in REPLY_LEMMAS


def _replied_to(
    doc: Doc, quotes: list[Quote], k: int, content: tuple[int, int], lookup: ActorLookup
) -> str | None:
    """The speaker of the statement an answer answers: the last one before it by someone
    else, in the answer's paragraph or the one before ("'...,' Trump said." then "'See you
    in court,' Mills replied.")."""
    speaker, line = quotes[k].speaker, lookup.line_of(content[0])
    before = [
        (span[1], q.speaker)
        for j, q in enumerate(quotes)
        if j != k and (span := quote_tokens(doc, q)) is not None and span[1] <= content[0]
    ]
    if not before:
        return None
    end, whom = max(before, key=lambda b: b[0])
    if whom is None or whom == speaker or lookup.line_of(end - 1) < line - MAX_REPLY_LINES:
        return None
    return whom


def handle_actor(doc: Doc, handle: str) -> str | None:
    """The one actor of the document whose name a handle spells ("@realJaneDoe" -> Jane
    Doe): the whole name run together, or its last part."""
    letters = re.sub(r"[^a-z]", "", handle.lower())
    found = set()
    for actor in doc._.actors or ():
        parts = [w.lower() for w in re.findall(r"[A-Za-z]+", actor.name) if len(w) > 2]
        if not parts:
            continue
        whole = "".join(parts)
        if whole in letters or (len(parts[-1]) >= MIN_PART and parts[-1] in letters):
            found.add(actor.id)
    return next(iter(found)) if len(found) == 1 else None


def _addressee(
    doc: Doc, content: tuple[int, int], cue: Token | None, lookup: ActorLookup, speaker: str
) -> str | None:
    """The actor a quotation is addressed to, when exactly one is shown."""
    inside = {
        ident
        for i in range(*content)
        if (ident := lookup.by_token.get(i)) is not None and doc[i].text.startswith("@")
    }  # handles: only the tokens that name an actor are made
    # the cue, and the verb of saying it governs ("continued to say of Jones: ...")
    holders = [] if cue is None else [cue, *(c for c in cue.children if c.dep_ == "xcomp")]
    for verb in holders:
        spoken_to = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        spoken_to += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "at")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        named = {lookup.actor(np_head(t)) for t in spoken_to} | set(cue_targets(verb, lookup))
        inside |= {n for n in named if n is not None}
    inside.discard(speaker)
    return next(iter(inside)) if len(inside) == 1 else None
