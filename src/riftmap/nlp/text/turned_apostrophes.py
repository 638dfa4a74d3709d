"""A possessive written with a turned comma ("Trump‘s", U+2018) split from its name.

Copy set by autocorrect sometimes turns the apostrophe of a possessive into an opening single
quotation mark ("President Donald Trump‘s political vendetta", "Barack Obama‘s court pick":
PolNeAR train has 10 in 9 articles, the development set 2). spaCy's English tokenizer splits
"'s" and "’s" off a name but keeps "Trump‘s" one word, which then names no one. Split as a
suffix, "‘s" is a token of its own and the name before it the name.
"""

from __future__ import annotations

from typing import Any

from riftmap.nlp.text.dot_mentions import with_pattern

# "‘s" ending a word of letters
TURNED_POSSESSIVE = r"(?<=[^\W\d_])‘s$"


def split_turned_possessives(tokenizer: Any) -> None:
    """Add the turned possessive to spaCy's ``tokenizer`` suffixes (its ``suffix_search``, a
    pattern it saves with its other rules)."""
    tokenizer.suffix_search = with_pattern(TURNED_POSSESSIVE, tokenizer.suffix_search)
