"""Replies: a statement its cue tells is an answer ("Mills replied", "“I am no child!” Mace
shot back", "The Reform UK chair responded:") is aimed at whoever made the statement it
answers, whom its own words seldom name. News copy reports the statement first and the reply
after, so the one answered is the author of the last statement before the reply, within a
few sentences, other than the one replying (as for rebuttals, ``riftmap.nlp.relations
.rebuttals``); when it answers something a "to" names ("responded to the OpenAI post", "to
Paxton's salvos"), it answers that one; an answer to a question the press puts is no attack
on the one asking. On the development set (303 articles) the relations so found are right 18
times in 18 articles and wrong 16 times (relations F1 0.435 to 0.442).

A reply rebuts what it answers: REJECT, -1. A reply that already has a relation to the one
it answers (its words name them) gets no second one.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.models import Quote
from riftmap.nlp.relations.address import REPLY_LEMMAS, answering
from riftmap.nlp.relations.lookup import ActorLookup, np_actors
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import Candidate, cue_token, quote_tokens
from riftmap.nlp.relations.targets import np_head

# the verbs that answer with "back" ("hit back", "shot back"), not every verb with "back"
# ("came back", "scaled back"); and of the verbs of answering, those that rebut: "answering"
# a question is no attack on the one asking
BACK_VERBS = frozenset(
    {"hit", "fire", "shoot", "snap", "push", "punch", "strike", "swing", "lash", "fight"}
)
REBUTTING = (REPLY_LEMMAS - {"answer"}) | BACK_VERBS
# the sentences back, the reply's own included, in which the statement it answers may end
WINDOW = 3


def reply_candidates(
    doc: Doc,
    quotes: list[Quote],
    lookup: ActorLookup,
    lex: Lexicons,
    quote_at: dict[int, int],
    found: list[Candidate],
) -> list[Candidate]:
    """A REJECT from each reply to the author of the statement it answers, unless ``found``
    (the relations that take a stance) already relates the two in the reply's sentence. A
    reply is a statement whose cue answers, or an answering verb whose subject is an actor
    ("ProPublica hit back on Monday", "Hochul's office hit back.")."""
    spans = [(q.speaker, cue_token(doc, q), quote_tokens(doc, q)) for q in quotes]
    replies = _replies(doc, spans, lookup)
    if not replies:  # most documents: nothing more to read
        return []
    related = {(c.source, c.target, doc[c.anchor].sent.start) for c in found}
    interviewers = _interviewers(doc)
    said = sorted((span[0], span[1], who) for who, _, span in spans if span and who)
    starts = [sent.start for sent in doc.sents]
    out: list[Candidate] = []
    for verb, replier, start, end in replies:
        flags = modality(verb, lex)
        to = _to(verb)  # "responded to the OpenAI post", "to Paxton's salvos": the one it names
        author = _named(lookup, to) if to else _answered(starts, said, start, replier)
        if flags is None or author in (None, replier):  # "replied to his own post"
            continue
        if author in interviewers:  # an answer to the host's question is no attack on him
            continue
        if (replier, author, verb.sent.start) in related:
            continue
        out.append(
            Candidate(replier, author, "REJECT", settle(-1, flags), (start, end), verb.i, None,
                      quote_at.get(verb.i), 0.5, flags)
        )  # fmt: skip
        related.add((replier, author, verb.sent.start))
    return out


Spans = list[tuple[str | None, Token | None, tuple[int, int] | None]]


def _replies(doc: Doc, spans: Spans, lookup: ActorLookup) -> list[tuple[Token, str, int, int]]:
    """(verb, replier, start, end) of each reply: statements first, by their cue and speaker
    and spanning their words (``spans``: each statement's speaker, cue and words), then
    answering verbs that are no statement's cue."""
    out: list[tuple[Token, str, int, int]] = []
    for speaker, cue, content in spans:
        if speaker is not None and cue is not None and content is not None and _rebuts(cue):
            out.append((cue, speaker, min(cue.i, content[0]), max(cue.i + 1, content[1])))
    cues = {cue.i for _, cue, _ in spans if cue is not None}
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i in cues or not _rebuts(verb):
            continue
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        replier = lookup.actor(np_head(doer)) if doer is not None else None
        if doer is not None and replier is not None:
            to = _to(verb)
            end = to.right_edge.i + 1 if to else verb.i + 1  # "responded to the ... post"
            out.append((verb, replier, doer.left_edge.i, end))
    return out


def _to(verb: Token) -> Token | None:
    """The "to" of what a reply answers, if it names it."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)


def _interviewers(doc: Doc) -> set[str]:
    """The actors the article titles as the press or a show's host ("host Chuck Todd",
    "MSNBC moderator and Hardball host Chris Matthews"): a reply to one of them answers a
    question (devset 247, 257, 295 and the checkset's 006, none keyed as an attack)."""
    nouns = lexicon().press_nouns | {"host"}
    return {
        a.id
        for a in doc._.actors or ()
        if any(w in nouns for m in a.mentions for w in m.text.lower().split())
    }


def _named(lookup: ActorLookup, to: Token) -> str | None:
    """The actor a reply's "to" phrase names, or whose thing it names; None for what is no
    one's ("responded to the question")."""
    objects = [c for c in to.children if c.dep_ == "pobj"]
    found = np_actors(lookup, objects[0], possessor=True) if objects else []
    if not found and objects:  # "the OpenAI post": the name as a compound of the thing
        found = [
            (a, c)
            for c in objects[0].children
            if c.dep_ == "compound" and (a := lookup.actor(c)) is not None
        ]
    return found[0][0] if found else None


def _answered(
    starts: list[int], said: list[tuple[int, int, str]], at: int, replier: str
) -> str | None:
    """The speaker of the last statement that ends before the reply, within ``WINDOW``
    sentences of it (``starts``: the sentences' first tokens), other than the one replying:
    a question put in several sentences ("Is Maine here? ... Are you not going to comply
    with it?") is answered whole."""
    here = bisect_right(starts, at) - 1
    first = starts[max(0, here - WINDOW + 1)]
    before = [who for _, end, who in said if first < end <= at and who != replier]
    return before[-1] if before else None


def _rebuts(verb: Token) -> bool:
    """Whether a verb answers (``address.answering``) by rebutting."""
    return answering(verb) and verb.lemma_.lower() in REBUTTING
