"""Doc extensions set by riftmap's components, registered once and idempotently."""

from __future__ import annotations

from spacy.tokens import Doc


def register() -> None:
    """Register ``doc._.quotes`` and ``doc._.actors`` (lists, filled by our components)."""
    for name in ("quotes", "actors"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
