"""The name a mention gives, as text: without what stands around it in a span (a possessive
ending, quotation marks, the hyphen of a prefix) and, for a person's id, without middle
initials."""

from __future__ import annotations

import re
from functools import lru_cache

from riftmap.nlp.actors.kinds import publication_title
from riftmap.nlp.actors.names import joined_initials
from riftmap.nlp.text.quotemarks import NAME_MARKS


@lru_cache(maxsize=65536)
def without_initials(name: str) -> str:
    """A person's name without its middle initials ("James E. Boasberg" -> "James
    Boasberg"): a first initial ("E. Jean Carroll") and the last name stay; initials run
    together lose their stops ("J.B. Pritzker" -> "JB Pritzker", as news also writes it)."""
    words = [joined_initials(w) for w in name.split()]
    kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _initial(w))]
    return " ".join(kept)


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


# What may stand around a name in a span but is no part of it: quotation marks, a comma, and
# the hyphen of a prefix the name was bound to ("pro-Clinton", "anti-Trump").
_AROUND_NAME = " ," + "".join(sorted(NAME_MARKS))
# Two apostrophes, the quotation mark of copy that has no double one (The New York Times of
# 2016: "author of ''America's Unwritten Constitution''"); one apostrophe alone may open a
# name ("'90s") or close a possessive.
_DOUBLED_APOSTROPHES = re.compile(r"^''|''$")


def clean_name(text: str) -> str:
    """The name a mention gives, without a possessive ending, a lowercase "the" (or the
    capital one of a sentence's start before any name but a publication's title:
    ``kinds.publication_title``),
    quotation marks (after that "the": "the “Southern Strategy”"; doubled apostrophes:
    "''America") or the hyphen a prefix left ("-Clinton" of "pro-Clinton"): names that look
    broken in a table."""
    text = text.strip()
    if text.startswith("The ") and not publication_title(text):
        text = text[4:]
    text = _DOUBLED_APOSTROPHES.sub("", text)
    text = re.sub(r"['’]s?$", "", text.strip()).strip(_AROUND_NAME)
    return re.sub(r"^the\s+", "", text).strip(_AROUND_NAME).lstrip("-–—")
