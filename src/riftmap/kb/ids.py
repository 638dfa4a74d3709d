"""Actor ids: the slug of a name, the one id scheme of the knowledge base, the actors found in
documents and the topic labels of relations."""

from __future__ import annotations

import re
import unicodedata


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: the stable actor id."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"['’]s\b", "", name)
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")
