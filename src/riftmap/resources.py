"""The files riftmap ships: all of them live under ``src/riftmap/data/`` and are read here,
through ``importlib.resources``, so that they are found wherever the package is installed.

    data/attribution/   the CRF models of the attribution engine and their cue lexicon
    data/lexicons/      verbs of saying (attribution rules, pronouns) and of answering
    data/relations/     the PLOVER lexicons of the relations component
    data/kb/            the default knowledge base, the resolution lexicon, first names, nicknames
    data/ingest/        the boilerplate phrases the cleaner blanks out
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def data_file(*parts: str) -> Traversable:
    """The shipped file (or folder) ``data/<parts...>``."""
    return files("riftmap").joinpath("data", *parts)


def read_text(*parts: str) -> str:
    """The text of the shipped file ``data/<parts...>`` (UTF-8)."""
    return data_file(*parts).read_text(encoding="utf-8")


def read_lines(*parts: str) -> list[str]:
    """The lines of a shipped word list that carry data: neither blank nor ``#`` comments."""
    return [
        line for line in read_text(*parts).splitlines() if line.strip() and not line.startswith("#")
    ]
