"""Replies: a statement its cue tells is an answer ("Mills replied", "“I am no child!” Mace
shot back", "The Reform UK chair responded:") is aimed at whoever made the statement it
answers, whom its own words seldom name. News copy reports the statement first and the reply
after, so the one answered is the author of the last statement before the reply, within a
few sentences, other than the one replying (as for rebuttals, ``riftmap.nlp.relations
.rebuttals``). On the development set (303 articles) the relations so found are right 9
times in 9 articles and wrong 14 times in 13 (relations F1 0.435 to 0.438): a reply to an
interviewer's question is the commonest wrong one, and keyed as no attack.

A reply rebuts what it answers: REJECT, -1. A reply that already has a relation to the one
it answers (its words name them) gets no second one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.models import Quote
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import Candidate, cue_token, quote_tokens

# verbs of answering, and the verbs that answer with "back" ("hit back", "shot back")
REPLY_VERBS = frozenset({"respond", "reply", "retort", "counter", "rebut"})
BACK_VERBS = frozenset(
    {"hit", "fire", "shoot", "snap", "push", "punch", "strike", "swing", "lash", "fight"}
)
# the sentences back, the reply's own included, in which the statement it answers may end
WINDOW = 3


def reply_candidates(
    doc: Doc,
    quotes: list[Quote],
    lex: Lexicons,
    quote_at: dict[int, int],
    found: list[Candidate],
) -> list[Candidate]:
    """A REJECT from each reply to the author of the statement it answers, unless ``found``
    (the relations that take a stance) already relates the two in the reply's sentence."""
    related = {(c.source, c.target, doc[c.anchor].sent.start) for c in found}
    said = _statements(doc, quotes)
    out: list[Candidate] = []
    for quote in quotes:
        cue = cue_token(doc, quote)
        content = quote_tokens(doc, quote)
        if quote.speaker is None or cue is None or content is None or not replies(cue):
            continue
        flags = modality(cue, lex)
        author = _answered(doc, said, min(cue.i, content[0]), quote.speaker)
        if flags is None or author is None:
            continue
        if (quote.speaker, author, cue.sent.start) in related:
            continue
        ev = (min(cue.i, content[0]), max(cue.i + 1, content[1]))
        out.append(
            Candidate(quote.speaker, author, "REJECT", settle(-1, flags), ev, cue.i, None,
                      quote_at.get(cue.i), 0.5, flags)
        )  # fmt: skip
    return out


def _statements(doc: Doc, quotes: list[Quote]) -> list[tuple[int, int, str]]:
    """(first token, end token, speaker) of each attributed statement, in document order."""
    spans = ((quote_tokens(doc, q), q.speaker) for q in quotes)
    return sorted((span[0], span[1], who) for span, who in spans if span and who)


def _answered(doc: Doc, said: list[tuple[int, int, str]], at: int, replier: str) -> str | None:
    """The speaker of the last statement that ends before the reply, within ``WINDOW``
    sentences of it, other than the one replying: a question put in several sentences
    ("Is Maine here? ... Are you not going to comply with it?") is answered whole."""
    here = doc[at].sent.start
    starts = [s.start for s in doc.sents if s.start <= here][-WINDOW:]
    before = [who for first, end, who in said if end <= at and end > starts[0] and who != replier]
    return before[-1] if before else None


def replies(cue: Token) -> bool:
    """Whether a cue says its statement answers another: a verb of answering, or one that
    answers "back"."""
    lemma = cue.lemma_.lower()
    if lemma in REPLY_VERBS:
        return True
    return lemma in BACK_VERBS and any(
        c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in cue.children
    )
