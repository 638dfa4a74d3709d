"""Speaker resolution (work in progress)."""

from __future__ import annotations

from spacy.tokens import Doc

from riftmap.nlp import extensions


class SpeakerComponent:
    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc
