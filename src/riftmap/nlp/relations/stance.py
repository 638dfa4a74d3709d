"""Stance: what a statement asserts about the actors it names.

Two things live here: the ``Candidate`` relation that the finders produce, and the valence of
quoted content, which types statements that judge an actor without a verb of judging
("There's something fundamentally wrong here about his understanding"). The modality of a
predicate is in ``modality``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain, islice

from spacy.tokens import Doc, Token

from riftmap.models import Quote
from riftmap.nlp.attribution.statements import asked_of
from riftmap.nlp.relations.lookup import FIRST_PERSON, PERSON_PRONOUNS, ActorLookup
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.targets import SUBJECTS, agent, doer_tokens, np_head
from riftmap.nlp.text.select import positions_with_pos

FEELER_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
QUANTITIES = frozenset({"amount", "number", "lot", "level", "extent", "degree", "scale"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nothing", "without"})
# verbs whose negation is read in their complement ("I don't think he is a racist" is "I
# think he is not"): the verbs of opinion that "raise" a negation
NEG_RAISING = frozenset({"think", "believe", "suppose", "expect", "imagine", "reckon"})
CLAUSE_STEPS = 6  # heads climbed from a word to the verb of its clause


@dataclass
class Candidate:
    """A relation before dating, topic labelling and de-duplication (token offsets)."""

    source: str
    target: str
    type: str
    polarity: int
    evidence: tuple[int, int]
    anchor: int  # the token the relation hangs on (its predicate or the quote's cue)
    mode: str | None = None
    quote: int | None = None
    confidence: float = 0.5
    flags: tuple[str, ...] = ()
    content: tuple[int, int] | None = None  # quoted words, which date nothing
    origin: str = "predicate"
    extra: dict[str, str] = field(default_factory=dict)


def word_valence(tok: Token, lex: Lexicons) -> int:
    """The valence a word carries in its context: looked up by lemma or form, ignored inside
    hyphenated compounds ("far-right"), flipped under negation ("cannot be trusted")."""
    low = tok.lower_
    value = lex.valence.get(low) or lex.valence.get(tok.lemma_.lower()) or 0
    if not value:
        return 0
    if (low in lex.adjective_only or tok.lemma_.lower() in lex.adjective_only) and (
        tok.pos_ != "ADJ"
    ):
        return 0
    doc = tok.doc
    if _countered(tok, lex) or _measure(tok):
        return 0
    if (tok.i > 0 and doc[tok.i - 1].text == "-") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    ):
        return 0
    return -value if _negated(tok) else value


def _measure(tok: Token) -> bool:
    """ "an incredible amount of", "a great deal of": a measure, not a judgement."""
    if tok.dep_ != "amod":
        return False
    head = tok.head
    of = any(c.lower_ == "of" for c in head.children)
    return head.lemma_.lower() in QUANTITIES or (head.lower_ == "deal" and of)


def _countered(tok: Token, lex: Lexicons) -> bool:
    """A bad thing one fights is no judgement of the fighter ("cut the waste, fraud")."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("dobj", "conj", "pobj", "appos") or head.head.i == head.i:
            return False
        head = head.head
        if lex.modality.get(head.lemma_.lower()) == "counter":
            return True
    return False


