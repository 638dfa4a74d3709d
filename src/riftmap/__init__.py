"""riftmap: who said what about whom, with evidence, from a pile of news articles."""

from __future__ import annotations

from riftmap.api import extract, extract_paths, factions, network, open, rifts
from riftmap.api import ingest as ingest_paths
from riftmap.errors import DecodeError, InputError, RiftmapError
from riftmap.ingest import read_paths
from riftmap.models import Actor, Article, Extraction, Quote, Relation, Span
from riftmap.network.rows import Slice

__all__ = [
    "Actor",
    "Article",
    "DecodeError",
    "Extraction",
    "InputError",
    "Quote",
    "Relation",
    "RiftmapError",
    "Slice",
    "Span",
    "extract",
    "extract_paths",
    "factions",
    "ingest_paths",
    "network",
    "open",
    "read_paths",
    "rifts",
]
__version__ = "0.1.0"
