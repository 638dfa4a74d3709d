"""The PolNeAR scorer on hand-made documents whose right answers are worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from riftmap.eval.brat import AnnotatedDoc, GoldAttribution, read_corpus
from riftmap.eval.polnear import (
    MEASURES,
    Counts,
    match_greedy,
    overlap,
    score_corpus,
    score_document,
    trim,
)
from riftmap.models import Quote, Span

TEXT = '"We will win," Smith said on Monday. Jones claimed that the plan had failed.'


def at(text: str, s: str) -> tuple[int, int]:
    start = text.index(s)
    return start, start + len(s)


def quote(content: str, cue: str | None, source: str | None, text: str = TEXT) -> Quote:
    def span(s: str | None) -> Span | None:
        return Span.of(text, *at(text, s)) if s else None

    content_span = span(content)
    assert content_span is not None
    return Quote(content_span, span(cue), span(source), "direct", 1.0)


def gold(content: str, cue: str, source: str | None, text: str = TEXT) -> GoldAttribution:
    return GoldAttribution(
        source=(at(text, source),) if source else (),
        cue=(at(text, cue),),
        content=(at(text, content),),
    )


DOC = AnnotatedDoc(
    "story.txt",
    TEXT,
    (
        gold('"We will win,"', "said", "Smith"),
        gold("that the plan had failed", "claimed", "Jones"),
    ),
)


def test_trim_strips_white_space_quotes_and_punctuation() -> None:
    assert trim(TEXT, at(TEXT, '"We will win," ')) == at(TEXT, "We will win")
    assert trim("“—”", (0, 3)) == (3, 3)
    assert trim(TEXT, at(TEXT, "Smith")) == at(TEXT, "Smith")


def test_overlap() -> None:
    assert overlap((0, 5), (3, 9)) == 2
    assert overlap((0, 3), (3, 9)) == 0


def test_counts_add_and_divide() -> None:
    total = Counts(1, 2, 4) + Counts(1, 0, 0)
    assert (total.precision, total.recall) == (1.0, 0.5)
    assert total.f1 == pytest.approx(2 / 3)
    assert Counts().f1 == 0.0


def test_greedy_matching_is_one_to_one_largest_first() -> None:
    pred, gold_spans = [(0, 10), (8, 12)], [(0, 9), (9, 20)]
    assert sorted(match_greedy(pred, gold_spans, overlap)) == [(0, 0), (1, 1)]
    # one prediction covering two gold spans still counts once
    assert match_greedy([(0, 20)], gold_spans, overlap) == [(0, 1)]


def test_perfect_prediction_scores_one_everywhere() -> None:
    quotes = [
        quote("We will win,", "said", "Smith"),  # trimmed it equals the gold span
        quote("that the plan had failed.", "claimed", "Jones"),
    ]
    counts = score_document(DOC, quotes)
    assert all(counts[m] == Counts(2, 2, 2) for m in MEASURES)


def test_partial_content_is_overlap_but_not_exact() -> None:
    counts = score_document(DOC, [quote("the plan", "claimed", "Jones")])
    assert counts["content_exact"] == Counts(0, 1, 2)
    assert counts["content_overlap"] == Counts(1, 1, 2)
    assert counts["source_exact"] == counts["cue_exact"] == Counts(1, 1, 2)
    assert counts["attribution"] == Counts(1, 1, 2)


def test_wrong_source_fails_the_attribution() -> None:
    counts = score_document(DOC, [quote("that the plan had failed", "claimed", "Smith")])
    assert counts["content_exact"].tp == 1
    assert counts["attribution"] == Counts(0, 1, 2)


def test_missing_source_fails_unless_gold_has_none_too() -> None:
    sourceless = AnnotatedDoc("s.txt", TEXT, (gold("that the plan had failed", "claimed", None),))
    prediction = [quote("that the plan had failed", "claimed", None)]
    assert score_document(sourceless, prediction)["attribution"] == Counts(1, 1, 1)
    assert score_document(DOC, prediction)["attribution"] == Counts(0, 1, 2)
    assert score_document(sourceless, prediction)["source_exact"] == Counts(0, 0, 0)


def test_spans_that_trim_to_nothing_are_dropped() -> None:
    text = '"Yes," he said.'
    doc = AnnotatedDoc("t.txt", text, (gold("Yes", "said", "he", text),))
    q = Quote(Span.of(text, 0, 1), None, None, "direct", 1.0)  # just the opening mark
    counts = score_document(doc, [q])
    assert counts["content_exact"] == Counts(0, 0, 1)
    assert counts["cue_exact"] == Counts(0, 0, 1)
    assert counts["attribution"] == Counts(0, 1, 1)


def test_duplicates_count_once_in_exact_mode() -> None:
    q = quote("that the plan had failed", "claimed", "Jones")
    assert score_document(DOC, [q, q])["content_exact"] == Counts(1, 2, 2)


def test_corpus_totals_and_missing_documents() -> None:
    other = AnnotatedDoc("other.txt", TEXT, (gold('"We will win,"', "said", "Smith"),))
    scores = score_corpus([DOC, other], {"story.txt": [quote("We will win", "said", "Smith")]})
    assert scores.documents == 2 and scores.documents_missing == 1
    assert scores.counts["attribution"] == Counts(1, 1, 3)
    assert scores.to_json()["attribution"] == {
        "precision": 1.0,
        "recall": 0.3333,
        "f1": 0.5,
        "tp": 1,
        "predicted": 1,
        "gold": 3,
    }
    assert set(scores.to_json()) == {*MEASURES, "documents", "documents_missing_from_output"}


def test_fixture_corpus_reads_first_annotator_and_fragment_hulls(fixtures: Path) -> None:
    (doc,) = read_corpus(fixtures / "polnear")
    assert doc.name == "story.txt" and len(doc.attributions) == 3
    interrupted = doc.attributions[1]
    assert len(interrupted.content) == 2  # "that the plan had failed ... it was too late"
    whole = quote(
        "that the plan had failed, and, she added, it was too late", "claimed", "Jones", doc.text
    )
    counts = score_document(doc, [whole])
    assert counts["content_exact"].tp == 1  # the hull of both fragments
    assert doc.attributions[2].source == ()
