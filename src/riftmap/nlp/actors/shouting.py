"""Words in capitals that shout, not name: posts quoted verbatim write emphasis in capitals
("driving his party OFF A CLIFF", "a pushy, obnoxious JERK"), and the tagger takes such a
word for an organisation. A capitals word is a name far more often than not ("the FBI", "a
KGB agent"), and WordNet, which says what is an English word, lists many names too ("york",
"hp"), so a word is read as shouting only when it is also built as a common noun is: an
indefinite article or an adjective in ordinary case of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from riftmap.nlp.actors.phrases import NAME_MODIFIERS
from riftmap.nlp.text.word_classes import words

INDEFINITE = frozenset({"a", "an"})


def shouted(ent: Span) -> bool:
    """Whether the entity is one English word in capitals, in a sentence of ordinary case,
    heading a phrase that has an indefinite article or an ordinary-case adjective."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    if not (tok.is_alpha and len(tok.text) > 1 and tok.text.isupper()):
        return False
    if tok.dep_ in NAME_MODIFIERS:  # a name modifying a noun keeps its own reading
        return False
    common = any(
        (c.dep_ == "det" and c.lower_ in INDEFINITE) or (c.dep_ == "amod" and c.text.islower())
        for c in tok.children
    )
    if not common or not _english(tok):
        return False
    sentence = [t for t in ent.sent if t.is_alpha]
    # a headline or a line in capitals: every name is in capitals there
    return 2 * sum(t.text.isupper() and len(t.text) > 1 for t in sentence) < len(sentence)


def _english(tok: Token) -> bool:
    """A word WordNet lists (in any class), as written or by its lemma."""
    return tok.lower_ in words() or tok.lemma_.lower() in words()
