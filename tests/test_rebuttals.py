"""A rebuttal of a claim named by a bare noun ("Cuellar dismissed the criticism") is a REJECT
toward whoever made the last statement before it (`nlp/relations/rebuttals.py`)."""

from __future__ import annotations

from relations_support import quote, relations, triples
from spacy.language import Language


def test_a_bare_claim_rebutted_is_the_last_speaker_s(nlp: Language) -> None:
    # devset 139 "a claim Adams denied", 171 "dismissed the report"; PolNeAR train "BuzzFeed
    # ... denied the report", "Mr. Ailes denied the charges"
    text = "“Smith is a liar,” Jones said on Monday. Smith dismissed the criticism."
    said = quote(text, "Smith is a liar", "said", "Jones", "jones")
    found = triples(relations(nlp, text, quotes=[said]))
    assert ("smith", "jones", "REJECT", -1) in found
    text = "“Smith is a liar,” Jones said on Monday. It was a claim Smith denied."
    said = quote(text, "Smith is a liar", "said", "Jones", "jones")
    assert ("smith", "jones", "REJECT", -1) in triples(relations(nlp, text, quotes=[said]))


def test_no_rebuttal_of_an_idea_of_one_s_own_words_or_of_nothing_said(nlp: Language) -> None:
    text = "“Smith is a liar,” Jones said on Monday. Smith rejected the idea."
    said = quote(text, "Smith is a liar", "said", "Jones", "jones")
    assert ("smith", "jones", "REJECT", -1) not in triples(relations(nlp, text, quotes=[said]))
    text = "“I will win,” Smith said on Monday. Smith later dismissed the criticism."
    said = quote(text, "I will win", "said", "Smith", "smith")
    assert not [t for t in triples(relations(nlp, text, quotes=[said])) if t[2] == "REJECT"]
    assert not relations(nlp, "Smith dismissed the criticism on Friday.")


def test_a_judgement_of_bare_speech_is_a_judgement_of_its_speaker(nlp: Language) -> None:
    # devset 133 "A former Biden official condemned the comments"; PolNeAR train "A
    # Republican committee aide blasted the statement"
    text = "“Garcia would have been ideal,” Jones said. Smith condemned the comments."
    said = quote(text, "Garcia would have been ideal", "said", "Jones", "jones")
    assert ("smith", "jones", "ACCUSE", -1) in triples(relations(nlp, text, quotes=[said]))
    # a charge judged may be anyone's: only speech is read so
    text = "“Garcia would have been ideal,” Jones said. Smith condemned the criticism."
    said = quote(text, "Garcia would have been ideal", "said", "Jones", "jones")
    assert ("smith", "jones", "ACCUSE", -1) not in triples(relations(nlp, text, quotes=[said]))
