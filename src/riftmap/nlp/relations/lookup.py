"""The actor each token and noun phrase names, for the relation finders.

Actor resolution is the actors component's job: it leaves ``doc._.token_actor`` (token index
-> actor id, for names, epithets, pronouns and groups), and this module only reads it. When a
pipeline has no such map, one is rebuilt from the mentions of ``doc._.actors`` with a simple
fallback for personal pronouns, so that relations degrade instead of disappearing.

``np_actors`` reads the actors of a noun phrase: of its head (``targets.np_head``) and its
conjuncts, of a name in close apposition ("White House chief of staff Susie Wiles") and, when
asked, of its possessor ("challenged Musk's authority").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.models import Quote
from riftmap.nlp.relations.deeds import deed_author, issuers
from riftmap.nlp.relations.owners import authors, of_whom
from riftmap.nlp.relations.targets import SUBJECTS, across_lines, np_head, possessors
from riftmap.nlp.text.lines import is_line_break
from riftmap.nlp.text.select import positions

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
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
        self._named: dict[str, tuple[frozenset[int], int]] | None = None
        self._lines: list[int] | None = None
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

    def named_where(self, ident: str) -> tuple[frozenset[int], int]:
        """The paragraphs (lines) in which actor ``ident`` is named other than by pronoun,
        and in how many sentences; found once per actor, as each pronoun of a long
        transcript asks."""
        if self._named is None:
            self._named = {}
            at: dict[str, list[int]] = {}
            for i, who in self.by_token.items():
                if self.doc[i].pos_ != "PRON":
                    at.setdefault(who, []).append(i)
            lines = self._line_ids()
            for who, tokens in at.items():
                sentences = {self.doc[i].sent.start for i in tokens}
                self._named[who] = (frozenset(lines[i] for i in tokens), len(sentences))
        return self._named.get(ident, (frozenset(), 0))

    def line_of(self, i: int) -> int:
        """The paragraph (line) token ``i`` is on: the count of line breaks before it, -1
        for a line break itself."""
        return self._line_ids()[i]

    def _line_ids(self) -> list[int]:
        if self._lines is None:
            self._lines, line = [], 0
            for tok in self.doc:
                if is_line_break(tok):
                    self._lines.append(-1)
                    line += 1
                else:
                    self._lines.append(line)
        return self._lines

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
        heads = [head]
        if ident is None and possessor:
            heads = _owner_heads(head)
        for head in heads:
            ident = lookup.actor(head)
            if ident is not None and all(ident != f for f, _ in found):
                found.append((ident, head))
    return found


def issued(lookup: ActorLookup, doer: Token, act: Token) -> list[tuple[str, Token]]:
    """The actors who made the thing an act's participle hangs on ("issued a statement
    praising Khan"): see ``deeds.issuers``."""
    if act.dep_ != "acl" or act.head != doer:
        return []
    return [found for maker in issuers(doer) for found in np_actors(lookup, maker, possessor=False)]


def _owner_heads(head: Token) -> list[Token]:
    """Whose the thing a phrase names is: its possessors, authors or "of" owners, each with
    those joined to it by "and" ("the policies of Obama and Clinton", "comments by Obama and
    Clinton", "tariffs on all imports from Mexico, Canada, and China": all of them), else the
    author of the deed it names ("the proposal": Trump's, above). A relative is someone else:
    "Pence, who called their son a hero" is no act toward the parents (PolNeAR train: 2
    relations in 2 articles go, both wrong)."""
    if head.lower_ in lexicon().kin_nouns:
        return [head]
    owners = possessors(head) or authors(head) or of_whom(head)
    if owners:
        return [np_head(o) for o in dict.fromkeys([*owners, *owners[0].conjuncts])]
    author = deed_author(head)
    return [author] if author is not None else [head]


def _inside(lookup: ActorLookup, conjunct: Token, first: str) -> bool:
    """Whether a conjunct's words belong to the mention of the first actor of its phrase; a
    possessive pronoun naming that actor does not ("Congress and its leader Rahul Gandhi")."""
    return any(
        lookup.by_token.get(t.i) == first and t.tag_ != "PRP$" for t in conjunct.subtree
    )


def _close_apposition(head: Token, c: Token) -> bool:
    """A name right after the noun it renames, on the same line."""
    return c.dep_ == "appos" and 0 < c.left_edge.i - head.i <= 4 and not across_lines(head, c)
