"""Answers to a statement named by a bare noun: rebuttals ("Mahama dismissed these
accusations", "Cuellar dismissed the criticism", "a claim Adams denied") and judgements of
what was said ("A former Biden official condemned the comments", "Jewish groups panned the
remarks"). The predicate finder relates such an answer to the statement's author only when
the noun names them ("denied Clinton's claims", "rejected accusations from Republicans");
news copy reports the statement first and the answer after, so the author is whoever made
the last statement before the answer, within a few sentences, other than the one answering.

Not "the notion" or "the idea" (no one's statement: "rejected the notion that ..."), nor a
statement whose author the noun names (the predicate finder's), nor an answer with no
statement by someone else before it. A judgement is read only of the words that name speech
("the remarks", "the post"): "condemned the criticism" may be a criticism of anyone.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from riftmap.models import Quote
from riftmap.nlp.relations.forms import with_keys
from riftmap.nlp.relations.lookup import ActorLookup
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.owners import owners
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import Candidate, quote_tokens
from riftmap.nlp.relations.targets import agent, np_head

# verbs that rebut what they take as object
REBUTTALS = frozenset({"dismiss", "reject", "deny", "refute", "rebut", "dispute"})
# nouns that name what someone said: any of them may be judged
SPEECH = frozenset({"remark", "comment", "post", "tweet", "statement", "speech"})
# ... and the nouns that name a charge made, which only a rebuttal answers
CLAIMS = SPEECH | {
    "accusation", "allegation", "claim", "charge", "criticism", "backlash", "report",
    "characterization", "characterisation", "assertion", "attack", "suggestion", "story",
}  # fmt: skip
# the judgements read from the lexicon
JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT"})
# the prepositions after which an actor says whose statement it is, or what it is about
AUTHOR_PREPS = frozenset({"from", "by", "of"})
# the sentences back, the answer's own included, in which the statement may stand
WINDOW = 3


def rebuttal_candidates(
    doc: Doc, quotes: list[Quote], lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """A relation from each answer to a bare statement to the author of the last one."""
    found: list[Candidate] = []
    said: _Said | None = None
    for noun in with_keys(doc, ("NOUN",), CLAIMS):
        verb = _answering(noun)
        meaning = _meaning(verb, noun, lex) if verb is not None else None
        doer = agent(verb) if verb is not None else None
        flags = modality(verb, lex) if verb is not None else None
        if verb is None or meaning is None or doer is None or flags is None:
            continue
        answerer = lookup.actor(np_head(doer))
        if answerer is None or _authored(noun, lookup):
            continue
        said = _Said(doc, quotes) if said is None else said
        author = said.last_speaker(verb, answerer)
        if author is None:
            continue
        ev = (min(doer.left_edge.i, verb.i, noun.left_edge.i), max(verb.i, noun.i) + 1)
        type_, polarity = meaning
        mode = "disapprove" if type_ == "ACCUSE" else None
        found.append(
            Candidate(answerer, author, type_, settle(polarity, flags), ev, verb.i, mode,
                      quote_at.get(verb.i), 0.5, flags)
        )  # fmt: skip
    return found


def _answering(noun: Token) -> Token | None:
    """The verb whose object the noun is ("dismissed the criticism"), or the verb of the
    relative clause on it ("a claim Adams denied")."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    if clauses and not any(c.dep_ == "dobj" for c in clauses[0].children):
        return clauses[0]
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def _meaning(verb: Token, noun: Token, lex: Lexicons) -> tuple[str, int] | None:
    """REJECT for a rebuttal; for a judgement of speech, the lexicon's type of the verb on a
    direct object ("condemned the comments": ACCUSE)."""
    if verb.lemma_.lower() in REBUTTALS:
        return "REJECT", -1
    if noun.lemma_.lower() not in SPEECH:
        return None
    for e in lex.entries(verb):
        if e.type in JUDGEMENTS and e.on_object:
            return e.type, e.polarity
    return None


def _authored(noun: Token, lookup: ActorLookup) -> bool:
    """Whether the statement's own phrase names an actor who made it or whom it is about: a
    possessor or name on it (``owners.owners``: "Clinton's claims"), or an actor anywhere
    after its "from", "by" or "of" ("accusations from Republicans", "criticism of Mr.
    Trump's comments")."""
    if any(lookup.actor(np_head(t)) is not None for t in owners(noun)):
        return True
    return any(
        lookup.actor(g) is not None
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS
        for g in c.subtree
    )


class _Said:
    """The document's statements by their first token, and its sentences' starts, read once
    per document for all its answers."""

    def __init__(self, doc: Doc, quotes: list[Quote]) -> None:
        spans = ((quote_tokens(doc, q), q.speaker) for q in quotes)
        self.said = sorted((span[0], who) for span, who in spans if span and who)
        self.starts = [s.start for s in doc.sents]

    def last_speaker(self, verb: Token, answerer: str) -> str | None:
        """The speaker of the last statement before the answer, within ``WINDOW`` sentences,
        who is not the one answering."""
        here = bisect_right(self.starts, verb.i) - 1
        first = self.starts[max(0, here - WINDOW + 1)]
        before = [who for at, who in self.said if first <= at < verb.i and who != answerer]
        return before[-1] if before else None
