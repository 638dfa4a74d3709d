"""Title-case headlines (`nlp/relations/misread.py`, `nlp/actors/named.py`): every word is
capitalised, so the tagger reads a verb between two names as one more name; the verb still
relates them, and the name after it does not take the verb in. A headline's source ends at
its verb (`nlp/actors/sources.py`)."""

from __future__ import annotations

from actor_support import speakers
from relations_support import triples
from spacy.language import Language
from test_actors import actor_id, run

from riftmap.api import extract
from riftmap.models import Article


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str, int]]:
    (ex,) = extract([Article(doc="t.txt", text=text, published="2016-05-10")], nlp)
    return triples(ex.relations)


def test_a_title_case_headlines_verb_relates_its_names(nlp: Language) -> None:
    """ "Glenn Beck Blasts Drudge", "Carly Fiorina Endorses Ted Cruz" (PolNeAR train), "White
    House Defends Trump's 'Piggy' Comment" (devset 123): every word of a title-case headline
    is capitalised, and the tagger reads the verb as one more name."""
    text = "Cruz Blasts Donald Trump Over Remarks\n\nTed Cruz spoke on Monday about Donald Trump."
    assert ("ted-cruz", "donald-trump", "ACCUSE", -1) in _triples(nlp, text)
    text = "Trump Slams Rand Paul Over Debt\n\nDonald Trump spoke. Sen. Rand Paul did not reply."
    assert ("donald-trump", "rand-paul", "ACCUSE", -1) in _triples(nlp, text)
    (ex,) = extract([Article(doc="t.txt", text=text, published="2025-06-03")], nlp)
    names = {a.id: [m.text for m in a.mentions] for a in ex.actors}
    assert names["rand-paul"][0] == "Rand Paul"  # not "Slams Rand Paul"
    # a capitalised verb of no judgement relates no one so
    text = "Trump Hosts Ted Cruz At Tower\n\nDonald Trump met Ted Cruz on Monday."
    assert not [t for t in _triples(nlp, text) if t[3] != 0]


def test_a_headlines_source_ends_at_its_verb(nlp: Language) -> None:
    """ "Tom Lin Attacks Ada Holt, Threatens …": the role tagger, trained on body text, runs
    the source of "Threatens" across the first verb and its object, whose name then spoke
    (PolNeAR train's "Carly Fiorina Endorses Ted Cruz: I Am 'Horrified' …", devset 282 and
    403). The subject before the verb speaks."""
    doc = run(
        nlp,
        "Tom Lin Attacks Ada Holt, Threatens That ‘Shackles Are Off’\n\n"
        "Mayor Tom Lin attacked Governor Ada Holt on Tuesday.",
    )
    assert speakers(doc, "Shackles Are Off") == {actor_id(doc, "Tom Lin")}


def test_a_present_tense_verb_read_as_a_noun_ends_the_source(nlp: Language) -> None:
    """ "Trump thaws on New Mexico Gov. Susana Martinez, asks for endorsement" (devset 260,
    and 079's "Trump lambasts …"): the tagger reads the verb after the name as a plural noun;
    a lowercase "-s" verb form right after a capitalised word still ends the source."""
    doc = run(
        nlp,
        "Trump thaws on New Mexico Gov. Susana Martinez, asks for endorsement\n\n"
        "Donald Trump on Tuesday asked Gov. Susana Martinez for her endorsement.",
    )
    assert speakers(doc, "for endorsement") == {actor_id(doc, "Donald Trump")}
