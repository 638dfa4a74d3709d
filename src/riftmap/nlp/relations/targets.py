"""Who acts and who is acted on, in spaCy's dependency parse: the token naming a predicate's
agent (``agent``: its subject, the agent of a passive, a possessor, the object of a verb that
controls the infinitive, the one praised or blamed for a gerund, ...), its objects
(``direct_objects``, ``prep_objects``), and the token a noun phrase refers by (``np_head``: a
relative pronoun's antecedent, the group of "many of whom").

These are tokens; which actor a token names is ``riftmap.nlp.relations.lookup``'s to say.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.text.lines import line_break_between, line_start
from riftmap.nlp.text.syntax import to_infinitive
from riftmap.nlp.text.words import RELATIVE_PRONOUNS

QUANTIFIERS = frozenset(
    {"many", "some", "most", "all", "several", "few", "one", "none", "both", "each", "half"}
)
SUBJECTS = ("nsubj", "csubj")
# Verbs whose infinitive's agent is their object: "urged Bannon to stop" -> Bannon stops.
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "force",
        "persuade",
        "want",
        "encourage",
        "order",
        "direct",
        "instruct",
        "push",
        "press",
        "invite",
        "prompt",
        "spur",
        "lead",
    }
)
CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "ccomp"})
# Prepositions of a gerund giving the reason for an act on someone: "criticized Jones for
# endorsing Garcia", "accused Jones of attacking Garcia".
REASON_PREPS = frozenset({"for", "of"})
DOER_POS = frozenset({"PROPN", "PRON"})
DOER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def asked_act(verb: Token) -> Token | None:
    """The act a verb of asking asks of its object ("urged Bondi to investigate Comey":
    "investigate"), or None: the request is the asker's, and so is the stance toward whom
    the act would be done to."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ not in OBJECT_CONTROL or not objects:
        return None
    # the infinitive after the object, sometimes parsed as a purpose clause ("directed the
    # department to investigate Jones")
    return next(
        (
            c for c in verb.children
            if c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.i > objects[0] and to_infinitive(c))
        ),
        None,
    )  # fmt: skip


def told_clause(verb: Token) -> Token | None:
    """The clause a verb tells its object ("told reporters that Jones lied", "telling a
    conference that Jones has taken a hatchet to ..."), or None: a statement whose words
    judge whom they name; the object is only its audience. The parser may hang the clause
    on the object as a relative clause, which a "that" marking a clause with its own
    subject is not ("telling a conference that Jones has ...")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [
        c for o in objects for c in o.children
        if c.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]  # fmt: skip
    if not clauses or any(m.lower_ in ("whether", "if") for m in clauses[0].children):
        return None  # "asked Jones whether ...": a question, which claims nothing
    return clauses[0]


def np_head(tok: Token) -> Token:
    """The token naming what a noun phrase refers to: a relative pronoun's antecedent, the
    group in "many of whom" or "some of Trump's cabinet members"."""
    subset = False
    for _ in range(4):
        if tok.lower_ in RELATIVE_PRONOUNS:
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                # "Musk and other moguls — many of whom ...": a part of the last of them
                return [clause.head, *clause.head.conjuncts][-1] if subset else clause.head
        if tok.lower_ in QUANTIFIERS or tok.pos_ == "NUM":
            inner = [g for c in tok.children if c.lower_ == "of" for g in c.children]
            objects = [g for g in inner if g.dep_ == "pobj"]
            if objects and objects[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "appos":
                return [tok.head, *tok.head.conjuncts][-1]
            if objects:
                tok, subset = objects[0], True
                continue
        break
    return tok


def joint_possessor(tok: Token) -> bool:
    """Whether the parser hung the first of two possessors on the thing possessed as a
    modifier ("Jones and Smith's words", "Jones's and Smith's plans"): the words are
    Jones's as much as Smith's, whom it makes the modifier's conjunct."""
    if tok.dep_ != "nmod":
        return False
    owners = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    return any(c.dep_ == "case" for o in owners for c in o.children)


