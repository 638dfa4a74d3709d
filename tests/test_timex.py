"""Dates of statements, resolved against fixed publication dates; file-name dates."""

from __future__ import annotations

from datetime import date

import pytest

from riftmap.models import Article
from riftmap.nlp.timex import Timex, date_in_name, normalise, published_of, resolve

WED = date(2025, 1, 22)  # a Wednesday


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("Wednesday", WED, Timex("2025-01-22", "day")),  # the same day
        ("Tuesday", WED, Timex("2025-01-21", "day")),
        ("Friday's", date(2025, 3, 3), Timex("2025-02-28", "day")),  # across a month
        ("yesterday", date(2025, 1, 1), Timex("2024-12-31", "day")),  # across a year
        ("last month", date(2025, 1, 15), Timex("2024-12", "month")),
        ("in mid-February", date(2025, 3, 10), Timex("2025-02", "month")),
        ("in December", date(2025, 1, 10), Timex("2024-12", "month")),  # last December
        ("earlier this month", date(2025, 3, 10), Timex("2025-03", "month")),
        ("last week", date(2025, 1, 2), Timex("2024-12", "month")),
        ("last week's", date(2025, 3, 5), Timex("2025", "year")),  # Feb 24 - Mar 2
        ("late last year", WED, Timex("2024", "year")),
        ("in 2017", None, Timex("2017", "year")),
        ("Jan. 22, 2025", None, Timex("2025-01-22", "day")),
        ("March 2024", None, Timex("2024-03", "month")),
    ],
)
def test_resolve(expression: str, published: date | None, expected: Timex) -> None:
    assert resolve(expression, published) == expected


def test_future_weekday() -> None:
    assert resolve("Friday", WED, future=True) == Timex("2025-01-24", "day")


@pytest.mark.parametrize(
    "expression", ["in recent months", "for years", "previously", "the 2020 election", "now"]
)
def test_vague_expressions_are_not_dates(expression: str) -> None:
    assert resolve(expression, WED) is None


@pytest.mark.parametrize("expression", ["Wednesday", "last month", "in December", "this week"])
def test_relative_dates_need_a_publication_date(expression: str) -> None:
    assert resolve(expression, None) is None


def test_normalise() -> None:
    assert normalise("In mid-February") == "february"
    assert normalise("Friday’s") == "friday"


def test_dates_in_file_names() -> None:
    assert date_in_name("politico_2016-09-08_debate.txt") == "2016-09-08"
    assert date_in_name("nyt_20250310.html") == "2025-03-10"
    assert date_in_name("a_2016-13-45.txt") is None
    assert date_in_name("000_ce423b46d9c8174d.txt") is None


def test_published_prefers_metadata() -> None:
    named = Article(doc="x_2016-09-08.txt", text="")
    assert published_of(named) == "2016-09-08"
    assert published_of(Article(doc="x_2016-09-08.txt", text="", published="2020-01-01")) == (
        "2020-01-01"
    )
    assert published_of(Article(doc="x.jsonl:3", text="", origin="/a/b_2001-02-03/x.jsonl")) is None
