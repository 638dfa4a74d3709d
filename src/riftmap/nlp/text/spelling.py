"""British spellings read as the American ones a model learned from US news.

The attribution models were trained on PolNeAR (US outlets, 2016), so their lexicon knows
"criticized" and "labeled" but not "criticised" or "labelled", the spellings of British,
Irish, Australian, Indian and African outlets. A word the lexicon does not know is read as
its American form when that form is known: the lexicon itself decides, so no word list is
kept here and a word like "rise" (no "rize") or "called" (known as is) stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Container

# the British endings and their American forms: -ise/-isation (criticise, organisation),
# -yse (analyse), a doubled l before -ed/-ing (labelled, signalling)
_BRITISH = (
    (re.compile(r"(?<=\w\w)is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w[aeiou])ll(ed|ing)$"), r"l\1"),
)
# the endings those patterns can match: most words have none, and a suffix test is far
# cheaper than three regular expressions on every token of every article
_ENDINGS = ("ise", "ises", "ised", "ising", "isation", "isations", "yse", "yses", "ysed",
            "ysing", "lled", "lling")


def american(word: str, known: Container[str]) -> str:
    """``word`` in its American spelling when only that spelling is ``known``."""
    if word in known or not word.endswith(_ENDINGS):
        return word
    for pattern, replacement in _BRITISH:
        alt = pattern.sub(replacement, word)
        if alt != word and alt in known:
            return alt
    return word
