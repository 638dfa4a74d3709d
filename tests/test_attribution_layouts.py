"""Attribution layouts of 2024-25 news copy (issue 10, fourth round), one rule per test, on
hand-written sentences with invented actors: each asserts the statement found, its speaker or
its content, and that nothing is given to the wrong speaker."""

from __future__ import annotations

from pathlib import Path

from actor_support import speakers
from spacy.language import Language
from test_actors import actor_of, run


def test_inverted_verb_after_a_quotation(nlp: Language) -> None:
    """'"…," tweeted actress Vera Lind.': the verb after the closing mark is the cue and the
    name after it the speaker, though the parser reads "tweeted" as a modifier of the name."""
    doc = run(
        nlp,
        "Senator Ada Holt posted a photograph of the meeting on Tuesday.\n\n"
        '"The men on your right reflect the shame we all feel," tweeted actress Vera Lind.',
    )
    lind = actor_of(doc, "Vera Lind")
    assert lind is not None
    assert speakers(doc, "the shame we all feel") == {lind.id}
    assert all(q.source is None or "shame" not in q.source.text for q in doc._.quotes)


def test_content_past_the_medium(nlp: Language) -> None:
    """'wrote on X that …': the platform is where it was said; the clause is what was said."""
    doc = run(nlp, "Governor Lena Brook wrote on X that the ruling was a disgrace.")
    [quote] = [q for q in doc._.quotes if "ruling" in q.content.text]
    assert quote.content.text.startswith("that the ruling")
    assert "X" not in quote.content.text.split()


def test_source_past_an_object_relative(nlp: Language) -> None:
    """'Kaine, whom Trump derided as …': the one deriding speaks, not the one derided."""
    doc = run(
        nlp,
        "Senator Ralf Oster spoke in Ohio on Monday. The rally was held in the home state of "
        'Oster, whom Governor Peter Haller derided as a "weird little dude" and a political '
        '"hack."',
    )
    haller, oster = actor_of(doc, "Governor Peter Haller"), actor_of(doc, "Ralf Oster")
    assert haller is not None and oster is not None
    assert speakers(doc, "weird little dude") == {haller.id}


DEVSET_046 = (
    Path(__file__).resolve().parent.parent / "eval/devset/texts/046_koreaherald_lee_hwang_yoon.txt"
)


def test_name_before_its_description_speaks(nlp: Language) -> None:
    """'Hwang Un-ha, floor leader of the Rebuilding Korea Party, said …' (devset 046): the
    name speaks, not the party leader named later whom an epithet match gave the description."""
    doc = run(nlp, DEVSET_046.read_text(encoding="utf-8"))
    hwang, lee = actor_of(doc, "Hwang"), actor_of(doc, "Lee Jae-myung")
    assert hwang is not None and lee is not None
    assert speakers(doc, "an act tantamount to treason") == {hwang.id}


def test_speaker_pronoun_past_a_sentence_naming_nobody(nlp: Language) -> None:
    """'Hwang urged … . Such a motion must be voted on within 24 to 72 hours … "…," he said.'
    (devset 046): the pronoun is the previous statement's speaker, not the president the
    article talks about most."""
    doc = run(nlp, DEVSET_046.read_text(encoding="utf-8"))
    hwang = actor_of(doc, "Hwang")
    assert hwang is not None
    assert speakers(doc, "suspend the president's duties") == {hwang.id}


def test_quotation_continues_past_a_lone_closing_mark(nlp: Language) -> None:
    """The quoted paragraph after '… he said, "… Act."' (devset 046) continues Lee's
    statement, though the parser leaves its closing mark as a sentence of its own."""
    doc = run(nlp, DEVSET_046.read_text(encoding="utf-8"))
    lee = actor_of(doc, "Lee Jae-myung")
    assert lee is not None
    assert speakers(doc, "has betrayed the people") == {lee.id}
