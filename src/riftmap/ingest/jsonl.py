"""Read JSON Lines: one article per line, as news APIs and scrapers commonly export them.

Each line is an object with at least ``text``; ``id`` (the document id in the output),
``title``, ``url``, ``published``, ``outlet`` and ``author`` are used when present, under other
names when a ``Columns`` mapping says so. A broken line is reported with its file and line
number and the other lines are still read. Offsets index ``text`` exactly as it stands in the
JSON string, which the output repeats (``include_text``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.records import Columns, article_from
from riftmap.ingest.source import MAX_DOCUMENT_BYTES, Source
from riftmap.models import Article

_TOO_LONG = b"\x00 too long \x00"  # stands for a line too long to read (checked by identity)


def read_jsonl(path: Source, columns: Columns | None = None) -> Iterator[Article | InputError]:
    """Yield one article or one error per non-blank line of ``path``, streaming."""
    columns = columns or Columns()
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(_lines(fh), 1):
                where = f"{path}:{number}"
                if b"\x00" in raw and raw is not _TOO_LONG:
                    yield DecodeError(f"{path}: binary file (contains NUL bytes), not JSON Lines")
                    return
                if raw.strip():
                    yield _parse_line(raw, where, columns, default_doc=f"{path.name}:{number}")
    except OSError as err:
        yield InputError(f"{path}: cannot read ({err.strerror or err})")


def _lines(fh: IO[bytes]) -> Iterator[bytes]:
    """The file's lines; one longer than an article can be is skipped unread (bounded memory)."""
    while line := fh.readline(MAX_DOCUMENT_BYTES + 1):
        if len(line) <= MAX_DOCUMENT_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (rest := fh.readline(MAX_DOCUMENT_BYTES)) and not rest.endswith(b"\n"):
            pass
        yield _TOO_LONG


def _parse_line(
    raw: bytes, where: str, columns: Columns, *, default_doc: str
) -> Article | InputError:
    if raw is _TOO_LONG:
        return InputError(f"{where}: line longer than {MAX_DOCUMENT_BYTES // 2**20} MB; skipped")
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return DecodeError(f"{where}: line is not valid UTF-8; skipped")
    except json.JSONDecodeError as err:
        return InputError(f"{where}: not valid JSON ({err.msg} at column {err.colno}); skipped")
    if not isinstance(obj, dict):
        return InputError(f"{where}: expected a JSON object with a 'text' field; skipped")
    try:
        return article_from(obj, columns, where=where, default_doc=default_doc)
    except InputError as err:
        return err
