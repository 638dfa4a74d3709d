"""The store behind the web app: one DuckDB connection, one cursor per request.

The file is opened read-only unless edits are allowed, so a server started to browse a store
can never change it. DuckDB cursors are per-thread connections to the same database, so the
app's worker threads read in parallel; writes (corrections, merges) take a lock, one at a
time, each in its own transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from riftmap.errors import StoreError
from riftmap.store import Store
from riftmap.store.migrations import CURRENT, version_of


class Database:
    """The store the app serves, and whether it may be written."""

    def __init__(self, path: Path, *, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self.store = Store.open(path, read_only=not writable)
        found = version_of(self.store.con)
        if found < CURRENT:
            self.store.close()
            raise StoreError(
                f"{path}: schema version {found}, this riftmap reads {CURRENT}; upgrade it once "
                "with `riftmap serve --allow-edits` or any `riftmap ingest` into it"
            )
        self._write = threading.Lock()
        self._generation = 0

    @property
    def generation(self) -> int:
        """Bumped after every write: caches keyed by it are dropped when the data changes."""
        return self._generation

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A ``Store`` on a cursor of its own, for one request."""
        cursor = self.store.con.cursor()
        try:
            yield Store(cursor, self.path)
        finally:
            cursor.close()

    @contextmanager
    def writer(self, *, transaction: bool = True) -> Iterator[Store]:
        """A cursor for one write at a time, in one transaction unless the callee opens its
        own (``transaction=False``)."""
        if not self.writable:
            raise PermissionError(
                "the store is open read-only: start the server with --allow-edits"
            )
        with self._write:
            cursor = self.store.con.cursor()
            if transaction:
                cursor.begin()
            try:
                yield Store(cursor, self.path)
                if transaction:
                    cursor.commit()
            except BaseException:
                if transaction:
                    cursor.rollback()
                raise
            finally:
                cursor.close()
                self._generation += 1

    def close(self) -> None:
        self.store.close()
