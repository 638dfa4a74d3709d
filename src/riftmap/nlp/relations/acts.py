"""Relations expressed by a predicate: "Bannon tore into Musk", "cabinet members challenged
Musk's authority", "Trump reached out to Bannon and urged him to ...", "vowing to boot Musk",
quoted or not (affixes, "his anti-Musk rhetoric", are in ``affixes``).

Each lexicon entry (``predicates.tsv``) says how its word reaches its target (direct object,
a preposition, an affix); the agent comes from the parse (``targets.agent``), the modality
from the verbs around it (``modality``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.forms import keys, with_keys
from riftmap.nlp.relations.infinitives import has_infinitive, infinitive_subject
from riftmap.nlp.relations.lookup import ActorLookup, issued, np_actors
from riftmap.nlp.relations.modality import asked_by, modality, refused, settle, withdrawn
from riftmap.nlp.relations.owners import OWNER_PREPOSITIONS
from riftmap.nlp.relations.plover import VALENCE_TYPE, Lexicons, Predicate
from riftmap.nlp.relations.reactions import reaction
from riftmap.nlp.relations.stance import Candidate, word_valence
from riftmap.nlp.relations.targets import agent, direct_objects, passive, prep_objects

CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
# Types that say nothing when negated, hypothetical or only intended: a meeting that did not
# (yet) happen and a request not made relate no one.
QUIET_WHEN_UNREAL = frozenset({"CONSULT", "REQUEST"})
# Friendly acts whose refusal or withdrawal is a rebuff: "refused to endorse", "declined to
# meet with", "withdrew his endorsement of".
REFUSABLE = frozenset({"SUPPORT", "AGREE", "CONSULT", "CONCEDE"})
# verbs whose subject judges their object: whoever "criticized the sanctions" or
# "welcomed the tariffs" imposed neither
JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "AGREE"})


def _unreal(flags: tuple[str, ...]) -> bool:
    return "negated" in flags or "hypothetical" in flags or "intended" in flags


LABEL_DEPS = frozenset({"oprd", "attr", "xcomp", "ccomp"})
# what the parser makes of a label verb's object it hung on the label
LABEL_MODIFIERS = frozenset({"npadvmod", "nsubj", "nmod", "compound"})


def predicate_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """Every relation a lexicon predicate of the document expresses."""
    found: list[Candidate] = []
    for tok in with_keys(doc, CONTENT_POS, lex.by_lemma.keys()):
        entries = next((lex.by_lemma[k] for k in keys(tok) if k in lex.by_lemma), None)
        if not entries:
            continue
        for entry in entries:
            made = _match(tok, entry, lookup, lex, quote_at)
            if made:
                found += made
                break
    return found


def _match(
    tok: Token, entry: Predicate, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    objects = _objects(tok, entry)
    if not objects or reaction(tok, lex) or _standing_place(tok, entry):
        return []  # "won the endorsement of X" is X's act: see ``reactions``
    type_, polarity, mode = entry.type, entry.polarity, entry.mode
    shown_by = tok
    if type_ == VALENCE_TYPE:
        valenced = [(t, v) for t in _label_tokens(tok) if (v := word_valence(t, lex))]
        score = sum(v for _, v in valenced)
        if score == 0:
            return []
        type_, polarity = ("SUPPORT", 1) if score > 0 else ("ACCUSE", -1)
        mode = None if score > 0 else "disapprove"
        shown_by = max((t for t, _ in valenced), key=lambda t: t.i)  # the label's word shows
    flags = modality(tok, lex)
    if flags is None and type_ == "THREATEN":
        flags = _threatened(tok, lex)  # "threatened to impose tariffs on X": still a threat
    if flags is not None and type_ in REFUSABLE and refused(tok, lex):
        type_, polarity, mode = "REJECT", -1, None
        flags = tuple(f for f in flags if f != "negated")
    elif flags is not None and type_ in REFUSABLE and not _unreal(flags) and withdrawn(tok, lex):
        type_, polarity, mode = "REJECT", -1, None  # "rescinded his endorsement of X"
        shown_by = tok.head  # the evidence shows the taking back, not only the support
    elif flags == ("negated",) and type_ == "AGREE" and "with" in entry.preps:
        type_, polarity, flags = "REJECT", -1, ()  # "does not agree with X": disagrees
    asker = asked_by(tok, lex) if flags is None and polarity != 0 else None
    if asker is not None:
        flags = ("intended",)  # the asker wants the act done, hostile or friendly
    if flags is None or (type_ in QUIET_WHEN_UNREAL and _unreal(flags)):
        return []
    if asker is not None:
        doer = agent(asker)
    elif type_ == "THREATEN" and tok.pos_ == "NOUN":
        doer = _imposer(tok, lex)  # "Trump's tariffs on Mexico", "imposed sanctions on X"
    else:
        doer = agent(tok, experiencer=bool(entry.preps))
    if doer is None:
        return []
    sources = np_actors(lookup, doer, possessor=False) or issued(lookup, doer, tok)
    targets = [t for o in objects for t in np_actors(lookup, o, possessor=True)]
    targets += [t for o in companions(tok, objects) for t in np_actors(lookup, o, possessor=False)]
    if not targets and entry.type == VALENCE_TYPE:
        targets = _label_target(objects, lookup)
    out = []
    for source, s_tok in sources:
        for target, t_tok in targets:
            if source == target:
                continue
            ev = evidence(tok, s_tok, t_tok)
            ev = (min(ev[0], shown_by.i), max(ev[1], shown_by.i + 1))
            conf = 0.8 if s_tok.pos_ == t_tok.pos_ == "PROPN" else 0.65
            pol = settle(polarity, flags)
            kind, how = (type_, mode)
            if type_ == "REJECT" and _dismissed_as(tok, t_tok):
                kind, how = "ACCUSE", "disapprove"
            out.append(
                Candidate(
                    source,
                    target,
                    kind,
                    pol,
                    ev,
                    tok.i,
                    how,
                    quote_at.get(tok.i),
                    conf,
                    flags,
                    origin="state" if _state(tok, entry) else "predicate",
                )
            )
    return out


def _standing_place(tok: Token, entry: Predicate) -> bool:
    """ "stand behind X" said of where someone stands, not of support: in the -ing form
    ("Weaver standing behind him", "who was standing behind Trump") or in a clause of time
    ("as she stood behind him"). PolNeAR train: 4 such sentences in 4 articles, the
    development set 2 (034, 131); its supporting uses are in neither form ("she stands behind
    Clinton", "continue to stand behind her candidacy")."""
    if tok.lemma_ != "stand" or "behind" not in entry.preps:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "behind" for c in tok.children):
        return False  # "standing with X": the entry's other preposition
    timed = any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in tok.children)
    return tok.tag_ == "VBG" or timed


