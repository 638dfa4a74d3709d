"""Who a hostile act in a statement befalls, when someone other than the speaker does it.

A speaker who reports or decries an attack on an actor ("Donald, if you try to attack Heidi,
you're more of a coward than I thought"; "stand up for the BBC against Trump's outrageous
legal threat against our national broadcaster") takes no hostile stance toward the one
attacked, however hostile the sentence reads: the hostility is the attacker's. The stance
model reads such sentences as hostile toward every actor they name.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from riftmap.nlp.relations.lookup import FIRST_PERSON, PERSON_PRONOUNS
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.stance import word_valence
from riftmap.nlp.relations.targets import np_head, possessors

# prepositions that aim a hostile act named by a noun at someone ("threat against X")
AIMED = frozenset({"on", "against"})
# auxiliaries that make a passive a demand ("should be jailed", "must be removed")
DEONTIC = frozenset({"should", "must", "ought"})
# auxiliaries that make an act a demand or an intention of the speaker's side, whose hostility
# is the speaker's own ("we must defeat Jones", "we will fight Jones")
INTENDED = DEONTIC | {"will", "shall", "'ll", "gon"}
# clausal links through which an infinitive's doer is its governing verb's subject
CONTROLLED = frozenset({"xcomp", "advcl"})
# pronouns that name someone else than the speaker: a thing ("it hits Hillary where she is
# most vulnerable", of a nickname the speaker likes) is no other doer
OTHERS = PERSON_PRONOUNS | {"you", "they", "them"}


def hostile_act(verb: Token, lex: Lexicons) -> bool:
    """Whether a verb names a hostile act: a word of hostile valence or a hostile predicate."""
    return word_valence(verb, lex) < 0 or any(e.polarity < 0 for e in lex.entries(verb))


def phrase_of(tok: Token, joins: tuple[str, ...]) -> Token:
    """The head of the phrase that stands for the actor in its clause: its noun phrase, or
    the thing it possesses ("Jones's democracy"), climbed to the first of the phrases joined
    to it by ``joins``."""
    head = np_head(tok)
    if head.dep_ == "poss":
        head = head.head
    while head.dep_ in joins and head.head.i < head.i:
        head = head.head
    return head


def aimed_deed(head: Token) -> Token | None:
    """The noun of the act a phrase is aimed at by "on" or "against" ("the charges against
    James", "Trump's threat against the BBC"), or None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in AIMED or prep.head.pos_ != "NOUN":
        return None
    return prep.head


def attacked_by_another(
    tok: Token, lex: Lexicons, source: str, by_token: Mapping[int, str]
) -> bool:
    """Whether the actor at ``tok`` (or what is theirs) is what a hostile act done by
    someone other than the speaker ``source`` is done to: the object of a hostile verb whose
    subject is another (an actor, a third person or "you"), or what a hostile act named by
    a noun that another possesses is aimed at ("Trump's threat against the BBC")."""
    head = phrase_of(tok, ("conj", "appos"))
    speakers = (source, by_token.get(tok.i))  # neither the speaker nor the actor itself
    if head.dep_ == "dobj":
        verb = head.head
        hostile = verb.pos_ == "VERB" and hostile_act(verb, lex)
        return hostile and _other_doer(verb, speakers, by_token)
    act = aimed_deed(head)
    if act is None or not hostile_act(act, lex):
        return False
    owners = possessors(act)
    return bool(owners) and all(_another(o, speakers, by_token) for o in owners)


def _other_doer(
    verb: Token, speakers: tuple[str | None, ...], by_token: Mapping[int, str]
) -> bool:
    """Whether the verb's subject (an infinitive's: its governing verb's) is someone other
    than the ``speakers`` (the speaker and the actor the act is done to), and the act is no
    demand or intention of the speaker's side."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in INTENDED for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return all(_another(s, speakers, by_token) for s in subjects)
        if verb.dep_ not in CONTROLLED:
            return False
        verb = verb.head
    return False


def _another(tok: Token, speakers: tuple[str | None, ...], by_token: Mapping[int, str]) -> bool:
    """Whether a subject or possessor names someone other than the ``speakers``: another
    actor, or a person pronoun of the second or third person."""
    head = np_head(tok)
    if head.lower_ in FIRST_PERSON:
        return False
    actor = by_token.get(head.i)
    if actor is not None:
        return actor not in speakers
    return head.lower_ in OTHERS
