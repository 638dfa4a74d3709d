"""Whose a noun is when no possessor says so: "comments by Jones" and "allegations from the
opposition" are theirs as "Jones's comments" is, and "the reported victory of Mnangagwa" is
his; the relation finder reads such owners as the target of an act on the noun."""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.relations.targets import possessors

# Prepositions that say whose a noun is: "comments by Jones", "allegations from the
# opposition", "the victory of Mnangagwa".
OWNER_PREPOSITIONS = frozenset({"by", "from", "of"})
# Nouns that stand for whom they are "of": booing "the mention of Clinton" boos Clinton.
NAMING_NOUNS = frozenset({"mention", "name"})


def authors(noun: Token) -> list[Token]:
    """Whose words or acts a noun names when they follow it: "comments by Jones",
    "allegations from the opposition" are Jones's and the opposition's, as "Jones's
    comments" is; and whom "mentions of Jones" stand for."""
    if noun.pos_ != "NOUN":
        return []
    naming = noun.lemma_.lower() in NAMING_NOUNS
    preps = OWNER_PREPOSITIONS if naming else OWNER_PREPOSITIONS - {"of"}
    return [
        g
        for c in noun.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def of_whom(noun: Token) -> list[Token]:
    """Whose act or standing a noun names with "of", as a possessor would: disputing "the
    reported victory of President Mnangagwa" disputes his, as "Mnangagwa's victory" would
    (devset 009). Not after a person noun: "the wife of X" is someone else."""
    if noun.pos_ != "NOUN" or noun.lower_ in lexicon().person_nouns:
        return []
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def owners(noun: Token) -> list[Token]:
    """Who a noun's own phrase says made it: its possessor ("Trump's proposal"), its authors
    ("comments by Jones") or a name modifying it ("the Trump plan")."""
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return possessors(noun) or authors(noun) or named