def _negated(tok: Token) -> bool:
    """Whether a word is negated in its clause, or its clause is the complement of a negated
    verb of opinion ("I don't think the president is a racist": he is not one)."""
    for holder in (tok, tok.head):
        if _has_negation(holder):
            return True
    near = islice(chain((tok,), tok.ancestors), CLAUSE_STEPS)  # a word's own clause is near it
    clause = next((a for a in near if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "ccomp":
        return False
    opinion = clause.head
    return opinion.lemma_.lower() in NEG_RAISING and _has_negation(opinion)


def _has_negation(holder: Token) -> bool:
    return any(
        (c.dep_ == "neg" or c.lower_ in NEGATORS) and not _not_only(c) for c in holder.children
    )


def _not_only(neg: Token) -> bool:
    """ "not only a racist, but a danger": an addition, no negation."""
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in ("only", "just", "merely")


def valence(tokens: list[Token], lex: Lexicons) -> tuple[int, set[int]]:
    """Summed valence of some tokens, and the tokens that are feelers, not targets (subjects
    of a word of feeling: "Trump is thrilled with ...")."""
    total = 0
    feelers: set[int] = set()
    for tok in tokens:
        value = word_valence(tok, lex)
        if not value:
            continue
        total += value
        if tok.lemma_.lower() in lex.experiencer or tok.lower_ in lex.experiencer:
            holder = tok.head if tok.dep_ in ("acomp", "attr") else tok
            feelers |= {np_head(c).i for c in holder.children if c.dep_ in FEELER_DEPS}
        elif value < 0 and tok.pos_ == "VERB":
            feelers |= _victims(tok)
    return total, feelers


def _victims(verb: Token) -> set[int]:
    """Who suffers a bad act done by a third party ("Republicans will stop at nothing to
    damage Clinton's campaign"): the doer is judged, not them. The speaker's own bad act
    ("we will destroy Jones") is hostility toward its object."""
    doer = agent(verb) or next(
        (c for a in verb.ancestors for c in a.children if c.dep_ in SUBJECTS), None
    )  # "stop at nothing to damage ...": the nearest subject above
    if doer is None or doer.lower_ in FIRST_PERSON:
        return set()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    owners = [g for o in objects for g in o.children if g.dep_ == "poss"]
    return {np_head(t).i for t in (*objects, *owners)}


def quote_tokens(doc: Doc, quote: Quote) -> tuple[int, int] | None:
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def cue_token(doc: Doc, quote: Quote) -> Token | None:
    if quote.cue is None:
        return None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def quote_candidates(
    doc: Doc,
    quotes: list[Quote],
    lookup: ActorLookup,
    lex: Lexicons,
    others: Mapping[int, frozenset[int]],
) -> list[Candidate]:
    """Relations from what speakers say about the actors their words name, typed by the
    valence of each clause: ACCUSE when it judges them badly, SUPPORT when well. ``others``
    are the words of other speakers each statement relays (``relayed.relayed``)."""
    found: list[Candidate] = []
    for k, quote in enumerate(quotes):
        cue = cue_token(doc, quote)
        content = quote_tokens(doc, quote)
        if quote.speaker is None or content is None:
            continue
        if cue is not None and (reports(cue, lex) or _predicate(cue, lex)):
            continue
        about = cue_targets(cue, lookup) if cue is not None else []
        anchor = cue if cue is not None else doc[content[0]]
        own = [t for t in doc[content[0] : content[1]] if t.i not in others.get(k, ())]
        for clause, score in clause_valence(own, lex).items():
            targets = _clause_targets(clause, content, lookup, lex, quote.speaker) or about
            if len(set(targets)) > MAX_JUDGED:
                continue  # a list of names: whom the judgement falls on is unclear
            found += _judgements(quote.speaker, targets, score, k, anchor, content)
    return found


def _predicate(cue: Token, lex: Lexicons) -> bool:
    """A cue that is itself a predicate of the lexicon ("criticized X as ...", "called X
    ...") names its target; the predicate finder relates them."""
    return lex.lists(cue)


def reports(cue: Token, lex: Lexicons) -> bool:
    """Cues of reporting, infinitives ("joined Trump ... to announce Stargate"), which state a
    purpose, not a statement, and a question put to the speaker ("Asked if Trump's comments
    had rattled them, Ryan said ..."), whose words are the asker's."""
    if cue.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return True
    if asked_of(cue):
        return True
    return cue.lemma_.lower() in lex.report_cues or cue.lower_ in lex.report_cues


def in_question(tok: Token) -> bool:
    """Whether the word stands in a question put to the speaker ("Asked whether Homan
    should arrest the governor, Trump said"): the asker's words, no stance of the speaker's."""
    return any(asked_of(a) for a in tok.ancestors)


def _judgements(
    speaker: str, targets: list[str], score: int, k: int, anchor: Token, content: tuple[int, int]
) -> list[Candidate]:
    polarity = 1 if score > 0 else -1
    type_ = "SUPPORT" if polarity > 0 else "ACCUSE"
    mode = None if polarity > 0 else "disapprove"
    ev = (min(content[0], anchor.i), max(content[1], anchor.i + 1))
    return [
        Candidate(speaker, t, type_, polarity, ev, anchor.i, mode, k, 0.45, (), content, "quote")
        for t in dict.fromkeys(targets)
        if t != speaker
    ]


CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj"})


def clause_of(tok: Token) -> Token:
    """The head of the smallest clause holding a token."""
    for cand in (tok, *tok.ancestors):
        if cand.pos_ in ("VERB", "AUX") and cand.dep_ in CLAUSE_DEPS:
            return cand
    return tok.sent.root


def clause_valence(span: Iterable[Token], lex: Lexicons) -> dict[Token, int]:
    scores: dict[Token, int] = {}
    for tok in span:
        value = word_valence(tok, lex)
        if value:
            clause = clause_of(tok)
            scores[clause] = scores.get(clause, 0) + value
    return {clause: score for clause, score in scores.items() if score}


def _clause_targets(
    clause: Token, content: tuple[int, int], lookup: ActorLookup, lex: Lexicons, speaker: str
) -> list[str]:
    """Actors named as participants of a clause (not in clauses nested in it, not as a
    modifier such as "the American people", not as the one who feels)."""
    _, feelers = valence(list(clause.subtree), lex)
    found = []
    for tok in clause.subtree:
        if not content[0] <= tok.i < content[1] or tok.i in feelers:
            continue
        if not lookup.may_name(tok.i):
            continue  # the tests below are dearer than this one
        if in_question(tok):
            continue
        if tok.dep_ in MODIFIER_DEPS or clause_of(tok) != clause or circumstance(tok, clause):
            continue
        if tok.ent_type_ in PLACES and tok.dep_ not in CORE_DEPS:
            continue  # "invasions of Georgia and Ukraine": places, not judged actors
        ident = lookup.actor(tok)
        if ident is None or passing_group(tok, ident, lookup):
            continue
        if tok.lower_ not in PERSON_PRONOUNS or named_near(tok, ident, lookup):
            found.append(ident)
    doers = clause_doers(clause, lookup) - {speaker}
    return [ident for ident in found if ident in doers] if doers else found


def clause_doers(clause: Token, lookup: ActorLookup) -> set[str]:
    """Actors a clause's subject names or belongs to ("Jones attacked ...", "Jones's words
    to Smith were rude"): when there are any but the speaker, the clause judges what they
    did, and whether the speaker sides with anyone else it names the words do not say."""
    named = (lookup.actor(t) for t in doer_tokens(clause, ("nsubj", "nsubjpass")))
    return {ident for ident in named if ident is not None}


def passing_group(tok: Token, ident: str, lookup: ActorLookup) -> bool:
    """A group named once in lower case inside quoted words ("their friends", "so many great
    people") is a description in passing, not a party the speaker takes a stance toward."""
    return (
        lookup.types.get(ident) == "group"
        and lookup.mention_counts.get(ident, 0) <= 1
        and not np_head(tok).text[:1].isupper()
    )


def named_near(tok: Token, ident: str, lookup: ActorLookup) -> bool:
    """Whether the actor a pronoun is read as is named (not merely referred to) in the
    pronoun's own paragraph, or is named in more than one sentence of the document: a
    judgement hanging on a pronoun that reaches back across a paragraph break to an actor
    named once in passing ("Sam Altman, CEO of OpenAI, who ...") is too uncertain to tell
    whom it falls on."""
    lines, sentences = lookup.named_where(ident)
    return lookup.line_of(tok.i) in lines or sentences > 1


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "attr"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
MAX_JUDGED = 2
# Prepositions of place and time: "during a stop in Flint" names no one judged.
CIRCUMSTANCE = frozenset(
    {"in", "at", "during", "from", "since", "after", "before", "near", "across", "inside",
     "within", "throughout", "into", "outside", "around", "until"}
)  # fmt: skip


def circumstance(tok: Token, clause: Token) -> bool:
    for above in tok.ancestors:
        if above == clause:
            return False
        if above.dep_ == "prep" and above.lower_ in CIRCUMSTANCE:
            return True
    return False


def cue_targets(cue: Token, lookup: ActorLookup) -> list[str]:
    """Whom a statement is about when the cue says so: "said of Musk", "wrote about X"."""
    objects = [
        g
        for c in cue.children
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "regarding")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [ident for ident in (lookup.actor(np_head(t)) for t in objects) if ident]


def requests_in_quotes(
    doc: Doc, quotes: list[Quote], lookup: ActorLookup, lex: Lexicons
) -> list[Candidate]:
    """A speaker saying another actor should, must or needs to act asks that actor to."""
    found: list[Candidate] = []
    verbs = positions_with_pos(doc, ("VERB",))  # the only tokens _obliged_subject takes
    for k, quote in enumerate(quotes):
        content = quote_tokens(doc, quote)
        cue = cue_token(doc, quote)
        if quote.speaker is None or content is None or cue is None or asked_of(cue):
            continue
        for i in verbs[bisect_left(verbs, content[0]) : bisect_left(verbs, content[1])]:
            tok = doc[i]
            subj = _obliged_subject(tok)
            ident = lookup.actor(np_head(subj)) if subj is not None else None
            if ident and ident != quote.speaker:
                ev = (min(content[0], cue.i), max(content[1], cue.i + 1))
                type_, polarity, mode = (
                    ("ACCUSE", -1, "disapprove") if reproach(tok) else ("REQUEST", 0, None)
                )
                found.append(
                    Candidate(
                        quote.speaker, ident, type_, polarity, ev, cue.i, mode, k, 0.4, (), content
                    )
                )
    return found


def _asked(verb: Token) -> bool:
    """An obligation asked about, not laid down: "asked whether Homan should arrest him",
    "a referendum on whether Britain should exit", "thoughts on how the committee should
    approach it"."""
    return any(
        (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        or (c.dep_ == "advmod" and c.lower_ in ("how", "why", "when", "where"))
        for c in verb.children
    )


def reproach(verb: Token) -> bool:
    """ "Jones should never have started it", "she should have known": what someone should
    have done is past, so the words blame them for it; nothing is asked of them."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & {"should", "ought"}) and bool(aux & {"have", "’ve", "'ve"})


def _obliged_subject(tok: Token) -> Token | None:
    if tok.pos_ != "VERB" or tok.dep_ in ("relcl", "acl"):
        return None  # "one of the reasons that they should get excited": no demand
    subj = [c for c in tok.children if c.dep_ in SUBJECTS]
    if not subj or _asked(tok):
        return None
    modals = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("should", "must")]
    if modals and modals[0].i > subj[0].i:  # not "should she be elected", "must he go?"
        return subj[0]
    if tok.lemma_ == "need" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children
    ):
        return subj[0]
    return None
