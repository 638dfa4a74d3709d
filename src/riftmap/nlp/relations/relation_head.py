"""The relation head: the polarity of a statement toward one actor it names, as answer keys
of real articles read it.

The stance encoder is fine-tuned on NewsMTSC, which says how a sentence treats a person; a
relation says how a speaker treats an actor, and keyed news reads differently in both
directions: a quoted attack on a rival is often reported in neutral words, and praise of a
party's own is rarely keyed where the sentence is only polite. So the decision is a second,
linear head on the same encoder: a multinomial logistic regression over the two encoder rows
the NewsMTSC head reads (``features``), that head's calibrated probabilities, the lexicons'
vote, and what the article says of the pair (kinds, how central each is to it, shared or
opposed parties). ``scripts/train_relation_head.py`` fits it on riftmap's own reads of the
keyed development set (``eval/devset``), labelled by its keys, and writes
``data/stance/relation_head.npz``. It costs one small matrix product per read; the encoder
runs once for both heads.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np

from riftmap.errors import ModelError
from riftmap.models import Actor
from riftmap.nlp.actors.epithets import PARTY_NAMES
from riftmap.nlp.relations.stance_model import POLARITIES, RESOURCE

HEAD_FILE = "relation_head.npz"
KINDS = ("person", "organization", "group")
# Held out by fifths on devset 001-579 (scripts/train_relation_head.py), requiring NewsMTSC's
# probability of the stance at 0.2, 0.3, 0.4 or 0.5 where no word votes for it read relation F1
# 0.456, 0.456, 0.455 and 0.451 against 0.459 unrequired, precision 0.551-0.561 against 0.545:
# flat to 0.4, the most precise there
SHOWN = 0.4


@dataclass(frozen=True)
class Pair:
    """What the article says of a statement's speaker and the actor it names."""

    source: str
    target: str
    source_kind: str = ""
    target_kind: str = ""
    source_mentions: int = 0
    target_mentions: int = 0
    most_mentions: int = 0  # of the article's most-named actor
    parties: str = ""  # "same", "opposed", or "" where either has no known party

    def vector(self) -> list[float]:
        """Kinds, each one's mentions as a share of the most-named actor's (how central it is
        to the article, whatever the article's length), and shared or opposed parties."""
        kinds = [float(self.source_kind == k) for k in KINDS]
        kinds += [float(self.target_kind == k) for k in KINDS]
        most = max(self.most_mentions, 1)
        shares = [self.source_mentions / most, self.target_mentions / most]
        return [*kinds, *shares, float(self.parties == "same"), float(self.parties == "opposed")]


class ArticlePairs:
    """The pairs of one article's actors: its actors by id and how often its most-named actor
    is named, read once per article."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors = {a.id: a for a in actors}
        self.most = max((len(a.mentions) for a in self.actors.values()), default=0)

    def of(self, source: str, target: str) -> Pair:
        """The pair's features (unknown ids give empty features)."""
        s, t = self.actors.get(source), self.actors.get(target)
        if s is None or t is None:
            return Pair(source, target)
        ps, pt = _parties(s), _parties(t)
        parties = "" if not ps or not pt else ("same" if ps & pt else "opposed")
        counts = (len(s.mentions), len(t.mentions), self.most)
        return Pair(source, target, s.type, t.type, *counts, parties)


def _parties(actor: Actor) -> set[str]:
    own = {actor.name} if actor.name in PARTY_NAMES else set()
    return own | {a for a in actor.affiliations if a in PARTY_NAMES}


@dataclass(frozen=True)
class HeadInput:
    """One read: the encoder's rows, NewsMTSC's calibrated probabilities, the lexicons' vote
    (-1, 0 or 1) and the pair."""

    features: np.ndarray
    stance: np.ndarray
    vote: int
    pair: Pair

    def vector(self) -> np.ndarray:
        votes = [float(self.vote < 0), float(self.vote > 0)]
        stance = np.log(np.asarray(self.stance, dtype=np.float64) + 1e-6)
        return np.concatenate([self.features.astype(np.float64), votes, stance, self.pair.vector()])


class RelationHead:
    """The fitted head: standardisation, weights, and the prior that trades the no-stance
    reading against the others (fitted for relation F1 by the training script)."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self.mean = arrays["mean"]
        self.scale = arrays["scale"]
        self.weights = arrays["weights"]
        self.bias = arrays["bias"]
        self.prior = arrays["prior"]

    def probabilities(self, read: HeadInput) -> np.ndarray:
        z = ((read.vector() - self.mean) / self.scale) @ self.weights + self.bias
        e = np.exp(z - z.max())
        out: np.ndarray = e / e.sum()
        return out

    def judge(self, read: HeadInput, hostile: bool = True) -> tuple[int, float]:
        """The polarity (``POLARITIES``) and its probability. A stance neither the words nor
        the sentence show (``shown``), or a hostile one where not allowed (``hostile``), is
        no stance."""
        probs = self.probabilities(read)
        polarity = POLARITIES[int((probs * self.prior).argmax())]
        if (polarity < 0 and not hostile) or not shown(read, polarity):
            polarity = 0
        return polarity, float(probs[POLARITIES.index(polarity)])


def shown(read: HeadInput, polarity: int) -> bool:
    """Whether the lexicons vote for ``polarity`` or NewsMTSC gives it at least ``SHOWN``. The
    head learns from the development set's feuds how often named actors are at odds; alone it
    reads "Romney suggested that Bush or Kasich would make strong nominees" as hostile."""
    return (
        polarity == 0
        or read.vote * polarity > 0
        or read.stance[POLARITIES.index(polarity)] >= SHOWN
    )


@cache
def relation_head() -> RelationHead:
    """The head shipped beside the stance model, loaded once per process."""
    return load_head(files("riftmap").joinpath("data", RESOURCE, HEAD_FILE).read_bytes())


def load_head(data: bytes) -> RelationHead:
    """A head from the bytes of its ``.npz`` file."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return RelationHead({k: arrays[k] for k in arrays.files})
    except (OSError, KeyError, ValueError) as exc:
        where = f"riftmap/data/{RESOURCE}/{HEAD_FILE}"
        raise ModelError(f"the relation head {where} does not load: {exc}") from exc
