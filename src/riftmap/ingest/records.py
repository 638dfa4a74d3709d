"""Articles from records (a JSON Lines object, a CSV row), with a mapping of column names.

Exports name their fields differently (``body``, ``content``, ``date``); a ``Columns`` mapping
says which column holds each of riftmap's fields, so that no export needs converting first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from riftmap.errors import InputError, UsageError
from riftmap.models import Article

# riftmap's fields, in the order ``--map`` documents them; ``text`` is the only one required.
FIELDS = ("text", "id", "title", "url", "published", "outlet", "author")


@dataclass(frozen=True)
class Columns:
    """Which column (or JSON key) holds each field; unmapped fields use their own name."""

    names: Mapping[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.names.get(name, name)

    @classmethod
    def parse(cls, spec: str | None) -> Columns:
        """Read ``"text=body,published=date"``; unknown fields are a ``UsageError``."""
        names: dict[str, str] = {}
        for part in (spec or "").split(","):
            if not part.strip():
                continue
            name, sep, column = (s.strip() for s in part.partition("="))
            if not sep or not column:
                raise UsageError(f"--map: '{part}' is not FIELD=COLUMN")
            if name not in FIELDS:
                raise UsageError(f"--map: unknown field '{name}' (fields: {', '.join(FIELDS)})")
            names[name] = column
        return cls(names)


def article_from(
    record: Mapping[str, Any], columns: Columns, *, where: str, default_doc: str
) -> Article:
    """The article of one record; an ``InputError`` naming ``where`` when it has no text."""
    text = record.get(columns["text"])
    if not isinstance(text, str):
        what = "has no" if text is None else "has a non-string"
        raise InputError(f"{where}: the record {what} '{columns['text']}' field; skipped")
    values = {name: _optional_str(record, columns[name], where) for name in FIELDS[2:]}
    return Article(
        doc=_optional_str(record, columns["id"], where) or default_doc,
        text=text,
        include_text=True,
        origin=where,
        **values,
    )


def _optional_str(record: Mapping[str, Any], name: str, where: str) -> str | None:
    """A metadata value as a string: numbers (``"id": 17``) are accepted, structures are not."""
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise InputError(f"{where}: '{name}' must be a string, not {type(value).__name__}; skipped")
