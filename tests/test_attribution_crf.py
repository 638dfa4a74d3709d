"""The role tagger run in numpy (``nlp.attribution.crf``, ``nlp.attribution.role_scores``)
against python-crfsuite, which trains the models and stays the reference: the same labels
on real documents' windows and on generated sequences, the same scores bit for bit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from crf_support import feature_template
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from riftmap.errors import ModelError
from riftmap.nlp.attribution.component import DEFAULT_MODEL_DIR, AttributionModel
from riftmap.nlp.attribution.crf import CrfModel, viterbi
from riftmap.nlp.attribution.features import doc_facts, role_window_of
from riftmap.nlp.attribution.role_features import role_features

ROOT = Path(__file__).resolve().parent.parent
MODEL_FILES = ("cue.crfsuite", "role.crfsuite")


@pytest.fixture(scope="module")
def model() -> AttributionModel:
    return AttributionModel(DEFAULT_MODEL_DIR)


@pytest.fixture(scope="module")
def reference(model: AttributionModel) -> dict[str, pycrfsuite.Tagger]:
    taggers = {}
    for name in MODEL_FILES:
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(model.files[name])
        taggers[name] = tagger
    return taggers


@pytest.fixture(scope="module")
def models(model: AttributionModel) -> dict[str, CrfModel]:
    return {name: CrfModel.from_bytes(model.files[name]) for name in MODEL_FILES}


def _scores(crf: CrfModel, xseqs: list[list[list[str]]]) -> tuple[np.ndarray, np.ndarray]:
    """State scores summed one attribute at a time in Python, as CRFsuite sums them."""
    lengths = np.array([len(x) for x in xseqs], dtype=np.int64)
    scores = np.zeros((len(xseqs), int(lengths.max(initial=0)), len(crf.labels)))
    for b, xseq in enumerate(xseqs):
        for t, item in enumerate(xseq):
            ids = crf.ids(item)
            for label in range(len(crf.labels)):
                total = 0.0
                for weight in crf.state[label, ids].tolist():
                    total += weight
                scores[b, t, label] = total
    return scores, lengths


@pytest.mark.parametrize("name", MODEL_FILES)
def test_the_shipped_models_read_as_crfsuite_reads_them(
    name: str, models: dict[str, CrfModel], reference: dict[str, pycrfsuite.Tagger]
) -> None:
    crf = models[name]
    assert list(crf.labels) == reference[name].labels()
    assert crf.state.shape == (len(crf.labels), len(crf.attribute_ids) + 1)
    assert not crf.state[:, -1].any()  # the column of unknown attributes adds nothing


def test_role_windows_of_real_documents_tag_as_with_crfsuite(
    nlp: Language, model: AttributionModel, reference: dict[str, pycrfsuite.Tagger]
) -> None:
    """Every verb of the example articles (and a few PolNeAR dev texts when present) taken
    as a cue: the numpy tagger's scores equal CRFsuite's sums of role_features' strings, and
    its labels CRFsuite's."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    polnear = ROOT.parent / "shared" / "corpora" / "polnear" / "dev" / "text"
    dev = [p.read_text("utf-8") for p in sorted(polnear.glob("*.txt"))[:4]]
    texts += dev
    crf = model.role_tagger.model
    windows = 0
    for doc in nlp.pipe(texts):
        facts = doc_facts(doc, model.lexicon)
        cues = [(t.i, t.i + 1) for t in doc if t.pos_ in ("VERB", "AUX")]
        cues += [cue for cue, _conf in model._cues(facts)]
        own = model.token_strings.on(facts).role_base
        tagger = model.role_tagger.on(facts, own)
        tagged = tagger.tag(cues)
        feats = role_features(facts, cues, own)
        windows_of = [role_window_of(facts, *cue) for cue in cues]
        scores = tagger._scores(windows_of)
        expected, _ = _scores(crf, [f for _lo, _hi, f in feats])
        flat = np.concatenate([expected[b, : hi - lo] for b, (lo, hi, _f) in enumerate(feats)])
        assert np.array_equal(scores, flat)
        for (lo, labels), (lo_ref, _hi, xseq) in zip(tagged, feats, strict=True):
            assert lo == lo_ref
            assert labels == reference["role.crfsuite"].tag(xseq)
        windows += len(cues)
    # the two examples alone make about 350 windows; with PolNeAR's texts, over 500
    assert windows > (500 if dev else 300)


