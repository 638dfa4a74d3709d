"""A live server and Debian's Chromium for the page's tests and the screenshots.

The browser is the distribution's (``scripts/browser.sh`` installs it when missing), driven
by Playwright through ``executable_path``: no browser build is ever downloaded.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from riftmap.web import create_app

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium() -> str:
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "browser.sh")], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@contextmanager
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium(), args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Relaunching:
    """Debian's Chromium, launched again when its process has died. The browser process of
    Chromium 156 crashed once at a test's start in about fifty launches here (a crash dump, no
    memory pressure), and every test after it in the module then failed: a test gets a live
    browser, and what it checks still decides whether it passes."""

    def __init__(self, playwright: Playwright) -> None:
        self.playwright = playwright
        self.current: Browser | None = None

    def live(self) -> Browser:
        if self.current is None or not self.current.is_connected():
            self.current = self.playwright.chromium.launch(executable_path=chromium(), args=ARGS)
        return self.current


@contextmanager
def relaunching() -> Iterator[Relaunching]:
    with sync_playwright() as p:
        browsers = Relaunching(p)
        try:
            yield browsers
        finally:
            if browsers.current is not None and browsers.current.is_connected():
                browsers.current.close()


def open_page(browsers: Relaunching, **context: Any) -> tuple[BrowserContext, Page]:
    """A new page in a live browser that has loaded a blank page: a browser that dies while
    the page is made is launched again, once."""
    try:
        return _blank_page(browsers.live(), context)
    except PlaywrightError:
        browsers.current = None
    return _blank_page(browsers.live(), context)


def _blank_page(browser: Browser, context: dict[str, Any]) -> tuple[BrowserContext, Page]:
    ctx = browser.new_context(**context)
    page = ctx.new_page()
    page.goto("about:blank")
    return ctx, page


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path, *, allow_edits: bool = False, token: str | None = None) -> Iterator[str]:
    """The app on a loopback port in a thread; yields its base URL."""
    port = free_port()
    app = create_app(db, allow_edits=allow_edits, token=token)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
