"""riftmap's exceptions, one hierarchy so that callers can catch what they can handle.

    RiftmapError
    ├── InputError          a file or record that cannot be read as an article
    │   ├── DecodeError     bytes that are not text (binary, undecodable)
    │   └── EmptyInput      readable, but holds no article text (reported, not a failure)
    ├── StoreError          the database file cannot be opened or written
    ├── ModelError          a learned model file is missing or does not load
    └── UsageError          arguments that make no sense together (CLI exit status 2)
        └── KnowledgeBaseError  an actor knowledge-base file that cannot be read
"""

from __future__ import annotations

import os


class RiftmapError(Exception):
    """Base class of every error riftmap raises on purpose."""


class InputError(RiftmapError):
    """A file or record cannot be turned into an article; the message names it."""


class DecodeError(InputError):
    """A file's bytes are binary or cannot be decoded as text."""


class EmptyInput(InputError):
    """A file or record that was read but holds no article text (an empty file, an index page).

    It is reported as skipped, with its reason, but does not count as a failure.
    """


class StoreError(RiftmapError):
    """The database file cannot be opened or written (locked, newer, corrupt)."""


class ModelError(RiftmapError):
    """A shipped model is missing or corrupt; reinstall riftmap or retrain it."""


class UsageError(RiftmapError):
    """The request itself is malformed (bad option values, missing paths)."""


class KnowledgeBaseError(UsageError):
    """An actor knowledge-base file (``--kb``) is missing, not YAML, or malformed."""


def no_database(path: str | os.PathLike[str]) -> str:
    """What every reader says of a store that is not there (reading never creates one)."""
    return f"{path}: no such database; run `riftmap ingest` first"
