"""The step between reading and analysis: identify an article and clean its text.

``prepare`` is cheap next to the parser and runs wherever the reading runs; its result carries
the original article (whose text every offset indexes), the cleaned text the parser sees
(same length, boilerplate blanked) and the article's identities (exact id, MinHash signature).
"""

from __future__ import annotations

from dataclasses import dataclass

from riftmap.ingest.clean import clean
from riftmap.ingest.dedupe import article_id, signature
from riftmap.models import Article


@dataclass(frozen=True)
class Prepared:
    """An article ready for analysis and storage."""

    article: Article
    id: str
    clean_text: str
    removed: tuple[tuple[int, int, str], ...]
    minhash: bytes | None

    @property
    def is_empty(self) -> bool:
        """True when nothing but white space (or boilerplate) is left to analyse."""
        return not self.clean_text.strip()


def prepare(article: Article) -> Prepared:
    """Clean, identify and fingerprint one article."""
    cleaned = clean(article.text)
    return Prepared(
        article=article,
        id=article_id(article.text),
        clean_text=cleaned.text,
        removed=cleaned.removed,
        minhash=signature(cleaned.text),
    )
