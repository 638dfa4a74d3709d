"""The actor knowledge base: known actors with names, aliases, roles (with dates),
descriptors and affiliations. ``data/kb/default.yaml`` ships with riftmap; ``load_kb(paths)`` adds a
user's files (same format, documented in ``default.yaml`` and the README)."""

from __future__ import annotations

from riftmap.kb.loader import KBActor, KnowledgeBase, default_kb, load_kb, read_kb_file

__all__ = ["KBActor", "KnowledgeBase", "default_kb", "load_kb", "read_kb_file"]
