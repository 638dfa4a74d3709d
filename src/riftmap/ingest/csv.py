"""Read CSV exports: one article per row, the first row naming the columns.

The columns are mapped to riftmap's fields with ``Columns`` (``--map text=body``); only the
text column is required. The file must be UTF-8 (a byte-order mark is allowed). Offsets index
the text cell exactly as it stands in the file, which the output repeats (``include_text``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from riftmap.errors import DecodeError, InputError
from riftmap.ingest.records import Columns, article_from
from riftmap.ingest.source import MAX_TEXT_CHARS, Source
from riftmap.models import Article

csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_CHARS * 4))


def read_csv(path: Source, columns: Columns | None = None) -> Iterator[Article | InputError]:
    """Yield one article or one error per data row of ``path``, streaming."""
    columns = columns or Columns()
    try:
        with path.open("rb") as raw:
            yield from _rows(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""), path, columns)
    except OSError as err:
        yield InputError(f"{path}: cannot read ({err.strerror or err})")
    except UnicodeDecodeError as err:
        yield DecodeError(f"{path}: not UTF-8 (byte {err.start} of a block); rest skipped")
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
    for row in reader:
        line = reader.line_num
        if not any(value for value in row.values() if isinstance(value, str)):
            continue
        try:
            yield article_from(
                row, columns, where=f"{path}:{line}", default_doc=f"{path.name}:{line}"
            )
        except InputError as err:
            yield err
