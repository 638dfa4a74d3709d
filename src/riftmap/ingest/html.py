"""Read a saved web page: trafilatura finds the article's main text and its metadata.

The text riftmap analyses (and whose offsets it prints) is trafilatura's main text, not the
HTML source, so the output carries it (``include_text``). ``html_text`` turns the HTML snippets
of feed entries into plain text.
"""

from __future__ import annotations

import re

from riftmap.errors import InputError
from riftmap.ingest.decode import read_bytes, refuse_binary
from riftmap.ingest.source import Source
from riftmap.models import Article

# Elements after which a snippet's text breaks into a new paragraph.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
    ]
)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BREAKS = re.compile(r"\s*\n\s*")


def read_html(path: Source) -> Article:
    """Extract the main text, title, author, publication date, site name and URL of a page."""
    data = read_bytes(path)
    refuse_binary(data, path, "HTML")
    article = page_article(data, doc=path.name, origin=str(path))
    if article is None:
        raise InputError(f"{path}: no article text found in this HTML page; skipped")
    return article


def page_article(data: bytes, *, doc: str, origin: str, url: str | None = None) -> Article | None:
    """The article of one web page's bytes, or ``None`` when the page holds no article text."""
    # trafilatura is imported here, by the readers of web pages: every command imports ingest
    import trafilatura
    from trafilatura.settings import Document

    page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, url=url)
    if not isinstance(page, Document) or not page.text:
        return None
    return Article(
        doc=doc,
        text=page.text,
        title=page.title or None,
        published=page.date or None,
        outlet=page.sitename or None,
        url=page.url or url or None,
        author=page.author or None,
        include_text=True,
        origin=origin,
    )


def html_text(snippet: str) -> str:
    """Plain text of an HTML snippet (a feed entry's content): one paragraph per block."""
    if "<" not in snippet:
        return _BREAKS.sub("\n", _SPACES.sub(" ", snippet)).strip()
    # lxml is imported here, by the one function that needs it: every command imports ingest,
    # and its 7,800 objects would lengthen each full pass of the garbage collector
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(snippet, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    text = _SPACES.sub(" ", root.text_content())
    return _BREAKS.sub("\n", text).strip()
