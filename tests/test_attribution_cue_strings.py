"""The taggers' token features (``nlp.attribution.cue_strings``), which the pipeline tags
with and scripts/train_attribution.py trains on: the features the shipped cue model knows,
written out for one sentence, the same whether a kind of token is new, kept from an earlier
document or forgotten when the cache was full, and read by python-crfsuite as ``bytes``
exactly as the strings (in tagging and in training)."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest
from crf_support import feature_template
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.nlp.attribution.component import DEFAULT_MODEL_DIR, AttributionModel
from riftmap.nlp.attribution.crf import CrfModel
from riftmap.nlp.attribution.cue_strings import TokenStrings
from riftmap.nlp.attribution.features import doc_facts

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


def _items(doc: Doc, strings: TokenStrings) -> list[list[list[str]]]:
    """The cue features of each sentence of ``doc``, decoded."""
    made = strings.on(doc_facts(doc, strings.lexicon))
    return [
        [[f.decode() for f in item] for item in made.cue_items(start, end)]
        for start, end in made.facts.sent_bounds
    ]


def test_the_cue_features_are_those_the_shipped_model_was_trained_on(
    nlp: Language, model: AttributionModel
) -> None:
    """Every feature the example articles make is one the shipped cue model knows, and it
    knows no other; those of few values take the same ones. A feature renamed, added or
    dropped without retraining fails here."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    made = {
        f
        for doc in nlp.pipe(texts)
        for sentence in _items(doc, model.token_strings)
        for item in sentence
        for f in item
    }
    known = CrfModel.from_bytes(model.files["cue.crfsuite"]).attribute_ids
    assert {feature_template(f) for f in made} == {feature_template(a) for a in known}
    few = ("lex=", "lexw=", "-1lex=", "1lex=", "q=")
    assert {f for f in made if feature_template(f) in few} == {
        a for a in known if feature_template(a) in few
    }


def test_a_sentence_makes_the_features_written_out(nlp: Language, model: AttributionModel) -> None:
    """A few tokens' features in full, as the module's docstring defines them: a sentence's
    first and last tokens (its edges), a verb of saying (its children, the lexicon's top
    bucket) and a word whose lemma and form fall in different buckets; a value read from
    the wrong token or attribute fails here."""
    doc = nlp("Mr. Smith said on Monday that the plan was “wrong.”")
    (sentence,) = _items(doc, TokenStrings(model.lexicon))
    assert [t.text for t in doc] == [
        "Mr.", "Smith", "said", "on", "Monday", "that", "the", "plan", "was", "“", "wrong",
        ".", "”",
    ]  # fmt: skip
    assert sentence[0] == [
        "w=mr.", "l=mr.", "p=NNP", "d=compound", "hl=smith", "hd=nsubj", "lex=0", "lexw=0",
        "e=-", "q=0", "title", "parstart",
        "-2BOS", "-1BOS", "1w=smith", "1l=smith", "1p=NNP", "1d=nsubj", "1lex=0", "2w=said",
    ]  # fmt: skip
    assert sentence[2] == [
        "w=said", "l=say", "p=VBD", "d=ROOT", "hl=say", "hd=ROOT", "lex=4", "lexw=4", "e=-",
        "q=0", "cd=ccomp", "cd=nsubj", "cd=prep", "cd=punct", "lcd=say|ccomp",
        "lcd=say|nsubj", "lcd=say|prep", "subj=PERSON", "qchild",
        "-2w=mr.", "-1w=smith", "-1l=smith", "-1p=NNP", "-1d=nsubj", "-1lex=0",
        "1w=on", "1l=on", "1p=IN", "1d=prep", "1lex=1", "2w=monday",
    ]  # fmt: skip
    assert sentence[8] == [
        "w=was", "l=be", "p=VBD", "d=ccomp", "hl=say", "hd=ROOT", "lex=1", "lexw=2", "e=-",
        "q=0", "cd=mark", "cd=nsubj", "cd=punct", "lcd=be|nsubj", "subj=NN", "qchild",
        "-2w=the", "-1w=plan", "-1l=plan", "-1p=NN", "-1d=nsubj", "-1lex=2",
        "1w=“", '1l="', "1p=``", "1d=punct", "1lex=0", "2w=wrong",
    ]  # fmt: skip
    assert sentence[12] == [
        "w=”", 'l="', "p=''", "d=punct", "hl=say", "hd=ROOT", "lex=0", "lexw=0", "e=-", "q=0",
        "qmark", "-2w=wrong", "-1w=.", "-1l=.", "-1p=.", "-1d=punct", "-1lex=0", "1EOS", "2EOS",
    ]  # fmt: skip
    own = TokenStrings(model.lexicon).on(doc_facts(doc, model.lexicon)).role_base
    # the role tagger's: the same without the lexicon's two and the window
    assert own(2) == [f for f in sentence[2][:19] if not f.startswith("lex")]
    assert own(10) == ["w=wrong", "l=wrong", "p=JJ", "d=acomp", "hl=be", "hd=ccomp", "e=-", "q=1"]


