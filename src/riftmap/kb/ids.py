"""Actor ids: the slug of a name, the one id scheme of the knowledge base, the actors found in
documents and the topic labels of relations."""

from __future__ import annotations

import re
import unicodedata

# an abbreviation written with dots: "U.S.", "D.C.", "U.K."
ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")


# Latin letters that Unicode gives no decomposition into a base letter and a mark, so that
# dropping marks leaves them as they are; English copy and slugs write them so ("Lars Lokke
# Rasmussen", "Lech Walesa").
UNDECOMPOSED = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l",
     "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i",
     "ħ": "h", "Ħ": "H"}
)  # fmt: skip


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped ("Ábrego García" -> "Abrego Garcia", "Løkke"
    -> "Lokke")."""
    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in plain if not unicodedata.combining(c))


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
