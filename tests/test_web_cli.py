"""``riftmap serve``, ``riftmap export keys`` and ``riftmap eval keys`` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from browser_support import free_port
from typer.testing import CliRunner
from web_support import Doc, Said, small_store

from riftmap.cli import app
from riftmap.store import Store, corrections
from riftmap.store.corrections import Correction

DOCS = [
    Doc(
        "c1",
        "2025-01-05",
        (
            Said("ann-lee", "Bob ruins everything", "bob-ray", topic="budget"),
            Said("bob-ray", "Ann is right", "ann-lee", 1, "SUPPORT"),
        ),
    ),
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return small_store(tmp_path / "cli.duckdb", DOCS)


def test_serve_refuses_a_public_address_without_a_token(db: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0"], env={})
    assert result.exit_code == 2
    assert "--token" in result.output


def test_serve_reports_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such database" in result.output


@pytest.mark.slow
def test_a_public_server_with_a_token_answers_401_without_it(db: Path) -> None:
    port = free_port()
    env = {**os.environ, "RIFTMAP_TOKEN": "let-me-in"}
    riftmap = str(Path(sys.executable).parent / "riftmap")
    command = [riftmap, "serve", "--db", str(db), "--host", "0.0.0.0", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/api/stats"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(url, timeout=2)
                break
            except httpx.HTTPError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert response.status_code == 401
        ok = httpx.get(url, headers={"Authorization": "Bearer let-me-in"}, timeout=10)
        assert ok.status_code == 200 and ok.json()["quotes"] == 2
    finally:
        server.terminate()
        server.wait(20)


def test_export_keys_then_eval_keys_scores_the_machine_against_the_corrections(
    db: Path, tmp_path: Path
) -> None:
    with Store.open(db) as store:
        corrections.add(store.con, Correction("quote", "c1", 0, "speaker", "bob-ray"))
    out = tmp_path / "keys"
    runner = CliRunner()
    exported = runner.invoke(app, ["export", "keys", "--db", str(db), "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    key = json.loads((out / "c1.json").read_text("utf-8"))
    assert [q["speaker"] for q in key["quotes"]] == ["bob-ray", "bob-ray"]
    scored = runner.invoke(app, ["eval", "keys", str(out), "--db", str(db), "--json"])
    assert scored.exit_code == 0, scored.output
    figures = json.loads(scored.output)
    # the machine found both quotes but gave the first to ann-lee; the user said bob-ray
    assert figures["quote_content"]["recall"] == 1.0
    assert figures["quote_attributed"]["tp"] == 1 and figures["quote_attributed"]["gold"] == 2
    assert figures["relation_source_target_type"]["tp"] == 1


def test_export_keys_needs_a_folder(db: Path) -> None:
    result = CliRunner().invoke(app, ["export", "keys", "--db", str(db)])
    assert result.exit_code == 2 and "--out" in result.output
