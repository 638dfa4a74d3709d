"""Relations: who does the act a predicate names, when the parse puts the doer away from it."""

from __future__ import annotations

from relations_support import relations, triples
from spacy.language import Language


def test_the_one_blamed_for_a_gerund_did_it(nlp: Language) -> None:
    # "criticized Jones for endorsing Garcia": Jones endorsed Garcia, not Smith
    found = triples(relations(nlp, "Smith criticized Jones on Monday for endorsing Garcia."))
    assert found == {("smith", "jones", "ACCUSE", -1), ("jones", "garcia", "SUPPORT", 1)}
    found = triples(relations(nlp, "Smith accused Jones of attacking Garcia."))
    assert ("jones", "garcia", "ACCUSE", -1) in found
    assert ("smith", "garcia", "ACCUSE", -1) not in found


def test_a_gerund_after_a_thing_is_the_subjects_act(nlp: Language) -> None:
    # the object names no one who acts: the subject still does what the gerund says
    found = triples(relations(nlp, "Smith used the speech for attacking Garcia."))
    assert found == {("smith", "garcia", "ACCUSE", -1)}
