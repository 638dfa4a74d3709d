"""Entity spans that are words about a name, not names: the tagger labels "Republican" in
"the Republican nominee", "Muslim" in "is Muslim" and "pro-Clinton" as it labels names, and
an actor made of each would be a node no reader looks for (``named`` skips them)."""

from __future__ import annotations

from spacy.tokens import Span


def prefixed(ent: Span) -> bool:
    """A name behind an adjectival prefix ("the pro-Clinton group", "is anti-Israel",
    "un-American", "Non-Latino voters"; PolNeAR train: 31 such actors in 27 articles) is an
    adjective about the name, not an actor. The words after the prefix are a mention of the
    name when the article names it elsewhere or the knowledge base knows it ("Clinton"), and
    nothing otherwise ("American" of "un-American"); the stance is the relation finder's,
    the group described ("anti-Trump delegates") the group finder's. Named elsewhere means
    named as more than a modifier. A particle the tagger reads as part of the name
    ("al-Qaeda", "el-Sisi") is no such prefix, nor a capitalised word inside a sentence
    ("Mid-Atlantic", "Iranian-American")."""
    first = ent.doc[ent.start]
    if len(ent) < 3 or first.pos_ != "ADJ" or ent.doc[ent.start + 1].text != "-":
        return False
    return first.is_alpha and (first.is_lower or bool(first.is_sent_start))


def adjective(ent: Span) -> bool:
    """A nationality, religion or party word used as an adjective ("the district leans
    Democratic", "is Muslim", "100 percent American"): a quality, not the people who share
    it (PolNeAR train: such "groups" were in 22 relations of 20 articles, nearly all
    wrong). "The only Republican", "every American", "a Muslim" name someone and stay."""
    root = ent.root
    if ent.label_ != "NORP" or len(ent) != 1:
        return False
    return root.dep_ == "acomp" or (root.tag_ == "JJ" and not any(
        c.dep_ in ("det", "predet") for c in root.children
    ))


def modifier(ent: Span) -> bool:
    """A nationality, party or place used as a modifier ("Republican nominee", "U.S.
    officials", "Canadian Prime Minister"); organisations so used stay actors ("Acme
    spokesman"). Any name that is part of a date's name is one ("Super" of "Super
    Tuesday")."""
    root = ent.root
    if root.dep_ == "compound" and root.head.ent_type_ in ("DATE", "TIME", "EVENT"):
        return True
    if ent.label_ not in ("NORP", "GPE") or root.dep_ not in ("amod", "compound", "nmod"):
        return False
    return root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != ent.label_
