"""Pronouns: "he", "her", "they", "its" resolved to the most salient actor of agreeing gender,
number and kind that binding allows (not the subject of its own clause for an object pronoun),
with a subject pronoun preferring the subject of the clause above it or, opening a sentence,
that of the sentence before (centering), and a possessive the subject of its own clause."""

from __future__ import annotations

from spacy.tokens import Span, Token

from riftmap.kb.lexicon import answer_verbs, speech_verbs
from riftmap.nlp.actors.phrases import NAME_MODIFIERS, contracted_is
from riftmap.nlp.actors.relational import FIRST_PERSON
from riftmap.nlp.actors.salience import clause_subjects, governing_subjects, possessors
from riftmap.nlp.actors.state import ActorState

# pronoun -> (gender, plural, kind): kind "subj", "obj", "poss" or "refl"
PRONOUNS: dict[str, tuple[str, bool, str]] = {
    "he": ("m", False, "subj"),
    "him": ("m", False, "obj"),
    "his": ("m", False, "poss"),
    "himself": ("m", False, "refl"),
    "she": ("f", False, "subj"),
    "her": ("f", False, "obj"),
    "hers": ("f", False, "poss"),
    "herself": ("f", False, "refl"),
    "they": ("", True, "subj"),
    "them": ("", True, "obj"),
    "their": ("", True, "poss"),
    "themselves": ("", True, "refl"),
    "it": ("", False, "org"),
    "its": ("", False, "org"),
}
# salience added to the subject of a governing clause when a subject pronoun is resolved
# (Lappin and Leass's role parallelism): "Bannon ..., taunting Musk over what he said" -> Bannon
PARALLEL_SUBJECT = 2.0
# the conjunctions of a clause telling what provoked an act ("rebuked Smith after he ...")
PROVOKED_MARKS = frozenset({"after", "when"})
# sentences wholly inside quotation marks skipped back to the one that says who spoke them: a
# quotation running over a paragraph ('"…. …. …." / "…," he continued') is its speaker's
FAR_BACK = 12
# what may stand before a subject pronoun that still opens its main clause: "Writing in the
# Mail, he vowed ...", "On Sunday, she said ..."
FRONTED = frozenset({"advcl", "prep", "advmod", "npadvmod", "mark", "cc", "intj", "punct"})
# dependencies of a writer's aside inside a reported clause: a relative clause, an apposition
ASIDES = frozenset({"relcl", "appos", "parataxis", "acl"})


