"""Engines that run an ingest: ``local`` (in-process or worker processes) and ``dask``."""

from __future__ import annotations

from riftmap.engine.run import IngestOptions, IngestSummary, Progress, run_ingest

__all__ = ["IngestOptions", "IngestSummary", "Progress", "run_ingest"]