def test_a_kept_or_forgotten_kind_makes_the_same_strings(
    nlp: Language, model: AttributionModel
) -> None:
    """The example articles and a few PolNeAR dev texts through one cache (later documents
    read kinds an earlier one made), one that forgets at every document and a new one per
    document."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    dev = [p.read_text("utf-8") for p in sorted(POLNEAR.glob("*.txt"))[:4]]
    texts += dev
    kept, forgetful = TokenStrings(model.lexicon), TokenStrings(model.lexicon, limit=10)
    for doc in nlp.pipe(texts):
        fresh = _items(doc, TokenStrings(model.lexicon))
        assert _items(doc, kept) == fresh
        assert _items(doc, forgetful) == fresh
        # cleared before the document, so it holds this document's kinds only
        assert len(forgetful.kinds) == len(set(doc_facts(doc, model.lexicon).tokens.kinds))
    # the two examples alone make about 880 kinds; with PolNeAR's texts, over 1,000
    assert len(kept.kinds) > (1000 if dev else 800)


def test_a_cache_takes_only_its_own_lexicons_facts(nlp: Language, model: AttributionModel) -> None:
    """Its kinds are keyed by the parser's strings, their buckets read its lexicon."""
    facts = doc_facts(nlp("He said so."), dict(model.lexicon))
    with pytest.raises(ValueError, match="another cue lexicon"):
        model.token_strings.on(facts)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), max_size=4))
def test_generated_texts_make_the_same_strings_from_a_kept_cache(
    nlp: Language, model: AttributionModel, sentences: list[list[str]]
) -> None:
    doc = nlp("\n".join(" ".join(words) for words in sentences))
    fresh = _items(doc, TokenStrings(model.lexicon))
    assert _items(doc, model.token_strings) == fresh


def test_encoded_strings_tag_as_the_strings(nlp: Language, model: AttributionModel) -> None:
    """python-crfsuite reads a string and its UTF-8 bytes alike (labels and marginals)."""
    doc = nlp("“It was naïve,” Mr. Smith told Reuters. She said: “No.”\n\nHe criticised it.")
    made = model.token_strings.on(doc_facts(doc, model.lexicon))
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model.files["cue.crfsuite"])
    for start, end in made.facts.sent_bounds:
        items = made.cue_items(start, end)
        tags = tagger.tag([[f.decode() for f in item] for item in items])
        marginals = [tagger.marginal(tag, i) for i, tag in enumerate(tags)]
        assert tagger.tag(items) == tags
        assert [tagger.marginal(tag, i) for i, tag in enumerate(tags)] == marginals


def test_encoded_strings_train_as_the_strings(
    nlp: Language, model: AttributionModel, tmp_path: Path
) -> None:
    """CRFsuite writes the same model from the UTF-8 bytes training gives it as from the
    strings (the shipped one was trained on strings)."""
    doc = nlp("“It was naïve,” Mr. Smith told Reuters. She said: “No.”\n\nHe criticised it.")
    made = model.token_strings.on(doc_facts(doc, model.lexicon))
    items = [made.cue_items(start, end) for start, end in made.facts.sent_bounds]
    labels = [["B-CUE" if "w=told" in s or "w=said" in s else "O" for s in x] for x in items]
    written = []
    for form, xseqs in (
        ("bytes", items),
        ("str", [[[f.decode() for f in item] for item in x] for x in items]),
    ):
        trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
        for xseq, yseq in zip(xseqs, labels, strict=True):
            trainer.append(xseq, yseq)
        trainer.set_params({"max_iterations": 5})
        trainer.train(str(tmp_path / form))
        written.append((tmp_path / form).read_bytes())
    assert written[0] == written[1]
