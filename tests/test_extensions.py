"""The per-document text cache: the same string as ``doc.text``, joined once."""

from __future__ import annotations

from spacy.lang.en import English

from riftmap.nlp.extensions import doc_text


def test_doc_text_is_the_docs_text_joined_once() -> None:
    doc = English()("“Jones failed us,” Smith said.  Twice.\n")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # kept, not joined again
    assert doc.text is not doc.text  # which spaCy does on every access
