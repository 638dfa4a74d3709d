"""The collector's freeze around extraction is undone when the block ends, however it ends."""

from __future__ import annotations

import gc

import pytest

from riftmap.nlp.collector import long_lived_frozen


def test_frozen_inside_and_thawed_after() -> None:
    before = gc.get_freeze_count()
    with long_lived_frozen():
        assert gc.get_freeze_count() > before
    assert gc.get_freeze_count() == 0


def test_thawed_after_an_error() -> None:
    with pytest.raises(RuntimeError), long_lived_frozen():
        raise RuntimeError("stop")
    assert gc.get_freeze_count() == 0


def test_objects_made_inside_are_collected() -> None:
    class Node:
        other: object = None

    with long_lived_frozen():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle made inside the block
        del a, b
        assert gc.collect() >= 2
