"""A quotation mark glued to the word after it split off: "participated,”Lewis said".

Copy typed without the space after a closing mark (or before an opening one after a full
stop: 'authorities."We') runs the quotation's last word, its punctuation, the mark and the
next word into one token, which spaCy's English tokenizer keeps whole: the speaker's name is
then no name, and the quotation's end no end (PolNeAR train and dev have 5 in 4 articles, the
development set 1). Split as infixes, the punctuation and the mark are tokens of their own.
"""

from __future__ import annotations

from typing import Any

from riftmap.nlp.text.dot_mentions import with_pattern

# punctuation closing a sentence or clause right before a glued quotation mark, and the mark
# right before a capital letter
GLUED_QUOTE = r"(?<=[^\W\d_A-Z])[,.!?](?=[”\"][A-Z])|(?<=[,.!?])[”\"](?=[A-Z])"


def split_glued_quotes(tokenizer: Any) -> None:
    """Add the glued marks to spaCy's ``tokenizer`` infixes (its ``infix_finditer``, a
    pattern it saves with its other rules)."""
    tokenizer.infix_finditer = with_pattern(GLUED_QUOTE, tokenizer.infix_finditer, "finditer")
