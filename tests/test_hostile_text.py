"""Hostile text finishes: each input at its real size goes through `riftmap ingest` and
`riftmap extract` (the real pipeline, as a subprocess) within the time budget, the good article
beside it is kept with its quote, and every span given for the hostile file indexes its text.

One test per input, each at full size; they are slow (a model load per command), so marked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

BUDGET = 120.0  # seconds per command, the bar of issue 10
RIFTMAP = str(Path(sys.executable).parent / "riftmap")
GOOD = (
    "Senator Ana Ruiz criticised the budget on Tuesday.\n\n"
    "“This budget fails every family in the state,” Ruiz said at a news conference.\n"
)


def fifty_thousand_quotes() -> str:
    return "“" * 50_000


def unbalanced_runs() -> str:
    """Quotation marks opened and never closed, in runs of every length up to 100, between
    words: about 150 KB."""
    parts = []
    for i in range(1_000):
        parts.append("“" * (i % 100 + 1) + f" Ruiz said {i} ‘it")
    return " ".join(parts)


def twenty_megabyte_line() -> str:
    return "word " * 4_000_000


def names_on_one_line() -> str:
    """A 456 KB article without a line break, full of names: every name is on the first
    line, which a rule asking once per name whether the first line is a headline read whole
    each time (minutes of CPU before 2026-12-04's fourth session)."""
    return "Senator Ana Ruiz and Elon Musk met Donald Trump in Ohio. " * 8_000 + "\n"


def single_marks() -> str:
    """150 KB of quotations set in straight single marks on one line ('a' 'a' ...): the check
    for a text set in single marks pairs them with a binary search per mark (a scan of the
    line per mark took 10 s for 20,000 before it shipped)."""
    return "'a' " * 37_500


def restated_groups() -> str:
    """170 KB naming one group again 3,000 times ("the four mayors", "the Democratic
    mayors"): the check that a definite phrase restates a group reads each earlier mention
    once (reading them all for each restatement took 54 s of CPU against 11 s)."""
    return (
        "Four Democratic mayors spoke on Monday. The four mayors left early, and the "
        "Democratic mayors said they were done. "
    ) * 1_500


def no_space() -> str:
    return ("Ruiz“said”‘it’,Musk." * 45_000)[:900_000]


def run(args: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    done = subprocess.run(
        [RIFTMAP, *args], capture_output=True, text=True, timeout=BUDGET * 3, check=False
    )
    return done, time.monotonic() - start


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        fifty_thousand_quotes,
        unbalanced_runs,
        twenty_megabyte_line,
        no_space,
        names_on_one_line,
        single_marks,
        restated_groups,
    ],
)
def test_hostile_input_finishes_and_the_good_article_is_kept(
    make: Callable[[], str], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = make()
    (folder / "hostile.txt").write_text(hostile, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")

    extracted, seconds = run(["extract", str(folder), "--format", "jsonl"])
    print(f"{make.__name__}: extract {seconds:.1f} s")
    assert seconds < BUDGET, seconds
    docs = {d["doc"]: d for d in map(json.loads, extracted.stdout.splitlines())}
    good = docs["good.txt"]
    # "criticised the budget" is read as "criticized" is: a statement of hers too
    assert {q["speaker"] for q in good["quotes"]} == {"ana-ruiz"}
    assert any("fails every family" in q["content"]["text"] for q in good["quotes"])
    if "hostile.txt" in docs:
        for quote in docs["hostile.txt"]["quotes"]:
            for part in ("content", "cue", "source"):
                span = quote.get(part)
                if span:
                    assert hostile[span["start"] : span["end"]] == span["text"]
    else:
        assert "hostile.txt" in extracted.stderr

    ingested, seconds = run(["ingest", str(folder), "--db", str(tmp_path / "c.duckdb")])
    print(f"{make.__name__}: ingest {seconds:.1f} s")
    assert seconds < BUDGET, seconds
    assert "hostile.txt" in ingested.stderr or ingested.returncode == 0, ingested.stderr
    stored = subprocess.run(
        [RIFTMAP, "quotes", "--db", str(tmp_path / "c.duckdb"), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "This budget fails every family" in stored.stdout, stored.stderr
