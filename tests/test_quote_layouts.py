"""Quotation layouts of printed copy (issue 10): a closing double mark written as two single
ones, and block quotations printed without marks after "X said:". Invented actors; each test asserts
the statement found and its speaker, and what is left to the writer."""

from __future__ import annotations

from actor_support import speakers
from spacy.language import Language
from test_actors import actor_of, run

from riftmap.nlp.text.quotemarks import find_regions


def _regions(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_regions(text) if r.level == 0]


def test_a_globe_style_close_closes_and_typewriter_marks_open_nothing() -> None:
    """The Boston Globe closes “…’’: the pair is one double mark. PolNeAR's typewriter marks
    (''…'') stay unread: its keys join the fragments of a speaker's quotation into one."""
    globe = "“We have a mayor that does not listen,’’ Bell said. “She acts alone.’’ He left."
    assert _regions(globe) == ["We have a mayor that does not listen,", "She acts alone."]
    assert _regions("Mr. Garin added, ''it becomes harder,'' and left.") == []


def test_speaker_after_a_globe_style_closing_mark(nlp: Language) -> None:
    """The cue after “…,’’ is outside the quotation, so its speaker is found."""
    doc = run(
        nlp,
        "Daniel Kramer launched his campaign for mayor on Tuesday.\n\n"
        "“We have a mayor that just does not listen,’’ Kramer said at the launch. "
        "“Mayor Vera Lind acts as if she alone has the answers.’’",
    )
    kramer = actor_of(doc, "Daniel Kramer")
    assert kramer is not None
    assert speakers(doc, "does not listen") == {kramer.id}
    assert speakers(doc, "alone has the answers") == {kramer.id}


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
