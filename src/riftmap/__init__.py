"""riftmap: who said what about whom, with evidence, from a pile of news articles."""

from __future__ import annotations

from riftmap.api import extract
from riftmap.models import Actor, Article, Extraction, Quote, Span

__all__ = ["Actor", "Article", "Extraction", "Quote", "Span", "extract"]
__version__ = "0.1.0"
