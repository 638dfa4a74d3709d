"""The attribute table and the lemma table set what the model's own attribute ruler and
lemmatizer set, token by token, on real articles (the development set's) and on the forms
their two-token rules are for; patterns the table cannot decide leave the work to spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from riftmap.nlp.pipeline import load_base_model
from riftmap.nlp.text.attribute_table import AttributeTable, Unsupported, compile_rules
from riftmap.nlp.text.lemma_table import LemmaTable

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [POS, TAG, DEP, MORPH, LEMMA, HEAD]
PARSE = ["riftmap_sentence_breaks", "tok2vec", "tagger", "parser"]
ODD_FORMS = (
    "Y'all gonna see it, he said. Let's go, c'mon, we gotta win. There's a vote and there "
    "are two more. It ain't over, and they're gonna say it isn't. \n\n  Hello   world."
)


@pytest.fixture(scope="module")
def base() -> Language:
    return load_base_model()


def _shipped(base: Language) -> tuple[AttributeRuler, Lemmatizer]:
    ruler, lemmatizer = base.get_pipe("attribute_ruler"), base.get_pipe("lemmatizer")
    assert isinstance(ruler, AttributeRuler) and isinstance(lemmatizer, Lemmatizer)
    return ruler, lemmatizer


def _tables(base: Language) -> tuple[AttributeTable, LemmaTable]:
    ruler = AttributeTable(base.vocab)
    ruler.add_patterns(_shipped(base)[0].patterns)
    lemmatizer = LemmaTable(base.vocab, None, mode="rule")
    lemmatizer.lookups = _shipped(base)[1].lookups
    return ruler, lemmatizer


def _parsed(base: Language, texts: list[str]) -> list[Doc]:
    with base.select_pipes(enable=PARSE):
        return list(base.pipe(texts))


def _same(base: Language, docs: list[Doc], ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
    shipped_ruler, shipped_lemmatizer = _shipped(base)
    for doc in docs:
        ours = Doc(doc.vocab).from_bytes(doc.to_bytes())
        theirs = shipped_lemmatizer(shipped_ruler(doc))
        ours = lemmatizer(ruler(ours))
        assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()
        assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == [
            (t.pos_, str(t.morph), t.lemma_) for t in theirs
        ]


def test_tables_set_what_the_model_sets_on_real_articles(base: Language) -> None:
    paths = sorted((ROOT / "eval" / "devset" / "texts").glob("*.txt"))[:12]
    docs = _parsed(base, [p.read_text(encoding="utf-8") for p in paths])
    ruler, lemmatizer = _tables(base)
    assert sum(len(d) for d in docs) > 2500
    _same(base, docs, ruler, lemmatizer)
    assert ruler.supported


def test_two_token_rules_and_spaces_apply(base: Language) -> None:
    ruler, lemmatizer = _tables(base)
    (doc,) = _parsed(base, [ODD_FORMS])
    _same(base, [doc], ruler, lemmatizer)
    done = lemmatizer(ruler(Doc(doc.vocab).from_bytes(doc.to_bytes())))
    lemmas = {t.lower_: t.lemma_ for t in done}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"  # set by a two-token rule
    assert any(t.pos_ == "SPACE" for t in done)


def test_unsupported_patterns_fall_back_to_the_matcher(base: Language) -> None:
    with pytest.raises(Unsupported):
        compile_rules([([[{"LOWER": "a", "OP": "+"}]], {POS: 1}, 0)])
    ruler = AttributeTable(base.vocab)
    ruler.add_patterns(_shipped(base)[0].patterns)
    ruler.add([[{"LENGTH": 3}]], {"LEMMA": "three"})  # LENGTH: not one the table reads
    (doc,) = _parsed(base, ["The cat sat on the mat."])
    done = ruler(doc)
    assert not ruler.supported
    assert [t.lemma_ for t in done if len(t) == 3] == ["three"] * 5


def test_saved_ruler_keeps_its_patterns(base: Language, tmp_path: Path) -> None:
    ruler, _ = _tables(base)
    ruler.to_disk(tmp_path / "ruler")
    loaded = AttributeTable(base.vocab).from_disk(tmp_path / "ruler")
    assert isinstance(loaded, AttributeTable) and loaded.patterns == ruler.patterns
    (doc,) = _parsed(base, [ODD_FORMS])
    _same(base, [doc], loaded, _tables(base)[1])
