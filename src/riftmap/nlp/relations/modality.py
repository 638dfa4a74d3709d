"""Modality: whether a predicate's act happened.

A predicate is negated ("did not criticize", "declined to criticize"), hypothetical ("would
endorse", "if he backs", "needs to challenge"), intended ("tried to undermine"), hedged ("has
seemingly praised"), a refusal of a friendly act ("refused to endorse") or its withdrawal
("rescinded his endorsement of"), or merely the
content of someone's request ("urged X to stop attacking Y"), from its own modifiers and the
verbs it is the complement of (``modality.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import speech_verbs
from riftmap.nlp.relations.forms import keys
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.targets import passive
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

REQUEST_VERBS_TYPES = ("REQUEST", "THREATEN")
# the modal that reported speech shifts "will" to, and the marks of a condition
BACKSHIFTED = frozenset({"would", "'d", "’d"})
CONDITIONS = frozenset({"if", "unless"})


def modality(pred: Token, lex: Lexicons) -> tuple[str, ...] | None:
    """Flags of a predicate from its own modifiers and the verbs it is the complement of;
    None when it is only what another actor asks or threatens ("urged X to stop attacking
    Y" is no attack on Y)."""
    flags: set[str] = set()
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj":
        flags |= _own_flags(pred, lex)  # "had no praise for"
        pred = pred.head  # "shied away from taking any shots at X": the verb carries it
    elif _light_verb(pred):
        flags |= _own_flags(pred, lex)
        pred = pred.head.head  # "would not come to the defense of X"
    tok = pred
    for _ in range(6):
        flags |= _own_flags(tok, lex)
        if tok.dep_ not in ("xcomp", "pcomp", "prep", "advcl") or tok.head.i == tok.i:
            break
        head = tok.head
        if head.pos_ == "VERB" and _asks(head, lex):
            return None
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not _marked(tok):
            break  # "declined to comment, accusing her of ...": the accusation was made
        kind = next((lex.modality[k] for k in keys(head) if k in lex.modality), None)
        if any(c.lower_ == "yet" for c in head.children) and tok.dep_ == "xcomp":
            kind = "negating"  # "has yet to meet"
        if kind in ("negating", "refusal"):
            flags.add("negated")
        elif kind == "intent":
            flags.add("intended")
        elif kind == "obligation":
            flags.add("hypothetical")
        elif kind == "hedge":
            flags.add("hedged")
        if tok.dep_ == "advcl":
            break
        tok = head
    return tuple(sorted(flags))


def _light_verb(noun: Token) -> bool:
    """A noun predicate after a verb of motion that only carries it ("came to the defense
    of", "went on the attack against"), not one of a passive ("imperiled with his
    endorsement of")."""
    prep, verb = noun.head, noun.head.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ in ("to", "on")
        and verb.pos_ == "VERB"
        and not passive(verb)
    )


def _marked(tok: Token) -> bool:
    return any(c.dep_ == "mark" for c in tok.children)


def asked_by(pred: Token, lex: Lexicons) -> Token | None:
    """The verb of asking whose request a predicate is the content of, when the verb has its
    own subject and nothing on the way to it negates or hedges the act ("directed the
    department to investigate Jones", "urged Bondi to investigate Comey"), or None. The one
    who asks for a hostile act on someone is hostile to them, as the keyed sets read it, and
    the one who asks for a friendly act or pledges it is friendly ("urged voters to support
    Van Epps", "called on Republicans to back Trump", "has pledged to support Clinton":
    PolNeAR train, 8 such sentences in 8 articles; the development set, 253)."""
    tok = pred
    for _ in range(6):
        if _own_flags(tok, lex) or tok.dep_ not in ("xcomp", "advcl") or tok.head.i == tok.i:
            return None
        head = tok.head
        if head.pos_ == "VERB" and _asks(head, lex):
            # "did not ask anyone to ..."; an asker only where the verb has its own subject
            # ("when asked to condemn": none to relate)
            return head if _has_subject(head) and not _own_flags(head, lex) else None
        if any(lex.modality.get(k) for k in keys(head)):
            return None
        tok = head
    return None


def _has_subject(verb: Token) -> bool:
    """A subject of the verb's own, or of the verb it is joined to ("spoke at a dinner and
    called for ..."); not a participle's or an infinitive's borrowed one."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "nsubj" for c in v.children):
            return True
    return False


def refused(pred: Token, lex: Lexicons) -> bool:
    """Whether a predicate is what its agent refuses ("refused to endorse", "declined to
    meet with"): refusing a friendly act is a rebuff, not the absence of one."""
    if pred.dep_ != "xcomp" or _own_flags(pred, lex):
        return False
    head = pred.head
    if any(c.dep_ == "neg" for c in head.children):
        return False  # "did not refuse to endorse"
    return any(lex.modality.get(k) == "refusal" for k in keys(head))


def withdrawn(pred: Token, lex: Lexicons) -> bool:
    """Whether a friendly act, as a noun, is what its agent takes back ("withdrew his
    endorsement of", "rescinded her support for", "cancelled a meeting with"): taking back
    support is a rebuff, as refusing it is, not the support its noun names."""
    if pred.pos_ != "NOUN" or pred.dep_ != "dobj":
        return False
    verb = pred.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not withdraw his endorsement"
    return any(lex.modality.get(k) == "withdrawal" for k in keys(verb))


def _asks(tok: Token, lex: Lexicons) -> bool:
    if lex.threat_leads.intersection(keys(tok)):
        return True
    entries = next((lex.by_lemma[k] for k in keys(tok) if k in lex.by_lemma), [])
    return any(e.type in REQUEST_VERBS_TYPES and e.infinitive for e in entries)


def _own_flags(tok: Token, lex: Lexicons) -> set[str]:
    flags = set()
    for c in tok.children:
        kind = lex.modality.get(c.lower_) or lex.modality.get(c.lemma_.lower())
        if c.dep_ == "neg" or (kind == "negator" and c.dep_ in ("advmod", "det")):
            flags.add("negated")
        elif kind == "modal" and c.dep_ == "aux" and _backshifted(tok, c):
            flags.add("intended")  # "said he would deport them": what he said he will do
        elif (kind == "modal" and c.dep_ == "aux") or (kind == "mark" and c.dep_ == "mark"):
            flags.add("hypothetical")
        elif kind == "hedge" and c.dep_ == "advmod":
            flags.add("hedged")
    return flags


def _backshifted(pred: Token, modal: Token) -> bool:
    """Whether a "would" is the "will" of reported speech, shifted back by the past tense of
    the verb of saying it is reported by ("Trump said he would deport them", "announced
    that he would raise tariffs on India"): the act is one the speaker said they will do,
    as "vowed to", not a hypothesis. Not one with a condition ("would endorse him if he
    won") nor a past counterfactual ("would have endorsed"), nor a "would" quoted as said."""
    verb = pred.head
    if modal.lower_ not in BACKSHIFTED or pred.dep_ != "ccomp" or verb.tag_ != "VBD":
        return False
    if verb.i > pred.i or any(t.text in QUOTE_MARKS for t in pred.doc[verb.i : modal.i]):
        return False  # "'I would support him,' he said": the speaker's own "would"
    if verb.lemma_.lower() not in speech_verbs():
        return False
    return not any(
        (c.dep_ == "aux" and c.lower_ in ("have", "’ve", "'ve"))
        or (c.dep_ == "advcl" and any(m.lower_ in CONDITIONS for m in c.children))
        or (c.dep_ == "mark" and c.lower_ in CONDITIONS)
        for c in pred.children
    )


def settle(polarity: int, flags: tuple[str, ...]) -> int:
    """A negated or hypothetical act is no hostility or friendship (yet)."""
    return 0 if "negated" in flags or "hypothetical" in flags else polarity
