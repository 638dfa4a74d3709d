"""Identities of articles: exact ids from the normalised text, and MinHash for near-duplicates.

An article's id is a hash of its normalised text (Unicode NFKC, case folded, one kind of quote
and dash, white space collapsed), so the same article read twice, from two files or two
formats, has one id and is stored once. Syndicated copies and lightly edited versions differ
in a few words: their MinHash signatures (over word trigrams of the cleaned text) agree in
most positions, and LSH bands (``BANDS`` of ``ROWS`` values each) make candidate pairs
findable by equality, which a database join does well. Candidates whose estimated Jaccard
similarity reaches ``THRESHOLD`` are near-duplicates.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
from datasketch import MinHash

from riftmap.ingest.clean import FOLD

NUM_PERM = 128
BANDS, ROWS = 32, 4  # a pair at similarity 0.7 shares a band with probability > 0.99
THRESHOLD = 0.7
SHINGLE = 3
# Texts shorter than this many words have too few shingles to compare reliably.
MIN_WORDS = 20
SEED = 1

_WORDS = re.compile(r"\w+")


def normalised(text: str) -> str:
    """The text that identifies an article: NFKC, case folded, quotes unified, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).translate(FOLD).casefold()
    return " ".join(folded.split())


def article_id(text: str) -> str:
    """A stable 20-hex-digit id of an article's normalised text."""
    digest = hashlib.blake2b(normalised(text).encode("utf-8", "surrogatepass"), digest_size=10)
    return digest.hexdigest()


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes, or ``None`` when the text is too short."""
    words = _WORDS.findall(normalised(text))
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(shingles))
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def bands(sig: bytes) -> list[int]:
    """The LSH band keys of a signature: one signed 64-bit hash per band, in band order."""
    width = ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(sig[b * width : (b + 1) * width], digest_size=8).digest(),
            "little",
            signed=True,
        )
        for b in range(BANDS)
    ]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal positions."""
    left, right = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.mean(left == right))
