"""Readers that turn files into ``Article`` values, one module per format.

``read_paths`` is the entry point: it streams articles from files, folders and zip archives
and yields an ``InputError`` in place of anything that cannot be read, so that one bad file
never stops a run and the caller decides how to report it. Decoding problems that still allow
reading are logged as warnings on the ``riftmap.ingest`` logger.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from riftmap.errors import InputError
from riftmap.ingest.archive import zip_members
from riftmap.ingest.csv import read_csv
from riftmap.ingest.feed import read_feed
from riftmap.ingest.files import COLLECTIONS, SUFFIXES, find_files, suffix_of
from riftmap.ingest.html import read_html
from riftmap.ingest.jsonl import read_jsonl
from riftmap.ingest.records import FIELDS, Columns
from riftmap.ingest.source import MAX_TEXT_CHARS, Source
from riftmap.ingest.txt import read_txt
from riftmap.ingest.warc import read_warc
from riftmap.models import Article

__all__ = [
    "COLLECTIONS",
    "FIELDS",
    "SUFFIXES",
    "Columns",
    "find_files",
    "read_file",
    "read_paths",
]

ReadResult = Article | InputError
Reader = Callable[[Source, Columns], Iterator[ReadResult]]


def _single(reader: Callable[[Source], Article]) -> Reader:
    def read(path: Source, columns: Columns) -> Iterator[ReadResult]:
        yield reader(path)

    return read


def _plain(reader: Callable[[Source], Iterator[ReadResult]]) -> Reader:
    return lambda path, columns: reader(path)


def _zip(path: Source, columns: Columns) -> Iterator[ReadResult]:
    if not isinstance(path, Path):
        yield InputError(f"{path}: archive inside an archive, not opened; skipped")
        return
    for member in zip_members(path):
        if isinstance(member, InputError):
            yield member
        else:
            yield from read_file(member, columns)


_READERS: dict[str, Reader] = {
    ".txt": _single(read_txt),
    ".html": _single(read_html),
    ".htm": _single(read_html),
    ".jsonl": read_jsonl,
    ".csv": read_csv,
    ".rss": _plain(read_feed),
    ".atom": _plain(read_feed),
    ".xml": _plain(read_feed),
    ".warc": _plain(read_warc),
    ".warc.gz": _plain(read_warc),
    ".zip": _zip,
}


def read_file(path: Source, columns: Columns | None = None) -> Iterator[ReadResult]:
    """Read one file with the reader its suffix selects; other suffixes yield an error.

    Whatever goes wrong inside a reader becomes an ``InputError`` naming the file (a bad file
    never stops a run), and an article longer than spaCy accepts is refused.
    """
    reader = _READERS.get(suffix_of(path.name))
    if reader is None:
        kinds = ", ".join(SUFFIXES)
        yield InputError(f"{path}: unsupported file type (riftmap reads {kinds}); skipped")
        return
    try:
        for item in reader(path, columns or Columns()):
            yield _within_limits(item)
    except InputError as err:
        yield err
    except Exception as err:  # the boundary that keeps one bad file from stopping a run
        yield InputError(f"{path}: cannot be read ({type(err).__name__}: {err}); skipped")


def _within_limits(item: ReadResult) -> ReadResult:
    if isinstance(item, Article) and len(item.text) > MAX_TEXT_CHARS:
        return InputError(
            f"{item.origin or item.doc}: article too long ({len(item.text):,} characters; "
            f"riftmap reads at most {MAX_TEXT_CHARS:,}); skipped"
        )
    return item


def read_paths(
    paths: Iterable[str | os.PathLike[str]], columns: Columns | None = None
) -> Iterator[ReadResult]:
    """Stream the articles of every file and folder in ``paths`` (see ``find_files``)."""
    for found in find_files(paths):
        if isinstance(found, InputError):
            yield found
        else:
            yield from read_file(found, columns)
