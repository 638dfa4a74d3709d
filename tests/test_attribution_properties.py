"""Property tests: arbitrary text never crashes extraction, and every span cuts its own text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from riftmap.nlp.text.quotemarks import find_regions

QUOTE_HEAVY = st.text(
    alphabet=st.sampled_from(list('abc XYZ said told "“”‘’\'«»,.:;—―\n\t')), max_size=300
)


def _check_spans(text: str, nlp: Language) -> None:
    doc = nlp(text)
    for quote in doc._.quotes:
        for span in (quote.content, quote.cue, quote.source):
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    for actor in doc._.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=400))
def test_any_unicode_text_extracts_with_exact_spans(nlp: Language, text: str) -> None:
    _check_spans(text, nlp)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=QUOTE_HEAVY)
def test_quote_heavy_text_extracts_with_exact_spans(nlp: Language, text: str) -> None:
    _check_spans(text, nlp)


@given(text=st.text(max_size=500))
def test_quotation_regions_lie_in_bounds(text: str) -> None:
    for region in find_regions(text):
        assert 0 <= region.start <= region.end <= len(text)
