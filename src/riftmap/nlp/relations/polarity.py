"""Statement polarity and confidence from the learned stance model.

Every attributed statement that names an actor is a candidate relation from its speaker
(``statements``); word lists read its stance from the valence of the clause naming the actor,
and miss most of it ("Jones has failed the workers of this city at every turn"). The stance
model (``stance_model``) reads the sentence holding the actor's mention, the mention marked,
and gives calibrated probabilities of -1, 0 and 1; the clause's valence is the lexicons'
evidence beside it (see ``polarity_of``). All statements of a document go to the model in one
call; a sentence and mention read twice are read once.

Acts found by predicates ("urged", "praised", "challenged") keep the lexicon's polarity and
confidence: NewsMTSC teaches the sentiment a sentence expresses toward a person, which for an
act is not the actor's stance ("defending DOGE's actions" amid criticism of DOGE is still
support), so the model would flip them wrongly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.relation_head import (
    ArticlePairs,
    HeadInput,
    RelationHead,
    relation_head,
)
from riftmap.nlp.relations.stance import Candidate, clause_of, word_valence
from riftmap.nlp.relations.stance_model import POLARITIES, Target, stance_model
from riftmap.nlp.relations.targets import SUBJECTS, agent, asked_act, doer_tokens, np_head
from riftmap.nlp.relations.victims import (
    DEONTIC,
    aimed_deed,
    attacked_by_another,
    hostile_act,
    phrase_of,
)
from riftmap.nlp.text.syntax import to_infinitive

OBJECTS = ("dobj", "pobj", "dative")
# The type a statement's relation takes from its polarity, with its PLOVER mode.
STATEMENT_TYPE = {-1: ("ACCUSE", "disapprove"), 1: ("SUPPORT", None), 0: ("ACCUSE", None)}


def mention(doc: Doc, c: Candidate, by_token: Mapping[int, str]) -> tuple[int, int] | None:
    """Token span of the target's mention the candidate reads: the one its finder chose, else
    the nearest to its anchor in its evidence or the anchor's sentence, as the run of adjacent
    tokens of that actor."""
    given = c.extra.get("target_token")
    if given is not None:
        at = int(given)
    else:
        lo, hi = c.evidence
        hits = [i for i in range(lo, hi) if by_token.get(i) == c.target]
        if not hits:
            sent = doc[c.anchor].sent
            hits = [i for i in range(sent.start, sent.end) if by_token.get(i) == c.target]
        if not hits:
            return None
        at = min(hits, key=lambda i: (abs(i - c.anchor), i))
    start, end = at, at + 1
    while start > 0 and by_token.get(start - 1) == c.target and by_token.get(at) == c.target:
        start -= 1
    while end < len(doc) and by_token.get(end) == c.target and by_token.get(at) == c.target:
        end += 1
    return start, end


def inside(span: tuple[int, int], content: tuple[int, int] | None) -> bool:
    """Whether the mention is among the statement's own words: an actor named only by the cue
    ("'It is a disaster,' Smith said of Jones") is beyond what the model can link, and the
    statement keeps the lexicons' reading."""
    return content is None or (content[0] <= span[0] and span[1] <= content[1])


def read_span(
    doc: Doc, c: Candidate, by_token: Mapping[int, str], lex: Lexicons | None = None
) -> tuple[int, int] | None:
    """The mention the stance model reads for a candidate: a judged statement's mention of its
    target among the statement's own words, or None when the model reads nothing."""
    span = mention(doc, c, by_token) if judged(doc, c, by_token, lex) else None
    return span if span is not None and inside(span, c.content) else None


def target(doc: Doc, span: tuple[int, int]) -> Target:
    """The mention's sentence and the mention's character offsets inside it."""
    sent = doc[span[0]].sent
    last = doc[span[1] - 1]
    base = sent.start_char
    return Target(sent.text, doc[span[0]].idx - base, last.idx + len(last.text) - base)


