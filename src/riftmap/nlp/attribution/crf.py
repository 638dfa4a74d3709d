"""A linear-chain CRF read from a CRFsuite model file, and the Viterbi search in numpy.

The attribution engine's CRFs are trained by CRFsuite (through python-crfsuite, see
scripts/train_attribution.py) and shipped as its binary model files. ``CrfModel`` reads such
a file into numpy arrays (each attribute's weight for each label, the label-to-label
transitions) and a dict from attribute string to id, for the role tagger
(``riftmap.nlp.attribution.role_scores``), which sums the weights of features it looks up a
document (not a token) at a time and searches a whole batch of windows at once (``viterbi``).
Its labels are python-crfsuite's bit for bit: the same sums in the same order, and the same
first-of-equals choice in the search, which the tests check against python-crfsuite.

The file format (CRFsuite's ``crf1d_model.c``; integers are little-endian ``uint32``): a
48-byte header (``lCRF``, size, ``FOMC``, version 100, counts, and the offsets of the
chunks), a ``FEAT`` chunk of 20-byte features (type 0 for an attribute-to-label state
feature, 1 for a label-to-label transition; source, destination, ``float64`` weight), the
label and attribute strings as two CQDB databases (records of id, size and the string with
its closing NUL, found by id through a backward array of offsets), and the ``LFRF`` and
``AFRF`` chunks listing, for each label and each attribute, its features' ids.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

_HEADER = struct.Struct("<4sI4s9I")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4s5I")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


@dataclass(frozen=True)
class CrfModel:
    """What tagging needs of a CRFsuite model: its labels, an id per attribute string, each
    attribute's state weights per label and the label-to-label transition weights."""

    labels: tuple[str, ...]
    attribute_ids: dict[str, int]
    # state[l, a]: the weight of attribute a for label l; column -1 (an attribute the model
    # does not know) is all zeros, which adds nothing to a score
    state: Floats
    transition: Floats  # transition[i, j]: from label i to label j; 0 where no feature

    @classmethod
    def from_bytes(cls, data: bytes) -> CrfModel:
        """Read a CRFsuite (``crf1d``) model file's bytes; ``ValueError`` if it is not one."""
        try:
            return cls._read(data)
        except (struct.error, IndexError, ValueError) as err:  # e.g. offsets past the end
            raise ValueError(f"not a CRFsuite model ({err})") from err

    @classmethod
    def _read(cls, data: bytes) -> CrfModel:
        if len(data) < _HEADER.size:
            raise ValueError("too short")
        magic, _size, kind, version, _nf, n_labels, n_attrs, *offsets = _HEADER.unpack_from(data)
        if magic != b"lCRF" or kind != b"FOMC" or version != 100:
            raise ValueError("no crf1d header of version 100")
        off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs = offsets
        features = _features(data, off_features)
        words = np.frombuffer(data, "<u4", count=len(data) // 4)
        labels = tuple(_strings(data, off_labels, n_labels))
        attrs = _strings(data, off_attrs, n_attrs)
        state = np.zeros((n_labels, n_attrs + 1))
        src, dst, weight = _table(features, _STATE, _refs(words, off_attrrefs, b"AFRF", n_attrs))
        state[dst, src] = weight
        transition = np.zeros((n_labels, n_labels))
        src, dst, weight = _table(
            features, _TRANSITION, _refs(words, off_labelrefs, b"LFRF", n_labels)
        )
        transition[src, dst] = weight
        return cls(labels, dict(zip(attrs, range(n_attrs), strict=True)), state, transition)

    def ids(self, attributes: Iterable[str]) -> list[int]:
        """The id of each attribute string, -1 for one the model does not know (column -1 of
        ``state``, all zeros: CRFsuite leaves such an attribute out)."""
        return list(map(self.attribute_ids.get, attributes, repeat(-1)))


def viterbi(transition: Floats, scores: Floats, lengths: Ints) -> list[list[int]]:
    """The best label path of each sequence of a batch (``crf1dc_viterbi``): ``scores`` holds
    the state scores (sequence, position, label), padded past each sequence's ``lengths``.
    The positions advance in step over the whole batch, a few numpy operations each."""
    n_seqs, longest, n_labels = scores.shape
    if not longest:
        return [[] for _ in range(n_seqs)]
    # (position, sequence, label), so that a position's rows are contiguous, written in place
    state = np.ascontiguousarray(scores.transpose(1, 0, 2))
    best = np.empty_like(state)
    back = np.zeros(state.shape, np.int64)
    best[0] = state[0]
    came = np.empty((n_seqs, n_labels, n_labels))
    top = np.empty((n_seqs, n_labels))
    for t in range(1, longest):
        # came[b, i, j]: the best path to label i at t-1, then label j at t
        np.add(best[t - 1][:, :, None], transition, out=came)
        came.argmax(axis=1, out=back[t])  # the first of equal scores, as CRFsuite's ``<``
        came.max(axis=1, out=top)
        np.add(top, state[t], out=best[t])
    ends: list[int] = (lengths - 1).tolist()
    last: list[int] = best[np.maximum(ends, 0), np.arange(n_seqs)].argmax(axis=1).tolist()
    # the back links read one at a time through a memoryview, which gives plain ints without
    # a list of the whole padded array
    links = memoryview(back.reshape(-1).data)
    paths = []
    for b, end in enumerate(ends):
        path = [last[b]] if end >= 0 else []
        for t in range(end, 0, -1):
            path.append(links[(t * n_seqs + b) * n_labels + path[-1]])
        paths.append(path[::-1])
    return paths


def _features(data: bytes, offset: int) -> npt.NDArray[np.void]:
    chunk, _size, count = _CHUNK.unpack_from(data, offset)
    if chunk != b"FEAT":
        raise ValueError("no feature chunk")
    return np.frombuffer(data, _FEATURE, count=count, offset=offset + _CHUNK.size)


def _refs(words: npt.NDArray[np.uint32], offset: int, chunk: bytes, count: int) -> Ints:
    """The feature ids each label (``LFRF``) or attribute (``AFRF``) lists, in owner order,
    as two rows: owner, feature id. (CRFsuite's label chunk holds two more, empty, entries
    than there are labels, for the start and end of a sequence.)"""
    if offset % 4 or words[offset // 4 : offset // 4 + 1].tobytes() != chunk:
        raise ValueError(f"no {chunk.decode()} chunk")
    if int(words[offset // 4 + 2]) < count:
        raise ValueError(f"{chunk.decode()} chunk of the wrong size")
    starts = words[offset // 4 + 3 : offset // 4 + 3 + count].astype(np.int64)
    if (starts % 4).any():
        raise ValueError("misaligned feature references")
    heads = starts // 4
    counts = words[heads].astype(np.int64)
    owners = np.repeat(np.arange(count), counts)
    first = np.cumsum(counts) - counts
    fids = words[np.repeat(heads + 1 - first, counts) + np.arange(int(counts.sum()))]
    return np.stack([owners, fids.astype(np.int64)])


def _table(features: npt.NDArray[np.void], kind: int, refs: Ints) -> tuple[Ints, Ints, Floats]:
    """Source, destination and weight of the features of one kind, checked against the
    references: each owner lists exactly its own features, each (source, destination) once,
    so that a dense table adds the same weights as CRFsuite's walk over the references."""
    owners, fids = refs
    listed = features[fids]
    if (listed["type"] != kind).any() or (listed["src"] != owners).any():
        raise ValueError("a reference to another owner's feature")
    if _repeats(fids) or len(fids) != int((features["type"] == kind).sum()):
        raise ValueError("features listed twice or not at all")
    src, dst = listed["src"].astype(np.int64), listed["dst"].astype(np.int64)
    if _repeats(src * (int(dst.max(initial=0)) + 1) + dst):
        raise ValueError("two features for the same (source, destination)")
    return src, dst, listed["weight"].astype(np.float64)


def _repeats(values: Ints) -> bool:
    ordered = np.sort(values)
    return bool((ordered[1:] == ordered[:-1]).any())


def _strings(data: bytes, offset: int, count: int) -> list[str]:
    """The ``count`` strings of the CQDB database at ``offset``, by id."""
    chunk, size, _flag, byteorder, _bwd_size, bwd_offset = _CQDB.unpack_from(data, offset)
    if chunk != b"CQDB" or byteorder != 0x62445371 or not bwd_offset:
        raise ValueError("a string database that does not read")
    raw = np.frombuffer(data, np.uint8, count=size, offset=offset)
    records = np.frombuffer(data, "<u4", count=count, offset=offset + bwd_offset).astype(np.int64)
    # each record: id (4 bytes), size with the closing NUL (4 bytes), the string, NUL
    head = raw[records[:, None] + np.arange(8)].view("<u4")
    if (head[:, 0] != np.arange(count)).any():
        raise ValueError("a string database out of order")
    sizes = head[:, 1].astype(np.int64)
    first = np.cumsum(sizes) - sizes
    text = raw[np.repeat(records + 8 - first, sizes) + np.arange(int(sizes.sum()))]
    strings = text.tobytes().decode("utf-8").split("\0")
    if len(strings) != count + 1 or strings[-1]:
        raise ValueError("a string with a NUL inside")
    return strings[:-1]
