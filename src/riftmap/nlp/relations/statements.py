"""Relations from every statement: a speaker's words about each actor they mention.

Listed predicates ("Bannon tore into Musk") find one relation in six on unseen news; most
statements judge an actor without any listed word ("Trump's comments are not constructive,"
Ernst said). So every attributed statement whose content mentions an actor (by name,
epithet or pronoun, as ``doc._.token_actor`` resolves it) is a candidate relation from its
speaker to that actor. Its polarity is the stance the words take toward that actor: here
the valence of the clause that names the actor (``stance.clause_valence``), read only as a
fallback; a learned stance model may replace it (``Candidate.extra["target_token"]`` says
which mention to read). A candidate whose polarity stays 0 relates no one and is dropped by
the relations component; its type follows its polarity (ACCUSE or SUPPORT).

Precision guards: a speaker is never their own target; an actor named only as a modifier
("the Trump administration") or a place in passing is not a target; a spokesman, aide or
lawyer speaking for an actor (named in the statement's source: "Trump spokeswoman Hope
Hicks") does not attack that actor with the words they say on its behalf; words of another
speaker's that a statement relays ("said Trump's claim that Putin had gone crazy was ...")
are that speaker's (``relayed.relayed``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from riftmap.models import Quote
from riftmap.nlp.actors.possessed import BODIES
from riftmap.nlp.relations.acts import LABEL_DEPS, is_label
from riftmap.nlp.relations.deeds import KIND_OF, deed_author
from riftmap.nlp.relations.forms import with_keys
from riftmap.nlp.relations.lookup import PERSON_PRONOUNS, ActorLookup
from riftmap.nlp.relations.plover import VALENCE_TYPE, Lexicons
from riftmap.nlp.relations.polarity import mention
from riftmap.nlp.relations.relayed import said_through
from riftmap.nlp.relations.stance import (
    CORE_DEPS,
    MODIFIER_DEPS,
    PLACES,
    Candidate,
    circumstance,
    clause_doers,
    clause_of,
    clause_valence,
    cue_targets,
    cue_token,
    in_question,
    named_near,
    passing_group,
    quote_tokens,
    reports,
    valence,
)
from riftmap.nlp.relations.targets import asked_act, joint_possessor, np_head


def on_their_side(
    doc: Doc, found: list[Candidate], quotes: list[Quote], lookup: ActorLookup
) -> list[Candidate]:
    """Drop a hostile stance a spokesperson's words seem to take toward the actor they speak
    for ("It is outrageous to misrepresent Jones's reasons," Jones spokesman Garcia said):
    word valence cannot tell whose side the words are on; the source's role can."""
    sides = {k: spoken_for(doc, q, lookup) for k, q in enumerate(quotes)}
    return [
        c
        for c in found
        if not (
            c.origin == "quote"
            and c.polarity < 0
            and c.quote is not None
            and c.target in sides[c.quote]
        )
    ]


def own_bodies(doc: Doc, found: list[Candidate], lookup: ActorLookup) -> list[Candidate]:
    """Drop a friendly or neutral relation toward the source's own staff or organisation
    ("told his aides to ...", "said his administration made a great decision"): the source
    directs or speaks for it, which ties no two sides together. Hostile acts stay ("fired
    his aides", "criticized his campaign"), and so do hostile statements, except about a
    body named after the source (``riftmap.nlp.actors.possessed``): what its head says of
    "his campaign" is an account of their own effort ("his campaign was about confronting
    ugly truths", "the negative coverage has helped his campaign"), and a stance model reads
    its words, not whose side they are on."""
    return [c for c in found if not _own_body(doc, c, lookup)]


def _own_body(doc: Doc, c: Candidate, lookup: ActorLookup) -> bool:
    span = mention(doc, c, lookup.by_token)
    if span is None:
        return False
    head = np_head(doc[span[1] - 1])
    lemma = head.lemma_.lower()
    spoken_of = c.origin == "quote" and lemma in BODIES
    if lemma not in OWN_BODIES or (c.polarity < 0 and not spoken_of):
        return False
    return any(o.dep_ == "poss" and lookup.actor(o) == c.source for o in head.children)