def judged(
    doc: Doc, c: Candidate, by_token: Mapping[int, str], lex: Lexicons | None = None
) -> bool:
    """Whether the model reads this candidate: a statement about an actor, unless the clause
    naming the actor reports an act between actors, whose stance is the doer's, not the
    speaker's: another actor as its subject ("Garcia has been attacking Jones's plan," Smith
    said is no stance of Smith's toward Jones), or the actor as subject of an act the
    lexicons know on another (nor toward Garcia). The speaker's own act is the speaker's
    stance ("Holt called Oster 'a coward'", "declared he would not be complicit with Trump";
    PolNeAR train: 283 more relations in 206 articles, about two in three right on a sample
    of 25), and so is what is said of the actor doing what no lexicon lists as an act ("Trump
    and Vance are doing Putin's dirty work": Putin's work is done for him, not to him).
    Subjects joined by "and" act together: neither is a third party to the other."""
    if c.origin != "quote":
        return False
    given = c.extra.get("target_token")
    if given is None:
        return True
    clause = clause_of(doc[int(given)])
    if requested(clause, c.anchor):
        return True
    doers = {by_token.get(t.i) for t in doer_tokens(clause, SUBJECTS)}
    implied = agent(clause) if not doers and c.content else None
    if implied is not None and c.content and c.content[0] <= implied.i < c.content[1]:
        doers = {by_token.get(np_head(implied).i)}  # "Jones was out of line to criticize X"
    if c.target not in doers:
        return not doers - {None, c.source}
    if lex is not None and not lex.lists(clause):
        return True
    done_to = [o for o in clause.children if o.dep_ in OBJECTS and not _own(o, c.target, by_token)]
    owners = [g for o in done_to for g in (o, *o.children) if g.dep_ in (*OBJECTS, "poss")]
    return not {by_token.get(np_head(t).i) for t in owners} - {None, c.target}


def requested(clause: Token, cue: int) -> bool:
    """Whether the clause is the act the speaker's own cue asks of someone ("Clinton asked
    Republican leaders to disavow Trump", "urged Bondi to investigate Comey"): the addressee
    would do it, but the demand, and the stance toward whom it is done to, are the
    speaker's."""
    act = asked_act(clause.head)
    return clause.head.i == cue and act is not None and act.i == clause.i


def _settled(
    found: list[Candidate],
    asks: Mapping[int, Target],
    votes: Mapping[int, int],
    said: set[int],
    victims: set[int],
    bystanders: frozenset[str],
) -> set[int]:
    """The statements ``polarity_of`` leaves at 0 whatever the model reads: a friendly
    stance needs a listed friendly word, and a hostile one is not read toward the one a
    hostile act befalls nor toward a bystander group, unless the words say it of them."""
    return {
        k
        for k in asks
        if votes[k] <= 0 and k not in said and (k in victims or found[k].target in bystanders)
    }


def _own(obj: Token, ident: str, by_token: Mapping[int, str]) -> bool:
    """Whether what an actor acts on is the actor's own ("Jones is driving his party off a
    cliff"): what one does to one's own is said of oneself, not of a second actor."""
    return any(c.dep_ == "poss" and by_token.get(c.i) == ident for c in obj.children)


def undergoes(tok: Token, lex: Lexicons) -> bool:
    """Whether the actor (or what is theirs) is what a hostile act in the passive is done to
    ("whether Nigeria's democracy was threatened", "that the president would be rejected"),
    or what a hostile act named by a noun is aimed at ("the charges against James", "the
    attacks on Jones"): the hostility falls on whoever does it, not on the one it befalls."""
    verb = _hostile_passive(tok, lex)
    return (verb is not None and not _deontic(verb)) or _hostile_deed_of(tok, lex)


def _hostile_deed_of(tok: Token, lex: Lexicons) -> bool:
    """Whether the actor is what a hostile act named by a noun is aimed at, its doer left out
    ("the charges against James", "The attacks on Ms. Haley show ..."). Not "of", which
    also names whose a quality is ("the hypocrisy of the Democrats"); not a noun with a
    possessor or a "by", nor the object of a verb ("declared war on X", "heaped criticism
    on X"), which name whose act it is."""
    act = aimed_deed(np_head(tok))
    if act is None or act.dep_ in ("dobj", "dative"):
        return False
    if any(c.dep_ == "poss" or c.lower_ == "by" for c in act.children):
        return False
    return hostile_act(act, lex)


def judged_act(tok: Token, lex: Lexicons) -> Token | None:
    """The verb of the act judged as a whole that the actor (or what is theirs) is what it is
    done to, the doer unnamed, or None: an infinitive or a gerund subject, no friendly act,
    judged by a word of hostile valence ("It is simply wrong and dangerous to deny Zelensky
    his legitimacy", "It would be a mistake to underestimate Trump", "its failure to mention
    ISIS"). The judgement falls on whoever does the act, and the one it is done to is no
    target of it, unless the act is a friendly one ("It was a mistake to trust Putin").
    PolNeAR train: 1 relation goes, right; the development set 1, right. A hostile act so
    condemned ("Blaming President Trump for these floods is a depraved lie") sides with the
    one it is done to (``hostile_act``; the development set 070, 203)."""
    head = phrase_of(tok, ("conj", "appos"))  # "deny X his rights"
    verb = head.head
    if head.dep_ not in ("dobj", "dative"):  # "demoralizing to work for Obama" judges him
        return None
    gerund = verb.tag_ == "VBG" and verb.dep_ == "csubj"  # "Blaming X is a lie"
    if not (to_infinitive(verb) or gerund) or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if word_valence(verb, lex) > 0 or any(e.polarity > 0 for e in lex.entries(verb)):
        return None
    judge = verb.head
    words = [judge, *(c for c in judge.children if c.dep_ in ("acomp", "attr"))]
    words += [g for w in words[1:] for g in w.conjuncts]
    return verb if any(word_valence(w, lex) < 0 for w in words if w != verb) else None


def _befalls(tok: Token, lex: Lexicons, source: str, by_token: Mapping[int, str]) -> bool:
    """Whether a hostile act done by someone other than the speaker befalls the actor: in the
    passive (``undergoes``) or done by another (``victims.attacked_by_another``)."""
    return undergoes(tok, lex) or attacked_by_another(tok, lex, source, by_token)


def demanded(tok: Token, lex: Lexicons) -> bool:
    """Whether the statement demands a hostile act done to the actor ("Jones should be
    jailed", "must be impeached"; the threats' acts count here): the speaker's own
    hostility, as if a listed word said it."""
    verb = _hostile_passive(tok, lex, acts=lex.threat_acts)
    return (verb is not None and _deontic(verb)) or _asked_to_harm(tok, lex)


def _asked_to_harm(tok: Token, lex: Lexicons) -> bool:
    """Whether the actor is the object of a hostile act that a verb of asking asks of someone
    ("urged Bondi to investigate Comey and James", "asked Republican leaders to disavow
    Trump"): the one who asks demands it."""
    head = phrase_of(tok, ("conj",))
    act = head.head
    if head.dep_ != "dobj" or not requested(act, act.head.i):
        return False
    listed = any(e.polarity < 0 and e.on_object for e in lex.entries(act))
    return listed or word_valence(act, lex) < 0 or act.lemma_.lower() in lex.threat_acts


def _hostile_passive(tok: Token, lex: Lexicons, acts: frozenset[str] = frozenset()) -> Token | None:
    """The verb of a hostile act in the passive whose subject is the actor or theirs (a
    lexicon predicate or word of hostile valence, or one of ``acts``)."""
    head = phrase_of(tok, ("conj",))  # "Smith and Jones should be ..."
    verb = head.head
    if head.dep_ != "nsubjpass" or verb != clause_of(tok):
        return None
    hostile = hostile_act(verb, lex)
    return verb if hostile or verb.lemma_.lower() in acts else None


def predicated(tok: Token, vote: int, lex: Lexicons) -> bool:
    """Whether a clause says the word of valence ``vote`` of the actor itself: the actor (or
    what is theirs: "Trump's words are rude and utterly shameful") is the subject of "be" and
    the predicate carries the valence ("The White House is unhinged and out of control").
    The model, which reads an organisation's or a possessor's mention as a bystander, then
    does not decide."""
    head = np_head(tok)
    while head.dep_ == "conj":  # "Trump and Vance's words"
        head = head.head
    subject = head.head if head.dep_ in ("poss", "nmod") else head
    verb = subject.head
    if not subject.i < verb.i:
        return False
    if subject.dep_ == "nsubj" and verb.lemma_ == "be":
        predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    elif subject.dep_ == "nsubjpass" and verb.lower_ in lex.valence:
        # "is unhinged", parsed as a passive: a participle the valence list holds as it is
        # written is an adjective, not an act done to the actor ("was attacked")
        predicates = [] if any(c.dep_ == "agent" for c in verb.children) else [verb]
    else:
        return False
    predicates += [g for c in predicates for g in c.conjuncts]
    feelings = lex.experiencer  # "are frustrated with Perez": the subject's, no judgement of it
    values = [
        word_valence(p, lex) for p in predicates if not {p.lower_, p.lemma_.lower()} & feelings
    ]
    # both ways ("imprudent but not illegal"): the predicate does not decide
    return any(v * vote > 0 for v in values) and not any(v * vote < 0 for v in values)


def _deontic(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children)


def polarity_of(
    doc: Doc,
    found: list[Candidate],
    by_token: Mapping[int, str],
    lex: Lexicons | None = None,
    bystanders: frozenset[str] = frozenset(),
    own: frozenset[tuple[str, str]] = frozenset(),
    head: RelationHead | None = None,
) -> list[Candidate]:
    """The candidates, statements with polarity, type and confidence from the stance model.

    A statement takes the polarity the relation head (``relation_head``) reads from the
    stance model's encoding of the sentence, its calibrated probabilities, the lexicons'
    polarity (the valence of the clause naming the actor) and the pair of actors, and the
    head's probability of that polarity as confidence. A statement left at 0 takes no
    stance and is dropped by the component. With the lexicons (``lex``), an actor that a
    hostile act in the passive befalls is not read as judged hostile (``undergoes``), unless
    the statement demands the act (``demanded``), which counts as a hostile word; nor is a
    group in ``bystanders`` (``relations.bystanders``) or the speaker's own bloc (``own``),
    unless the words say it of the group itself ("The senators are a disgrace")."""
    asks: dict[int, Target] = {}
    victims: set[int] = set()
    said: set[int] = set()  # statements that predicate their valence of the actor itself
    votes = {k: c.polarity for k, c in enumerate(found)}
    for k, c in enumerate(found):
        span = read_span(doc, c, by_token, lex)
        if span is not None:
            asks[k] = target(doc, span)
            if lex is None:
                continue
            last = doc[span[1] - 1]
            act = judged_act(last, lex)
            if votes[k] and predicated(last, votes[k], lex):
                said.add(k)
            elif act is not None and hostile_act(act, lex):
                votes[k] = 1  # condemning an attack on the actor sides with them
                said.add(k)
            elif act is not None or _befalls(last, lex, c.source, by_token):
                victims.add(k)
            elif not votes[k] and demanded(last, lex):
                votes[k] = -1  # a demand says its hostility of the actor, as a label does
                said.add(k)
    if not asks:
        return found
    settled = _settled(found, asks, votes, said, victims, bystanders)
    model, head = stance_model(), head or relation_head()
    # the lexicons' votes do not change the logits; a statement settled needs none
    unique = list(dict.fromkeys(t for k, t in asks.items() if k not in settled))
    logits, features = model.read(unique)
    rows = {t: k for k, t in enumerate(unique)}
    pairs = ArticlePairs(doc._.actors or ())
    out = list(found)
    for k, t in asks.items():
        c, vote = found[k], votes[k]
        if k in settled:  # no stance, whatever the model would read
            out[k] = replace(c, polarity=0, type=STATEMENT_TYPE[0][0], mode=None)
            continue
        row = model.calibrated(logits[rows[t]][None, :], [vote])[0]
        aside = c.target in bystanders or (c.source, c.target) in own
        if k in said:  # "The White House is unhinged": the words say it of the actor
            polarity = 0 if vote < 0 and k in victims else vote
            confidence = float(row[POLARITIES.index(polarity)])
        else:
            read = HeadInput(features[rows[t]], row, vote, pairs.of(c.source, c.target))
            polarity, confidence = head.judge(read, hostile=not (k in victims or aside))
        type_, mode = STATEMENT_TYPE[polarity]
        out[k] = replace(
            c, polarity=polarity, type=type_, mode=mode, confidence=round(confidence, 4)
        )
    return out
