"""Who acts and who is acted on: the actor each token names, and the agent and targets of a
predicate in spaCy's dependency parse.

Actor resolution is the actors component's job: it leaves ``doc._.token_actor`` (token index
-> actor id, for names, epithets, pronouns and groups), and this module only reads it. When a
pipeline has no such map, one is rebuilt from the mentions of ``doc._.actors`` with a simple
fallback for personal pronouns, so that relations degrade instead of disappearing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.models import Quote
from riftmap.nlp.relations.owners import authors, of_whom
from riftmap.nlp.text.lines import line_break_between, line_start
from riftmap.nlp.text.select import positions
from riftmap.nlp.text.words import RELATIVE_PRONOUNS

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
QUANTIFIERS = frozenset(
    {"many", "some", "most", "all", "several", "few", "one", "none", "both", "each", "half"}
)
SUBJECTS = ("nsubj", "csubj")
# Verbs whose infinitive's agent is their object: "urged Bannon to stop" -> Bannon stops.
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "force",
        "persuade",
        "want",
        "encourage",
        "order",
        "push",
        "press",
        "invite",
        "prompt",
        "spur",
        "lead",
    }
)
CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "ccomp"})
# Longer "mentions" are whole clauses that named a quote's source; in the fallback map they
# would make every word of them stand for that actor.
MAX_MENTION = 6


class ActorLookup:
    """The actor a token refers to, if any."""

    def __init__(self, doc: Doc, quotes: list[Quote] | None = None) -> None:
        self.doc = doc
        self.types = {a.id: a.type for a in doc._.actors or ()}
        self.mention_counts = {a.id: len(a.mentions) for a in doc._.actors or ()}
        given = doc._.get("token_actor") if Doc.has_extension("token_actor") else None
        self.fallback = given is None
        self.by_token: dict[int, str] = dict(given) if given is not None else self._mentions()
        self.speaker_at: dict[int, str] = {}
        self._first_persons: list[int] | None = None
        self.names = self._names()
        for quote in quotes or ():
            if quote.speaker:
                self._first_person(quote)

    def _mentions(self) -> dict[int, str]:
        """Tokens of every actor mention, shorter mentions winning over longer ones that
        hold them ("Trump" inside "Bannon, Trump's one-time chief strategist")."""
        spans = [
            (m.end - m.start, m.start, m.end, actor.id)
            for actor in self.doc._.actors or ()
            for m in actor.mentions
        ]
        found: dict[int, str] = {}
        for _, start, end, ident in sorted(spans, reverse=True):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) <= MAX_MENTION:
                for tok in span:
                    found[tok.i] = ident
        return found

    def _names(self) -> dict[str, str]:
        """Single words that name exactly one actor ("Musk"), for names inside hyphenated
        compounds ("anti-Musk") that no mention covers."""
        owners: dict[str, set[str]] = {}
        for actor in self.doc._.actors or ():
            for m in actor.mentions:
                words = m.text.replace("’", "'").split("'")[0].split()
                if words and words[-1][:1].isupper():
                    owners.setdefault(words[-1].lower(), set()).add(actor.id)
        return {w: next(iter(ids)) for w, ids in owners.items() if len(ids) == 1}

    def named(self, word: str) -> str | None:
        return self.names.get(word.lower())

    def _first_person(self, quote: Quote) -> None:
        """ "I" and "we" inside a quotation stand for its speaker. The document's first-person
        words are found once, as a column (``positions``), not token by token per quote."""
        span = self.doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is None or not quote.speaker:
            return
        if self._first_persons is None:
            self._first_persons = positions(self.doc, FIRST_PERSON, lower=True)
        where = self._first_persons
        for i in where[bisect_left(where, span.start) : bisect_left(where, span.end)]:
            self.speaker_at.setdefault(i, quote.speaker)

    def may_name(self, i: int) -> bool:
        """Whether ``actor`` can find an actor for token ``i``: a test on the index alone, so
        that a finder walking a span makes and reads only the tokens that can name one."""
        return self.fallback or i in self.by_token or i in self.speaker_at

    def actor(self, tok: Token) -> str | None:
        # ``speaker_at`` holds first-person words only: no need to read the token's form
        found = self.by_token.get(tok.i)
        if found is None:
            found = self.speaker_at.get(tok.i)
        if found is None and self.fallback and tok.lower_ in PERSON_PRONOUNS:
            found = self._antecedent(tok)
        return found

    def _antecedent(self, tok: Token) -> str | None:
        """Fallback only: the subject of the main clause for a pronoun in a clause fronted
        before it ("Ramping up his rhetoric, Bannon ..."), else the latest person named in
        the 80 tokens before the pronoun."""
        root = tok.sent.root
        fronted = [c for c in root.children if c.dep_ == "advcl" and c.i < tok.i < root.i]
        subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i > tok.i]
        if fronted and subjects and tok in fronted[0].subtree:
            found = self.by_token.get(subjects[0].i)
            if found is not None and self.types.get(found) == "person":
                return found
        for i in range(tok.i - 1, max(-1, tok.i - 80), -1):
            ident = self.by_token.get(i)
            if ident is not None and self.types.get(ident) == "person":
                return ident
        return None


def np_head(tok: Token) -> Token:
    """The token naming what a noun phrase refers to: a relative pronoun's antecedent, the
    group in "many of whom" or "some of Trump's cabinet members"."""
    subset = False
    for _ in range(4):
        if tok.lower_ in RELATIVE_PRONOUNS:
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                # "Musk and other moguls — many of whom ...": a part of the last of them
                return [clause.head, *clause.head.conjuncts][-1] if subset else clause.head
        if tok.lower_ in QUANTIFIERS or tok.pos_ == "NUM":
            inner = [g for c in tok.children if c.lower_ == "of" for g in c.children]
            objects = [g for g in inner if g.dep_ == "pobj"]
            if objects and objects[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "appos":
                return [tok.head, *tok.head.conjuncts][-1]
            if objects:
                tok, subset = objects[0], True
                continue
        break
    return tok


def np_actors(
    lookup: ActorLookup, tok: Token, *, possessor: bool, conjuncts: bool = True
) -> list[tuple[str, Token]]:
    """Actors a noun phrase (and its conjuncts) names; with ``possessor``, also the owner
    when the phrase names a thing of theirs ("challenged Musk's authority")."""
    found: list[tuple[str, Token]] = []
    for item in (tok, *(tok.conjuncts if conjuncts else ())):
        if found and item is not tok and _inside(lookup, item, found[0][0]):
            continue  # "Some conservatives and MAGA faithful": one group's mention
        head = np_head(item)
        ident = lookup.actor(head)
        if ident is None:
            # "White House chief of staff Susie Wiles": the name stands in apposition
            named = [c for c in head.children if _close_apposition(head, c) and lookup.actor(c)]
            if named:
                head, ident = named[0], lookup.actor(named[0])
        if ident is None and possessor:
            owners = [c for c in head.children if c.dep_ == "poss"] or authors(head)
            owners = owners or of_whom(head)
            if owners:
                head = np_head(owners[0])
                ident = lookup.actor(head)
        if ident is not None and all(ident != f for f, _ in found):
            found.append((ident, head))
    return found


def _inside(lookup: ActorLookup, conjunct: Token, first: str) -> bool:
    """Whether a conjunct's words belong to the mention of the first actor of its phrase."""
    return any(lookup.by_token.get(t.i) == first for t in conjunct.subtree)


