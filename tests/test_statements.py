"""Attributions that are acts, not statements, are left out of the quotes (nlp/statements.py).

Each rule is tested on the attribution the taggers would hand it, built by hand on a parsed
hand-written sentence, so the test checks the rule and not the taggers' mood; one end-to-end
test checks the pipeline applies it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from riftmap.nlp.attribution.features import doc_facts
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.attribution.statements import is_statement


def tokens(doc: Doc, phrase: str) -> tuple[int, int]:
    """Token range of the first occurrence of ``phrase``."""
    start = doc.text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None, phrase
    return span.start, span.end


def judge(nlp: Language, text: str, cue: str, source: str | None, content: str) -> bool:
    doc = nlp(text)
    att = TokenAttribution(
        tokens(doc, cue), tokens(doc, source) if source else None, tokens(doc, content), 0.9
    )
    return is_statement(doc_facts(doc, {}), att)


def test_a_named_thing_with_no_one_acting_is_not_a_statement(nlp: Language) -> None:
    text = "Outside the hall, a banner denounces the city council."
    assert not judge(nlp, text, "denounces", None, "the city council")


def test_a_named_thing_with_a_source_stays(nlp: Language) -> None:
    text = "The union denounced the new pension rules on Friday."
    assert judge(nlp, text, "denounced", "The union", "the new pension rules")


def test_a_purpose_infinitive_is_not_a_statement(nlp: Language) -> None:
    text = "Ms. Ortiz, who traveled to Denver to unveil the housing plan, left early."
    assert not judge(nlp, text, "to unveil", "who", "the housing plan")


def test_what_someone_responded_to_is_not_what_they_said(nlp: Language) -> None:
    text = "The senator also reacted to reports that the agency had lost the files."
    assert not judge(nlp, text, "reacted to", "The senator", "that the agency had lost the files")
    text = "The mayor did not respond to a request for comment."
    assert not judge(nlp, text, "respond to", "The mayor", "a request for comment")


def test_a_response_with_nothing_said_is_not_a_statement(nlp: Language) -> None:
    text = "The senator responded within minutes."
    assert not judge(nlp, text, "responded", "The senator", "within minutes")


def test_a_content_holding_the_relative_source_s_antecedent_is_not_a_statement(
    nlp: Language,
) -> None:
    text = "Sen. Jo Hart, a physician who cast the key vote, said the panel would stay."
    assert not judge(nlp, text, "cast the key vote", "who", "a physician")


def test_a_response_that_says_something_stays(nlp: Language) -> None:
    text = "The mayor responded that the budget was balanced."
    assert judge(nlp, text, "responded", "The mayor", "that the budget was balanced")


def test_an_expletive_hedge_is_not_a_statement(nlp: Language) -> None:
    text = "It would seem that the council has changed its mind."
    assert not judge(nlp, text, "would seem", "It", "that the council has changed its mind")


def test_a_clause_said_by_it_stays(nlp: Language) -> None:
    text = "The agency issued a report. It said that prices would rise."
    assert judge(nlp, text, "said", "It", "that prices would rise")


def test_a_quoted_noun_phrase_stays(nlp: Language) -> None:
    text = 'Critics called the plan "a giveaway to developers."'
    assert judge(nlp, text, "called", None, "a giveaway to developers")


def test_the_pipeline_drops_acts(nlp: Language) -> None:
    text = (
        "Lee also reacted to reports that the agency had lost the files. "
        "She said the numbers were wrong. Lee did not respond to a request for comment. "
        "It would seem that the council has changed its mind about the bridge."
    )
    contents = [q.content.text for q in nlp(text)._.quotes]
    assert contents == ["the numbers were wrong"]


def test_a_thing_posted_or_discussed_is_not_what_was_said(nlp: Language) -> None:
    text = "The mayor tweeted a photo of the flooded square."
    assert not judge(nlp, text, "tweeted", "The mayor", "a photo of the flooded square")
    text = "The governor declined to discuss the lawsuit."
    assert not judge(nlp, text, "discuss", "The governor", "the lawsuit")


def test_words_posted_stay_a_statement(nlp: Language) -> None:
    text = 'The mayor tweeted that the square "will reopen on Monday."'
    assert judge(nlp, text, "tweeted", "The mayor", 'that the square "will reopen on Monday."')
