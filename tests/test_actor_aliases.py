"""A name a person is said to be known by ("known online as 'Guccifer'") is that person."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_name_known_as_is_the_person_s_own(nlp: Language) -> None:
    text = (
        "A Romanian hacker was sentenced Thursday by a U.S. district judge in Alexandria, Va.\n\n"
        'Marcel Lehel Lazar, 44, known online as "Guccifer," was extradited in 2014 to the '
        "United States. Guccifer targeted about 100 Americans, prosecutors said. They cited "
        "the case of Guccifer 2.0, an individual or group of hackers."
    )
    found = mentions_by_actor(nlp, text, "2016-09-03")
    lazar = holders(found, "Marcel Lehel Lazar")
    assert lazar and holders(found, "Guccifer") == lazar
    assert lazar[0] not in holders(found, "Guccifer 2.0")


def test_the_hacker_known_as(nlp: Language) -> None:
    text = (
        "Marcel Lazar Lehel, the hacker known as “Guccifer,” said he accessed the server. "
        "Guccifer made the claim in an interview. Hillary Clinton, who is known as a careful "
        "lawyer, denied it."
    )
    found = mentions_by_actor(nlp, text, "2016-05-25")
    assert holders(found, "Guccifer") == holders(found, "Marcel Lazar Lehel")
    assert "hillary-clinton" in found
