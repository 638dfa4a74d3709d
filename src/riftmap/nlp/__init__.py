"""spaCy components of riftmap; ``build_nlp`` assembles the pipeline."""

from __future__ import annotations

from riftmap.nlp.pipeline import build_nlp

__all__ = ["build_nlp"]
