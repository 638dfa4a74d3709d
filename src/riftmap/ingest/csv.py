"""Read CSV exports: one article per row, the first row naming the columns.

The columns are mapped to riftmap's fields with ``Columns`` (``--map text=body``); only the
text column is required. The file must be UTF-8 (a byte-order mark is allowed). Offsets index
the text cell exactly as it stands in the file, which the output repeats (``include_text``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.records import Columns, article_from
from riftmap.ingest.source import MAX_TEXT_CHARS, Source
from riftmap.models import Article

csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_CHARS * 4))
_BROKEN = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def read_csv(path: Source, columns: Columns | None = None) -> Iterator[Article | InputError]:
    """Yield one article or one error per data row of ``path``, streaming."""
    columns = columns or Columns()
    try:
        with path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            yield from _rows(text, path, columns)
    except OSError as err:
        yield InputError(f"{path}: cannot read ({err.strerror or err})")
    except csv.Error as err:
        yield InputError(f"{path}: broken CSV ({err}); rest skipped")


def _rows(text: io.TextIOWrapper, path: Source, columns: Columns) -> Iterator[Article | InputError]:
    reader = csv.DictReader(text)
    header = reader.fieldnames or []
    if "\x00" in "".join(header):
        yield DecodeError(f"{path}: binary file (contains NUL bytes), not CSV")
        return
    if columns["text"] not in header:
        found = ", ".join(header) or "none"
        yield InputError(f"{path}: no '{columns['text']}' column (columns: {found}); skipped")
        return
    while True:
        line = reader.line_num + 1  # where the record starts (a cell may span lines)
        row = next(reader, None)
        if row is None:
            return
        yield _row(row, columns, f"{path}:{line}", f"{path.name}:{line}")


def _row(row: dict[str, Any], columns: Columns, where: str, doc: str) -> Article | InputError:
    values = [v for v in row.values() if isinstance(v, str)]
    if any(_BROKEN.search(v) for v in values):
        return DecodeError(f"{where}: row is not valid UTF-8; skipped")
    try:
        return article_from(row, columns, where=where, default_doc=doc)
    except InputError as err:
        return err