def pronoun(state: ActorState, tok: Token) -> None:
    """The actor a personal pronoun stands for: the most salient one of its gender, number and
    kind that binding allows, a subject preferring the subject above it."""
    gender, plural, kind = PRONOUNS[tok.lower_]
    kinds = ("group",) if plural else ("organization",) if kind == "org" else ("person",)
    excluded = state.actors_within(clause_subjects(tok, pronoun=True)) if kind == "obj" else set()
    if kind == "subj":  # "Trump ridiculed Mamdani, whom he called ...": he is not Mamdani
        excluded = {state.owner[o.i].key for o in _clause_objects(tok) if o.i in state.owner}
    if tok.lower_ == "her" and possessive_pronoun(tok):
        # a possessive "her" may be its clause subject's ("she accused her rival"); the tagger
        # sometimes calls it PRP, and its dependency tells
        excluded = set()
    if not plural and kind != "org":
        # speakers call themselves "I" in their own words: the "he" of '"He should be
        # deported," Bannon said' is someone Bannon speaks of (only in direct quotations;
        # reported speech, "Bannon said he would ...", keeps the third person)
        excluded = excluded | state.quotation_speakers(tok.i) | _spoken_of(state, tok)
        excluded |= _reported_of(state, tok)

    def accept(key: int) -> bool:
        entity = state.entities[key]
        return (
            entity.type in kinds
            and key not in excluded
            and not (gender and entity.gender and entity.gender != gender)
        )

    ranked = state.salience.ranked(tok.i, accept)
    if kind == "subj":  # a subject pronoun prefers the subject of a clause above it, or
        # opening a sentence, the subject of the sentence before (centering)
        # the quoted clause a parser hangs '…," he wrote' on is not the pronoun's clause
        outside = tok.i not in state.quoted
        above = {
            state.owner[t.i].key
            for t in governing_subjects(tok)
            if t.i in state.owner and not (outside and t.i in state.quoted)
        }
        provoking = {state.owner[o.i].key for o in _reacted_to(tok) if o.i in state.owner}
        above = provoking or above | _previous_topic(state, tok)
        above = {k for k in _fronted_topic(state, tok) if accept(k)} or above
        if not above and _speaks(state, tok):
            above = state.previous_speakers(tok.i)  # the sentence before names no actor
        ranked = [(s + PARALLEL_SUBJECT * (k in above), k) for s, k in ranked]
        ranked.sort(key=lambda t: t[0], reverse=True)
    if kind == "obj":  # "Musk fired back at Bannon, calling him a 'bozo'" -> Bannon
        parallel = state.actors_within(_main_objects(tok))
        ranked = [(s + PARALLEL_SUBJECT * (k in parallel), k) for s, k in ranked]
        ranked.sort(key=lambda t: t[0], reverse=True)
    if kind == "poss" or tok.dep_ == "poss":  # "Cruz, after suspending his campaign, ..."
        # a possessive prefers the subject of its own clause: on PolNeAR train 216 mentions
        # move in 111 articles; of 40 read, 24 go right and 10 wrong (most were wrong before)
        own = state.actors_within(clause_subjects(tok, pronoun=True))
        ranked = [(s + PARALLEL_SUBJECT * (k in own), k) for s, k in ranked]
        joined = _joined_to(state, tok)  # "Obama and his national security team": Obama's
        ranked = [(s + 2 * PARALLEL_SUBJECT * (k in joined), k) for s, k in ranked]
        ranked.sort(key=lambda t: t[0], reverse=True)
    if gender:  # an actor known to agree beats one of unknown gender ("Living History")
        ranked = [(s * (1.5 if state.entities[k].gender == gender else 1.0), k) for s, k in ranked]
        ranked.sort(key=lambda t: t[0], reverse=True)
    if kind == "subj" and above and _speaks(state, tok):
        # a speaker pronoun ('"…," he added') continues the topic or the speaker before it,
        # whoever else that speaker's words named: 65 of 72 pronoun speakers of the devset
        # and example keys are the previous statement's speaker (who may lie beyond the
        # salience window when the quotation ran over many sentences)
        seen = {k for _, k in ranked}
        ranked += [(0.0, k) for k in sorted(above - seen) if accept(k)]
        ranked.sort(key=lambda t: t[1] not in above)
    if kind == "refl":
        subjects = state.actors_within(clause_subjects(tok, pronoun=True)) & {k for _, k in ranked}
        ranked = [(s, k) for s, k in ranked if k in subjects] or ranked
    if not ranked:
        return
    entity = state.entities[ranked[0][1]]
    if gender and not entity.gender:
        entity.gender = gender
    state.mention(entity, tok.i, tok.i + 1, tok.i)


def _joined_to(state: ActorState, tok: Token) -> set[int]:
    """The actor a possessive's phrase is joined to by "and" ("Obama and his national security
    team", "Trump and his allies"): the phrase names that actor's own, whoever the clause's
    subject is."""
    head = tok.head
    if tok.dep_ != "poss" or head.dep_ != "conj" or head.head.i > tok.i:
        return set()
    first = head.head
    return {state.owner[i].key for i in range(first.left_edge.i, first.i + 1) if i in state.owner}


def _reacted_to(tok: Token) -> list[Token]:
    """For the subject of a clause of time adjoining an act on someone ("Jones rebuked Smith
    after he called for ...", "shouted at Smith when he said ..."), the one acted on: the
    clause tells what provoked the act, which the one acted on did, not the subject of the
    act, whom a subject pronoun otherwise prefers (so in the development set's two such
    sentences, and in PolNeAR train's: "challenged her when she ran ...")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return []
    marks = (c for c in verb.children if c.dep_ in ("mark", "advmod"))
    if not any(c.lower_ in PROVOKED_MARKS for c in marks):
        return []
    main = verb.head
    objects = [c for c in main.children if c.dep_ == "dobj" and c.i < verb.i]
    preps = [c for c in main.children if c.dep_ == "prep" and c.lower_ == "at"]
    return objects + [o for p in preps for o in p.children if o.dep_ == "pobj" and o.i < verb.i]


def _clause_objects(tok: Token) -> list[Token]:
    """The heads of the objects of a subject pronoun's own verb, a relative pronoun standing
    for its antecedent: a pronoun subject and a non-reflexive object of one clause are two
    actors (binding). Not a handle ("He tweets @jdoe": one names oneself by it)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if verb.dep_ == "relcl":
        objects = [verb.head if o.tag_ in ("WP", "WDT") else o for o in objects]
    return [o for o in objects if o.pos_ != "PRON" and not o.text.startswith("@")]


