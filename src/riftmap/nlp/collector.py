"""The cyclic garbage collector's full passes kept off the long-lived objects while parsing.

Each full pass walks every object the collector tracks: about 150,000 after ``import riftmap``
and ``build_nlp`` (spaCy, the model, the lexicons, the knowledge base), none of which a pass
during extraction can free. Extraction's own objects (feature lists, spans, quotes, actors)
start two or three such passes over PolNeAR dev, about 0.4 s of CPU in 25 (measured with
``gc.callbacks``; the bare spaCy model starts none).

``gc.freeze`` moves the objects that exist when it is called out of the collector's view until
``gc.unfreeze``; ``long_lived_frozen`` does both around a block, so that nothing stays frozen
after it (a pipeline dropped later is still collected, and no binding sees frozen objects at
exit, the two reasons a freeze in ``build_nlp`` was left out). Objects made inside the block
are collected as usual; garbage that exists when the block starts waits until it ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """Freeze the objects that exist now out of the collector's passes for the block's run,
    then put them back. Blocks that overlap (two extractions interleaved) are safe: the
    first to end unfreezes all, and the other runs on with the usual passes."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