def keys(tok: Token) -> tuple[str, ...]:
    """Forms to look a word up by: its lemma, its lower-case form, and that form without a
    common inflection (the lemmatizer gives "hop" for "hopes", "disappointed" for itself)."""
    return _keys(tok.lemma_, tok.lower_)


def with_keys(doc: Doc, pos: Iterable[str], wanted: AbstractSet[str]) -> list[Token]:
    """The tokens whose part of speech is in ``pos`` and one of whose lookup forms (``keys``)
    is in ``wanted`` (a lexicon's words), in document order. The relation finders look a
    lexicon's words up among every verb or noun of a document, and making each token to read
    its lemma and form cost more than the lookups: here part of speech, lemma and form are
    read as columns, and only the tokens found are made."""
    if len(doc) == 0:
        return []
    tags = numpy.array([IDS[t] for t in pos], dtype=numpy.uint64)
    columns = doc.to_array([POS, LEMMA, LOWER])
    rows = numpy.flatnonzero(numpy.isin(columns[:, 0], tags)).tolist()
    strings = doc.vocab.strings
    return [
        doc[i]
        for i, pair in zip(rows, zip(*columns[rows, 1:].T.tolist(), strict=True), strict=True)
        if not wanted.isdisjoint(_KEYS_OF_IDS.get(pair) or _keys_of_ids(strings, pair))
    ]


# (lemma id, form id) -> ``keys``: a string's id is its hash, the same in every vocabulary
_KEYS_OF_IDS: dict[tuple[int, int], tuple[str, ...]] = {}


def _keys_of_ids(strings: StringStore, pair: tuple[int, int]) -> tuple[str, ...]:
    if len(_KEYS_OF_IDS) >= 65536:
        _KEYS_OF_IDS.clear()
    found = _KEYS_OF_IDS[pair] = _keys(strings[pair[0]], strings[pair[1]])
    return found


@lru_cache(maxsize=65536)
def _keys(lemma: str, low: str) -> tuple[str, ...]:
    stems = [low[: -len(end)] for end in ("ing", "ed", "es", "s", "d") if low.endswith(end)]
    return (lemma.lower(), low, *stems)


def _close_apposition(head: Token, c: Token) -> bool:
    """A name right after the noun it renames, on the same line."""
    return c.dep_ == "appos" and 0 < c.left_edge.i - head.i <= 4 and not _line_break(head, c)


def agent(pred: Token, *, experiencer: bool = False) -> Token | None:
    """The token naming who performs ``pred``: its subject, the agent of a passive, the
    possessor of a noun ("Bannon's disdain"), or the agent of the clause it depends on
    ("Bannon ..., vowing to ...", "Trump reached out ... and urged ...")."""
    tok = pred
    if experiencer and passive(pred):
        # "Smith was disappointed in Jones": the passive subject is the one who feels
        return next(c for c in pred.children if c.dep_ == "nsubjpass")
    for _ in range(6):
        found = _own_agent(tok) or _reproached_doer(tok)
        if found is not None:
            return found
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and _free_adjunct(tok):
            tok = tok.sent.root  # "Smith told reporters ... the "abyss," describing Jones as"
            continue
        if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN"):
            return tok.head
        if tok.dep_ == "xcomp" and passive(tok.head):
            # "Smith is thrilled to receive ...", "Jones was urged to resign": the passive
            # subject controls the infinitive
            return next(c for c in tok.head.children if c.dep_ == "nsubjpass")
        if tok.dep_ == "xcomp" and tok.head.lemma_ in OBJECT_CONTROL:
            objects = [c for c in tok.head.children if c.dep_ == "dobj"]
            if objects:
                return objects[0]
        shown = _shown_doing(tok)
        if shown is not None:
            return shown
        if tok.dep_ not in CLIMB and not (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj")):
            return _run_in_subject(tok)
        if tok.dep_ == "ccomp" and tok.pos_ != "NOUN":
            return None  # a finite complement without a subject of its own
        if _line_break(tok, tok.head):
            return _stranded_subject(tok)
        tok = tok.head
    return None


# Prepositions of a gerund giving the reason for an act on someone: "criticized Jones for
# endorsing Garcia", "accused Jones of attacking Garcia".
REASON_PREPS = frozenset({"for", "of"})
DOER_POS = frozenset({"PROPN", "PRON"})
DOER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _reproached_doer(gerund: Token) -> Token | None:
    """ "Smith criticized Jones for endorsing Garcia", "Jones was praised for defending
    Garcia": the one praised or blamed (a name, pronoun or person noun) did what the gerund
    says, not the sentence's subject."""
    prep, nouns = gerund.head, lexicon().person_nouns
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.lower_ not in REASON_PREPS:
        return None
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if passive(verb):
        return next(c for c in verb.children if c.dep_ == "nsubjpass")
    heads = [np_head(c) for c in verb.children if c.dep_ == "dobj"]
    doers = [
        h
        for h in heads
        if h.pos_ in DOER_POS
        or h.ent_type_ in DOER_ENTS
        or h.lower_ in nouns
        or h.lemma_.lower() in nouns
    ]
    return doers[0] if doers else None


def _free_adjunct(participle: Token) -> bool:
    """A participle set off by a comma after the noun the parser hangs it on ("... the
    "abyss," describing Jones as a bully"): it tells what the sentence's subject did, not
    what that noun does ("the man brandishing a chainsaw")."""
    doc = participle.doc
    before = doc[max(participle.left_edge.i - 2, 0) : participle.left_edge.i]
    return participle.head.i < participle.i and any(t.text == "," for t in before)


def _shown_doing(tok: Token) -> Token | None:
    """ "The event featured the billionaire brandishing a chainsaw while defending DOGE": a
    gerund clause on a verb whose object is shown doing something belongs to that object."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return None
    for obj in tok.head.children:
        if obj.dep_ == "dobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children):
            return obj
    return None


def _line_break(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return line_break_between(a.doc, lo, hi)


def _run_in_subject(tok: Token) -> Token | None:
    """A main clause without a subject of its own whose sentence began a line above it
    ("By Dasha Burns\n\nSome conservatives ... are livid over ..."): the paragraph's first
    noun phrase, which the parser hung across the break, is its subject."""
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    if clause.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    if not _line_break(clause.sent[0], clause):
        return None
    return _stranded_subject(clause)


def _stranded_subject(tok: Token) -> Token | None:
    """The parser sometimes runs a paragraph into the line before it ("Read more\nDonald
    Trump reached out ...", Trump parsed as the object of "Read"): the first noun phrase of
    the paragraph, hanging across the break, is then the subject."""
    start = line_start(tok.doc, tok.i)
    for cand in tok.doc[start : tok.i]:
        if cand.pos_ in ("PROPN", "NOUN", "PRON") and _line_break(cand, cand.head):
            return cand
    return None


def _own_agent(tok: Token) -> Token | None:
    children = list(tok.children)
    if any(c.dep_ == "nsubjpass" for c in children):
        by = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return by[0] if by else None
    for c in children:
        if c.dep_ in SUBJECTS:
            # "Musk and other moguls — many of whom supported ...": the parser makes the
            # whole phrase the subject; the verb belongs to the subset "many of whom"
            subset = [a for a in c.children if a.dep_ == "appos" and a.lower_ in QUANTIFIERS]
            return subset[0] if subset else c
        if c.dep_ == "poss" and tok.pos_ in ("NOUN", "PROPN"):
            return c
    if tok.pos_ == "NOUN":  # "FBI criticism of Clinton"
        named = [c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            return named[-1]
    if tok.dep_ in ("acomp", "attr") or (tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "conj")):
        subj = [c for c in tok.head.children if c.dep_ in SUBJECTS]
        return subj[0] if subj else None
    return None


def passive(pred: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in pred.children)


def direct_objects(pred: Token) -> list[Token]:
    """The object of a verb, or the subject of its passive ("Musk was criticized by ...")."""
    deps = ("nsubjpass",) if passive(pred) else ("dobj", "dative")
    return [c for c in pred.children if c.dep_ in deps]


def prep_objects(pred: Token, preps: tuple[str, ...], particle: str | None) -> list[Token]:
    """Objects of the named prepositions hanging on ``pred`` (or on its particle or object:
    "reached out to X", "took aim at X")."""
    holders = [pred]
    holders += [c for c in pred.children if c.dep_ in ("prt", "dobj", "acomp")]
    if (pred.pos_ == "NOUN" and pred.dep_ == "dobj") or pred.dep_ == "acomp":
        holders.append(pred.head)  # "fired a broadside against X", "was livid (over X)"
    if particle is not None and not any(c.lower_ == particle for c in pred.children):
        return []
    found = []
    for holder in holders:
        for c in holder.children:
            if c.lower_ not in preps or (holder is not pred and c.i < pred.i):
                continue
            if c.dep_ in ("prep", "agent", "dative"):
                found += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "prt":  # "turned on X"; "brushed off X": the verb's object
                found += [g for g in c.children if g.dep_ == "pobj"] or direct_objects(holder)
    return found
