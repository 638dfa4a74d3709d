"""Attribution engine (work in progress)."""

from __future__ import annotations

from spacy.tokens import Doc

from riftmap.nlp import extensions


class AttributionComponent:
    def __init__(self, *, model_dir: str | None = None) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc
