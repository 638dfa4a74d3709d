"""Read a plain-text article: the whole file is the text, its name is the document id."""

from __future__ import annotations

import logging
from pathlib import Path

from riftmap.errors import InputError
from riftmap.ingest.decode import decode
from riftmap.models import Article

log = logging.getLogger(__name__)


def read_txt(path: Path) -> Article:
    """Read ``path`` as Python's ``open(path, encoding="utf-8")`` would, so offsets agree.

    A file that is not UTF-8 is decoded anyway with a warning, and its decoded text is then
    carried into the output (``include_text``) because it differs from what Python reads.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    decoded = decode(data, path)
    if not decoded.exact:
        log.warning(decoded.describe(path))
    return Article(doc=path.name, text=decoded.text, include_text=not decoded.exact)
