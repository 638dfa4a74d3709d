"""The role tagger's features, defined once: as attribute ids for scoring, as strings for training.

A token of a cue's window (``features.role_window_of``) has, in this order: its own,
cue-independent features (``cue_strings.DocStrings.role_base``); five of its dependency path
from the cue and its side of the cue (``side=``, ``path=``, ``ps=`` path and side, ``cl=``
the cue's lemma, ``clp=`` lemma and path); its distance from the cue in buckets (``dist=``);
its sentence's offset from the cue's (``ds=``, -2..2); ``samereg`` or ``otherreg`` when it
lies in a quotation, the one the cue introduces or another; the word before it and its path
and side again (``-1w=``, ``-1ps=``) unless it opens the window, and the word after it
(``+1w=``) unless it closes the window.

``DocRoleFeatures`` gives a batch of windows these features as ids of a vocabulary, a column
per feature (-1 where a token has none): the role model's ids (``CrfModel.ids``, -1 for a
string the model does not know) when ``role_scores`` sums the model's weights, or ids that
number each new string (``Strings``) when ``role_features`` writes the strings out for
training (scripts/train_attribution.py). The model is thus scored on the strings it was trained
on by construction. Each string is made once per distinct value, not per token: a token's own
features once per document though a token lies in 2.2 cues' windows on average, the five of
its path and side once per window (a window's 83 tokens share 14 on average), those of few
values once per vocabulary, the neighbours' words once per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain

import numpy as np

from riftmap.nlp.attribution.crf import Ints
from riftmap.nlp.attribution.features import DocFacts, RoleWindow, role_window_of

Vocabulary = Callable[[Iterable[str]], list[int]]
"""The id of each attribute string (-1 for one left out)."""
Own = Callable[[int], Sequence[str]]
"""A token's own features (``cue_strings.DocStrings.role_base``) by its index."""

# a token's distance from the cue (0 inside it) falls in bucket k when at most _DISTANCE_EDGES[k]
_DISTANCE_EDGES = np.array([0, 2, 5, 12])


class RoleFeatures:
    """The role features over a vocabulary, with the ids of those of few values."""

    def __init__(self, ids: Vocabulary) -> None:
        self.ids = ids
        self.distance = np.array(ids(f"dist={b}" for b in range(5)), dtype=np.int64)
        self.sentence = np.array(ids(f"ds={d}" for d in range(-2, 3)), dtype=np.int64)
        self.same_region, self.other_region = ids(["samereg", "otherreg"])

    def on(self, facts: DocFacts, own: Own) -> DocRoleFeatures:
        """The features over one document; ``own`` gives a token's own features."""
        return DocRoleFeatures(self, facts, own)


class DocRoleFeatures:
    """The role features of one document's windows, as ids."""

    def __init__(self, features: RoleFeatures, facts: DocFacts, own: Own) -> None:
        self.features, self.facts, self.own_of = features, facts, own
        self.region = np.array(facts.region, dtype=np.int64)
        self.sentence = np.array(facts.sent_index, dtype=np.int64)
        ids, lowers = features.ids, facts.lowers
        self.before = np.array(ids(["-1w=" + w for w in lowers]), dtype=np.int64)
        self.after = np.array(ids(["+1w=" + w for w in lowers]), dtype=np.int64)

    def own(self, tokens: Sequence[int]) -> tuple[Ints, Ints]:
        """The ids of the tokens' own features, one token after the other, and their counts."""
        own = [self.own_of(i) for i in tokens]
        sizes = np.array([len(f) for f in own], dtype=np.int64)
        return np.array(self.features.ids(chain.from_iterable(own)), dtype=np.int64), sizes

    def columns(self, windows: list[RoleWindow]) -> tuple[Ints, list[Ints]]:
        """The windows' tokens, one window after the other, and a column of ids per feature
        after the token's own, in order (-1 where a token has no such feature)."""
        tokens = np.concatenate([np.arange(w.lo, w.hi) for w in windows])
        per_window = np.array(
            [(w.lo, w.hi, w.cue_start, w.cue_end, w.cue_sent, w.cue_region) for w in windows]
        )
        sizes = [w.hi - w.lo for w in windows]
        lo, hi, start, end, sent, region = np.repeat(per_window, sizes, axis=0).T
        f = self.features
        paths = self._path_ids(windows)
        distance = np.where(tokens < start, start - tokens, tokens - end + 1)
        quoted = self.region[tokens]
        same = np.where(quoted == region, f.same_region, f.other_region)
        inside = tokens > lo
        last = len(self.after) - 1
        return tokens, [
            *(paths[:, k] for k in range(5)),  # side, path, ps, cl, clp
            f.distance[np.searchsorted(_DISTANCE_EDGES, distance)],
            f.sentence[np.clip(self.sentence[tokens] - sent, -2, 2) + 2],
            np.where(quoted >= 0, same, -1),
            np.where(inside, self.before[tokens - 1], -1),
            np.where(inside, paths[:, 5], -1),
            np.where(tokens + 1 < hi, self.after[np.minimum(tokens + 1, last)], -1),
        ]

    def _path_ids(self, windows: list[RoleWindow]) -> Ints:
        """For each token, the ids of the six features of its path and side (a row): side,
        path, ps, cl, clp and -1ps."""
        ids = self.features.ids
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


class Strings:
    """A vocabulary without a model: each new string takes the next id, and ``names`` reads
    the ids back."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.names: list[str] = []

    def __call__(self, attributes: Iterable[str]) -> list[int]:
        out = []
        for name in attributes:
            k = self.index.setdefault(name, len(self.names))
            if k == len(self.names):
                self.names.append(name)
            out.append(k)
        return out


def role_features(
    facts: DocFacts, cues: list[tuple[int, int]], own: Own
) -> list[tuple[int, int, list[list[str]]]]:
    """Each cue's window (``lo``, ``hi``) and the feature strings of its tokens in order, as
    the role tagger is trained on them; ``own`` gives a token's own features."""
    windows = [role_window_of(facts, *cue) for cue in cues]
    if not windows:
        return []
    strings = Strings()
    _tokens, columns = RoleFeatures(strings).on(facts, own).columns(windows)
    rows = iter(np.stack(columns, axis=1).tolist())
    names = strings.names
    return [
        (
            w.lo,
            w.hi,
            [[*own(i), *(names[k] for k in next(rows) if k >= 0)] for i in range(w.lo, w.hi)],
        )
        for w in windows
    ]
