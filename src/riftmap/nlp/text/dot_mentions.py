"""The period of a "dot-mention" split from its handle (".@JaneRoe").

A post that opens with a handle is written with a period before it, so that every follower
sees it (".@realDonaldTrump #FranceisStillFrance"). spaCy's English tokenizer keeps the period
on the handle, and a mention of the handle's bearer would then mark the period too: every
claim must point at its exact characters. Split as a prefix, the period is a token of its own.
"""

from __future__ import annotations

import re
from typing import Any

# a period right before "@" and a letter
DOT_MENTION = r"^\.(?=@[A-Za-z])"


def split_dot_mentions(tokenizer: Any) -> None:
    """Add the dot-mention period to spaCy's ``tokenizer`` prefixes (its ``prefix_search``,
    a pattern it saves with its other rules)."""
    tokenizer.prefix_search = with_pattern(DOT_MENTION, tokenizer.prefix_search)


def with_pattern(pattern: str, search: Any, method: str = "search") -> Any:
    """A tokenizer's search function (``prefix_search``, ``suffix_search``, or with
    ``method`` "finditer" its ``infix_finditer``) that also finds ``pattern``, tried first."""
    joined = pattern if search is None else f"{pattern}|{search.__self__.pattern}"
    return getattr(re.compile(joined), method)
