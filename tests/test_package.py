"""Package-level contracts: the public API and its version."""

from __future__ import annotations

from importlib.metadata import version

import riftmap


def test_all_is_sorted_and_complete() -> None:
    assert riftmap.__all__ == sorted(riftmap.__all__)
    for name in riftmap.__all__:
        assert hasattr(riftmap, name), name


def test_version_matches_the_installed_metadata() -> None:
    assert riftmap.__version__ == version("riftmap")
