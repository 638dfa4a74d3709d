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
Hicks") does not attack that actor with the words they say on its behalf (``sides``,
applied by the relations component); words of another
speaker's that a statement relays ("said Trump's claim that Putin had gone crazy was ...")
are that speaker's (``relayed.relayed``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from riftmap.models import Quote
from riftmap.nlp.relations.acts import LABEL_DEPS, is_label
from riftmap.nlp.relations.deeds import KIND_OF, deed_author
from riftmap.nlp.relations.forms import keys, with_keys
from riftmap.nlp.relations.lookup import PERSON_PRONOUNS, ActorLookup
from riftmap.nlp.relations.modality import CONDITIONS
from riftmap.nlp.relations.plover import VALENCE_TYPE, Lexicons
from riftmap.nlp.relations.polarity import undergoes
from riftmap.nlp.relations.reactions import received_by
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
from riftmap.nlp.relations.targets import asked_act, joint_possessor, np_head, told_clause

# the word a stance is read toward: the mention itself, not its determiner ("the governor")
MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})
# Auxiliaries of prediction and cues that warn (conditions: ``modality.CONDITIONS``).
PREDICTIVE = frozenset({"will", "'ll", "would", "could", "might", "may", "can"})
WARNINGS = frozenset({"warn", "caution", "predict", "fear", "worry"})


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
        if cue is not None and _received(cue, lex):
            continue  # "Jones's words sparked criticism among Democrats": a reaction
        if cue is not None and acts_on_content(cue, content, lookup, lex):
            # "urged Bondi to investigate Comey": the predicate finder relates the speaker to
            # the one asked; the act asked for relates them to whom it would be done to, and
            # a clause told ("told reporters that Comey lied") to whom it names
            act = asked_act(cue) or _told(cue, lex)
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


def _received(cue: Token, lex: Lexicons) -> bool:
    """Whether the "statement" is a reaction its cue receives ("sparked criticism among
    Democrats", "drew a wave of criticism"): the attribution model reads such a clause as
    the subject's words, but the reaction is others' (``reactions``), aimed at the subject."""
    if not lex.reaction_verbs.intersection(keys(cue)):
        return False
    return any(
        (verb := received_by(t, lex)) is not None and verb.i == cue.i
        for t in cue.subtree
        if t.pos_ == "NOUN"
    )


def _told(cue: Token, lex: Lexicons) -> Token | None:
    """The clause a verb of telling tells (``targets.told_clause``), when the verb takes no
    stance of its own (a REQUEST or CONSULT entry: "told", "informed"): one that does
    ("accused Jones of ...", "condemned the post: ...") is the predicate finder's act."""
    if any(e.polarity != 0 for e in lex.entries(cue)):
        return None
    return told_clause(cue)


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
    befallen: set[str] = set()  # first mentioned as the one a hostile act befalls
    _, feelers = valence(words, lex)
    for i in range(*content):
        if not lookup.may_name(i) and i not in deeds:
            continue
        tok = doc[i]
        ident = lookup.actor(tok) or deeds.get(i)
        again = ident in found and ident in befallen
        if ident is None or ident == speaker or (ident in found and not again):
            continue
        if np_head(tok).i in feelers:
            continue
        if tok.dep_ in MODIFIER_DEPS and not (labelled(tok, lex) or joint_possessor(tok)):
            continue
        if tok.ent_type_ in PLACES and tok.dep_ not in CORE_DEPS:
            continue
        if passing_group(tok, ident, lookup):
            continue
        if circumstance(tok, clause_of(tok)) and not _judged_deed(tok, words):
            continue
        if in_question(tok):
            continue
        if tok.lower_ in PERSON_PRONOUNS and not named_near(tok, ident, lookup):
            continue
        # "Colbert got fired. His talent was even less than his ratings": the stance is read
        # at a later mention, when the first is only the one a hostile act befalls
        if again and undergoes(tok, lex):
            continue
        found[ident] = tok if tok.pos_ in MENTION_POS else np_head(tok)
        if not again and undergoes(found[ident], lex):
            befallen.add(ident)
        else:
            befallen.discard(ident)
    return found


def _judged_deed(tok: Token, words: list[Token]) -> bool:
    """Whether the actor owns a thing its phrase judges ("after President Trump's shameful
    display", "since Jones's reckless decision"): a phrase of time or place names no one
    judged, unless a word of valence says what the actor's deed was."""
    if tok.dep_ != "poss":
        return False
    return any(w.head.i == tok.head.i and w.dep_ in ("amod", "compound") for w in words)


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
