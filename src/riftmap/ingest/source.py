"""What a reader reads: a file on disk or a member of a zip archive, and the size limits.

Readers take a ``Source``: a ``Path``, or a ``ZipMember`` that offers the same few methods
(``name``, ``read_bytes``, ``open``), so that every format can also be read inside a zip file
without unpacking it to disk.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

# spaCy's own limit on one text (``Language.max_length``); longer articles are refused.
MAX_TEXT_CHARS = 1_000_000
# A single-article file (text, web page, archive member) larger than this is refused unread.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class ZipMember:
    """One file inside a zip archive, read on demand (the archive is opened per read)."""

    archive: Path
    member: str
    size: int

    @property
    def name(self) -> str:
        return PurePosixPath(self.member).name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.member).suffix

    def __str__(self) -> str:
        return f"{self.archive}!/{self.member}"

    def read_bytes(self) -> bytes:
        with zipfile.ZipFile(self.archive) as archive, archive.open(self.member) as fh:
            # The size in the directory can lie (zip bombs): never read past the limit.
            return fh.read(MAX_DOCUMENT_BYTES + 1)

    def open(self, mode: str = "rb") -> IO[bytes]:
        """A binary stream of the member; closing it closes the archive."""
        archive = zipfile.ZipFile(self.archive)
        try:
            stream = archive.open(self.member)
        except BaseException:
            archive.close()
            raise
        stream_close = stream.close

        def close() -> None:
            stream_close()
            archive.close()

        stream.close = close  # type: ignore[method-assign]
        return stream


Source = Path | ZipMember


def size_of(source: Source) -> int:
    """The size in bytes the file system or the archive directory gives."""
    return source.size if isinstance(source, ZipMember) else source.stat().st_size
