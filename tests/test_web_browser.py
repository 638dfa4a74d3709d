"""The page in Debian's Chromium: the bundled articles' map, a tie's quotes in their article,
a speaker correction seen everywhere, and article text that must stay text."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import ROOT, Relaunching, open_page, relaunching, serving
from playwright.sync_api import Page
from spacy.language import Language
from web_support import Doc, Said, small_store

from riftmap import api
from riftmap.store import Store
from riftmap.store.keys import write_keys

pytestmark = pytest.mark.slow

EDGE = "steve-bannon>elon-musk"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    api.ingest([ROOT / "examples"], db, nlp=nlp)
    return db


@pytest.fixture(scope="module")
def chromium() -> Iterator[Relaunching]:
    with relaunching() as browsers:
        yield browsers


@pytest.fixture()
def page(chromium: Relaunching) -> Iterator[Page]:
    context, p = open_page(chromium, viewport={"width": 1400, "height": 850})
    p.dialogs = []  # type: ignore[attr-defined]
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield p
    context.close()


def open_map(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)


def edge_data(page: Page, edge: str) -> dict[str, object]:
    return page.evaluate(  # type: ignore[no-any-return]
        """id => { const e = riftmap.cy.getElementById(id);
        if (!e.length) return null;
        const p = e.renderedMidpoint();
        const box = document.getElementById('graph').getBoundingClientRect();
        return {x: p.x + box.left, y: p.y + box.top, statements: e.data('statements'),
                hostile: e.hasClass('hostile')}; }""",
        edge,
    )


def click_edge(page: Page, edge: str) -> None:
    found = edge_data(page, edge)
    assert found is not None, f"no edge {edge} on the map"
    page.mouse.click(found["x"], found["y"])  # type: ignore[arg-type]
    page.wait_for_selector("#detail li.statement")


def open_first_quote(page: Page) -> None:
    page.click("#detail li.statement[data-quote] button.quote")
    page.wait_for_selector("#article-text mark.hl-content")


def test_the_bannon_musk_tie_leads_to_a_highlighted_bannon_quote(
    page: Page, examples_db: Path
) -> None:
    with serving(examples_db) as url:
        open_map(page, url)
        tie = edge_data(page, EDGE)
        assert tie is not None and tie["hostile"] and int(tie["statements"]) >= 8  # type: ignore[call-overload]
        click_edge(page, EDGE)
        assert page.inner_text("#detail-title").startswith("Steve Bannon → Elon Musk")
        open_first_quote(page)
        assert page.inner_text("#article-quote strong") == "Steve Bannon"
        content = page.inner_text("#article-text mark.hl-content")
        assert len(content) > 20 and content in page.inner_text("#article-quote q")
        assert page.inner_text("#article-text mark.hl-cue")
        # the view is in the URL: the same link opens the same article, highlighted
        shared = page.url
        assert "sel=" in shared and "article=" in shared
        page.goto(shared)
        page.wait_for_selector("#article-text mark.hl-content")
        assert page.inner_text("#article-text mark.hl-content") == content
        assert page.dialogs == []  # type: ignore[attr-defined]


def test_a_speaker_correction_shows_in_quotes_network_and_keys(
    page: Page, examples_db: Path, tmp_path: Path
) -> None:
    db = Path(shutil.copy(examples_db, tmp_path / "edit.duckdb"))
    with serving(db, allow_edits=True) as url:
        open_map(page, url)
        before = int(edge_data(page, EDGE)["statements"])  # type: ignore[index, call-overload]
        click_edge(page, EDGE)
        open_first_quote(page)
        content = page.inner_text("#article-quote q")
        page.fill("#fix-speaker", "donald-trump")
        page.click("#fix-speaker-save")
        page.wait_for_function(
            "() => document.querySelector('#article-quote strong').textContent === 'Donald Trump'"
        )
        page.wait_for_function(
            "([id, n]) => riftmap.cy.getElementById(id).data('statements') === n",
            arg=[EDGE, before - 1],
        )
        assert edge_data(page, "donald-trump>elon-musk") is not None
        page.goto(f"{url}/quotes?actor=donald-trump")
        page.wait_for_selector("#q-table tbody tr")
        rows = page.locator("#q-table tbody tr.corrected")
        assert rows.count() == 1
        assert rows.first.locator("td").first.inner_text() == "Donald Trump"
        assert rows.first.locator("q").inner_text() == content
    with Store.open(db, read_only=True) as store:
        keys = [json.loads(p.read_text()) for p in write_keys(store, tmp_path / "keys")]
    said = [q for key in keys for q in key["quotes"] if q["content"] == content]
    assert [q["speaker"] for q in said] == ["donald-trump"]


def test_a_wrong_relation_and_an_actor_merge_from_the_page(
    page: Page, examples_db: Path, tmp_path: Path
) -> None:
    db = Path(shutil.copy(examples_db, tmp_path / "merge.duckdb"))
    with serving(db, allow_edits=True) as url:
        open_map(page, url)
        before = int(edge_data(page, EDGE)["statements"])  # type: ignore[index, call-overload]
        click_edge(page, EDGE)
        page.click("#detail li.statement button.reject")
        page.wait_for_function(
            "([id, n]) => riftmap.cy.getElementById(id).data('statements') === n",
            arg=[EDGE, before - 1],
        )
        page.wait_for_function(  # the tie's statements listed again, one fewer
            "n => document.querySelectorAll('#detail li.statement').length === n", arg=before - 1
        )
        page.evaluate("() => riftmap.showNode(riftmap.cy.getElementById('susie-wiles'))")
        page.fill("#merge-into", "donald-trump")
        page.click("#merge-save")
        page.wait_for_function("() => riftmap.cy.getElementById('susie-wiles').length === 0")
        assert edge_data(page, "steve-bannon>donald-trump") is not None


XSS_TEXT = (
    "<script>window.__xss = 'script'</script> <img src=x onerror=\"window.__xss = 'img'\"> "
    "<a href=\"javascript:window.__xss = 'link'\">click me</a> "
    "</textarea><b>bold</b> &lt;i&gt; &amp;"
)


@pytest.fixture()
def hostile_db(tmp_path: Path) -> Path:
    payload = "<img src=x onerror=\"window.__xss = 'name'\">"
    db = small_store(
        tmp_path / "xss.duckdb",
        [
            Doc(
                "x1",
                "2025-01-02",
                (
                    Said(
                        "ann-lee",
                        "<script>alert('quote')</script> </textarea> &amp; done",
                        "bob-ray",
                    ),
                ),
                title="<script>alert('title')</script>",
                lead=XSS_TEXT,
            ),
        ],
    )
    with Store.open(db) as store:
        store.con.execute("UPDATE actors SET name = ? WHERE id = 'ann-lee'", [payload])
    return db


def test_article_text_names_and_titles_stay_text(page: Page, hostile_db: Path) -> None:
    with serving(hostile_db) as url:
        open_map(page, url + "/?article=x1&quote=0")
        page.wait_for_selector("#article-text mark.hl-content")
        text = page.inner_text("#article-text")
        for literal in (
            "<script>window.__xss",
            "<img src=x onerror",
            "javascript:",
            "</textarea>",
            "&lt;i&gt; &amp;",
        ):
            assert literal in text
        assert (
            page.locator(
                "#article-text img, #article-text a, #article-text script, #article-text b"
            ).count()
            == 0
        )
        assert page.inner_text("#article-title") == "<script>alert('title')</script>"
        assert page.inner_text("#article-quote strong").startswith("<img")
        page.click("#article-close")
        click_edge(page, "ann-lee>bob-ray")
        assert page.inner_text("#detail li.statement .who").startswith("<img")
        page.click("#detail li.statement button.quote")
        page.wait_for_selector("#article-text mark.hl-content")
        page.goto(url + "/quotes")
        page.wait_for_selector("#q-table tbody tr")
        assert page.inner_text("#q-table tbody td").startswith("<img")
        assert page.evaluate("window.__xss") is None
        assert page.dialogs == []  # type: ignore[attr-defined]
