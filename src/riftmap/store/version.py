"""The installed riftmap version, recorded with each run (read from the package metadata)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("riftmap")
except PackageNotFoundError:  # running from a source tree that is not installed
    VERSION = "unknown"
