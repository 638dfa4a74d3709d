"""Read JSON Lines: one article per line, as news APIs and scrapers commonly export them.

Each line is an object with at least ``text``; ``id`` (the document id in the output),
``title``, ``url``, ``published`` and ``outlet`` are used when present. A broken line is
reported with its file and line number and the other lines are still read. Offsets index
``text`` exactly as it stands in the JSON string, which the output repeats (``include_text``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from riftmap.errors import DecodeError, InputError
from riftmap.models import Article

METADATA = ("title", "url", "published", "outlet")


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Yield one article or one error per non-blank line of ``path``, streaming."""
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, 1):
                where = f"{path}:{number}"
                if b"\x00" in raw:
                    yield DecodeError(f"{path}: binary file (contains NUL bytes), not JSON Lines")
                    return
                if raw.strip():
                    yield _parse_line(raw, where, default_doc=f"{path.name}:{number}")
    except OSError as err:
        yield InputError(f"{path}: cannot read ({err.strerror or err})")


def _parse_line(raw: bytes, where: str, *, default_doc: str) -> Article | InputError:
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return DecodeError(f"{where}: line is not valid UTF-8; skipped")
    except json.JSONDecodeError as err:
        return InputError(f"{where}: not valid JSON ({err.msg} at column {err.colno}); skipped")
    if not isinstance(obj, dict):
        return InputError(f"{where}: expected a JSON object with a 'text' field; skipped")
    try:
        return _article(obj, where, default_doc)
    except InputError as err:
        return err


def _article(obj: dict[str, Any], where: str, default_doc: str) -> Article:
    text = obj.get("text")
    if not isinstance(text, str):
        problem = "has no 'text' field" if text is None else "has a 'text' that is not a string"
        raise InputError(f"{where}: the object {problem}; skipped")
    fields = {name: _optional_str(obj, name, where) for name in METADATA}
    return Article(
        doc=_optional_str(obj, "id", where) or default_doc,
        text=text,
        include_text=True,
        **fields,
    )


def _optional_str(obj: dict[str, Any], name: str, where: str) -> str | None:
    """A metadata value as a string: numbers (``"id": 17``) are accepted, structures are not."""
    value = obj.get(name)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise InputError(f"{where}: '{name}' must be a string, not {type(value).__name__}; skipped")
