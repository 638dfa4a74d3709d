"""The taggers' strings made per kind of token (``nlp.attribution.cue_strings``) against
those made per token (``features.cue_features`` and ``DocFacts.role_base``, with which the
models were trained): the same strings in the same order, whether a kind is new, kept from
an earlier document or forgotten when the cache was full."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.nlp.attribution.component import DEFAULT_MODEL_DIR, AttributionModel
from riftmap.nlp.attribution.cue_strings import TokenStrings
from riftmap.nlp.attribution.features import cue_features, doc_facts

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear" / "dev" / "text"

# words of every part the features read: verbs of saying and British spellings (the cue
# lexicon), names and titles (entities, title case), quotation marks of both levels, dashes,
# colons, paragraph breaks and a word outside ASCII
WORDS = (
    "said", "says", "told", "criticised", "labelled", "according", "to", "the", "a", "Mr.",
    "Smith", "Ms.", "Warren", "of", "Reuters", "minister", "president", "would", "not",
    "believes", "that", "it", "was", "wrong", "and", "he", "she", "they", "argued", "in",
    "Paris", "on", "Monday", ",", ".", ":", "—", '"', "“", "”", "'", "‘", "’", "\n\n", "naïve",
    "analysed", "organisation", "warned", "?", "Trump", "reporters", "statement",
)  # fmt: skip


@pytest.fixture(scope="module")
def model() -> AttributionModel:
    return AttributionModel(DEFAULT_MODEL_DIR)


def _assert_same_strings(doc: Doc, model: AttributionModel, strings: TokenStrings) -> None:
    facts = doc_facts(doc, model.lexicon)
    made = strings.on(facts)
    assert [made.role_base(i) for i in range(len(doc))] == facts.role_base
    for start, end in facts.sent_bounds:
        expected = cue_features(facts, start, end)
        assert made.cue_items(start, end) == [[s.encode() for s in item] for item in expected]


def test_real_documents_make_the_same_strings(nlp: Language, model: AttributionModel) -> None:
    """The example articles and a few PolNeAR dev texts, one cache across them (so that
    later documents read kinds an earlier one made) and one that forgets at every document."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted(POLNEAR.glob("*.txt"))[:4]]
    shared, forgetful = TokenStrings(model.lexicon), TokenStrings(model.lexicon, limit=10)
    for doc in nlp.pipe(texts):
        _assert_same_strings(doc, model, shared)
        _assert_same_strings(doc, model, forgetful)
    assert len(shared.kinds) > 1000


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), max_size=4))
def test_generated_texts_make_the_same_strings(
    nlp: Language, model: AttributionModel, sentences: list[list[str]]
) -> None:
    text = "\n".join(" ".join(words) for words in sentences)
    _assert_same_strings(nlp(text), model, model.token_strings)


def test_encoded_strings_tag_as_the_strings(nlp: Language, model: AttributionModel) -> None:
    """python-crfsuite reads a string and its UTF-8 bytes alike (labels and marginals)."""
    doc = nlp("“It was naïve,” Mr. Smith told Reuters. She said: “No.”\n\nHe criticised it.")
    facts = doc_facts(doc, model.lexicon)
    made = model.token_strings.on(facts)
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model.files["cue.crfsuite"])
    for start, end in facts.sent_bounds:
        tags = tagger.tag(cue_features(facts, start, end))
        marginals = [tagger.marginal(tag, i) for i, tag in enumerate(tags)]
        assert tagger.tag(made.cue_items(start, end)) == tags
        assert [tagger.marginal(tag, i) for i, tag in enumerate(tags)] == marginals
