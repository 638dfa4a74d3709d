"""The taggers' token strings made once per kind of token, not once per token.

Most of a token's features read only its own lowercase form, lemma, tag and dependency
label (its *kind*): its first four (``w=`` ``l=`` ``p=`` ``d=``), its two cue-lexicon
buckets, the two it gives the tokens it heads (``hl=`` ``hd=``) and the twelve it gives its
neighbours in the cue tagger's window (``-1l=`` ...). Over PolNeAR dev 81,705 tokens are of
17,426 kinds, so ``TokenStrings`` keeps each kind's strings for the next documents, and a
document's tokens are put together from them: a token's own features for the role tagger,
and for the cue tagger its own and its window's as ``bytes``, which python-crfsuite passes
to CRFsuite without encoding them again. The strings and their order are exactly those of
``features.cue_features`` and ``DocFacts.role_base`` (the tests compare them).
"""

from __future__ import annotations

from typing import NamedTuple

from riftmap.nlp.attribution.features import (
    DocFacts,
    head_strings,
    lexicon_strings,
    own_strings,
    tail,
)
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

# the window's strings past a sentence's edges
_BEFORE_2, _BEFORE_1 = (b"-2BOS",), (b"-1BOS",)
_AFTER_1, _AFTER_2 = (b"1EOS",), (b"2EOS",)
Marks = tuple[str, bytes]
_QUOTED: dict[bool, Marks] = {True: ("q=1", b"q=1"), False: ("q=0", b"q=0")}


class Kind(NamedTuple):
    """The strings a kind of token makes (``b`` ones as ``bytes``, for the cue tagger)."""

    own: tuple[str, str, str, str]  # w= l= p= d=
    head: tuple[str, str]  # hl= hd=: what a token it heads reads of it
    own_b: tuple[bytes, ...]
    head_b: tuple[bytes, ...]
    lexicon_b: tuple[bytes, ...]  # lex= lexw= (the role tagger leaves them out)
    before_2: tuple[bytes, ...]  # what the token two after it reads of it
    before_1: tuple[bytes, ...]
    after_1: tuple[bytes, ...]
    after_2: tuple[bytes, ...]


class TokenStrings:
    """The strings of each kind of token seen, for one cue lexicon; forgotten all at once
    when more than ``limit`` kinds are kept, so that a long run does not grow without end
    (a kind holds about 1.9 kB: at most about 40 MB; the frequent kinds come back within a
    document or two)."""

    def __init__(self, lexicon: dict[str, float], limit: int = 20_000) -> None:
        self.lexicon, self.limit = lexicon, limit
        self.kinds: dict[tuple[int, int, int, int], Kind] = {}
        self.entities: dict[str, Marks] = {}

    def on(self, facts: DocFacts) -> DocStrings:
        """The strings of one document's tokens."""
        if len(self.kinds) > self.limit:
            self.kinds.clear()
        t = facts.tokens
        kinds, get = [], self.kinds.get
        for i, key in enumerate(t.kinds):
            kind = get(key)
            if kind is None:
                kind = self.kinds[key] = self._kind(t.lowers[i], t.lemmas[i], t.tags[i], t.deps[i])
            kinds.append(kind)
        return DocStrings(facts, kinds, self.entities)

    def _kind(self, lower: str, lemma: str, tag: str, dep: str) -> Kind:
        """Make a new kind's strings, in the forms and order ``features`` makes them."""
        lex = self.lexicon
        own = own_strings(lower, lemma, tag, dep)
        head = head_strings(lemma, dep)
        buckets = lexicon_strings(lower, lemma, lex)
        near = ("w=" + lower, *own[1:], buckets[0])
        return Kind(
            own,
            head,
            _encoded(own),
            _encoded(head),
            _encoded(buckets),
            _encoded(("-2w=" + lower,)),
            _encoded(tuple("-1" + s for s in near)),
            _encoded(tuple("1" + s for s in near)),
            _encoded(("2w=" + lower,)),
        )


def _encoded(strings: tuple[str, ...]) -> tuple[bytes, ...]:
    """UTF-8, as python-crfsuite encodes a ``str`` attribute."""
    return tuple(map(str.encode, strings))


class DocStrings:
    """One document's token strings, put together from its tokens' kinds."""

    def __init__(self, facts: DocFacts, kinds: list[Kind], entities: dict[str, Marks]) -> None:
        self.facts, self.kinds = facts, kinds
        t = facts.tokens
        self.heads = [kinds[h] for h in facts.heads]  # the kind of each token's head
        # e= and q=, then the features most tokens lack (made only for those that have them)
        self.marks = [entities.get(ent) or _entity(entities, ent) for ent in t.ents]
        self.quoted = [_QUOTED[k >= 0] for k in facts.region]
        self.tails: list[tuple[str, ...]] = [()] * len(kinds)
        for i in _with_tail(facts):
            self.tails[i] = tuple(tail(i, t, facts))

    def role_base(self, i: int) -> list[str]:
        """``DocFacts.role_base[i]``: the token's own features without the lexicon's."""
        return [
            *self.kinds[i].own,
            *self.heads[i].head,
            self.marks[i][0],
            self.quoted[i][0],
            *self.tails[i],
        ]

    def cue_items(self, start: int, end: int) -> list[list[bytes]]:
        """``features.cue_features(facts, start, end)``, encoded."""
        ks = self.kinds[start:end]
        n = len(ks)
        before_2 = [_BEFORE_2, _BEFORE_2][:n] + [k.before_2 for k in ks[: max(0, n - 2)]]
        before_1 = [_BEFORE_1][:n] + [k.before_1 for k in ks[: max(0, n - 1)]]
        after_1 = [k.after_1 for k in ks[1:]] + [_AFTER_1][:n]
        after_2 = [k.after_2 for k in ks[2:]] + [_AFTER_2, _AFTER_2][:n]
        tails = [tuple(map(str.encode, x)) if x else x for x in self.tails[start:end]]
        columns = zip(
            ks,
            self.heads[start:end],
            self.marks[start:end],
            self.quoted[start:end],
            tails,
            before_2,
            before_1,
            after_1,
            after_2,
            strict=True,
        )
        return [
            [*k.own_b, *h.head_b, *k.lexicon_b, e[1], q[1], *x, *a, *b, *c, *d]
            for k, h, e, q, x, a, b, c, d in columns
        ]


def _entity(entities: dict[str, Marks], ent: str) -> Marks:
    """The ``e=`` feature of an entity type not met before, kept (there are about 20)."""
    text = "e=" + (ent or "-")
    marks = entities[ent] = (text, text.encode())
    return marks


def _with_tail(facts: DocFacts) -> list[int]:
    """The tokens that may have features past their first ten (``features.tail``): in a
    single-mark quotation, quotation marks, title case, heads of others, a paragraph's start."""
    t = facts.tokens
    found = {
        i
        for i, (inner, text, title, children) in enumerate(
            zip(facts.inner, t.texts, t.title, t.children, strict=True)
        )
        if inner or title or children or text in QUOTE_MARKS
    }
    found.update(i + 1 for i, text in enumerate(t.texts) if "\n" in text and t.space[i])
    if t.texts:
        found.add(0)
    return sorted(i for i in found if i < len(t.texts))
