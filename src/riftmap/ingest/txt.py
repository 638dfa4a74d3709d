"""Read a plain-text article: the whole file is the text, its name is the document id."""

from __future__ import annotations

import logging

from riftmap.ingest.decode import decode, read_bytes
from riftmap.ingest.source import Source
from riftmap.models import Article

log = logging.getLogger(__name__)


def read_txt(path: Source) -> Article:
    """Read ``path`` as Python's ``open(path, encoding="utf-8")`` would, so offsets agree.

    A file that is not UTF-8 is decoded anyway with a warning, and its decoded text is then
    carried into the output (``include_text``) because it differs from what Python reads.
    """
    decoded = decode(read_bytes(path), path)
    if not decoded.exact:
        log.warning(decoded.describe(path))
    return Article(
        doc=path.name, text=decoded.text, include_text=not decoded.exact, origin=str(path)
    )