# What an actor heads or employs: "his administration", "her campaign", "their aides".
OWN_BODIES = frozenset(
    {"administration", "government", "campaign", "team", "staff", "staffer", "aide", "cabinet",
     "adviser", "advisor", "office"}
)  # fmt: skip
# Roles that speak for someone or stand by them: the words of "Trump's spokeswoman" or of
# "longtime Trump ally X" are on Trump's side.
SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
     "attorney", "secretary", "surrogate", "manager", "representative", "counsel", "ally",
     "friend", "confidant", "loyalist", "supporter"}
)  # fmt: skip
# the word a stance is read toward: the mention itself, not its determiner ("the governor")
MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})
# Auxiliaries of prediction, conjunctions of condition, and cues that warn.
PREDICTIVE = frozenset({"will", "'ll", "would", "could", "might", "may", "can"})
CONDITIONS = frozenset({"if", "unless"})
WARNINGS = frozenset({"warn", "caution", "predict", "fear", "worry"})
FORMER = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})
PRESIDENCY = "President of the United States"  # the office the White House speaks for


def _president(doc: Doc) -> set[str]:
    """The president the document names, holding the office at its date (any, undated),
    when there is exactly one."""
    published = doc._.published
    found = {
        actor.id
        for actor in doc._.actors or ()
        if any(
            r.title == PRESIDENCY and (not published or r.active(str(published)))
            for r in actor.roles
        )
    }
    return found if len(found) == 1 else set()


def _owners(body: Token) -> list[Token]:
    """The possessor or name before a body word ("Trump's campaign", "the Clinton
    campaign"), also when the body word itself modifies a noun and the parser hung the name
    on that noun ("a Clinton campaign official")."""
    holders = [body, body.head] if body.dep_ == "compound" else [body]
    return [
        c for h in holders for c in h.children if c.dep_ in ("poss", "compound") and c.i < body.i
    ]


def _against(span: Span) -> bool:
    """Whether the phrase names a side against someone ("the anti-Trump team", "a lawyer for
    the campaign against Cohen"): whoever it names is not the one it speaks for."""
    return any(t.lower_ in ("anti", "against") or t.lower_.startswith("anti-") for t in span)


def statement_candidates(
    doc: Doc,
    quotes: list[Quote],
    lookup: ActorLookup,
    lex: Lexicons,
    others: Mapping[int, frozenset[int]],
) -> list[Candidate]:
    """One candidate per statement and actor its content mentions (not its speaker);
    ``others`` are the words of other speakers each statement relays (``relayed.relayed``)."""
    found: list[Candidate] = []
    valenced: _Valenced | None = None
    deeds: dict[int, str] | None = None
    for k, quote in enumerate(quotes):
        content = quote_tokens(doc, quote)
        if quote.speaker is None or content is None:
            continue
        cue = cue_token(doc, quote)
        if cue is not None and (reports(cue, lex) or cue_targets(cue, lookup)):
            continue  # "the Times reported": no stance; "said of Jones": Jones is judged
        if cue is not None and unsaid(cue):
            continue  # "did not deny that Jones ...": nothing was said
        if cue is not None and acts_on_content(cue, content, lookup, lex):
            # "urged Bondi to investigate Comey": the predicate finder relates the speaker to
            # the one asked; the act asked for relates them to whom it would be done to
            act = asked_act(cue)
            if act is None:
                continue
            content = (act.left_edge.i, act.right_edge.i + 1)
        anchor = cue if cue is not None else doc[content[0]]
        ev = (min(content[0], anchor.i), max(content[1], anchor.i + 1))
        valenced = _Valenced(doc, lex) if valenced is None else valenced
        words = valenced.words(content)
        scores = clause_valence(words, lex)
        deeds = _deeds(doc, lookup) if deeds is None else deeds
        targets = _targets(doc, content, lookup, quote.speaker, words, lex, deeds)
        for target, tok in targets.items():
            if tok.i in others.get(k, ()) or said_through(tok, cue):
                continue  # words of another speaker's that this statement relays; a medium
            polarity = _polarity(tok, content, scores, lookup)
            if not polarity and forewarned(tok, cue):
                continue  # "If ..., Jones will lose": a prediction about Jones, no stance
            type_ = "SUPPORT" if polarity > 0 else "ACCUSE"
            found.append(
                Candidate(
                    quote.speaker, target, type_, polarity, ev, anchor.i,
                    "disapprove" if polarity < 0 else None, k, 0.4, (), content, "quote",
                    {"target_token": str(tok.i)},
                )
            )  # fmt: skip
    return found


