"""The HTTP API and the web page (``riftmap serve``): thin layers over the store and the map.

Imports FastAPI, so nothing outside ``riftmap.web`` and the ``serve`` command imports it.
"""

from __future__ import annotations

from riftmap.web.app import create_app

__all__ = ["create_app"]
