"""Words of a bound prefix and a hyphen kept whole by the tokenizer ("co-founder",
"vice-president", "ex-wife").

spaCy's English tokenizer splits every hyphen between letters, and the small model then parses
"the co-founder of PayPal" as three nouns side by side: the description was read as "the co",
and "the vice-president of the party" as two ("the vice", "president of the party"). Kept
whole, the word is one noun the parser attaches as it would "founder"; the descriptors read
its prefix as a word of its own (``riftmap.kb.lexicon.Lexicon.unprefixed``). The prefixes are
the lexicon's ``bound_prefixes``; other hyphenated words ("front-runner") are split as before.
"""

from __future__ import annotations

import re
from typing import Any

from riftmap.kb.lexicon import lexicon


def prefixed_word() -> re.Pattern[str]:
    """A bound prefix, a hyphen and a person noun of the lexicon, the whole string, in any
    case ("co-founder", "Vice-President"); "ex-Breitbart" and "co-sponsored" stay split."""
    lex = lexicon()
    prefixes = "|".join(re.escape(p) for p in lex.bound_prefixes)
    nouns = "|".join(sorted((re.escape(w) for w in lex.person_nouns if w.isalpha()), key=len))
    return re.compile(rf"(?i:(?:{prefixes})-(?:{nouns})s?)$")


def keep_prefixed(tokenizer: Any) -> None:
    """Make spaCy's ``tokenizer`` keep prefixed words whole: its ``token_match``, a pattern
    it saves with its other rules (one already there is kept as an alternative)."""
    pattern = prefixed_word().pattern
    before = tokenizer.token_match
    if before is not None:
        pattern = f"(?:{pattern})|(?:{before.__self__.pattern})"
    tokenizer.token_match = re.compile(pattern).match
