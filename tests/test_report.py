"""The reporter's brief from a hand-made slice: its sections, names, inline SVG charts,
escaping of article text, the Markdown variant and reproducible output."""

from __future__ import annotations

import re
from pathlib import Path

import map_support
import pytest

from riftmap.errors import UsageError
from riftmap.exports.catalogue import from_jsonl
from riftmap.report.brief import brief_of, wanted_relations
from riftmap.report.index import index_of
from riftmap.report.render import md_escape, render_html, write_report
from riftmap.report.view import Brief


@pytest.fixture
def brief(tmp_path: Path) -> Brief:
    catalogue = from_jsonl([map_support.write_jsonl(tmp_path / "out.jsonl")])
    return brief_of(map_support.network(), map_support.factions(), map_support.rifts(),
                    catalogue, title="riftmap brief", scope="all dates")


def test_html_has_every_section_names_and_charts(brief: Brief) -> None:
    html = render_html(brief)
    for section in ("rifts", "network", "factions", "brokers", "ties"):
        assert f'<section id="{section}">' in html
    assert "1. Steve Bannon vs Elon Musk" in html
    assert "brokers: Donald Trump" in html
    assert len(re.findall(r"<svg[ >]", html)) >= 2
    assert "The sharpest rift is Steve Bannon vs Elon Musk" in html
    assert "first hostile 2025-01-05" in html and "peak 2025-02-01" in html


def test_quotes_carry_speaker_date_outlet_and_link(brief: Brief) -> None:
    rift = brief.rifts[0]
    first = rift.quotes[0]
    assert (first.speaker, first.target, first.date, first.outlet, first.url) == \
        ("Steve Bannon", "Elon Musk", "2025-01-05", "Politico", "https://example.org/a")
    assert all(q.polarity < 0 for q in rift.quotes)
    html = render_html(brief)
    assert '<a href="https://example.org/a">Bannon on Musk</a>' in html
    broker = brief.brokers[0]
    assert broker.name == "Donald Trump" and broker.between == ("Steve Bannon", "Elon Musk")
    assert broker.quotes[0].text == "Trump asked Bannon to stop."


def test_article_text_is_escaped(brief: Brief) -> None:
    html = render_html(brief)
    assert map_support.XSS not in html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "javascript:" not in html  # an article's non-web URL is not made a link


def test_rift_chart_has_one_bar_per_window(brief: Brief) -> None:
    chart = brief.rifts[0].chart
    assert chart.startswith("<svg") and "Hostility over time" in chart
    assert "2025-02-01" in chart


def test_undated_rift_is_charted_by_article(tmp_path: Path) -> None:
    rift = map_support.rifts()[0]
    undated = type(rift)(rift.actors, rift.score, None, None, rift.topics, rift.brokers,
                         rift.evidence)
    catalogue = from_jsonl([map_support.write_jsonl(tmp_path / "out.jsonl")])
    brief = brief_of(map_support.network(), None, [undated], catalogue, title="t", scope="s")
    assert "Hostility by article (undated)" in brief.rifts[0].chart
    assert "The feud goes on" in brief.rifts[0].chart
    assert brief.factions == () and "No factions were computed" in render_html(brief)


def test_output_is_reproducible(tmp_path: Path, brief: Brief) -> None:
    first = write_report(brief, tmp_path / "one.html").read_text()
    again = brief_of(map_support.network(), map_support.factions(), map_support.rifts(),
                     from_jsonl([map_support.write_jsonl(tmp_path / "o.jsonl")]),
                     title="riftmap brief", scope="all dates")
    assert write_report(again, tmp_path / "two.html").read_text() == first
    assert "<dc:date>" not in first


def test_markdown_variant_writes_figures_beside_it(tmp_path: Path, brief: Brief) -> None:
    out = write_report(brief, tmp_path / "brief.md")
    text = out.read_text()
    assert text.startswith("# riftmap brief")
    for heading in ("## Rifts", "## The network", "## Factions", "## Brokers",
                    "## Strongest ties"):
        assert heading in text
    figures = sorted(p.name for p in (tmp_path / "brief.figures").iterdir())
    assert figures == ["network.svg", "rift-1.svg"]
    assert "](brief.figures/rift-1.svg)" in text
    assert "<script>" not in text and r"\<script\>" in text


def test_md_escape() -> None:
    assert md_escape("a *b* [c](d)\n<e>") == r"a \*b\* \[c\]\(d\) \<e\>"


def test_report_suffix_is_checked(tmp_path: Path, brief: Brief) -> None:
    with pytest.raises(UsageError, match=r"\.html or \.md"):
        write_report(brief, tmp_path / "brief.pdf")


def test_wanted_relations_cover_the_quoted_edges() -> None:
    index = index_of(map_support.network(), map_support.factions())
    ids = wanted_relations(index, map_support.rifts())
    assert {"a.txt:0", "b.txt:0", "b.txt:1", "a.txt:1"} <= ids