def test_the_role_features_are_those_the_shipped_model_was_trained_on(
    nlp: Language, model: AttributionModel
) -> None:
    """Every feature role_features makes on the example articles (every verb a cue) is one
    the shipped model knows, and it knows no other; those of few values take the same ones.
    A feature renamed, added or dropped without retraining fails here."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    made: set[str] = set()
    for doc in nlp.pipe(texts):
        facts = doc_facts(doc, model.lexicon)
        cues = [(t.i, t.i + 1) for t in doc if t.pos_ in ("VERB", "AUX")]
        own = model.token_strings.on(facts).role_base
        for _lo, _hi, feats in role_features(facts, cues, own):
            made.update(f for token in feats for f in token)
    known = model.role_tagger.model.attribute_ids
    assert {feature_template(f) for f in made} == {feature_template(a) for a in known}
    few = ("side=", "dist=", "ds=", "q=")
    assert {f for f in made if feature_template(f) in few} == {
        a for a in known if feature_template(a) in few
    }


def _viterbi_reference(transition: list[list[float]], scores: list[list[float]]) -> list[int]:
    """CRFsuite's ``crf1dc_viterbi`` written out: a later label replaces the best only when
    strictly better."""
    if not scores:
        return []
    n = len(transition)
    best, back = [list(scores[0])], [[0] * n]
    for state in scores[1:]:
        prev, cur, links = best[-1], [], []
        for j in range(n):
            top, arg = -float("inf"), 0
            for i in range(n):
                if top < prev[i] + transition[i][j]:
                    top, arg = prev[i] + transition[i][j], i
            cur.append(top + state[j])
            links.append(arg)
        best.append(cur)
        back.append(links)
    path = [max(range(n), key=lambda i: (best[-1][i], -i))]
    for links in reversed(back[1:]):
        path.append(links[path[-1]])
    return path[::-1]


# few distinct values, so that equal scores (ties) are common
_VALUES = st.sampled_from([0.0, 1.0, -1.0, 0.5, 2.25])


def _row(n: int) -> st.SearchStrategy[list[float]]:
    return st.lists(_VALUES, min_size=n, max_size=n)


@settings(max_examples=150, deadline=None)
@given(
    n_labels=st.integers(1, 5),
    data=st.data(),
)
def test_viterbi_breaks_ties_and_pads_as_crfsuite(n_labels: int, data: st.DataObject) -> None:
    transition = data.draw(
        st.lists(
            st.lists(_VALUES, min_size=n_labels, max_size=n_labels),
            min_size=n_labels,
            max_size=n_labels,
        )
    )
    seqs = data.draw(
        st.lists(
            st.lists(_row(n_labels), max_size=7),
            min_size=1,
            max_size=4,
        )
    )
    lengths = np.array([len(s) for s in seqs], dtype=np.int64)
    scores = np.zeros((len(seqs), int(lengths.max()), n_labels))
    for b, seq in enumerate(seqs):
        scores[b, : len(seq)] = np.array(seq).reshape(len(seq), n_labels)
    paths = viterbi(np.array(transition), scores, lengths)
    assert paths == [_viterbi_reference(transition, seq) for seq in seqs]


_UNKNOWN = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=12
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), name=st.sampled_from(MODEL_FILES))
def test_generated_sequences_tag_as_with_crfsuite(
    data: st.DataObject,
    name: str,
    models: dict[str, CrfModel],
    reference: dict[str, pycrfsuite.Tagger],
) -> None:
    """Sequences of attributes the model knows (drawn with repeats) and ones it does not."""
    crf = models[name]
    known = st.integers(0, len(crf.attribute_ids) - 1).map(_attribute_names(crf).__getitem__)
    item = st.lists(st.one_of(known, known, known, _UNKNOWN), max_size=30)
    xseqs = data.draw(st.lists(st.lists(item, min_size=1, max_size=12), min_size=1, max_size=5))
    scores, lengths = _scores(crf, xseqs)
    paths = viterbi(crf.transition, scores, lengths)
    for xseq, path in zip(xseqs, paths, strict=True):
        assert [crf.labels[i] for i in path] == reference[name].tag(xseq)


_NAMES: dict[int, list[str]] = {}


def _attribute_names(crf: CrfModel) -> list[str]:
    if id(crf) not in _NAMES:
        _NAMES[id(crf)] = list(crf.attribute_ids)
    return _NAMES[id(crf)]


def test_a_file_that_is_no_crfsuite_model_does_not_load(
    model: AttributionModel, tmp_path: Path
) -> None:
    role = model.files["role.crfsuite"]
    for broken in (b"", b"lCRF" + bytes(60), role[:5000], role[:48] + bytes(len(role) - 48)):
        with pytest.raises(ValueError):
            CrfModel.from_bytes(broken)
    model.save(tmp_path)
    (tmp_path / "role.crfsuite").write_bytes(role[: len(role) // 2])
    with pytest.raises(ModelError, match=r"role\.crfsuite: not a CRFsuite model"):
        AttributionModel(tmp_path)
