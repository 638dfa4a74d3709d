"""The shape of ``riftmap.cli``: commands registered once, no module reaching back to the app,
Rich rendering kept apart from the commands, one seam for the pipeline."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import riftmap.cli
from riftmap.cli import app

CLI = Path(riftmap.cli.__file__).parent
MODULES = sorted(p for p in CLI.rglob("*.py") if p.name != "__init__.py")


def imported(path: Path) -> set[str]:
    """The riftmap modules (and ``package.name`` pairs of ``from package import name``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("riftmap")}


def test_every_command_and_group_is_registered_once() -> None:
    names = [c.name for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    assert all(names), "every command is registered under an explicit name"
    assert [n for n, count in Counter(names).items() if count > 1] == []
    assert {"extract", "actors", "eval"} <= set(names)


@pytest.mark.parametrize("path", [p for p in MODULES if p.name != "app.py"], ids=str)
def test_no_module_imports_the_app(path: Path) -> None:
    assert "riftmap.cli.app" not in imported(path)


@pytest.mark.parametrize("path", [p for p in MODULES if p.parent.name == "render"], ids=str)
def test_render_modules_import_no_command_module(path: Path) -> None:
    commands = {f"riftmap.cli.{p.stem}" for p in MODULES if p.parent == CLI}
    assert not commands & imported(path)


def test_the_pipeline_is_loaded_in_one_place() -> None:
    defining = [
        p.name
        for p in MODULES
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "load_pipeline"
    ]
    assert defining == ["common.py"]
