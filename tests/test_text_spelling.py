"""British spellings read as the American ones a lexicon knows."""

from __future__ import annotations

from riftmap.nlp.text.spelling import american

KNOWN = frozenset({"criticized", "criticize", "labeled", "analyze", "called"})


def test_british_to_american() -> None:
    assert american("criticised", KNOWN) == "criticized"
    assert american("criticise", KNOWN) == "criticize"
    assert american("labelled", KNOWN) == "labeled"
    assert american("analyse", KNOWN) == "analyze"


def test_only_known_forms_change() -> None:
    assert american("called", KNOWN) == "called"  # known as written
    assert american("rise", KNOWN) == "rise"  # no "rize"
    assert american("promised", KNOWN) == "promised"
