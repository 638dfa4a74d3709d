"""The assembled pipeline follows spaCy's conventions: every component declares what it reads
and writes, so ``analyze_pipes`` validates the order; and a pipeline saved with ``to_disk``
loads with ``spacy.load`` (models and word lists included) and extracts the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article
from riftmap.nlp.text.long_runs import RunGuard

TEXT = (
    "WASHINGTON - Senator Maria Lopez criticized the governor on Tuesday. "
    '"This budget is a disgrace," Lopez said. She added that the plan would hurt '
    "teachers, according to her office. Gov. Tom Baker, a Republican, told reporters "
    "he supports the plan. Baker later accused Lopez of playing politics with the budget.\n\n"
    '"We will not back down," the governor said.'
)


def _output(nlp: Language) -> str:
    article = Article(doc="a.txt", text=TEXT, published="2025-03-04")
    return "\n".join(json.dumps(e.to_json(), sort_keys=True) for e in extract([article], nlp))


def test_analyze_pipes_reports_no_problems(nlp: Language) -> None:
    analysis = nlp.analyze_pipes(pretty=True)
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}
    summary = analysis["summary"]
    assert summary["riftmap_attribution"]["assigns"] == ["doc._.quotes"]
    assert "doc._.quotes" in summary["riftmap_speakers"]["requires"]
    assert "doc._.token_actor" in summary["riftmap_relations"]["requires"]


def test_components_out_of_order_are_reported(nlp: Language) -> None:
    """The declarations are checked, not decorative: relations before speakers is a problem."""
    from riftmap.nlp.pipeline import load_base_model

    wrong = load_base_model()
    wrong.add_pipe("riftmap_attribution")
    wrong.add_pipe("riftmap_relations")
    wrong.add_pipe("riftmap_speakers")
    problems = wrong.analyze_pipes(pretty=False)["problems"]
    assert "doc._.token_actor" in problems["riftmap_relations"]


@pytest.mark.slow
def test_saved_pipeline_loads_and_extracts_the_same(nlp: Language, tmp_path: Path) -> None:
    before = _output(nlp)
    # the text exercises all three components: quotes, speakers, relations
    assert '"speaker": "maria-lopez"' in before and '"type": "ACCUSE"' in before
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline"
    assert (saved / "riftmap_attribution" / "cue.crfsuite").is_file()
    assert (saved / "riftmap_attribution" / "speech_verbs.txt").is_file()
    assert (saved / "riftmap_relations" / "predicates.tsv").is_file()
    loaded = spacy.load(saved)
    assert loaded.pipe_names == nlp.pipe_names
    assert isinstance(loaded.tokenizer, RunGuard)  # long runs stay bounded after a reload
    assert _output(loaded) == before


@pytest.mark.slow
def test_saved_models_are_the_ones_used(nlp: Language, tmp_path: Path) -> None:
    """A loaded pipeline reads its own folder, not the shipped files: a saved word list
    edited on disk changes what the loaded pipeline finds."""
    nlp.to_disk(tmp_path / "pipeline")
    verbs = tmp_path / "pipeline" / "riftmap_attribution" / "speech_verbs.txt"
    verbs.write_text("say\n", encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("riftmap_attribution").model.speech_verbs == frozenset({"say"})
