"""Name apostrophes set curly ("O’Malley", "D’Souza") read as the straight ones the English
model learned names with.

The model tags "Martin O'Malley" a person and "O'Malley" alone his surname; many outlets set
the apostrophe curly, and "O’Malley" is then a word the model does not know: tagged a common
noun, it falls out of the name ("Mayor Freddie O’Connell" became a person "Freddie", and
"O’Rourke" alone no one). PolNeAR, the development set and the checkset set such names curly
in 33 articles (O’Malley, D’Souza, O’Donnell, O’Brien, O’Reilly, O’Connell). The mark is
changed one character for one, so every offset still indexes the original text, whose
characters every reported span shows (``riftmap.nlp.pipeline.extraction_of``).
"""

from __future__ import annotations

import re

CURLY_APOSTROPHE = "’"
# "O’" or "D’" opening a word, before the capitalised rest of a name
NAME_APOSTROPHE = re.compile(r"(?<![\w’'])([OD])’(?=[A-Z][a-z])")


def straight_name_apostrophes(text: str) -> str:
    """``text`` with the curly apostrophe of an "O’Name" or "D’Name" made straight."""
    return NAME_APOSTROPHE.sub(r"\1'", text) if CURLY_APOSTROPHE in text else text
