"""Shared fixtures: the spaCy pipeline (loaded once per session) and paths to test data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.models import Actor, Quote, Span
from riftmap.nlp import extensions
from riftmap.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full extraction pipeline, built once: loading it takes seconds."""
    return build_nlp()


@pytest.fixture(scope="session")
def golden_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reviewed extraction of the bundled articles (tests/golden/examples.json) as the
    JSON Lines that ``--from`` reads."""
    docs = json.loads((Path(__file__).parent / "golden" / "examples.json").read_text("utf-8"))
    path = tmp_path_factory.mktemp("golden") / "examples.jsonl"
    path.write_text("".join(json.dumps(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the repo (corpora, keys, scorer); tests needing it skip without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not found (present in CI)")
    return SHARED


# A stand-in for the attribution model, for tests of the layers around it (CLI, API, eval):
# it finds “...,” Name said/told and nothing else, so that what those layers print is known.
_QUOTE = re.compile(
    r"[“\"](?P<content>[^”\"]+)[”\"],? (?P<source>[^\W\d_]\w*(?: [^\W\d_]\w*)*) (?P<cue>said|told)"
)


@Language.component("riftmap_test_fake_quotes")
def _fake_quotes(doc: Doc) -> Doc:
    text, quotes, actors = doc.text, [], {}
    for m in _QUOTE.finditer(text):
        source = Span.of(text, *m.span("source"))
        speaker = source.text.lower().replace(" ", "-")
        actors.setdefault(speaker, Actor(speaker, source.text, "person", (source,)))
        content, cue = Span.of(text, *m.span("content")), Span.of(text, *m.span("cue"))
        quotes.append(Quote(content, cue, source, "direct", 0.9, speaker))
    doc._.quotes, doc._.actors = quotes, list(actors.values())
    return doc


@pytest.fixture(scope="session")
def fake_nlp() -> Language:
    """A blank English pipeline with the stand-in above: fast, and independent of the model."""
    extensions.register()
    pipeline = spacy.blank("en")
    pipeline.add_pipe("riftmap_test_fake_quotes")
    return pipeline
