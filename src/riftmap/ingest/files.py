"""Expand the paths a user names into the article files to read, in a deterministic order."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from riftmap.errors import InputError

# File name endings riftmap reads, lower-cased; the readers are chosen by these in __init__.
SUFFIXES = (
    ".txt",
    ".html",
    ".htm",
    ".jsonl",
    ".csv",
    ".rss",
    ".atom",
    ".xml",
    ".warc",
    ".warc.gz",
    ".zip",
)
# Endings of files that hold many articles, whose count is known only once they are read.
COLLECTIONS = (".jsonl", ".csv", ".rss", ".atom", ".xml", ".warc", ".warc.gz", ".zip")

log = logging.getLogger(__name__)


def suffix_of(path: Path | str) -> str:
    """The lower-cased ending that selects a reader (``.TXT`` reads like ``.txt``).

    Web archives are the one two-part ending: ``crawl.warc.gz`` is ``.warc.gz``.
    """
    name = Path(path).name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return Path(name).suffix


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Yield the files to read, in the order given; folders are walked recursively, sorted.

    Inside folders, files of other types and hidden files and folders (names starting with a
    dot) are skipped silently, though a folder with nothing to read logs a warning, and so does
    a link to a folder, which is not followed (links can loop). A file named explicitly is
    yielded whatever its type, so that the reader can say why it cannot be read. A path that
    does not exist yields an error.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield InputError(f"{path}: no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` sorted by path, as ``sorted(folder.rglob("*"))`` would be."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=_unreadable):
        for name in dirs:
            if os.path.islink(os.path.join(root, name)) and not name.startswith("."):
                log.warning(f"{Path(root, name)}: link to a folder not followed; skipped")
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and suffix_of(name) in SUFFIXES
        )
    if not found:
        log.warning(f"{folder}: no {', '.join(SUFFIXES)} files in this folder")
    yield from sorted(found)


def _unreadable(err: OSError) -> None:
    log.warning(f"{err.filename}: folder cannot be read ({err.strerror}); skipped")
