"""A person named alone by a word inside their full name, not its last, is that person
(`nlp/actors/inner_surnames.py`); a word several full names hold, or the surname of someone
else named in full, is left alone."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_paternal_surname_alone_is_the_person_named_in_full(nlp: Language) -> None:
    # PolNeAR train: "Melba Acosta Febo" ... "Acosta", "Carlos Manuel Sada Solana" ... "Sada"
    text = "Ambassador Carlos Manuel Sada Solana spoke on Monday. Sada said Mexico would help."
    assert holders(mentions_by_actor(nlp, text), "Sada") == ["carlos-manuel-sada-solana"]
    # the tagger calls this one an organisation
    text = "Minister Raul Ibarra Soto spoke later. Ibarra said Mexico would help."
    assert holders(mentions_by_actor(nlp, text), "Ibarra") == ["raul-ibarra-soto"]


def test_a_middle_name_someone_goes_by_is_that_person(nlp: Language) -> None:
    text = (
        "President Luiz Inacio Lula da Silva rejected the tariff on Wednesday. Lula said "
        "Brazil would respond."
    )
    found = mentions_by_actor(nlp, text)
    assert holders(found, "Lula") == ["luiz-inacio-lula-da-silva"]


def test_a_word_two_full_names_hold_or_another_surname_stays_apart(nlp: Language) -> None:
    text = (
        "Carlos Manuel Sada Solana and Ana Maria Sada Ruiz arrived. Sada spoke first. "
        "Jorge Luis Ortiz Vega and Pedro Ortiz met them. Ortiz laughed."
    )
    found = mentions_by_actor(nlp, text)
    assert holders(found, "Sada") not in (["carlos-manuel-sada-solana"], ["ana-maria-sada-ruiz"])
    assert holders(found, "Ortiz") != ["jorge-luis-ortiz-vega"]
