"""The relation head: the pair's features, the decision rule and the shipped arrays."""

from __future__ import annotations

import io

import numpy as np
import pytest

from riftmap.errors import ModelError
from riftmap.models import Actor, Span
from riftmap.nlp.relations.relation_head import (
    SHOWN,
    ArticlePairs,
    HeadInput,
    Pair,
    RelationHead,
    load_head,
    relation_head,
)
from riftmap.nlp.relations.stance_model import Target, stance_model

TEXT = "Smith and Jones"


def actor(ident: str, affiliations: tuple[str, ...] = (), n: int = 1) -> Actor:
    return Actor(
        ident, ident.title(), "person", (Span.of(TEXT, 0, 5),) * n, (), (), (), affiliations
    )


def test_the_pair_says_whether_the_two_share_a_party() -> None:
    pairs = ArticlePairs(
        [
            actor("smith", ("Republican Party",), n=3),
            actor("jones", ("Democratic Party",)),
            actor("garcia", ("Republican Party",)),
            actor("lee"),
            Actor("republican-party", "Republican Party", "organization"),
        ]
    )
    assert pairs.of("smith", "jones").parties == "opposed"
    assert pairs.of("smith", "garcia").parties == "same"
    assert pairs.of("smith", "republican-party").parties == "same"  # the party itself
    assert pairs.of("smith", "lee").parties == ""
    assert pairs.of("smith", "nobody") == Pair("smith", "nobody")
    vector = pairs.of("smith", "jones").vector()
    assert vector[:6] == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]  # two persons
    assert vector[6:8] == pytest.approx([1.0, 1 / 3])  # named as often as the most named
    assert vector[8:] == [0.0, 1.0]


def toy_head(bias: tuple[float, float, float], prior: tuple[float, float, float]) -> RelationHead:
    """A head that ignores its input: the probabilities are the softmax of ``bias``."""
    width = len(read().vector())
    return RelationHead(
        {
            "mean": np.zeros(width),
            "scale": np.ones(width),
            "weights": np.zeros((width, 3)),
            "bias": np.log(np.array(bias)),
            "prior": np.array(prior),
        }
    )


def read(vote: int = 0, stance: tuple[float, float, float] = (0.5, 0.3, 0.2)) -> HeadInput:
    return HeadInput(np.zeros(4, dtype=np.float32), np.array(stance), vote, Pair("a", "b"))


def test_a_hostile_reading_where_none_is_allowed_is_no_stance() -> None:
    head = toy_head((0.6, 0.3, 0.1), (1.0, 1.0, 1.0))
    assert head.judge(read()) == (-1, pytest.approx(0.6))
    assert head.judge(read(), hostile=False) == (0, pytest.approx(0.3))


def test_the_prior_weighs_no_stance_against_a_stance() -> None:
    """No stance at 0.45 loses to hostility at 0.35 once weighed by half; the confidence is
    the probability itself, not the weighed one."""
    assert toy_head((0.35, 0.45, 0.2), (1.0, 1.0, 1.0)).judge(read())[0] == 0
    assert toy_head((0.35, 0.45, 0.2), (1.0, 0.5, 1.0)).judge(read()) == (-1, pytest.approx(0.35))


def test_a_stance_neither_the_words_nor_the_sentence_show_is_no_stance() -> None:
    head = toy_head((0.6, 0.3, 0.1), (1.0, 1.0, 1.0))
    assert head.judge(read(stance=(0.2, 0.6, 0.2)))[0] == 0  # NewsMTSC under SHOWN
    assert head.judge(read(vote=-1, stance=(0.2, 0.6, 0.2)))[0] == -1  # a hostile word
    assert head.judge(read(stance=(SHOWN, 0.5, 0.1)))[0] == -1


def test_the_shipped_head_reads_the_stance_models_encoder_rows() -> None:
    """The arrays fit the encoder's output: its rows, the lexicons' vote, NewsMTSC's three
    probabilities and the pair's ten features."""
    model = stance_model()
    logits, features = model.read([Target("Smith said Jones lied.", 11, 16)])
    assert features.shape == (1, 768)
    ask = HeadInput(features[0], model.calibrated(logits)[0], -1, Pair("smith", "jones"))
    head = relation_head()
    assert head.mean.shape == head.scale.shape == ask.vector().shape == (768 + 2 + 3 + 10,)
    assert head.weights.shape == (768 + 15, 3)
    probs = head.probabilities(ask)
    assert probs.sum() == pytest.approx(1.0) and (probs > 0).all()


def test_a_broken_head_file_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="relation head"):
        load_head(b"not an npz file")
    buffer = io.BytesIO()
    np.savez(buffer, mean=np.zeros(3))  # no weights
    with pytest.raises(ModelError, match="relation head"):
        load_head(buffer.getvalue())
