"""Rebuttals of a claim named by a bare noun: "Mahama dismissed these accusations",
"Cuellar dismissed the criticism", "Johnson called that accusation 'totally absurd'", "a claim
Adams denied". The predicate finder relates a rebuttal to the claim's author only when the
noun names them ("denied Clinton's claims", "rejected accusations from Republicans"); news
copy names the claim first and rebuts it after, so the author is whoever made the last
statement before the rebuttal, within a few sentences, other than the one rebutting.

Not "the notion" or "the idea" (no one's statement: "rejected the notion that ..."), nor a
claim whose author the noun names (the predicate finder's), nor a rebuttal with no statement
by someone else before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.models import Quote
from riftmap.nlp.relations.forms import with_keys
from riftmap.nlp.relations.lookup import ActorLookup
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import Candidate, quote_tokens
from riftmap.nlp.relations.targets import agent, np_head

# verbs that rebut what they take as object
REBUTTALS = frozenset({"dismiss", "reject", "deny", "refute", "rebut", "dispute"})
# nouns that name a statement someone made
CLAIMS = frozenset(
    {"accusation", "allegation", "claim", "charge", "criticism", "backlash", "report",
     "characterization", "characterisation", "assertion", "attack", "remark", "comment",
     "statement", "suggestion", "story"}
)  # fmt: skip
# the sentences back, the rebuttal's own included, in which the claim may stand
WINDOW = 3
# what names a claim's author on its noun: "Clinton's claims", "accusations from Jones"
AUTHOR_DEPS = frozenset({"poss", "compound"})
AUTHOR_PREPS = frozenset({"from", "by", "of"})


def rebuttal_candidates(
    doc: Doc, quotes: list[Quote], lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """A REJECT from each rebutter of a bare claim to the author of the last statement."""
    found: list[Candidate] = []
    for verb in with_keys(doc, ("VERB",), REBUTTALS):
        claim = _claim(verb)
        doer = agent(verb)
        flags = modality(verb, lex)
        if claim is None or doer is None or flags is None or _authored(claim, lookup):
            continue
        rebutter = lookup.actor(np_head(doer))
        author = _last_speaker(doc, quotes, verb, rebutter) if rebutter else None
        if rebutter is None or author is None:
            continue
        ev = (min(doer.left_edge.i, verb.i, claim.left_edge.i), max(verb.i, claim.i) + 1)
        found.append(
            Candidate(rebutter, author, "REJECT", settle(-1, flags), ev, verb.i, None,
                      quote_at.get(verb.i), 0.5, flags)
        )  # fmt: skip
    return found


def _claim(verb: Token) -> Token | None:
    """The claim noun the verb rebuts: its object ("dismissed the criticism"), or the noun
    its relative clause hangs on ("a claim Adams denied")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and objects[0].lemma_.lower() in CLAIMS:
        return objects[0]
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in CLAIMS and not objects:
        return verb.head
    return None


def _authored(claim: Token, lookup: ActorLookup) -> bool:
    """Whether the claim's own phrase names who made it: a possessor or modifier that is an
    actor, or an actor after "from", "by" or "of" ("accusations from Republicans")."""
    for child in claim.children:
        if child.dep_ in AUTHOR_DEPS and lookup.actor(child) is not None:
            return True
        after = child.dep_ == "prep" and child.lower_ in AUTHOR_PREPS
        if after and any(lookup.actor(g) is not None for g in child.subtree):
            return True
    return False


def _last_speaker(doc: Doc, quotes: list[Quote], verb: Token, rebutter: str) -> str | None:
    """The speaker of the last statement before the rebuttal, within ``WINDOW`` sentences,
    who is not the rebutter."""
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= verb.i < s.end)
    first = sents[max(0, here - WINDOW + 1)].start
    best: tuple[int, str] | None = None
    for quote in quotes:
        span = quote_tokens(doc, quote)
        if span is None or quote.speaker is None or quote.speaker == rebutter:
            continue
        if first <= span[0] < verb.i and (best is None or span[0] > best[0]):
            best = (span[0], quote.speaker)
    return best[1] if best else None
