"""Readers that turn files into ``Article`` values, one module per format.

``read_paths`` is the entry point: it streams articles from files and folders and yields an
``InputError`` in place of anything that cannot be read, so that one bad file never stops a
run and the caller decides how to report it. Decoding problems that still allow reading are
logged as warnings on the ``riftmap.ingest`` logger.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from riftmap.errors import InputError
from riftmap.ingest.files import SUFFIXES, find_files, suffix_of
from riftmap.ingest.html import read_html
from riftmap.ingest.jsonl import read_jsonl
from riftmap.ingest.txt import read_txt
from riftmap.models import Article

__all__ = ["SUFFIXES", "find_files", "read_file", "read_paths"]

ReadResult = Article | InputError


def _single(reader: Callable[[Path], Article]) -> Callable[[Path], Iterator[ReadResult]]:
    def read(path: Path) -> Iterator[ReadResult]:
        try:
            yield reader(path)
        except InputError as err:
            yield err

    return read


_READERS: dict[str, Callable[[Path], Iterator[ReadResult]]] = {
    ".txt": _single(read_txt),
    ".html": _single(read_html),
    ".htm": _single(read_html),
    ".jsonl": read_jsonl,
}


def read_file(path: Path) -> Iterator[ReadResult]:
    """Read one file with the reader its suffix selects; other suffixes yield an error."""
    reader = _READERS.get(suffix_of(path))
    if reader is None:
        kinds = ", ".join(SUFFIXES)
        yield InputError(f"{path}: unsupported file type (riftmap reads {kinds}); skipped")
        return
    yield from reader(path)


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[ReadResult]:
    """Stream the articles of every file and folder in ``paths`` (see ``find_files``)."""
    for found in find_files(paths):
        if isinstance(found, InputError):
            yield found
        else:
            yield from read_file(found)
