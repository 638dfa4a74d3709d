"""Terminal rendering: what a reader sees for a quote, and diagnostics kept to one line."""

from __future__ import annotations

import io
import logging

from rich.console import Console

from riftmap.cli.render.diagnostics import Diagnostics
from riftmap.cli.render.progress import progress_bar
from riftmap.cli.render.quotes import extraction_view
from riftmap.models import Actor, Article, Extraction, Quote, Span

TEXT = "“Never,” he said. The plan is dead, said Tomás Berg."


def render(extraction: Extraction, width: int = 100) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(extraction_view(extraction))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def q(content: str, cue: str | None, source: str | None, speaker: str | None) -> Quote:
    def span(s: str | None) -> Span | None:
        return Span.of(TEXT, TEXT.index(s), TEXT.index(s) + len(s)) if s else None

    content_span = span(content)
    assert content_span is not None
    return Quote(content_span, span(cue), span(source), "direct", 0.9, speaker)


def test_speaker_is_the_actor_name_with_the_words_used() -> None:
    berg = Actor("tomas-berg", "Tomás Berg", "person")
    extraction = Extraction(
        Article(doc="d.txt", text=TEXT, title="Budget", outlet="Herald"),
        actors=(berg,),
        quotes=(
            q("Never,", "he said", "he", "tomas-berg"),
            q("The plan is dead", None, None, None),
        ),
    )
    out = render(extraction)
    assert "d.txt  Budget · Herald" in out
    assert "Tomás Berg" in out and "as “he”" in out
    assert "unattributed" in out and "—" in out  # no source, no cue


def test_document_without_quotes_says_so() -> None:
    out = render(Extraction(Article(doc="quiet.txt", text="Nothing.")))
    assert out.splitlines() == ["quiet.txt", "  no attributed statements found"]


def test_diagnostics_stay_on_one_line_and_count_errors() -> None:
    console = Console(file=io.StringIO(), width=30, color_system=None)
    diagnostics = Diagnostics(console)
    long_name = "/very/long/path/" + "x" * 80 + ".txt"
    diagnostics.error(f"{long_name}: binary file")
    with diagnostics.capture_warnings():
        logging.getLogger("riftmap.ingest.txt").warning("%s: not UTF-8", long_name)
    logging.getLogger("riftmap.ingest.txt").warning("after the block: not captured")
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert lines == [f"error: {long_name}: binary file", f"warning: {long_name}: not UTF-8"]
    assert diagnostics.errors == 1


def test_progress_bar_draws_only_when_enabled() -> None:
    for enabled in (False, True):
        console = Console(file=io.StringIO(), force_terminal=True, width=80)
        with progress_bar(console, 3, enabled=enabled) as advance:
            for _ in range(3):
                advance()
        drawn = console.file.getvalue()  # type: ignore[attr-defined]
        assert ("3/3" in drawn or "extracting" in drawn) is enabled
