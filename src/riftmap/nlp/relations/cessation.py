"""Requests to stop hostilities: "Smith urged Jones to stop attacking Garcia".

The hostile act inside such a request did not happen (``modality`` withholds it), and the
request itself is Smith's REQUEST to Jones (a lexicon predicate). What remains is Smith's
stance toward Garcia: asking that the attacks on Garcia end takes Garcia's side, so Smith ->
Garcia is SUPPORT, never the hostility that a reading of the words' valence ("attacking")
would give. The same holds for "asked Jones to refrain from criticizing Garcia", "told Jones
that he wanted him to lay off the attacks on Garcia", "called on Americans to refrain from
targeting Garcia".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.forms import keys, with_keys
from riftmap.nlp.relations.lookup import ActorLookup, np_actors
from riftmap.nlp.relations.plover import Lexicons, Predicate
from riftmap.nlp.relations.stance import Candidate
from riftmap.nlp.relations.targets import agent, direct_objects, prep_objects

# Verbs (with their particle, if any) whose complement is an act brought to an end.
CEASE = frozenset({"stop", "cease", "quit", "refrain", "end", "halt", "lay off", "back off"})
# A request may come as a wish reported to its addressee: "told X that he wanted him to stop".
WISH = frozenset({"want", "wish", "need"})
REQUEST_TYPE = "REQUEST"


def cessation_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """SUPPORT from whoever asks that hostile acts stop toward the actors those acts target."""
    found: list[Candidate] = []
    # the parts of speech _hostile takes, and words it can find in the lexicon
    for tok in with_keys(doc, ("VERB", "NOUN"), lex.by_lemma.keys()):
        entry = _hostile(tok, lex)
        cease = _ceasing(tok) if entry is not None else None
        request = _request(cease, lex) if cease is not None else None
        if entry is None or request is None:
            continue
        doer = agent(request)
        if doer is None:
            continue
        addressees = {
            ident
            for o in direct_objects(request)
            for ident, _ in np_actors(lookup, o, possessor=False)
        }
        for source, s_tok in np_actors(lookup, doer, possessor=False):
            for target, t_tok in _targets(tok, entry, lookup):
                if target in (source, *addressees):
                    continue
                lo = min(s_tok.i, request.i, t_tok.i)
                hi = max(s_tok.i, request.i, t_tok.right_edge.i) + 1
                sent = tok.sent
                found.append(
                    Candidate(
                        source, target, "SUPPORT", 1, (max(lo, sent.start), min(hi, sent.end)),
                        request.i, None, quote_at.get(request.i), 0.6,
                    )
                )  # fmt: skip
    return found


def _hostile(tok: Token, lex: Lexicons) -> Predicate | None:
    """The lexicon's hostile entry for a verb or noun ("attacking", "the attacks on"): a
    noun reaches its target through a preposition, a verb through either."""
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    entries = next((lex.by_lemma[k] for k in keys(tok) if k in lex.by_lemma), [])
    fitting = [e for e in entries if e.polarity < 0 and not e.affix]
    fitting = [e for e in fitting if e.preps or tok.pos_ == "VERB"]
    return next((e for e in fitting if _targets_of(tok, e)), None)


def _ceasing(tok: Token) -> Token | None:
    """The verb that ends the act: "stop attacking", "refrain from attacking", "lay off the
    attacks on"."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
        head = head.head
    elif tok.dep_ not in ("xcomp", "dobj"):
        return None
    particles = [c.lower_ for c in head.children if c.dep_ == "prt"]
    forms = {head.lemma_.lower(), *(f"{head.lemma_.lower()} {p}" for p in particles)}
    return head if forms & CEASE and head.i != tok.i else None


def _request(cease: Token, lex: Lexicons) -> Token | None:
    """The request verb the ending is asked by: "urged X to stop", "called on X to stop",
    "told X that he wanted him to stop"."""
    if cease.dep_ not in ("xcomp", "ccomp") or cease.head.i == cease.i:
        return None
    head = cease.head
    if head.lemma_.lower() in WISH and head.dep_ == "ccomp" and _asks(head.head, lex):
        return head.head
    return head if _asks(head, lex) else None


def _asks(tok: Token, lex: Lexicons) -> bool:
    entries = next((lex.by_lemma[k] for k in keys(tok) if k in lex.by_lemma), [])
    return tok.pos_ == "VERB" and any(e.type == REQUEST_TYPE for e in entries)


def _targets_of(tok: Token, entry: Predicate) -> list[Token]:
    """What the hostile act targets: its object or the object of its preposition."""
    if entry.preps:
        return prep_objects(tok, entry.preps, entry.particle)
    return direct_objects(tok)


def _targets(tok: Token, entry: Predicate, lookup: ActorLookup) -> list[tuple[str, Token]]:
    return [t for o in _targets_of(tok, entry) for t in np_actors(lookup, o, possessor=True)]
