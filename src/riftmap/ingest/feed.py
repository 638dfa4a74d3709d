"""Read RSS and Atom feed files: one article per entry, from its content or else its summary.

feedparser reads the file (never the network) and cleans the entries' HTML; ``html_text``
turns it into paragraphs. The feed's title is the outlet of its entries.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from riftmap.errors import InputError
from riftmap.ingest.decode import read_bytes, refuse_binary
from riftmap.ingest.html import html_text
from riftmap.ingest.source import Source
from riftmap.models import Article

# A feed export holds many articles, so it may be larger than one article's file.
MAX_FEED_BYTES = 256 * 1024 * 1024


def read_feed(path: Source) -> Iterator[Article | InputError]:
    """Yield one article per entry of an RSS or Atom file, or an error for entries without text."""
    try:
        data = read_bytes(path, MAX_FEED_BYTES)
        refuse_binary(data, path, "a feed")
    except InputError as err:
        yield err
        return
    import feedparser  # imported by the only reader that needs it: every command imports ingest

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else "no entries"
        yield InputError(f"{path}: not an RSS or Atom feed with entries ({problem}); skipped")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry(entry, f"{path}#{number}", f"{path.name}#{number}", outlet)


def _entry(entry: Any, where: str, default_doc: str, outlet: str | None) -> Article | InputError:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_text(html or "")
    if not text:
        return InputError(f"{where}: feed entry has no content or summary; skipped")
    return Article(
        doc=entry.get("id") or entry.get("link") or default_doc,
        text=text,
        title=entry.get("title") or None,
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        outlet=outlet,
        url=entry.get("link") or None,
        author=entry.get("author") or None,
        include_text=True,
        origin=where,
    )


def _date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
