"""Capitals that stand for their governments: "Washington warned", "Moscow denied the
report", "Beijing accused Washington of meddling". News copy names a government by its
capital; the actor is the country's (the one "the United States" or "Russia" names in the same
article), not the city.

Only a capital that is the subject or the direct object of a verb of saying, answering or
state action (``data/lexicons``) is read so: a dateline ("WASHINGTON (Reuters) -"), a place
("talks in Beijing") or a visit ("flew to Moscow") stays a place. The capitals and their
countries are data (``data/kb/capitals.tsv``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from riftmap.kb.lexicon import answer_verbs, capitals, lexicon, speech_verbs, word_list
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.lines import line_start
from riftmap.nlp.text.select import positions
from riftmap.resources import read_lines, read_text

ROLES = frozenset({"nsubj", "dobj"})
# what follows a capital that opens a dateline ("Washington (AP) -", "Moscow — ")
DATELINE_MARKS = frozenset({"(", "—", "–", "-"})
# "relations with Washington", "sanctions against Moscow", "tensions between X and Beijing"
RELATION_PREPOSITIONS = frozenset({"with", "toward", "towards", "against", "between"})
# who is sent to a government ("its envoy to Ankara", "the ambassador to Washington")
DIPLOMATS = frozenset({"envoy", "ambassador", "emissary"})
# what comes from a government rather than from a place ("criticism from Berlin")
STANCE_NOUNS = frozenset(
    {"criticism", "pressure", "warning", "response", "condemnation", "support"}
)


@cache
def government_verbs() -> frozenset[str]:
    """The verbs whose subject or object a capital must be to stand for a government."""
    acts = word_list(read_text("lexicons", "state_act_verbs.txt"))
    return speech_verbs() | answer_verbs() | acts


def find_governments(state: ActorState) -> None:
    """Give each capital that acts or is acted upon as a government to its country's actor."""
    table = capitals()
    for ent in state.ent_spans:
        if ent.label_ != "GPE" or ent.text not in table or not _acts(ent.root):
            continue
        entity = state.index.entity_for(table[ent.text], "GPE")
        if entity is None:
            continue
        state.take(ent.start, ent.end)
        state.mention(entity, ent.start, ent.end, ent.root.i)


@cache
def demonyms() -> dict[str, str]:
    """A people's plural -> the name of its country, from ``data/kb/demonyms.tsv``."""
    pairs = (line.split("\t") for line in read_lines("kb", "demonyms.tsv"))
    return {plural.strip(): country.strip() for plural, country in pairs}


def find_peoples_as_governments(state: ActorState) -> None:
    """Give "the Russians" to Russia's actor where it acts or is dealt with as a state: the
    subject or object of a government's verb, the agent of a passive ("aided by the
    Russians") or the party of a relation ("negotiating with the Russians"); never as the
    subject of any other verb ("the Mexicans are going to end up loving him" are people).
    PolNeAR train and devset: "the Russians" 6 articles, "the Chinese" 13, "the Iranians" 3."""
    table = demonyms()
    for i in positions(state.doc, table):  # the tokens spelling a people, read as a column
        tok = state.doc[i]
        country = table[tok.text]
        if tok.i == 0:
            continue
        det = state.doc[tok.i - 1]
        if det.lower_ != "the" or det.head.i != tok.i or not _dealt_with(tok):
            continue
        entity = state.index.entity_for(country, "GPE")
        if entity is not None:
            state.take(det.i, tok.i + 1)
            state.mention(entity, det.i, tok.i + 1, tok.i)


def _dealt_with(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ in ROLES:
        return head.lemma_.lower() in government_verbs()
    if tok.dep_ != "pobj":
        return False
    if head.dep_ == "agent":  # "aided by the Russians"
        return True
    return head.lower_ in RELATION_PREPOSITIONS and head.head.pos_ in ("NOUN", "VERB")


def _acts(tok: Token) -> bool:
    """Does the capital act as a government (``_in_a_government_role``), written as a name
    (not a dateline in capitals, nor a word at the head of a line followed by a bracket or
    dash)? A capital coordinated with one that acts acts too ("criticism from Berlin, Paris")."""
    if tok.dep_ == "conj" and tok.head.ent_type_ == "GPE" and tok.head.text in capitals():
        return _acts(tok.head)
    if not _in_a_government_role(tok) or tok.text.isupper():
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is None or after.text not in DATELINE_MARKS or not _opens_line(tok)


def _opens_line(tok: Token) -> bool:
    """Is the token the first word of its line, where a dateline stands? A dash after a
    capital inside a sentence ("new agreements with Tehran - a provision ...") opens an
    aside, not a dateline (5 PolNeAR train articles)."""
    return all(t.is_space for t in tok.doc[line_start(tok.doc, tok.i) : tok.i])


def _in_a_government_role(tok: Token) -> bool:
    """The subject or object of a government's verb ("Moscow denied"), the subject of any
    other verb but "be" ("Washington played its part"), the possessor of a thing a state has
    ("Beijing's assertiveness", "Washington's ban"; not "London's mayor"), or the party a
    relation or stance is with ("the deal with Tehran", "her attitude toward Beijing",
    "criticism from Berlin"); a place one is in, goes to or comes from stays a place. In 300
    PolNeAR train articles, beyond verbs of saying and acting: 5 possessors, 6 subjects and 2
    parties of a relation."""
    head = tok.head
    if tok.dep_ in ROLES and head.lemma_.lower() in government_verbs():
        return True
    if tok.dep_ == "nsubj":
        return head.pos_ == "VERB" and head.lemma_ != "be"
    if tok.dep_ == "poss":
        return head.pos_ == "NOUN" and head.lemma_.lower() not in lexicon().person_nouns
    if tok.dep_ != "pobj":
        return False
    if head.lower_ == "from":  # "criticism from Berlin", "drew criticism from Berlin"
        objects = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")]
        return any(o.pos_ == "NOUN" and o.lemma_.lower() in STANCE_NOUNS for o in objects)
    if head.lower_ == "to" and _to_a_diplomat(head):  # "its envoy to Ankara"
        return True
    return head.head.pos_ == "NOUN" and head.lower_ in RELATION_PREPOSITIONS


def _to_a_diplomat(prep: Token) -> bool:
    """Is "to" that of a diplomat sent to a government ("the ambassador to Washington",
    "recalling its envoy to Ankara", where the parser hangs "to" on the verb)? In PolNeAR
    train and the devset: "ambassador to Washington", "envoy to Ankara"."""
    owners = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(o.lemma_.lower() in DIPLOMATS for o in owners)
