"""The role tagger run from attribute ids: the features of ``features.role_features``, scored
without making most of their strings.

A token's role features are its own, cue-independent ones (``DocFacts.role_base``, about 9),
five that depend only on its dependency path from the cue and its side of it, and those of
its position (distance, sentence offset, quotation, the words before and after it, the path
and side after the word before). Over PolNeAR dev a token lies in 2.2 cues' windows on average
and a window's 83 tokens share 14 (path, side) pairs: the token's own features are looked up
once per document, the path's once per window, the position's from ids read once per model
or per document, and the scores of a document's windows are sums of rows of the model's
weights, a feature at a time over the whole batch. python-crfsuite made and looked up every
string of every window (see docs/benchmarks.md).

The sum is CRFsuite's: each label's score starts at zero and adds the features' weights in
``role_features``' order, a feature absent here (no quotation, no previous word) or unknown to
the model adding a row of zeros, which leaves the sum as it was. The labels are those
python-crfsuite's tagger gives on ``role_features``' strings, which the tests check.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain

import numpy as np

from riftmap.nlp.attribution.crf import CrfModel, Floats, Ints, viterbi
from riftmap.nlp.attribution.features import DocFacts, RoleWindow, role_window_of

_DISTANCE_EDGES = np.array([0, 2, 5, 12])  # features._distance_bucket's upper bounds


class RoleTagger:
    """The role CRF, with the ids of the features that have few values."""

    def __init__(self, model: CrfModel) -> None:
        self.model = model
        self.weights = np.ascontiguousarray(model.state.T)  # a row per attribute, -1 zeros
        self.distance = np.array(model.ids(f"dist={b}" for b in range(5)))
        self.sentence = np.array(model.ids(f"ds={d}" for d in range(-2, 3)))
        self.same_region, self.other_region = model.ids(["samereg", "otherreg"])

    def on(self, facts: DocFacts, own: Callable[[int], list[str]] | None = None) -> DocRoles:
        """The tagger over one document; ``own`` gives a token's ``DocFacts.role_base``
        (``cue_strings.DocStrings.role_base`` makes only those of the windows' tokens)."""
        return DocRoles(self, facts, own or facts.role_base.__getitem__)


class DocRoles:
    """The role tagger over one document: what its windows share is looked up once."""

    def __init__(
        self, tagger: RoleTagger, facts: DocFacts, own: Callable[[int], list[str]]
    ) -> None:
        self.tagger, self.facts, self.own = tagger, facts, own
        n = len(facts.doc)
        self.base = np.zeros((n, len(tagger.model.labels)))  # sums of role_base's weights
        self.done = np.zeros(n, dtype=bool)
        self.region = np.array(facts.region, dtype=np.int64)
        self.sentence = np.array(facts.sent_index, dtype=np.int64)
        ids = tagger.model.ids
        lowers = facts.lowers
        self.before = np.array(ids(["-1w=" + w for w in lowers]), dtype=np.int64)
        self.after = np.array(ids(["+1w=" + w for w in lowers]), dtype=np.int64)

    def tag(self, cues: list[tuple[int, int]]) -> list[tuple[int, list[str]]]:
        """The window start and the labels of each cue's window, tagged as one batch."""
        windows = [role_window_of(self.facts, *cue) for cue in cues]
        if not windows:
            return []
        lengths = np.array([w.hi - w.lo for w in windows], dtype=np.int64)
        scores = self._scores(windows)
        longest = int(lengths.max())
        padded = np.zeros((len(windows), longest, scores.shape[1]))
        first = np.cumsum(lengths) - lengths
        rows = np.repeat(np.arange(len(windows)) * longest - first, lengths)
        padded.reshape(-1, scores.shape[1])[rows + np.arange(len(scores))] = scores
        labels = self.tagger.model.labels
        paths = viterbi(self.tagger.model.transition, padded, lengths)
        return [(w.lo, [labels[i] for i in p]) for w, p in zip(windows, paths, strict=True)]

    def _scores(self, windows: list[RoleWindow]) -> Floats:
        """The state scores of the windows' tokens, one window after the other, each feature
        added in ``role_features``' order."""
        tokens = np.concatenate([np.arange(w.lo, w.hi) for w in windows])
        per_window = np.array(
            [(w.lo, w.hi, w.cue_start, w.cue_end, w.cue_sent, w.cue_region) for w in windows]
        )
        sizes = [w.hi - w.lo for w in windows]
        lo, hi, start, end, sent, region = np.repeat(per_window, sizes, axis=0).T
        self._base_for(tokens)
        scores: Floats = self.base[tokens]
        weights, tagger = self.tagger.weights, self.tagger
        paths = self._path_ids(windows)
        for k in range(5):  # side, path, ps, cl, clp
            scores += weights[paths[:, k]]
        distance = np.where(tokens < start, start - tokens, tokens - end + 1)
        scores += weights[tagger.distance[np.searchsorted(_DISTANCE_EDGES, distance)]]
        scores += weights[tagger.sentence[np.clip(self.sentence[tokens] - sent, -2, 2) + 2]]
        quoted = self.region[tokens]
        same = np.where(quoted == region, tagger.same_region, tagger.other_region)
        scores += weights[np.where(quoted >= 0, same, -1)]
        inside = tokens > lo
        scores += weights[np.where(inside, self.before[tokens - 1], -1)]
        scores += weights[np.where(inside, paths[:, 5], -1)]
        last = len(self.after) - 1
        scores += weights[np.where(tokens + 1 < hi, self.after[np.minimum(tokens + 1, last)], -1)]
        return scores

    def _base_for(self, tokens: Ints) -> None:
        """Sum, for the tokens not summed yet, the weights of their own features in order."""
        todo = np.unique(tokens[~self.done[tokens]])
        if not len(todo):
            return
        own = [self.own(i) for i in todo.tolist()]
        sizes = np.array([len(f) for f in own], dtype=np.int64)
        ids = np.array(self.tagger.model.ids(chain.from_iterable(own)), dtype=np.int64)
        rows = np.repeat(np.arange(len(own)), sizes)
        state = self.tagger.model.state
        sums = np.empty((len(own), state.shape[0]))
        for label in range(state.shape[0]):  # bincount adds in input order, from zero
            sums[:, label] = np.bincount(rows, weights=state[label][ids], minlength=len(own))
        self.base[todo] = sums
        self.done[todo] = True

    def _path_ids(self, windows: list[RoleWindow]) -> Ints:
        """For each token, the ids of the six features of its path and side (a row): side,
        path, ps, cl, clp and the -1ps of the token after it."""
        ids = self.tagger.model.ids
        rows: list[list[int]] = []
        index: list[int] = []
        for w in windows:
            keys: dict[tuple[str, str], int] = {}
            index += [keys.setdefault(key, len(keys) + len(rows)) for key in _keys(w)]
            for path, side in keys:
                lemma = w.cue_lemma
                rows.append(
                    ids(
                        [
                            "side=" + side,
                            "path=" + path,
                            "ps=" + path + "|" + side,
                            "cl=" + lemma,
                            "clp=" + lemma + "|" + path,
                            "-1ps=" + side + path,
                        ]
                    )
                )
        return np.array(rows, dtype=np.int64)[index]


def _keys(w: RoleWindow) -> zip[tuple[str, str]]:
    """Each token's (path, side) in the window: its sides run left, in, right of the cue."""
    n = w.hi - w.lo
    left = min(max(w.cue_start - w.lo, 0), n)
    inside = min(max(min(w.cue_end, w.hi) - max(w.cue_start, w.lo), 0), n - left)
    sides = ["L"] * left + ["in"] * inside + ["R"] * (n - left - inside)
    return zip(w.paths, sides, strict=True)
