"""The DuckDB store: schema and migrations, the single writer, and the read API."""

from __future__ import annotations

from riftmap.store.db import Store, Written
from riftmap.store.query import Corpus, Stats

__all__ = ["Corpus", "Stats", "Store", "Written"]
