"""Helpers for the tests of the shipped CRF models: how an attribute string names its feature,
so a test can compare the features the code makes with those a model was trained on."""

from __future__ import annotations


def feature_template(attribute: str) -> str:
    """The feature an attribute string is a value of: its name up to ``=``, or the flag."""
    name, is_value, _value = attribute.partition("=")
    return name + is_value
