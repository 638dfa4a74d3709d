"""Closed-class English words that more than one stage tests for."""

from __future__ import annotations

# the pronouns that open a relative clause ("Bannon, who ...", "the billionaire, whom ...")
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
