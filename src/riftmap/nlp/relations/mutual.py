"""Feuds told as one act of two sides: "Trump and Powell publicly traded barbs", "Ramaphosa
clashed with Trump", "Bondi sparred with Democratic senators", "his feud with Megyn Kelly",
"the clash between Badenoch and Starmer", "the Biden-DeSantis clash".

A clash, a spat or an exchange of insults has two hostile sides, and the copy that names it
seldom says who began: each side is an ACCUSE (-1) of the other. The lexicon's "clash with
X" reads only the subject's side; this reads both, and the sides a joint subject, a
"between" or a compound of names gives, which no entry of the lexicon reaches (PolNeAR
train: such a word with two sides in 37 articles; the development set: 12 articles, where the
keys relate the sides both ways in most).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.acts import evidence
from riftmap.nlp.relations.lookup import ActorLookup, np_actors
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import Candidate

# verbs whose subject and "with" object (or joint subject) fight each other, and their nouns
# (each in two or more articles of PolNeAR, the development set or the checkset; "fallout"
# and "fall out" in three stored web pages of political news)
MUTUAL_VERBS = frozenset({"clash", "spar", "feud", "squabble", "bicker", "tussle"})
MUTUAL_NOUNS = frozenset({"clash", "feud", "spat", "squabble", "tussle", "rift", "fallout"})
# the parser's relations of a verb form used as a noun ("had a falling out with")
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
# a noun of fighting only with its word: "a shouting match", "a war of words"
QUALIFIED_NOUNS = {"match": "shouting", "war": "of words"}
# what two sides "trade" or "exchange" when they fight in words ("traded barbs", "trade
# accusations", "traded verbal jabs", "exchange angry charges", "traded sharp words")
EXCHANGED = frozenset(
    {"barb", "insult", "shot", "accusation", "charge", "jab", "blow", "punch", "criticism", "word"}
)
EXCHANGE_VERBS = frozenset({"trade", "exchange"})
SIDE_PREPOSITIONS = frozenset({"with", "between"})
# a feud the copy only reports someone's claim of: "an alleged rift between ..."
UNASSERTED = frozenset({"alleged", "supposed", "purported", "rumored", "rumoured"})
# verbs that make peace: "Hannity ends feud with Rubio" tells the feud is over
ENDING = frozenset({"end", "resolve", "settle", "bury", "patch", "mend", "heal"})
CONFIDENCE = 0.65


def mutual_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """Both sides' ACCUSE of each other, for every feud word of the document with two sides."""
    found: list[Candidate] = []
    for tok in doc:
        if not _feud_word(tok):
            continue
        flags = modality(tok, lex)
        if flags is None:
            continue
        for (source, s_tok), (target, t_tok) in _opponents(tok, lookup):
            ev = evidence(tok, s_tok, t_tok)
            found.append(
                Candidate(source, target, "ACCUSE", settle(-1, flags), ev, tok.i, "disapprove",
                          quote_at.get(tok.i), CONFIDENCE, flags)
            )  # fmt: skip
    return found


def _feud_word(tok: Token) -> bool:
    """A verb or noun of fighting, or "trade"/"exchange" with what is fought with."""
    lemma = tok.lemma_.lower()
    if _verbal(tok):
        if lemma in MUTUAL_VERBS or _fall_out(tok):
            return True
        return lemma in EXCHANGE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGED for c in tok.children
        )
    if any(c.lower_ in UNASSERTED for c in tok.children):
        return False
    if _fall_out(tok) or _falling_out(tok):
        return True
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ENDING:
        return False
    if lemma in QUALIFIED_NOUNS:
        return QUALIFIED_NOUNS[lemma] in _qualifiers(tok)
    return lemma in MUTUAL_NOUNS or _at_odds(tok)


def _verbal(tok: Token) -> bool:
    """A verb used as a verb, not as the noun "a falling out" the parser tags a verb."""
    return tok.pos_ == "VERB" and tok.dep_ not in NOMINAL_DEPS


def _fall_out(tok: Token) -> bool:
    """ "fell out with", "have fallen out", "had a falling out with"."""
    return tok.lemma_.lower() == "fall" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in tok.children
    )


def _falling_out(tok: Token) -> bool:
    """ "falling-out", which the tokenizer splits and the parser heads with "out"."""
    return tok.lower_ == "out" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() == "fall" for c in tok.children
    )


def _qualifiers(tok: Token) -> set[str]:
    """The words that qualify a noun: compounds ("shouting") and "of" phrases ("of words")."""
    found = {c.lower_ for c in tok.children if c.dep_ == "compound"}
    return found | {
        f"of {o.lower_}"
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    }


def _at_odds(tok: Token) -> bool:
    """ "at odds with": a standing disagreement of two sides."""
    return tok.lower_ == "odds" and tok.dep_ == "pobj" and tok.head.lower_ == "at"


Side = tuple[str, Token]


def _opponents(tok: Token, lookup: ActorLookup) -> list[tuple[Side, Side]]:
    """Each actor against each on the other side, both ways: the subject's side (or the
    noun's possessor and the names compounded before it) against the objects of "with" or
    "between"; with one side named, its members against each other ("Smith and Jones
    clashed", "the feud between Smith and Jones"). Two named on one side beside another side
    are allies ("Smith and Garcia clashed with Jones")."""
    own, other = _sides(tok, lookup)
    if own and other:
        pairs = [(a, b) for a in own for b in other] + [(b, a) for a in own for b in other]
    else:
        side = own or other
        pairs = [(a, b) for a in side for b in side]
    return [(a, b) for a, b in pairs if a[0] != b[0]]


def _sides(tok: Token, lookup: ActorLookup) -> tuple[list[Side], list[Side]]:
    """The actors of the subject's side (or the noun's possessor and the names compounded
    before it) and of the "with" or "between" side; none when fewer than two are named."""
    own: list[Token] = []
    holders = [tok]
    if _verbal(tok):
        own += [c for c in tok.children if c.dep_ == "nsubj"]
    elif _at_odds(tok):
        verb = tok.head.head  # "Jones is at odds with Smith": the sides of "is"
        holders += [tok.head, verb]
        own += [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        own += [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
        # "a war of words between ...": the sides may hang on the qualifying words
        holders += [w for c in tok.children if c.dep_ == "prep" for w in c.children]
        if tok.dep_ == "dobj" and not any(c.dep_ == "poss" for c in tok.children):
            holders.append(tok.head)  # "Patel had a shouting match with Booker"
            own += [c for c in tok.head.children if c.dep_ == "nsubj"]
    other: list[Token] = []
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    for prep in (c for c in preps if c.lower_ in SIDE_PREPOSITIONS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            # "between Trump and Megyn Kelly": the parser may hang the first side on the
            # second as a modifier, not a conjunct
            other += [obj, *(m for m in obj.children if m.dep_ == "nmod" and m.i < obj.i)]
    found = _actors(own, lookup), _actors(other, lookup)
    named = {ident for side in found for ident, _ in side}
    return found if len(named) > 1 else ([], [])


def _actors(heads: list[Token], lookup: ActorLookup) -> list[Side]:
    sides: list[Side] = []
    for head in heads:
        for ident, at in np_actors(lookup, head, possessor=False):
            if all(ident != s for s, _ in sides):
                sides.append((ident, at))
    return sides
