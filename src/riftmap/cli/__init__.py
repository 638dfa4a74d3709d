"""The ``riftmap`` command line: parse options, call ``riftmap.api``, print with Rich.

``app`` (the Typer app) and ``main`` (the console script ``riftmap``) are defined in
``riftmap.cli.app``; each command group is a module of this package (see ``app.py`` for how to
add one), shared options and the pipeline seam are in ``common``, presentation in ``render``.
"""

from __future__ import annotations

from riftmap.cli.app import app, main

__all__ = ["app", "main"]
