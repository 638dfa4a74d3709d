"""A stand-in pipeline importable by worker processes (``--pipeline ingest_support:fake_pipeline``)
and generators of small articles, for the ingest tests.

The pipeline finds “...,” Name said/told, as the one in conftest.py does, and adds one relation
per quote whose content names another person (two capitalised words), so that relations reach
the store as the dicts the extraction gives today.
"""

from __future__ import annotations

import random
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from riftmap.models import Actor, Quote, Span
from riftmap.nlp import extensions

_QUOTE = re.compile(
    r"[“\"](?P<content>[^”\"]+)[”\"],? (?P<source>[A-Z]\w+(?: [A-Z]\w+)*) (?P<cue>said|told)"
)
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


@Language.component("riftmap_ingest_test_quotes")
def _fake(doc: Doc) -> Doc:
    text, quotes, actors, relations = doc.text, [], {}, []
    for m in _QUOTE.finditer(text):
        source = Span.of(text, *m.span("source"))
        speaker = slug(source.text)
        mentions = actors.get(speaker, Actor(speaker, source.text, "person")).mentions
        actors[speaker] = Actor(speaker, source.text, "person", (*mentions, source))
        content, cue = Span.of(text, *m.span("content")), Span.of(text, *m.span("cue"))
        quotes.append(Quote(content, cue, source, "direct", 0.9, speaker))
        for name in _NAME.finditer(content.text):
            if slug(name.group()) != speaker:
                relations.append(
                    {
                        "source": speaker,
                        "target": slug(name.group()),
                        "type": "ACCUSE",
                        "polarity": -1,
                        "topic": None,
                        "when": None,
                        "evidence": content.to_json(),
                        "quote": len(quotes) - 1,
                    }
                )
    doc._.quotes, doc._.actors = quotes, list(actors.values())
    doc._.relations = relations
    return doc


def fake_pipeline() -> Language:
    """A blank English pipeline with the stand-in above: fast, and independent of the model."""
    extensions.register()
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", default=None)
    nlp = spacy.blank("en")
    nlp.add_pipe("riftmap_ingest_test_quotes")
    return nlp


FIRST = ["Lena", "Tomas", "Ana", "Marco", "Ines", "Kofi", "Yuki", "Omar", "Petra", "Dev"]
LAST = ["Ortiz", "Berg", "Ruiz", "Rossi", "Silva", "Mensah", "Sato", "Haddad", "Novak", "Rao"]
TOPICS = [
    "the budget",
    "the tariff plan",
    "the pipeline",
    "the school reform",
    "the port deal",
    "the election date",
    "the health bill",
    "the border talks",
    "the tax cut",
    "the strike",
]
VERBS = ["attacked", "praised", "questioned", "defended", "mocked", "backed"]


def article(i: int, words: int = 60) -> str:
    """A small, distinct news item with two quotes; ``i`` seeds it."""
    rng = random.Random(i)
    a, b = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    topic = rng.choice(TOPICS)
    filler = " ".join(rng.choice(FIRST + LAST + TOPICS + VERBS) for _ in range(words))
    return (
        f"Item {i}: a row over {topic}.\n"
        f"“{b} has no plan for {topic},” {a} said on day {i}.\n"
        f"{filler}.\n"
        f"“We will not back down on item {i},” {b} told reporters.\n"
    )


CONTENT_TABLES = (
    "articles",
    "actors",
    "actor_aliases",
    "mentions",
    "quotes",
    "relations",
    "duplicates",
    "article_bands",
)


def snapshot(db: object) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the content tables, sorted, without the run ids that tell runs apart."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in CONTENT_TABLES:
            rows = con.execute(
                f"SELECT * EXCLUDE (run_id) FROM {table}"
                if table in ("articles", "duplicates")
                else f"SELECT * FROM {table}"
            ).fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def counts(db: object) -> dict[str, int]:
    return {table: len(rows) for table, rows in snapshot(db).items()}
