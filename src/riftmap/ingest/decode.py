"""Turn a file's bytes into the text that riftmap's offsets index.

The contract is that offsets index the text exactly as Python reads a ``.txt`` file with
``open(path, encoding="utf-8")``: UTF-8, a leading byte-order mark kept as U+FEFF, and universal
newlines (``\\r\\n`` and ``\\r`` become ``\\n``). Files that are not UTF-8 cannot be read that way;
rather than drop them we decode them as well as we can (a UTF-16/32 byte-order mark, a charset
detected by charset-normalizer, or UTF-8 with replacement characters) and say so, and the caller
then prints the decoded text beside the offsets. Bytes that are clearly not text are refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.source import MAX_DOCUMENT_BYTES, Source, size_of

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Above this share of U+FFFD a "mostly UTF-8" reading is noise rather than text.
MAX_REPLACEMENT_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was obtained; ``exact`` means plain UTF-8, as Python reads it."""

    text: str
    encoding: str
    exact: bool

    def describe(self, path: Source) -> str:
        """The warning printed for inexact decodings, naming the file and what was done."""
        return (
            f"{path}: not UTF-8; decoded as {self.encoding}, "
            "so offsets index the decoded text (printed in the output as 'text')"
        )


def read_bytes(path: Source, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The file's bytes; an ``InputError`` naming the file when it cannot be read.

    A file larger than ``limit`` is refused before it is read: one article is never that long,
    and reading it would only fill memory.
    """
    try:
        if size_of(path) > limit:
            raise InputError(f"{path}: {too_large(size_of(path), limit)}; skipped")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    if len(data) > limit:
        raise InputError(f"{path}: {too_large(len(data), limit)}; skipped")
    return data


def too_large(size: int, limit: int) -> str:
    """The reason given for a file over the size limit."""
    return f"too large for one article ({size / 2**20:,.1f} MB; the limit is {limit // 2**20} MB)"


def refuse_binary(data: bytes, path: Source, kind: str = "text") -> None:
    """Raise ``DecodeError`` for bytes with NULs: valid UTF-8, but never an article."""
    if b"\x00" in data:
        raise DecodeError(f"{path}: binary file (contains NUL bytes), not {kind}; skipped")


def universal_newlines(text: str) -> str:
    """Translate line ends as Python's text mode does (``newline=None``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: Source) -> Decoded:
    """Decode ``data`` read from ``path``; raise ``DecodeError`` for bytes that are not text."""
    decoded = _decode_raw(data, path)
    return Decoded(universal_newlines(decoded.text), decoded.encoding, decoded.exact)


def _decode_raw(data: bytes, path: Source) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), f"{encoding} (BOM)", False)
    # Checked before UTF-8, which NULs are: UTF-16 without a BOM, images and PDFs have them.
    refuse_binary(data, path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", exact=True)
    except UnicodeDecodeError:
        return _detect(data, path)


def _detect(data: bytes, path: Source) -> Decoded:
    """Decode bytes that are neither UTF-8 nor marked by a BOM."""
    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        return Decoded(str(best), best.encoding, exact=False)
    # Mostly UTF-8 with a few broken bytes: keep it, marking each broken byte with U+FFFD.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= MAX_REPLACEMENT_SHARE * len(text):
        return Decoded(text, "utf-8 with replacement characters", exact=False)
    raise DecodeError(f"{path}: binary file or unknown encoding, not text; skipped")
