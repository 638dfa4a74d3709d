"""The English model's rule lemmatizer, its lemmas kept by token kind.

spaCy's rule lemmatizer reads each token's text, part of speech and morphology, and nothing
else, to choose its lemma; but it visits every token in Python and keeps only some of its
answers (not those of base forms, the commonest). ``LemmaTable`` asks it once per (text,
part of speech, morphology) and writes a document's lemmas as one column, so the lemmas are
the lemmatizer's own (``tests/test_attribute_table`` compares them token by token on real
articles). Lemmas already set (by the attribute ruler) are kept, as the model's lemmatizer
does with ``overwrite`` off; in any other mode or with ``overwrite`` on it lemmatizes as
spaCy does.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

READ = [ORTH, POS, MORPH, LEMMA]


class LemmaTable(EnglishLemmatizer):
    """``EnglishLemmatizer`` with its lemmas kept by (text, part of speech, morphology)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lemmas: dict[tuple[int, int, int], int] = {}
        self._indexed: Lookups | None = None

    def indexed(self) -> Lookups:
        """The lookups with each word index (a list of tens of thousands of words, which the
        rules test membership in) as a set: the same answers, without scanning the list."""
        if self._indexed is None:
            indexed = Lookups()
            for name in self.lookups.tables:
                table, copy = self.lookups.get_table(name), Table(name=name)
                for key, value in table.items():
                    copy[key] = frozenset(value) if name == "lemma_index" else value
                indexed.set_table(name, copy)
            self._indexed = indexed
        return self._indexed

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite or len(doc) == 0:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        rows = doc.to_array(READ)
        todo = numpy.flatnonzero(rows[:, 3] == 0)
        if todo.size == 0:
            return doc
        unique, first, inverse = numpy.unique(
            rows[todo, :3], axis=0, return_index=True, return_inverse=True
        )
        keys = zip(unique.tolist(), todo[first].tolist(), strict=True)
        lemmas = numpy.array([self._lemma(doc, key, i) for key, i in keys], dtype=numpy.uint64)
        rows[todo, 3] = lemmas[inverse.reshape(-1)]
        doc.from_array([LEMMA], cast(Ints2d, rows[:, 3:4]))
        return doc

    def _lemma(self, doc: Doc, key: list[int], i: int) -> int:
        kind = (key[0], key[1], key[2])
        lemma = self.lemmas.get(kind)
        if lemma is None:
            shipped, self.lookups = self.lookups, self.indexed()
            try:
                text = self.lemmatize(doc[i])[0]
            finally:
                self.lookups = shipped
            lemma = self.lemmas[kind] = doc.vocab.strings.add(text)
            # spaCy's own cache has the same key and would keep a list per kind for good
            self.cache.clear()
        return lemma


def use_table(nlp: Language, name: str = "lemmatizer") -> None:
    """Replace ``nlp``'s English rule lemmatizer by a ``LemmaTable`` with its lookups (the
    factory ``riftmap_lemmatizer`` of ``riftmap.nlp.factories``)."""
    old = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return
    assert isinstance(old, Lemmatizer)
    new = nlp.replace_pipe(
        name, "riftmap_lemmatizer", config={"mode": old.mode, "overwrite": old.overwrite}
    )
    assert isinstance(new, LemmaTable)
    new.lookups = old.lookups
