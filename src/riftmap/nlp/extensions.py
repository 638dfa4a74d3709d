"""Doc extensions set by riftmap's components, registered once and idempotently."""

from __future__ import annotations

from spacy.tokens import Doc

# where ``doc_text`` keeps a document's text in ``Doc.user_data``
TEXT_KEY = "riftmap.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy rebuilds that string from every token on
    each access, and every component reads it. Kept in ``doc.user_data``: a document's text
    never changes once it is made (retokenizing keeps the characters)."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def register() -> None:
    """Register riftmap's Doc extensions.

    ``published``: the article's publication date (ISO string or None), set before the pipeline
    runs (see ``riftmap.nlp.pipeline.make_docs``) so that components can resolve role words and
    relative dates. ``quotes``, ``actors``, ``relations``: lists filled by our components.
    """
    for name in ("quotes", "actors", "relations", "published"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    # ``token_actor``: token index -> actor id for every token of every resolved mention
    # (names, titles, epithets, groups, pronouns), set by the actor component.
    # ``corpus_actors``: a ``riftmap.nlp.actors.corpus.CorpusActors`` handed in for one
    # document, so that ids and learned descriptors are shared across a corpus; cleared once
    # used.
    for name in ("token_actor", "corpus_actors"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
