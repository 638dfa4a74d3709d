"""A deed or statement named again by a bare definite noun is its author's: after "President
Donald Trump's proposal for the U.S. to take over the Gaza Strip", "Kaine called the proposal
'crazy'" and "Graham described the plan as 'problematic'" judge Trump; after "a social media
post by former FBI Director James Comey", "The post was swiftly condemned" condemns Comey.
The relation finders read the author as they read a possessor ("condemned Trump's
proposal"), when the same noun, or one of its kind, was last written with its author before.

The deed may have been told by its verb instead ("Trump fired the inspectors general ...
The firings have prompted concern", "Hegseth has ordered the Navy to strike the name ...
Democrats were quick to denounce the move"): the verb's subject made it. And a bare noun
made by someone ("Jeffries made the comment Friday ... Desai called the remark
'dangerous'") is theirs as a possessed one is.

Only nouns for what someone says, decides or does to another (``KINDS``), only with "the",
"this" or "that", only within ``WINDOW`` tokens, and only the last such noun or verb before
it that is not itself a bare definite noun of no maker (which names the same deed again):
an older one may be another's.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.actors.sources import MAKING_VERBS
from riftmap.nlp.relations.owners import authors, owners
from riftmap.nlp.relations.targets import np_head, possessors

# nouns for one deed or statement, each with the others that may name it again
KINDS = (
    frozenset({"plan", "proposal"}),
    frozenset({"remark", "comment", "statement"}),
    frozenset({"post", "tweet"}),
    frozenset({"decision", "move", "order"}),
    frozenset({"ad", "advertisement", "commercial"}),
    frozenset({"firing", "dismissal", "ouster"}),
    frozenset({"pardon", "commutation"}),
)
KIND_OF = {word: kind for kind in KINDS for word in kind}
# the verb that tells each deed, where it is not the noun's own lemma
VERB_OF = {
    "proposal": "propose", "decision": "decide", "firing": "fire", "dismissal": "dismiss",
    "commutation": "commute", "statement": "state",
}  # fmt: skip
VERBS_OF = {kind: frozenset(VERB_OF.get(noun, noun) for noun in kind) for kind in KINDS}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
WINDOW = 300  # tokens back: about three paragraphs


def deed_author(noun: Token) -> Token | None:
    """The token naming who made the deed a bare definite noun names again, or None."""
    kind = KIND_OF.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN" or not _bare_definite(noun):
        return None
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - WINDOW), -1):
        tok = doc[i]
        pos = tok.pos_
        if pos not in ("VERB", "NOUN"):
            continue
        lemma = tok.lemma_.lower()
        if pos == "VERB":
            subject = _subject(tok) if lemma in VERBS_OF[kind] else None
            if subject is not None:
                return subject  # "Trump fired the inspectors general"
            continue
        if lemma not in kind:
            continue
        made_by = owners(tok)
        author = np_head(made_by[0]) if made_by else _maker(tok)
        if author is not None:
            return author
        if not _bare_definite(tok):
            return None  # "a proposal" of someone unnamed
    return None


def issuers(doer: Token) -> list[Token]:
    """Who made the thing a participle hangs on, when that thing names no actor: "the DNC
    issued a statement apologizing to Sanders", "Clinton's speech denouncing him", "a letter
    by Warren urging Bondi to resign" are the DNC's, Clinton's and Warren's acts, as a
    statement's source is whoever made it (``riftmap.nlp.actors.sources``). Its possessor or
    author, else the subject of the verb of making it. PolNeAR train: 6 relations in 6
    articles, 5 right; the development set 4 in 4 articles (002, 050, 102, 107)."""
    if doer.pos_ != "NOUN":
        return []
    made_by = possessors(doer) or authors(doer)
    if made_by:
        return [np_head(t) for t in made_by]
    maker = _maker(doer)
    return [maker] if maker is not None else []


def _subject(verb: Token) -> Token | None:
    """The active subject of a verb (not the patient of a passive: "was fired")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return np_head(subjects[0]) if subjects else None


def _maker(noun: Token) -> Token | None:
    """Who made a deed named as the object of a verb of making ("Jeffries made the comment",
    "the White House issued a statement")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in MAKING_VERBS:
        return None
    return _subject(verb)


def _bare_definite(noun: Token) -> bool:
    """ "the proposal", not "Trump's proposal", "a proposal" or "the Trump plan"."""
    children = list(noun.children)
    if any(c.dep_ in ("poss", "compound") or c.pos_ == "PROPN" for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children)