def subject_names(subject: Token) -> list[Token]:
    """The phrases a subject is given by: itself, its conjuncts and its appositions ("My
    colleagues, @jdoe and @rroe, both do a great job"), each a doer of its clause."""
    named = [subject, *subject.conjuncts]
    named += [a for s in named for c in s.children if c.dep_ == "appos" for a in (c, *c.conjuncts)]
    return named


def doer_tokens(clause: Token, deps: Iterable[str]) -> list[Token]:
    """The tokens naming who a clause's subjects (of the dependencies ``deps``) are or whose
    they are: each one's head, with its conjuncts and appositions, and their possessors
    ("Jones and Smith's words to Garcia were rude": Jones, Smith)."""
    heads = [np_head(s) for c in clause.children if c.dep_ in deps for s in subject_names(c)]
    return [t for h in heads for t in (h, *possessors(h))]


def possessors(head: Token) -> list[Token]:
    """Whose a noun phrase's head is ("Jones's words", "Jones and Smith's words"), each
    possessor with its conjuncts."""
    owners = [c for c in head.children if c.dep_ == "poss" or joint_possessor(c)]
    return [t for o in owners for t in (o, *o.conjuncts)]


def agent(pred: Token, *, experiencer: bool = False) -> Token | None:
    """The token naming who performs ``pred``: its subject, the agent of a passive, the
    possessor of a noun ("Bannon's disdain"), or the agent of the clause it depends on
    ("Bannon ..., vowing to ...", "Trump reached out ... and urged ...")."""
    tok = pred
    if experiencer and passive(pred):
        # "Smith was disappointed in Jones": the passive subject is the one who feels
        return next(c for c in pred.children if c.dep_ == "nsubjpass")
    for _ in range(6):
        found = _own_agent(tok) or _reproached_doer(tok)
        if found is not None:
            return found
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and _free_adjunct(tok):
            tok = tok.sent.root  # "Smith told reporters ... the "abyss," describing Jones as"
            continue
        if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN"):
            return tok.head
        if tok.dep_ == "xcomp" and passive(tok.head):
            # "Smith is thrilled to receive ...", "Jones was urged to resign": the passive
            # subject controls the infinitive
            return next(c for c in tok.head.children if c.dep_ == "nsubjpass")
        if tok.dep_ == "xcomp" and tok.head.lemma_ in OBJECT_CONTROL:
            objects = [c for c in tok.head.children if c.dep_ == "dobj"]
            if objects:
                return objects[0]
        shown = _shown_doing(tok)
        if shown is not None:
            return shown
        if tok.dep_ not in CLIMB and not (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj")):
            return _run_in_subject(tok)
        if tok.dep_ == "ccomp" and tok.pos_ != "NOUN":
            return None  # a finite complement without a subject of its own
        if across_lines(tok, tok.head):
            return _stranded_subject(tok)
        tok = tok.head
    return None


def _reproached_doer(gerund: Token) -> Token | None:
    """ "Smith criticized Jones for endorsing Garcia", "Jones was praised for defending
    Garcia": the one praised or blamed (a name, pronoun or person noun) did what the gerund
    says, not the sentence's subject."""
    prep, nouns = gerund.head, lexicon().person_nouns
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.lower_ not in REASON_PREPS:
        return None
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if passive(verb):
        return next(c for c in verb.children if c.dep_ == "nsubjpass")
    heads = [np_head(c) for c in verb.children if c.dep_ == "dobj"]
    doers = [
        h
        for h in heads
        if h.pos_ in DOER_POS
        or h.ent_type_ in DOER_ENTS
        or h.lower_ in nouns
        or h.lemma_.lower() in nouns
    ]
    return doers[0] if doers else None


def _free_adjunct(participle: Token) -> bool:
    """A participle set off by a comma after the noun the parser hangs it on ("... the
    "abyss," describing Jones as a bully"): it tells what the sentence's subject did, not
    what that noun does ("the man brandishing a chainsaw")."""
    doc = participle.doc
    before = doc[max(participle.left_edge.i - 2, 0) : participle.left_edge.i]
    return participle.head.i < participle.i and any(t.text == "," for t in before)


def _shown_doing(tok: Token) -> Token | None:
    """ "The event featured the billionaire brandishing a chainsaw while defending DOGE": a
    gerund clause on a verb whose object is shown doing something belongs to that object."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return None
    for obj in tok.head.children:
        if obj.dep_ == "dobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children):
            return obj
    return None


def across_lines(a: Token, b: Token) -> bool:
    """Is there a line break between two tokens, in either order?"""
    lo, hi = sorted((a.i, b.i))
    return line_break_between(a.doc, lo, hi)


def _run_in_subject(tok: Token) -> Token | None:
    """A main clause without a subject of its own whose sentence began a line above it
    ("By Dasha Burns\n\nSome conservatives ... are livid over ..."): the paragraph's first
    noun phrase, which the parser hung across the break, is its subject."""
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    if clause.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    if not across_lines(clause.sent[0], clause):
        return None
    return _stranded_subject(clause)


def _stranded_subject(tok: Token) -> Token | None:
    """The parser sometimes runs a paragraph into the line before it ("Read more\nDonald
    Trump reached out ...", Trump parsed as the object of "Read"): the first noun phrase of
    the paragraph, hanging across the break, is then the subject."""
    start = line_start(tok.doc, tok.i)
    for cand in tok.doc[start : tok.i]:
        if cand.pos_ in ("PROPN", "NOUN", "PRON") and across_lines(cand, cand.head):
            return cand
    return None


def _own_agent(tok: Token) -> Token | None:
    children = list(tok.children)
    if any(c.dep_ == "nsubjpass" for c in children):
        by = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return by[0] if by else None
    for c in children:
        if c.dep_ in SUBJECTS:
            # "Musk and other moguls — many of whom supported ...": the parser makes the
            # whole phrase the subject; the verb belongs to the subset "many of whom"
            subset = [a for a in c.children if a.dep_ == "appos" and a.lower_ in QUANTIFIERS]
            return subset[0] if subset else c
        if c.dep_ == "poss" and tok.pos_ in ("NOUN", "PROPN"):
            return c
    if tok.pos_ == "NOUN":  # "FBI criticism of Clinton"
        named = [c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            return named[-1]
    if tok.dep_ in ("acomp", "attr") or (tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj")):
        subj = [c for c in tok.head.children if c.dep_ in SUBJECTS]
        return subj[0] if subj else None
    return None


def passive(pred: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in pred.children)


def direct_objects(pred: Token) -> list[Token]:
    """The object of a verb, or the subject of its passive ("Musk was criticized by ...")."""
    deps = ("nsubjpass",) if passive(pred) else ("dobj", "dative")
    return [c for c in pred.children if c.dep_ in deps]


def prep_objects(pred: Token, preps: tuple[str, ...], particle: str | None) -> list[Token]:
    """Objects of the named prepositions hanging on ``pred`` (or on its particle or object:
    "reached out to X", "took aim at X")."""
    holders = [pred]
    holders += [c for c in pred.children if c.dep_ in ("prt", "dobj", "acomp")]
    if (pred.pos_ == "NOUN" and pred.dep_ == "dobj") or pred.dep_ == "acomp":
        holders.append(pred.head)  # "fired a broadside against X", "was livid (over X)"
    if particle is not None and not any(c.lower_ == particle for c in pred.children):
        return []
    found = []
    for holder in holders:
        for c in holder.children:
            if c.lower_ not in preps or (holder is not pred and c.i < pred.i):
                continue
            if c.dep_ in ("prep", "agent", "dative"):
                found += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "prt":  # "turned on X"; "brushed off X": the verb's object
                found += [g for g in c.children if g.dep_ == "pobj"] or direct_objects(holder)
    return found