def _main_objects(tok: Token) -> list[Token]:
    """For the object of a participle clause that adjoins its main clause ("attacked Sanders,
    calling him ...", "lashed out at Rubio, accusing him of ..."), the main verb's objects:
    the participle's unstated subject is the main subject, and whom it acts on again is the
    one the main verb acted on (role parallelism, as for subjects)."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "dative") or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    main = verb.head
    objects = [c for c in main.children if c.dep_ in ("dobj", "dative")]
    preps = [c for c in main.children if c.dep_ == "prep" or (c.dep_ == "prt" and c.i < verb.i)]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]  # "fired back at"
    objects += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [o for o in objects if o.i < verb.i]


def _spoken_of(state: ActorState, tok: Token) -> set[int]:
    """The actors a speaker pronoun's own quotation names ('"I think President Trump himself
    made a compilation," he told eNCA'): speakers say "I" of themselves, so whom their words
    name is someone else. Only names and descriptions that stand for someone other than the
    speaker by their place: not a pronoun (resolved by salience alone), not a name modifying
    a noun ("In a Christie administration, ...," he added: his own), not what the speaker
    says they are ("I am going to be the nominee"), nor kin of theirs ("My father ...")."""
    doc = state.doc
    out = set()
    for a, b in state.quoted_by(tok.i):
        for k in range(a, b):
            if k in state.owner and doc[k].pos_ != "PRON" and _other_than_speaker(doc[k]):
                out.add(state.owner[k].key)
    return out


def _reported_of(state: ActorState, tok: Token) -> set[int]:
    """The actors named in the clause a subject pronoun's verb reports ("He said Scholz had
    failed the country"): a pronoun is none of the names in the clause below it (binding's
    principle C; a speaker would say "he had failed"), whether or not quotation marks set
    the clause off. Names only, by the same test as ``_spoken_of``, and only in a clause
    after the verb: "Kotek is coordinating with ..., she said" puts the clause first, where
    writers name the speaker."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    out = set()
    for clause in (c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i):
        for t in clause.subtree:
            named = t.i in state.owner and t.pos_ == "PROPN" and _other_than_speaker(t)
            if named and not _aside(t, clause):
                out.add(state.owner[t.i].key)
    return out


def _aside(tok: Token, clause: Token) -> bool:
    """Is ``tok`` inside an aside of the clause, the writer's words rather than the reported
    ones ("Trump — who Biden did not mention by name — and Musk's DOGE are ...", he said)?"""
    while tok != clause and tok.head != tok:
        if tok.dep_ in ASIDES:
            return True
        tok = tok.head
    return False


def _other_than_speaker(tok: Token) -> bool:
    """Whether a name or description in a speaker's quotation stands for someone else by
    its place: a participant, not a modifier, a predicate or a relative of the speaker's."""
    if tok.dep_ in NAME_MODIFIERS and not _possessor(tok):
        return False
    head = tok
    while head.dep_ in ("compound", "amod", "nmod", "det", "prep", "pobj") and head.head != head:
        head = head.head
    if head.dep_ in ("attr", "oprd", "acomp", "appos"):
        return False
    return not any(c.lower_ in FIRST_PERSON for c in head.children)


def _possessor(tok: Token) -> bool:
    """A name with the possessive ending ("Donald Trump’s candidacy is a cancer," he said):
    a speaker says "my" of their own, so the name's bearer is someone else."""
    return tok.dep_ == "poss" or any(c.tag_ == "POS" for c in tok.children)


