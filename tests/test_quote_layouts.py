"""Quotation layouts of printed copy (issue 10): block quotations printed without marks after
"X said:". Invented actors; each test asserts the statement found and its speaker, and what is
left to the writer."""

from __future__ import annotations

from actor_support import speakers
from spacy.language import Language
from test_actors import actor_of, run


def test_block_quotation_after_a_colon(nlp: Language) -> None:
    """'Brook said:' ending a paragraph: the next paragraphs, printed without marks, are her
    words until one names her again, where the writer speaks."""
    doc = run(
        nlp,
        "Governor Lena Brook answered the senator on Friday. Brook said:\n\n"
        "The bill is a disgrace and must be withdrawn before it harms our state.\n\n"
        "We will fight it in every court of this land.\n\n"
        "Brook was later asked by reporters about the hearing.",
    )
    brook = actor_of(doc, "Lena Brook")
    assert brook is not None
    assert speakers(doc, "must be withdrawn") == {brook.id}
    assert speakers(doc, "in every court") == {brook.id}
    assert brook.id not in speakers(doc, "about the hearing")


def test_no_block_quotation_after_a_colon_of_no_saying(nlp: Language) -> None:
    """A colon after a verb that says nothing introduces no one's words."""
    doc = run(
        nlp,
        "Governor Lena Brook released her schedule, which ran as follows:\n\n"
        "The bill comes up for a vote in the senate on Tuesday.",
    )
    assert not any("comes up for a vote" in q.content.text for q in doc._.quotes)
