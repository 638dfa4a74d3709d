"""Read a saved web page: trafilatura finds the article's main text and its metadata.

The text riftmap analyses (and whose offsets it prints) is trafilatura's main text, not the
HTML source, so the output carries it (``include_text``).
"""

from __future__ import annotations

from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from riftmap.errors import InputError
from riftmap.ingest.decode import read_bytes, refuse_binary
from riftmap.models import Article


def read_html(path: Path) -> Article:
    """Extract the main text, title, publication date, site name and URL of a page."""
    data = read_bytes(path)
    refuse_binary(data, path, "HTML")
    page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    if not isinstance(page, Document) or not page.text:
        raise InputError(f"{path}: no article text found in this HTML page; skipped")
    return Article(
        doc=path.name,
        text=page.text,
        title=page.title or None,
        published=page.date or None,
        outlet=page.sitename or None,
        url=page.url or None,
        include_text=True,
    )
