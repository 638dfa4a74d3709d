"""Screenshots of the web page for docs/ (docs/web-*.png), taken by the tests' browser.

Ingests the bundled articles (examples/) into a scratch store, serves it, and drives Debian's
Chromium (tests/browser_support.py) through the map, a tie's statements, the article with a
quote highlighted, and the quote search. Run: ``.venv/bin/python scripts/screenshots.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_support import browser, serving  # noqa: E402

from riftmap import api  # noqa: E402

DOCS = ROOT / "docs"
EDGE = "steve-bannon>elon-musk"


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "examples.duckdb"
        api.ingest([ROOT / "examples"], db)
        with serving(db, allow_edits=True) as url, browser() as b:
            page = b.new_page(viewport={"width": 1400, "height": 850})
            page.goto(url)
            page.wait_for_selector("body[data-ready=true]", timeout=30_000)
            where = page.evaluate(
                """id => { const p = riftmap.cy.getElementById(id).renderedMidpoint();
                const box = document.getElementById('graph').getBoundingClientRect();
                return [p.x + box.left, p.y + box.top]; }""",
                EDGE,
            )
            page.mouse.click(*where)
            page.wait_for_selector("#detail li.statement")
            page.screenshot(path=str(DOCS / "web-map.png"))
            page.click("#detail li.statement[data-quote] button.quote")
            page.wait_for_selector("#article-text mark.hl-content")
            page.screenshot(path=str(DOCS / "web-article.png"))
            page.goto(url + "/quotes?actor=steve-bannon&words=Musk")
            page.wait_for_selector("#q-table tbody tr")
            page.screenshot(path=str(DOCS / "web-quotes.png"))
    for name in ("web-map.png", "web-article.png", "web-quotes.png"):
        print(DOCS / name)


if __name__ == "__main__":
    main()
