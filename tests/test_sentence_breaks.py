"""Sentence starts set before the parser (nlp/sentence_breaks.py), and what they fix."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.nlp.text.sentence_breaks import SentenceBreaks

VOCAB = spacy.blank("en").vocab  # English lexical attributes (is_space, is_title)


def starts(words: list[str], spaces: list[bool]) -> list[str]:
    doc = SentenceBreaks()(Doc(VOCAB, words=words, spaces=spaces))
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_a_blank_line_starts_a_sentence() -> None:
    words = ["By", "Jane", "Roe", "\n\n", "Growers", "are", "angry", "."]
    assert starts(words, [True, True, False, False, True, True, False, False]) == ["Growers"]


def test_a_single_line_break_does_not() -> None:
    words = ["the", "long", "\n", "line", "goes", "on"]
    assert starts(words, [True, False, False, True, True, False]) == []


def test_a_quotation_after_a_full_stop_starts_a_sentence() -> None:
    words = ["on", "her", "site", ",", "Z", ".", '"', "It", "is", "wrong", ".", '"']
    spaces = [True, True, False, True, False, True, False, True, True, False, False, False]
    assert starts(words, spaces) == ['"']


def test_a_word_tokenized_with_its_full_stop_ends_a_sentence_too() -> None:
    words = ["to", "seize", "SpaceX.", '"', "They", "should", "."]
    assert starts(words, [True, True, True, False, True, False, False]) == ['"']
    words = ["said", "Gov.", '"', "Big", '"', "Lee"]  # an abbreviation does not
    assert starts(words, [True, True, False, False, True, False]) == []
    words = ["platform", ",", "X.", '"', "I", "think"]  # nor a lone initial
    assert starts(words, [False, True, True, False, True, False]) == []


def test_the_platform_x_after_its_preposition_ends_a_sentence() -> None:
    # "posted to X." names the platform, no initial
    words = ["posted", "to", "X.", "“", "Traitor", "is", "no", "insult", ".", "”"]
    spaces = [True, True, True, False, True, True, True, False, False, False]
    assert starts(words, spaces) == ["“"]


def test_a_closing_mark_or_lowercase_word_does_not() -> None:
    words = ["It", "is", "wrong", ".", '"', "she", "said", "."]
    assert starts(words, [True, True, False, False, True, True, False, False]) == []
    words = ["He", "left", ".", '"', "and", "then", '"']
    assert starts(words, [True, False, True, False, True, False, False]) == []


def test_a_byline_no_longer_swallows_the_speaker(nlp: Language) -> None:
    text = (
        "Farm prices fell again\n\nBy Jane Roe\n\nSome growers and ranchers are furious over "
        "the new tariff, saying the governor must stop the plan."
    )
    quotes = [q for q in nlp(text)._.quotes if q.cue and q.cue.text == "saying"]
    assert [q.source.text if q.source else None for q in quotes] == ["Some growers and ranchers"]


def test_a_quotation_after_a_full_stop_is_the_last_speaker_s(nlp: Language) -> None:
    text = (
        "Mayor Ann Cole criticized the budget, sharing a video from her office on her own "
        'website, Z. "This plan is a mistake."'
    )
    quotes = nlp(text)._.quotes
    first = next(q for q in quotes if q.cue and q.cue.text == "criticized")
    assert "mistake" not in first.content.text
    last = next(q for q in quotes if q.content.text == "This plan is a mistake")
    assert last.speaker == "ann-cole"
