"""Capitals that stand for their governments: "Washington warned", "Moscow denied the
report", "Beijing accused Washington of meddling". News copy names a government by its
capital; the actor is the country's (the one "the United States" or "Russia" names in the same
article), not the city.

Only a capital that is the subject or the direct object of a verb of saying, answering or
state action (``data/lexicons``) is read so: a dateline ("WASHINGTON (Reuters) -"), a place
("talks in Beijing") or a visit ("flew to Moscow") stays a place. The capitals and their
countries are data (``data/kb/capitals.tsv``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from riftmap.kb.lexicon import answer_verbs, speech_verbs, word_list
from riftmap.nlp.actors.state import ActorState
from riftmap.resources import read_lines, read_text

ROLES = frozenset({"nsubj", "dobj"})


@cache
def capitals() -> dict[str, str]:
    """Capital -> the name of its country, from ``data/kb/capitals.tsv``."""
    pairs = (line.split("\t") for line in read_lines("kb", "capitals.tsv"))
    return {capital.strip(): country.strip() for capital, country in pairs}


@cache
def government_verbs() -> frozenset[str]:
    """The verbs whose subject or object a capital must be to stand for a government."""
    acts = word_list(read_text("lexicons", "state_act_verbs.txt"))
    return speech_verbs() | answer_verbs() | acts


def find_governments(state: ActorState) -> None:
    """Give each capital that acts or is acted upon as a government to its country's actor."""
    table = capitals()
    for ent in state.ent_spans:
        if ent.label_ != "GPE" or ent.text not in table or not _acts(ent.root):
            continue
        entity = state.index.entity_for(table[ent.text], "GPE")
        if entity is None:
            continue
        state.take(ent.start, ent.end)
        state.mention(entity, ent.start, ent.end, ent.root.i)


def _acts(tok: Token) -> bool:
    """Is the capital the subject or object of a government's verb, written as a name (not a
    dateline in capitals, nor a word at the head of a line followed by a bracket or dash)?"""
    if tok.dep_ not in ROLES or tok.head.lemma_.lower() not in government_verbs():
        return False
    if tok.text.isupper():
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is None or after.text not in ("(", "—", "–", "-")
