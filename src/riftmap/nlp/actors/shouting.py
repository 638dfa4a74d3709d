"""Words in capitals that shout, not name: posts quoted verbatim write emphasis in capitals
("driving his party OFF A CLIFF", "a pushy, obnoxious JERK", "VICIOUS, VIOLENT, AND
DEMENTED CRIMINALS") and insults in title case ("a 100% Communist Lunatic"), and the tagger
takes such words for an organisation. A capitals word is a name far more often than not
("the FBI", "a KGB agent"), and WordNet, which says what is an English word, lists many names
too ("york", "hp"), so words are read as shouting only when they are also built as common
words are: a noun with an indefinite article or an adjective in ordinary case of its own, or
a word WordNet knows only as an adjective.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from riftmap.nlp.actors.phrases import NAME_MODIFIERS
from riftmap.nlp.text.word_classes import adjectives, nouns, words

INDEFINITE = frozenset({"a", "an"})
# where a phrase says what someone is: apposition, predicate nominal, object predicate
LABEL_DEPS = frozenset({"appos", "attr", "oprd"})


def shouted(ent: Span) -> bool:
    """Whether the entity is one English word in capitals, in a sentence of ordinary case,
    heading a phrase that has an indefinite article or an ordinary-case adjective; an
    adjective in capitals; or capitalised English words with an indefinite article."""
    if _shouted_adjective(ent) or _capitalised_label(ent):
        return True
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


def _shouted_adjective(ent: Span) -> bool:
    """One word in capitals that WordNet knows as an adjective and not as a noun ("VICIOUS",
    "OUTRAGEOUS"): no name, whatever the case of the sentence."""
    tok = ent[0]
    low = tok.lower_
    return len(ent) == 1 and tok.is_alpha and tok.is_upper and low in adjectives() and (
        low not in nouns()
    )


def _capitalised_label(ent: Span) -> bool:
    """Capitalised English words heading a phrase with an indefinite article that says what
    someone is ("Mamdani, a 100% Communist Lunatic", "called him a Total Disaster"): a name
    takes no "a"; a label does. An organisation introduced so ("founded a Turkish Cultural
    Center") is no apposition or predicate."""
    root = ent.root
    if ent.label_ == "NORP" or len(ent) < 2:
        return False
    if root.dep_ == "conj":
        root = next((a for a in root.ancestors if a.dep_ != "conj"), root)
    if root.dep_ not in LABEL_DEPS:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and _english(t) for t in ent):
        return False
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in ent.root.children)
