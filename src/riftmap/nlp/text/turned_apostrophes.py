"""A possessive written with a turned comma ("Trump‘s", U+2018) split from its name.

Copy set by autocorrect sometimes turns the apostrophe of a possessive into an opening single
quotation mark ("President Donald Trump‘s political vendetta", "Barack Obama‘s court pick":
PolNeAR train has 10 in 9 articles, the development set 2). spaCy's English tokenizer splits
"'s" and "’s" off a name but keeps "Trump‘s" one word, which then names no one. Split as a
suffix, "‘s" is a token of its own and the name before it the name.
"""

from __future__ import annotations

import re
from typing import Any

# "‘s" ending a word of letters
TURNED_POSSESSIVE = r"(?<=[^\W\d_])‘s$"


def split_turned_possessives(tokenizer: Any) -> None:
    """Add the turned possessive to spaCy's ``tokenizer`` suffixes (its ``suffix_search``, a
    pattern it saves with its other rules)."""
    before = tokenizer.suffix_search
    pattern = (
        TURNED_POSSESSIVE if before is None else f"{TURNED_POSSESSIVE}|{before.__self__.pattern}"
    )
    tokenizer.suffix_search = re.compile(pattern).search
