"""``riftmap.api``: extraction from articles and from paths, errors carried per file."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from riftmap import Article, extract, extract_paths
from riftmap.errors import InputError


def test_extract_keeps_order_and_articles(fake_nlp: Language) -> None:
    articles = [Article(doc=f"d{i}", text=f"“Yes {i},” Ana Ruiz said.") for i in range(5)]
    results = list(extract(articles, fake_nlp, batch_size=2))
    assert [r.article for r in results] == articles
    assert [r.quotes[0].content.text for r in results] == [f"Yes {i}," for i in range(5)]
    assert results[0].actors[0].name == "Ana Ruiz"


def test_extract_paths_hands_errors_to_the_handler(fake_nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“Hi,” Bo Li said.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.txt").write_text("Nothing.", encoding="utf-8")
    errors: list[InputError] = []
    results = list(extract_paths([tmp_path], fake_nlp, on_error=errors.append))
    assert [r.article.doc for r in results] == ["a.txt", "c.txt"]
    assert len(errors) == 1 and "b.txt" in str(errors[0])


def test_extract_paths_without_handler_raises(fake_nlp: Language, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(extract_paths([tmp_path / "absent.txt"], fake_nlp))


def test_real_pipeline_output_obeys_the_contract(nlp: Language) -> None:
    """Whatever the model finds, every span must cut its own text out of the article."""
    text = (
        '"I\'ve never seen action like this in my life," Steve Bannon said on Tuesday.\n'
        "Musk told reporters that the project was a fraud, according to two aides."
    )
    (result,) = extract([Article(doc="t.txt", text=text)], nlp)
    for q in result.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert text[span.start : span.end] == span.text
    for actor in result.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