def _dismissed_as(pred: Token, target: Token) -> bool:
    """ "dismissed the women ... as a tiny squad", "dismissing him as the latest ...": a
    rejection of a person that labels them is an insult (ACCUSE), unlike "dismissed Jones's
    claims as false", which rejects what they said."""
    labelled = any(c.dep_ == "prep" and c.lower_ == "as" for c in pred.children)
    owner = target.dep_ == "poss" or (
        target.dep_ == "pobj" and target.head.lower_ in OWNER_PREPOSITIONS
    )
    return labelled and not owner


def companions(pred: Token, objects: list[Token]) -> list[Token]:
    """Actors the act reaches beside its object: "dismissed the women — along with Jones and
    Garcia — as ...", "blaming local politicians for the fires, including Jones" (the parser
    often hangs "including" on the nearest noun, not on the group it lists members of)."""
    found = [
        g
        for c in pred.children
        if c.dep_ == "prep" and c.lower_ == "along"
        for w in c.children
        if w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
    ]
    groups = [o for o in objects if o.tag_ in ("NNS", "NNPS")]
    if not groups:
        return found
    # the group itself, or a noun of the act's own prepositional phrase ("for the fires"),
    # never its agent ("applauded by critics, including Jones": Jones applauds)
    holders = {o.i for o in groups} | {
        g.i
        for c in pred.children
        if c.dep_ == "prep" and c.i > groups[0].i
        for g in c.children
        if g.dep_ == "pobj"
    }
    # or a clause describing the group, the parser's nearest noun ("leaders backing Smith,
    # including Jones")
    clauses = [c for o in groups for c in o.children if c.dep_ in ("acl", "relcl")]
    holders |= {c.i for c in clauses} | {
        o.i for c in clauses for o in c.children if o.dep_ == "dobj"
    }
    return found + [
        g
        for c in pred.subtree
        if c.lower_ == "including" and c.dep_ == "prep" and c.head.i in holders
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _state(tok: Token, entry: Predicate) -> bool:
    """A feeling or attitude ("thrilled with", "critical of"), not an act."""
    return tok.pos_ == "ADJ" or (bool(entry.preps) and passive(tok))


def _imposer(noun: Token, lex: Lexicons) -> Token | None:
    """Who makes a threat, or imposes a tariff or sanction, that a noun names: its possessor
    ("Trump's 25 percent tariff on Mexico") or whoever does the verb it is the object of
    ("imposed tariffs on India", "threatened to impose tariffs on India"), not whoever
    judges it ("Meloni described the tariffs against the EU as wrong", "criticized the
    sanctions on Iran") or speaks of it ("could offer nothing to change his mind about new
    tariffs on Canada": no verb takes it as its object)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(_labels(c) for c in verb.children):
        return None
    judged = any(e.type in JUDGEMENT_TYPES and not e.preps for e in lex.entries(verb))
    return None if judged else agent(verb)


def _labels(child: Token) -> bool:
    """Whether a verb's child says what it calls its object ("described the tariffs as
    wrong", "called the sanctions a mistake"): ``is_label``'s object predicates, without its
    clauses, which here say what for ("imposed tariffs to punish Canada")."""
    return child.dep_ in ("oprd", "attr") or (child.dep_ == "prep" and child.lower_ == "as")


def _threatened(tok: Token, lex: Lexicons) -> tuple[str, ...] | None:
    """The flags of a threatening act a threat or vow announces ("threatened to impose
    tariffs on India", "vowed to slap sanctions on Moscow"): to threaten such an act is a
    threat to whom it would be done to, not only what is threatened (``modality``)."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    lead = verb.head if verb.dep_ == "xcomp" else None
    if lead is None or not lex.threat_leads.intersection(keys(lead)):
        return None
    return modality(lead, lex)


def _objects(tok: Token, entry: Predicate) -> list[Token]:
    if entry.infinitive and not has_infinitive(tok):
        return []
    if entry.preps:
        found = prep_objects(tok, entry.preps, entry.particle)
    elif tok.pos_ == "VERB":
        found = direct_objects(tok) or (_hung_on_label(tok) if entry.type == VALENCE_TYPE else [])
    else:
        return []
    return found or (infinitive_subject(tok) if entry.infinitive else [])


def _hung_on_label(tok: Token) -> list[Token]:
    """The object of a label verb that the parser hung on an adjective label, between the
    verb and it: 'called Trump "unhinged"', 'branded Peter Dutton "weak"', where the name
    becomes a modifier of the adjective. (A noun label's modifiers are ``_label_target``'s.)"""
    return [
        c
        for label in tok.children
        if label.dep_ in LABEL_DEPS and label.i > tok.i and label.pos_ == "ADJ"
        for c in label.lefts
        if c.dep_ in LABEL_MODIFIERS and c.i > tok.i
    ]


def _label_target(objects: list[Token], lookup: ActorLookup) -> list[tuple[str, Token]]:
    """ "labeled Jones a fraud", parsed with Jones as a modifier of "fraud"."""
    return [
        (ident, c)
        for o in objects
        for c in o.children
        if c.dep_ in ("nmod", "compound") and (ident := lookup.actor(c)) is not None
    ]


def _label_tokens(tok: Token) -> list[Token]:
    """What a label verb calls its object: "called Jones a liar", "described X as weak"."""
    found: list[Token] = []
    for c in tok.children:
        if is_label(c):
            found += list(c.subtree)
        elif c.dep_ == "dobj":  # the label itself when the parser made it the object
            found += [t for t in c.subtree if t.dep_ not in ("nmod", "compound")]
    return found


def is_label(child: Token) -> bool:
    """Is this child of a label verb the label ("called Jones 'unreasonable'", "described
    Jones as weak")?"""
    return child.dep_ in LABEL_DEPS or (child.dep_ == "prep" and child.lower_ == "as")


def evidence(pred: Token, source: Token, target: Token) -> tuple[int, int]:
    """The clause showing the relation: from the first to the last of source, predicate and
    target phrase, within the sentence."""
    sent = pred.sent
    lo = min(source.i, pred.i, target.left_edge.i)
    hi = max(source.i, pred.i, target.right_edge.i) + 1
    return max(lo, sent.start), min(hi, sent.end)


def threat_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """ "vowing to rip his face off and boot Musk": a promise of a hostile act is a threat."""
    found: list[Candidate] = []
    for tok in with_keys(doc, ("VERB",), lex.threat_leads):
        acts = [c for c in tok.children if c.dep_ == "xcomp"]
        acts += [g for a in acts for g in a.conjuncts]
        # "vowing to rip ... and boot Musk": the parser often hangs the second act on the vow
        acts += [c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VB"]
        objects = [
            o for a in acts if lex.threat_acts.intersection(keys(a)) for o in direct_objects(a)
        ]
        doer = agent(tok)
        if not objects or doer is None:
            continue
        flags = modality(tok, lex) or ()
        for source, s_tok in np_actors(lookup, doer, possessor=False):
            for o in objects:
                for target, t_tok in np_actors(lookup, o, possessor=True):
                    if source != target:
                        found.append(
                            Candidate(
                                source,
                                target,
                                "THREATEN",
                                settle(-1, flags),
                                evidence(tok, s_tok, t_tok),
                                tok.i,
                                None,
                                quote_at.get(tok.i),
                                0.6,
                                flags,
                            )
                        )
    return found
