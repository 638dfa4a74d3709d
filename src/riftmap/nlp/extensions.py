"""Doc extensions set by riftmap's components, registered once and idempotently."""

from __future__ import annotations

from spacy.tokens import Doc


def register() -> None:
    """Register riftmap's Doc extensions.

    ``published``: the article's publication date (ISO string or None), set before the pipeline
    runs (see ``riftmap.nlp.pipeline.make_docs``) so that components can resolve role words and
    relative dates. ``quotes``, ``actors``, ``relations``: lists filled by our components.
    """
    for name in ("quotes", "actors", "relations", "published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