def acts_on_content(
    cue: Token, content: tuple[int, int], lookup: ActorLookup, lex: Lexicons
) -> bool:
    """A cue that is a lexicon predicate acting on an actor its content names ("defending
    Jones's record", "criticized Jones as weak"): the predicate finder relates them, with
    the predicate's meaning; the content's sentiment would contradict it."""
    if not lex.lists(cue) or labels(cue, lex):
        return False
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    return any(
        content[0] <= t.i < content[1] and lookup.actor(t) is not None
        for o in objects
        for t in o.subtree
    )


def labels(cue: Token, lex: Lexicons) -> bool:
    """Whether the cue is a label verb with its label ("called Jones 'unreasonable'",
    "described Jones as out of touch"): what the speaker calls the actor is the statement,
    and its stance is read as any statement's (by the stance model), not only when the label
    is a listed word, which is all the predicate finder can read it by."""
    if not any(e.type == VALENCE_TYPE for e in lex.entries(cue)):
        return False
    return any(is_label(c) for c in cue.children)


def labelled(tok: Token, lex: Lexicons) -> bool:
    """Whether the parser hung the one a label verb labels on the label itself ("called
    Jones 'unreasonable'" with Jones a modifier of "unreasonable"): the actor is the one
    called so, not a modifier in passing."""
    label = tok.head
    return (
        tok.dep_ in ("nmod", "compound")
        and label.dep_ in LABEL_DEPS
        and label.i > tok.i
        and labels(label.head, lex)
    )


def forewarned(tok: Token, cue: Token | None) -> bool:
    """Whether the actor is the subject of what a speaker predicts or warns of ("warned
    that Jones could lose", "If we do nothing, Jones will win"): a prediction about
    someone is no judgement of them, though its words often sound grim."""
    clause = clause_of(tok)
    head = np_head(tok)
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head != clause:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PREDICTIVE for c in clause.children):
        return False
    conditional = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
        for c in clause.children
    )
    return conditional or (cue is not None and cue.lemma_.lower() in WARNINGS)


def unsaid(cue: Token) -> bool:
    """A negated cue ("did not mention", "didn't appear to deny"): its content is what the
    speaker did not say, which takes no stance toward the actors it names."""
    holders = [cue, cue.head] if cue.dep_ == "xcomp" else [cue]
    return any(c.dep_ == "neg" for h in holders for c in h.children)


class _Valenced:
    """The words of a document whose form or lemma has a valence in the lexicon, the only
    ones ``word_valence`` does not score 0 at once: a statement's words are scored twice
    (their clauses' valence, their feelers), and most carry none. The (form, lemma) columns
    are read once per document, each pair looked up once, and only the words found made."""

    def __init__(self, doc: Doc, lex: Lexicons) -> None:
        self.doc, self.table, self.strings = doc, lex.valence, doc.vocab.strings
        self.pairs = list(zip(*doc.to_array([LOWER, LEMMA]).T.tolist(), strict=True))
        self.seen: dict[tuple[int, int], bool] = {}

    def words(self, span: tuple[int, int]) -> list[Token]:
        """The tokens of ``span`` (start, end) that have a valence, in order."""
        return [self.doc[i] for i in range(*span) if self._has(self.pairs[i])]

    def _has(self, pair: tuple[int, int]) -> bool:
        found = self.seen.get(pair)
        if found is None:
            low, lemma = self.strings[pair[0]], self.strings[pair[1]].lower()
            found = self.seen[pair] = bool(self.table.get(low) or self.table.get(lemma))
        return found


