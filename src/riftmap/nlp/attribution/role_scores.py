"""The role tagger run from attribute ids: the weights of ``role_features``' ids summed in
numpy, a document's windows at once.

The sum is CRFsuite's: each label's score starts at zero and adds the features' weights in the
features' order, a feature a token has not (no quotation, no previous word) or one unknown to
the model adding a row of zeros, which leaves the sum as it was. A token's own features are
summed once per document, though a token lies in 2.2 cues' windows on average. The labels are
those python-crfsuite's tagger gives on ``role_features``' strings, which the tests check;
python-crfsuite made and looked up every string of every window (see docs/benchmarks.md).
"""

from __future__ import annotations

import numpy as np

from riftmap.nlp.attribution.crf import CrfModel, Floats, Ints, viterbi
from riftmap.nlp.attribution.features import DocFacts, RoleWindow, role_window_of
from riftmap.nlp.attribution.role_features import Own, RoleFeatures


class RoleTagger:
    """The role CRF, and the role features as ids of its attributes."""

    def __init__(self, model: CrfModel) -> None:
        self.model = model
        self.weights = np.ascontiguousarray(model.state.T)  # a row per attribute, -1 zeros
        self.features = RoleFeatures(model.ids)

    def on(self, facts: DocFacts, own: Own) -> DocRoles:
        """The tagger over one document; ``own`` gives a token's own features
        (``cue_strings.DocStrings.role_base``)."""
        return DocRoles(self, facts, own)


class DocRoles:
    """The role tagger over one document: what its windows share is looked up once."""

    def __init__(self, tagger: RoleTagger, facts: DocFacts, own: Own) -> None:
        self.tagger, self.facts = tagger, facts
        self.features = tagger.features.on(facts, own)
        n = len(facts.doc)
        self.base = np.zeros((n, len(tagger.model.labels)))  # sums of the own features' weights
        self.done = np.zeros(n, dtype=bool)

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
        added in order."""
        tokens, columns = self.features.columns(windows)
        self._base_for(tokens)
        scores: Floats = self.base[tokens]
        weights = self.tagger.weights
        for column in columns:
            scores += weights[column]
        return scores

    def _base_for(self, tokens: Ints) -> None:
        """Sum, for the tokens not summed yet, the weights of their own features in order."""
        todo = np.unique(tokens[~self.done[tokens]])
        if not len(todo):
            return
        ids, sizes = self.features.own(todo.tolist())
        rows = np.repeat(np.arange(len(todo)), sizes)
        state = self.tagger.model.state
        sums = np.empty((len(todo), state.shape[0]))
        for label in range(state.shape[0]):  # bincount adds in input order, from zero
            sums[:, label] = np.bincount(rows, weights=state[label][ids], minlength=len(todo))
        self.base[todo] = sums
        self.done[todo] = True