def _previous_topic(state: ActorState, tok: Token) -> set[int]:
    """For a subject pronoun opening a main clause (quoted words and fronted adverbials before
    it aside: in ``"…," he said`` and "Writing in the Mail, he vowed" the pronoun opens the
    clause), the actor that is the subject or the speaker of the previous sentence, outside
    quotation marks; sentences wholly inside quotation marks are skipped for the one before
    them, whose speaker said them."""
    doc, quoted = state.doc, state.quoted
    if tok.i in quoted or not (tok.head.dep_ == "ROOT" or tok.head.head.i in quoted):
        return set()  # a verb the parser hangs on the quotation opens the clause as well
    sent = tok.sent
    fronted = [c for c in tok.head.children if c.i < tok.i and c.dep_ in FRONTED]
    skip = quoted | {t.i for c in fronted for t in c.subtree}
    if any(not (t.is_punct or t.is_space) and t.i not in skip for t in doc[sent.start : tok.i]):
        return set()
    end = sent.start
    for _ in range(FAR_BACK):
        if end == 0:
            return set()
        prev = doc[end - 1].sent
        found = _topic_of(state, prev)
        if found or any(not (t.is_punct or t.is_space) and t.i not in quoted for t in prev):
            return found
        end = prev.start
    return set()


def _fronted_topic(state: ActorState, tok: Token) -> set[int]:
    """The actors a fronted "As for X," names before a subject pronoun: the phrase sets the
    topic the clause is about ("As for Rubio, he also rebuked Trump"), whoever the sentence
    before was about."""
    fronted = [c for c in tok.head.children if c.i < tok.i and c.dep_ == "prep"]
    fors = [g for c in fronted if c.lower_ == "as" for g in c.children if g.lower_ == "for"]
    nouns = [o for g in fors for o in g.children if o.dep_ == "pobj"]
    # "As for Trump's travel, he …": a named possessor is the topic too; "their" is not
    nouns += [p for o in nouns for p in o.children if p.dep_ == "poss" and p.pos_ == "PROPN"]
    return {state.owner[t.i].key for t in nouns if t.i in state.owner}


def _speaks(state: ActorState, tok: Token) -> bool:
    """Whether the pronoun is the source of a statement found in the document."""
    sources = state.speakers_by_sentence().get(state.salience.sent_of[tok.i], [])
    return any(src.i == tok.i for src in sources)


def _topic_of(state: ActorState, sent: Span) -> set[int]:
    """The actors that are the subject of a sentence's main verb or speak in it."""
    root = sent.root
    # the main verb, or when the parser made the quotation the main clause ('"…," the
    # billionaire posted'), the verb of saying hanging off it; not the subject of a clause
    # the main verb's own subject reports ("Pence said Trump was …": Pence's sentence)
    heads = [root]
    if root.i in state.quoted or not any(c.dep_ == "nsubj" for c in root.children):
        heads += [c for c in root.children if c.dep_ in ("parataxis", "ccomp", "acl")]
    heads = [h for h in heads if h.i not in state.quoted]
    subjects = [h for h in heads if h.pos_ in ("NOUN", "PROPN")]  # a sentence parsed as a noun
    subjects += [p for h in subjects if contracted_is(h) for p in possessors(h)]  # "X's a ..."
    subjects += [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    subjects += state.speakers_by_sentence().get(state.salience.sent_of[sent.start], [])
    owner, quoted = state.owner, state.quoted
    return {owner[c.i].key for c in subjects if c.i in owner and c.i not in quoted}


def possessive_pronoun(tok: Token) -> bool:
    """ "his", "her", "their", "my", "our" as a possessor: the tagger may call a possessive
    "her" PRP, and its dependency tells."""
    return tok.tag_ == "PRP$" or (tok.tag_ == "PRP" and tok.dep_ == "poss")


def actor_pronoun(tok: Token) -> bool:
    """Whether a pronoun can stand for an actor. "it" can as the subject of a saying verb
    ("it said"); its other uses are mostly not actors ("it is unclear")."""
    if tok.lower_ != "it":
        return True
    lemma = tok.head.lemma_
    return tok.dep_ == "nsubj" and (lemma in speech_verbs() or lemma in answer_verbs())
