"""Read web archives (WARC, plain or gzipped): one article per archived HTML page.

Only ``response`` records whose HTTP content type is HTML are read; each page goes through the
same extraction as a saved ``.html`` file, with the archived URL as its document id. Pages
with no article text (index pages, error pages) are reported as skipped; a broken or truncated
archive is reported after the pages read before the break.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from riftmap.errors import EmptyInput, InputError
from riftmap.ingest.html import page_article
from riftmap.ingest.source import MAX_DOCUMENT_BYTES, Source
from riftmap.models import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Source) -> Iterator[Article | InputError]:
    """Yield one article (or a skip) per HTML response in the archive, streaming."""
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                count += 1
                if _is_html_response(record):
                    yield _page(record, f"{path}#{count}")
                _check_whole(record, count)
        if path.name.lower().endswith(".gz"):
            _check_gzip(path)
    except OSError as err:
        yield InputError(f"{path}: cannot read ({err.strerror or err})")
    except Exception as err:  # warcio and zlib raise many kinds for broken archives
        what = f"after {count} records" if count else "at its start"
        yield InputError(f"{path}: broken web archive {what} ({_reason(err)}); rest skipped")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(_HTML_TYPES)


def _page(record: Any, where: str) -> Article | InputError:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        return InputError(f"{where}: archived page larger than the limit; skipped")
    article = page_article(data, doc=url or where, origin=where, url=url)
    if article is None:
        return EmptyInput(f"{where}: no article text in the archived page {url}; skipped")
    return article


def _check_whole(record: Any, count: int) -> None:
    """warcio reads on quietly past a cut or headless record: check what it returned."""
    if record.rec_type is None or record.length is None:
        raise ValueError(f"record {count} has no WARC headers")
    record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise EOFError(f"record {count} is cut short")


def _check_gzip(path: Source) -> None:
    """A gzipped archive cut between records reads as a shorter one: decompress to its end."""
    with path.open("rb") as raw, gzip.open(raw) as fh:
        while fh.read(1 << 20):
            pass


def _reason(err: Exception) -> str:
    return f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
