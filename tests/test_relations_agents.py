"""Relations when the parse puts a predicate's doer or requested act away from it."""

from __future__ import annotations

from relations_support import name_actors, relations, triples
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.nlp.relations import plover
from riftmap.nlp.relations.component import find_relations


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


def test_a_request_whose_infinitive_is_parsed_as_a_purpose_clause(nlp: Language) -> None:
    # the parse of devset 043's "used his press conference to call on Trudeau to resign"
    words = ["Smith", "used", "the", "conference", "to", "call", "on", "Jones", "to", "resign"]
    heads = [1, 1, 3, 1, 5, 1, 5, 6, 9, 5]
    deps = ["nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "prep", "pobj", "aux", "advcl"]
    tags = ["NNP", "VBD", "DT", "NN", "TO", "VB", "IN", "NNP", "TO", "VB"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "ADP", "PROPN", "PART", "VERB"]
    lemmas = ["Smith", "use", "the", "conference", "to", "call", "on", "Jones", "to", "resign"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    found = find_relations(name_actors(doc), plover.load())
    assert triples(found) == {("smith", "jones", "REQUEST", -1)}  # asked to resign: hostile


def test_a_purpose_clause_without_an_addressee_is_no_request(nlp: Language) -> None:
    assert not relations(nlp, "Smith called to discuss the plan with reporters.")


def test_no_friendly_tie_to_ones_own_staff_or_organisation(nlp: Language) -> None:
    own = {"his": "smith", "aides": "aides", "campaign": "campaign"}
    assert not relations(nlp, "Smith told his aides to call the governor.", pronouns=own)
    assert not relations(nlp, "Smith praised his campaign on Monday.", pronouns=own)
    # a hostile act toward them is a tie all the same
    found = triples(relations(nlp, "Smith criticized his campaign on Monday.", pronouns=own))
    assert found == {("smith", "campaign", "ACCUSE", -1)}
    # and someone else's staff is someone else's
    found = triples(relations(nlp, "Jones praised his campaign on Monday.", pronouns=own))
    assert found == {("jones", "campaign", "SUPPORT", 1)}


def test_a_tariff_or_sanction_threatens_whom_it_is_on(nlp: Language) -> None:
    # devset 069, 125, 128, 140, 154 and PolNeAR train ("Council imposed sanctions on
    # Eritrea"): who imposes or threatens it, by possessor or as the verb's subject
    assert triples(relations(nlp, "Smith threatened to impose tariffs on Jones.")) == {
        ("smith", "jones", "THREATEN", -1)
    }
    assert triples(relations(nlp, "Smith's new tariffs on Jones began on Monday.")) == {
        ("smith", "jones", "THREATEN", -1)
    }
    # whoever judges or speaks of the tariffs imposes none
    assert not triples(relations(nlp, "Smith described the tariffs against Jones as a tax."))
    assert not triples(
        relations(nlp, "Smith offered nothing to change minds about tariffs on Jones.")
    )
    # asked to impose them, the one asked does not threaten (yet)
    found = triples(relations(nlp, "Smith urged Garcia to impose tariffs on Jones."))
    assert ("garcia", "jones", "THREATEN", -1) not in found


def test_every_owner_joined_by_and_is_whom_an_act_on_their_things_targets(nlp: Language) -> None:
    # "tariffs on all imports from Mexico, Canada, and China" (devset 125): each of them,
    # as "the policies of Obama and Clinton" are both of theirs
    found = triples(relations(nlp, "Smith criticized the policies of Jones and Garcia."))
    assert found == {("smith", "jones", "ACCUSE", -1), ("smith", "garcia", "ACCUSE", -1)}
    found = triples(relations(nlp, "Smith imposed tariffs on all imports from Jones and Garcia."))
    assert found == {("smith", "jones", "THREATEN", -1), ("smith", "garcia", "THREATEN", -1)}
