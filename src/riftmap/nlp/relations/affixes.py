"""Relations carried by an affix on an actor's name: "his anti-Musk rhetoric" (ACCUSE),
"Trump-backing tech bros" (SUPPORT), from the affixes of ``predicates.tsv``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.acts import evidence
from riftmap.nlp.relations.lookup import ActorLookup, np_actors
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.plover import Lexicons, Predicate
from riftmap.nlp.relations.stance import Candidate
from riftmap.nlp.relations.targets import agent
from riftmap.nlp.text.select import with_text


def affix_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """ "his anti-Musk rhetoric" (ACCUSE), "Trump-backing tech bros" (SUPPORT): the holder of
    the phrase takes the stance toward the actor the affix is attached to."""
    found: list[Candidate] = []
    for tok in with_text(doc, "-"):
        if tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        entry = lex.affixes.get(left.lower_ + "-")
        named = right
        if entry is None:
            entry, named = lex.affixes.get(right.lower_), left
        if entry is None:
            continue
        target = lookup.named(named.text) or lookup.actor(named)
        holder = _phrase_head(named)
        if target is None:
            continue
        found += _holders(holder, target, entry, lookup, lex, quote_at, tok)
    return found


def _phrase_head(tok: Token) -> Token:
    """The noun a hyphenated modifier belongs to."""
    for _ in range(4):
        if tok.dep_ in ("compound", "nmod", "amod", "npadvmod", "punct") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


def _holders(
    head: Token,
    target: str,
    entry: Predicate,
    lookup: ActorLookup,
    lex: Lexicons,
    quote_at: dict[int, int],
    hyphen: Token,
) -> list[Candidate]:
    sources = np_actors(lookup, head, possessor=False, conjuncts=False)
    if not sources:
        doer = agent(head)
        sources = np_actors(lookup, doer, possessor=False) if doer is not None else []
    flags = modality(head, lex) or ()
    return [
        Candidate(
            source,
            target,
            entry.type,
            settle(entry.polarity, flags),
            evidence(head, s_tok, hyphen),
            hyphen.i,
            entry.mode,
            quote_at.get(head.i),
            0.55,
            flags,
        )
        for source, s_tok in sources
        if source != target
    ]
