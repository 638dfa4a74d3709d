"""Errors and warnings of a command, one line each on stderr, counted for the exit status."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.text import Text


class Diagnostics:
    """Prints each error and warning as one line on stderr and counts the errors.

    Lines are never wrapped, so that each problem stays one line in logs and ``grep`` output.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.errors = 0

    def error(self, problem: Exception | str) -> None:
        self.errors += 1
        self._line("error: ", "bold red", str(problem))

    def warning(self, message: str) -> None:
        self._line("warning: ", "yellow", message)

    def note(self, label: str, message: str) -> None:
        """A line that is neither error nor warning, such as ``skipped: ...``."""
        self._line(f"{label}: " if label else "", "yellow", message)

    def _line(self, label: str, style: str, message: str) -> None:
        line = Text(label, style=style) + Text(message)
        self.console.print(line, soft_wrap=True, highlight=False)

    @contextmanager
    def capture_warnings(self, logger_name: str = "riftmap") -> Iterator[None]:
        """Show what riftmap's library code logs as warnings while the block runs."""
        logger = logging.getLogger(logger_name)
        handler = _WarningHandler(self)
        logger.addHandler(handler)
        propagate, logger.propagate = logger.propagate, False
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.propagate = propagate


class _WarningHandler(logging.Handler):
    def __init__(self, diagnostics: Diagnostics) -> None:
        super().__init__(logging.WARNING)
        self.diagnostics = diagnostics

    def emit(self, record: logging.LogRecord) -> None:
        self.diagnostics.warning(record.getMessage())