def _targets(
    doc: Doc,
    content: tuple[int, int],
    lookup: ActorLookup,
    speaker: str,
    words: list[Token],
    lex: Lexicons,
    deeds: Mapping[int, str],
) -> dict[str, Token]:
    """Actors the content names as participants, each with its first such mention; not the
    ones who feel ("Garcia is thrilled with ..."), whose feeling the speaker reports.
    ``words`` are the content's tokens that carry a valence (``_Valenced``)."""
    found: dict[str, Token] = {}
    _, feelers = valence(words, lex)
    for i in range(*content):
        if not lookup.may_name(i) and i not in deeds:
            continue
        tok = doc[i]
        ident = lookup.actor(tok) or deeds.get(i)
        if ident is None or ident == speaker or ident in found or np_head(tok).i in feelers:
            continue
        if tok.dep_ in MODIFIER_DEPS and not (labelled(tok, lex) or joint_possessor(tok)):
            continue
        if tok.ent_type_ in PLACES and tok.dep_ not in CORE_DEPS:
            continue
        if passing_group(tok, ident, lookup) or circumstance(tok, clause_of(tok)):
            continue
        if in_question(tok):
            continue
        if tok.lower_ in PERSON_PRONOUNS and not named_near(tok, ident, lookup):
            continue
        found[ident] = tok if tok.pos_ in MENTION_POS else np_head(tok)
    return found


def _deeds(doc: Doc, lookup: ActorLookup) -> dict[int, str]:
    """The bare nouns that name a deed or statement of an actor's again ("the proposal"
    after "Trump's proposal": ``deeds.deed_author``), with that actor."""
    found: dict[int, str] = {}
    for noun in with_keys(doc, ("NOUN",), KIND_OF.keys()):
        author = deed_author(noun)
        ident = lookup.actor(author) if author is not None else None
        if ident is not None:
            found[noun.i] = ident
    return found


def _polarity(
    tok: Token, content: tuple[int, int], scores: dict[Token, int], lookup: ActorLookup
) -> int:
    """The valence of the clause that names the actor. Not when another actor is that
    clause's subject, or owns it: "... when Musk began railing against Trump's announcement"
    and "Musk's words to Trump were rude" judge Musk's act, and whether the speaker sides
    with Trump the words do not say."""
    clause = clause_of(tok)
    if not content[0] <= clause.i < content[1]:
        return 0
    doers = clause_doers(clause, lookup)
    if doers and lookup.actor(tok) not in doers:
        return 0
    score = scores.get(clause, 0)
    return (score > 0) - (score < 0)


def spoken_for(doc: Doc, quote: Quote, lookup: ActorLookup) -> set[str]:
    """Actors the speaker is presented as speaking for: named beside a spokesperson role in
    the statement's source ("Trump spokeswoman Hope Hicks", "a lawyer for Cohen", "Mrs.
    Clinton's aides"), or as the owner of a body of theirs that speaks ("the Clinton
    campaign", "Gowdy's office"; not "Bennett, who worked with Bannon on the campaign");
    not a former one, nor one named against them ("a lawyer for the campaign against
    Cohen")."""
    if quote.source is None:
        return set()
    span = doc.char_span(quote.source.start, quote.source.end, alignment_mode="expand")
    if span is None:
        return set()
    words = {t.lower_ for t in span}
    if words & FORMER or _against(span):
        return set()
    if (words | {t.lemma_.lower() for t in span}) & SPOKESPEOPLE:
        found = {ident for t in span if (ident := lookup.actor(t)) is not None}
        if "white house" in span.text.lower():
            found |= _president(doc)  # "White House press secretary X" speaks for them
    else:
        found = {
            ident
            for body in span
            if body.lemma_.lower() in OWN_BODIES
            for owner in _owners(body)
            if (ident := lookup.actor(owner)) is not None
        }
    return found - {quote.speaker}
