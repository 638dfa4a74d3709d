"""Topic labels: user lists, the issue a predicate is about, named things."""

from __future__ import annotations

from pathlib import Path

import pytest
from relations_support import relations
from spacy.language import Language

from riftmap.errors import UsageError
from riftmap.kb.ids import slug
from riftmap.nlp.relations.topics import TopicList


def test_slug() -> None:
    assert slug("H-1B visas") == "h-1b-visas"
    assert slug("Trump's tariffs") == "trump-tariffs"
    # letters with no decomposition are written as English copy writes them
    assert slug("Lars Løkke Rasmussen") == "lars-lokke-rasmussen"
    assert slug("Lech Wałęsa, Straße") == "lech-walesa-strasse"


def test_topic_file_formats(tmp_path: Path) -> None:
    lines = tmp_path / "topics.txt"
    lines.write_text("# issues\nTrade war: tariffs, import duties\ndoge: DOGE\n", encoding="utf-8")
    topics = TopicList.read(lines)
    assert topics.match("new Import Duties on steel") == "trade-war"
    assert topics.match("the dogecoin rally") is None  # whole words only
    as_json = tmp_path / "topics.json"
    as_json.write_text('{"immigration": ["H-1B", "border"]}', encoding="utf-8")
    assert TopicList.read(as_json).match("H-1B visas") == "immigration"


@pytest.mark.parametrize(
    ("name", "content"),
    [("bad.txt", "no colon here\n"), ("bad.json", "[1, 2]"), ("broken.json", "{")],
)
def test_bad_topic_files(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=name):
        TopicList.read(path)


def test_missing_topic_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read"):
        TopicList.read(tmp_path / "none.txt")


def test_user_topics_win(nlp: Language) -> None:
    topics = TopicList.from_mapping({"trade": ["tariffs"]})
    (found,) = relations(nlp, "Smith attacked Jones over tariffs.", topics=topics)
    assert found.topic == "trade"


def test_topic_from_what_the_statement_is_over(nlp: Language) -> None:
    (found,) = relations(nlp, "Smith tore into Jones over their support of H-1B visas.")
    assert found.topic == "h-1b-visas"
    (found,) = relations(nlp, "Smith criticized Jones about the pension reform.")
    assert found.topic == "pension-reform"


def test_no_topic_rather_than_a_generic_one(nlp: Language) -> None:
    (found,) = relations(nlp, "Smith criticized Jones over something.")
    assert found.topic is None
