"""The page's files: the vendored Cytoscape.js is the pinned one, and nothing loads from afar."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from fastapi.testclient import TestClient
from web_support import Doc, Said, small_store

from riftmap.web import create_app
from riftmap.web.app import STATIC

VENDOR = STATIC / "vendor"


def test_the_vendored_cytoscape_matches_its_recorded_checksum_and_licence() -> None:
    record = (VENDOR / "VENDORED.md").read_text("utf-8")
    row = next(line for line in record.splitlines() if line.startswith("| cytoscape.min.js"))
    sha = re.search(r"\b[0-9a-f]{64}\b", row)
    assert sha is not None
    assert hashlib.sha256((VENDOR / "cytoscape.min.js").read_bytes()).hexdigest() == sha.group()
    version = re.search(r"\| (\d+\.\d+\.\d+) \|", row)
    assert version is not None
    head = (VENDOR / "cytoscape.min.js").read_text("utf-8")[:400]
    assert "Cytoscape Consortium" in head
    assert "Permission is hereby granted" in (VENDOR / "cytoscape.LICENSE").read_text("utf-8")


def test_the_page_fetches_nothing_from_elsewhere() -> None:
    for path in STATIC.glob("*.*"):
        text = path.read_text("utf-8")
        assert not re.search(r"(src|href)=\"(https?:)?//", text), path.name
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path.name
        assert "document.write" not in text, path.name


def test_the_page_is_served_with_a_strict_policy(tmp_path: Path) -> None:
    db = small_store(tmp_path / "p.duckdb", [Doc("p1", None, (Said("a-b", "x", "c-d"),))])
    with TestClient(create_app(db)) as client:
        page = client.get("/")
        assert page.status_code == 200 and "cytoscape.min.js" in page.text
        policy = page.headers["content-security-policy"]
        assert "script-src 'self';" in policy and "connect-src 'self'" in policy
        assert client.get("/quotes").text == page.text
        assert client.get("/static/vendor/cytoscape.min.js").status_code == 200
        assert client.get("/docs").status_code == 200
