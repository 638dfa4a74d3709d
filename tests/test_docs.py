"""The docs match the code: every command and option is in the reference, the reference is
what ``make docs`` writes today, links and named files and modules exist, and the README's
sample output is what ``make demo`` prints."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import typer
from spacy.language import Language
from typer.core import TyperGroup
from typer.testing import CliRunner

from riftmap.cli import app, common

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
REFERENCE = (DOCS / "cli.md").read_text(encoding="utf-8")


def commands(group: TyperGroup, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every leaf command of the CLI as its words, e.g. ("eval", "polnear")."""
    for name, command in group.commands.items():
        if isinstance(command, TyperGroup):
            yield from commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


ROOT_GROUP = typer.main.get_command(app)
assert isinstance(ROOT_GROUP, TyperGroup)
COMMANDS = [(), *commands(ROOT_GROUP)]


def cli_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_is_found() -> None:
    assert {("extract",), ("eval", "polnear")} <= set(COMMANDS)


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "riftmap")
def test_command_and_its_options_are_documented(words: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*words, "--help"], terminal_width=200)
    assert result.exit_code == 0
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", result.stdout))
    options.discard("--help")
    assert words == () or options, "no options parsed from --help"
    heading = "## `riftmap" + "".join(" " + w for w in words) + "`"
    assert heading in REFERENCE
    for option in options:
        assert f"`{option}" in REFERENCE or f" {option}" in REFERENCE, f"{option} not in docs"


def test_the_command_reference_is_what_make_docs_writes() -> None:
    assert cli_docs().reference() == REFERENCE, "docs/cli.md is stale: run `make docs`"


def anchors(page: Path) -> set[str]:
    """GitHub's anchors of a page's headings."""
    headings = re.findall(r"(?m)^#+ (.+)$", page.read_text(encoding="utf-8"))
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_point_to_files_and_headings_that_exist(page: Path) -> None:
    text = re.sub(r"(?s)```.*?```", "", page.read_text(encoding="utf-8"))
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name}: {target} does not exist"
        if anchor:
            assert anchor in anchors(linked), f"{page.name}: no heading for {target}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_files_and_modules_named_in_the_docs_exist(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for path in re.findall(r"`(src/[^`\s]*)`", text):
        assert (ROOT / path).exists(), f"{page.name}: {path} does not exist"
    for dotted in re.findall(r"`(riftmap(?:\.\w+)+)", text):
        assert resolves(dotted), f"{page.name}: {dotted} is neither a module nor in one"


def resolves(dotted: str) -> bool:
    """Whether ``dotted`` is a module, or a chain of attributes of the longest module in it."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            if not hasattr(found, name):
                return False
            found = getattr(found, name)
        return True
    return False


@pytest.mark.slow
def test_the_readme_sample_is_what_make_demo_prints(
    monkeypatch: pytest.MonkeyPatch, nlp: Language
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"(?s)```text\n(.*?)\n```", readme)
    assert sample, "no sample output in the README"
    monkeypatch.setattr(common, "load_pipeline", lambda: nlp)
    result = CliRunner().invoke(
        app, ["extract", str(ROOT / "examples"), "--format", "table"], env={"COLUMNS": "96"}
    )
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    shown = [line.rstrip() for line in sample.group(1).splitlines() if line.strip() != "..."]
    assert len(shown) > 10
    start = printed.index(shown[0])
    assert printed[start : start + len(shown) - 2] == shown[:-2]
    assert shown[-1] in printed
