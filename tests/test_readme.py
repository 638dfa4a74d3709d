"""The README documents every command and every option the CLI offers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from riftmap.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


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


def test_every_command_is_found() -> None:
    assert {("extract",), ("eval", "polnear")} <= set(COMMANDS)


@pytest.mark.parametrize("words", COMMANDS, ids=lambda w: " ".join(w) or "riftmap")
def test_command_and_its_options_are_documented(words: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*words, "--help"], terminal_width=200)
    assert result.exit_code == 0
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", result.stdout))
    options.discard("--help")
    assert words == () or options, "no options parsed from --help"
    heading = "### `riftmap " + " ".join(words) if words else "riftmap"
    assert heading in README
    for option in options:
        assert f"`{option}" in README or f" {option}" in README, f"{option} not in README"
