"""A deed or statement named again by a bare definite noun is its author's: after "President
Donald Trump's proposal for the U.S. to take over the Gaza Strip", "Kaine called the proposal
'crazy'" and "Graham described the plan as 'problematic'" judge Trump; after "a social media
post by former FBI Director James Comey", "The post was swiftly condemned" condemns Comey.
The relation finders read the author as they read a possessor ("condemned Trump's
proposal"), when the same noun, or one of its kind, was last written with its author before.

Only nouns for what someone says or decides (``KINDS``), only with "the", "this" or "that",
only within ``WINDOW`` tokens, and only the last such noun before it that is not itself a
bare definite one (which names the same deed again): an older one may be another's.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.relations.owners import owners
from riftmap.nlp.relations.targets import np_head

# nouns for one deed or statement, each with the others that may name it again
KINDS = (
    frozenset({"plan", "proposal"}),
    frozenset({"remark", "comment", "statement"}),
    frozenset({"post", "tweet"}),
    frozenset({"decision", "move", "order"}),
    frozenset({"ad", "advertisement", "commercial"}),
)
KIND_OF = {word: kind for kind in KINDS for word in kind}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
WINDOW = 300  # tokens back: about three paragraphs


def deed_author(noun: Token) -> Token | None:
    """The token naming who made the deed a bare definite noun names again, or None."""
    kind = KIND_OF.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN" or not _bare_definite(noun):
        return None
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - WINDOW), -1):
        tok = doc[i]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in kind:
            continue
        made_by = owners(tok)
        if made_by:
            return np_head(made_by[0])
        if not _bare_definite(tok):
            return None  # "a proposal" of someone unnamed
    return None


def _bare_definite(noun: Token) -> bool:
    """ "the proposal", not "Trump's proposal", "a proposal" or "the Trump plan"."""
    children = list(noun.children)
    if any(c.dep_ in ("poss", "compound") or c.pos_ == "PROPN" for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children)
