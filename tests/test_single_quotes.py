"""Quotations set in straight single marks (the Daily Mail's web copy, The Times) are read as
the double marks they stand for, and every span riftmap reports still quotes the article's own
characters. Devset 177 and 200 and the checkset's two Daily Mail articles are set this way."""

from __future__ import annotations

from spacy.language import Language

from riftmap.api import extract
from riftmap.ingest.clean import clean
from riftmap.ingest.single_quotes import as_double_marks, single_quotation_pairs
from riftmap.models import Article

SINGLE_STYLE = (
    "Trump hits back at reporter\n\n"
    "President Donald Trump lashed out at a reporter on Tuesday. 'Don't ever say what you "
    "said,' Trump shot back. 'That's a nasty question.'\n\n"
    "Megan Cassella, a CNBC reporter, defended the question. '(The phrase) is not widely "
    "known yet, but you have seen it pick up in the press,' Cassella said.\n"
)


def test_single_mark_quotations_become_double_marks_of_the_same_length() -> None:
    text = "'We rejected the Democrats' plan,' he said. He called them 'crooks' and 'liars.'"
    assert as_double_marks(text) == (
        "“We rejected the Democrats' plan,” he said. He called them “crooks” and “liars.”"
    )
    # apostrophes inside words and an elided century are no marks
    text = "'Don't go,' she said in the '90s. 'It's over.'"
    assert as_double_marks(text) == "“Don't go,” she said in the '90s. “It's over.”"


def test_a_text_in_double_marks_keeps_its_inner_single_marks() -> None:
    text = "\"He said 'no' twice,\" she said. \"Then 'yes' once,\" he said."
    assert single_quotation_pairs(text) == []
    # archives that write a double mark as two single ones (PolNeAR's New York Times copy)
    text = "''The 'boots' are gone,'' he said. ''The 'war' is over,'' she said."
    assert single_quotation_pairs(text) == []
    # one pair may be a title: a style takes two
    assert single_quotation_pairs("He starred in 'Cheers' for years.") == []


def test_cleaning_marks_the_quotations_of_a_single_mark_text() -> None:
    cleaned = clean(SINGLE_STYLE).text
    assert len(cleaned) == len(SINGLE_STYLE)
    assert "“Don't ever say what you said,” Trump" in cleaned
    assert "“(The phrase)" in cleaned


def test_single_mark_quotations_are_attributed_and_quoted_exactly(nlp: Language) -> None:
    article = Article(doc="t.txt", text=SINGLE_STYLE, published="2025-05-28")
    (ex,) = extract([article], nlp)
    found = {(q.speaker, q.content.text) for q in ex.quotes}
    assert ("donald-trump", "Don't ever say what you said") in found
    assert (
        "megan-cassella",
        "(The phrase) is not widely known yet, but you have seen it pick up in the press",
    ) in found
    spans = [s for q in ex.quotes for s in (q.content, q.cue, q.source) if s is not None]
    spans += [m for a in ex.actors for m in a.mentions] + [r.evidence for r in ex.relations]
    assert spans and all(s.text == SINGLE_STYLE[s.start : s.end] for s in spans)
    assert "“" not in "".join(s.text for s in spans)
