"""Actor ids: the slug of a name, the one id scheme of the knowledge base, the actors found in
documents and the topic labels of relations."""

from __future__ import annotations

import re
import unicodedata


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped ("Ábrego García" -> "Abrego Garcia")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: the stable actor id."""
    name = without_accents(name).lower()
    name = re.sub(r"['’]s\b", "", name)
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")
