"""The forms one organisation's name takes in a text, compared as strings: its initialisms
("DOGE" for "Department of Government Efficiency"), a short and a long form that hold each
other's words ("Reuters", "Thomson Reuters"), and the name with its kind ("Harvard", "Harvard
University"); and the names of the states of the Union, which none of these rules may take
for an organisation's short form ("Virginia" of "West Virginia")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm

FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


@lru_cache(maxsize=65536)
def acronym(name: str) -> frozenset[str]:
    """Initialisms of a multi-word name, with and without its function words."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return frozenset()
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS).upper()
    return frozenset({every, content})


def one_holds_the_other(words: set[str], other: str) -> bool:
    """Do the words of one name include all those of the other (a multi-word ``other``)?"""
    theirs = set(other.split())
    return len(theirs) > 1 and (words <= theirs or theirs <= words)


def kind_after(short: str, full: str) -> bool:
    """Is ``full`` the name ``short`` (normalised) followed by nothing but words for a kind
    of organisation ("Harvard" and "Harvard University", "Labour" and "the Labour Party")?
    A state's name so followed is another body ("Texas" of the "Texas Democratic Party")."""
    first, words = short.split(), full.split()
    rest = words[len(first) :]
    if not rest or words[: len(first)] != first or short in us_state_names():
        return False
    return all(w in lexicon().org_nouns for w in rest)


@cache
def us_state_names() -> frozenset[str]:
    """The normalised names of the states of the Union (the lexicon's ``us_states``)."""
    return frozenset(norm(s) for s in lexicon().us_states)
