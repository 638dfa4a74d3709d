"""The taggers' token features, defined once and made once per kind of token.

A token's cue-independent features are, in this order: its word, lemma, tag and dependency
label (``w=`` ``l=`` ``p=`` ``d=``); its head's lemma and dependency label (``hl=`` ``hd=``);
the cue lexicon's weight buckets of its lemma and word (``lex=`` ``lexw=``, which the role
tagger leaves out); its entity type (``e=``) and whether a double-mark quotation holds it
(``q=``); then those most tokens lack (``_tail``). The cue tagger adds a ±2 window within
the sentence: the words two before and two after (``-2w=`` ``2w=``) and the word, lemma, tag,
dependency label and lemma bucket one before and one after (``-1w=`` ... ``1lex=``), or
``-2BOS`` ``-1BOS`` ``1EOS`` ``2EOS`` past the sentence's edges.

Most of these read only a token's own lowercase form, lemma, tag and dependency label (its
*kind*): its first four, its two buckets, the two it gives the tokens it heads and the twelve
it gives its neighbours in the window. Over PolNeAR dev 81,705 tokens are of 17,426 kinds, so
``TokenStrings`` keeps each kind's strings for the next documents, and a document's tokens are
put together from them: a token's own features for the role tagger (``role_base``), and for
the cue tagger its own and its window's as ``bytes`` (``cue_items``), which python-crfsuite
passes to CRFsuite without encoding them again. The pipeline tags with these, and
scripts/train_attribution.py trains on them, so the models are run on the features they were
trained on by construction.
"""

from __future__ import annotations

from typing import NamedTuple

from riftmap.nlp.attribution.features import DocFacts, TokenArrays
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
        """The strings of one document's tokens (its facts made with this cue lexicon: the
        kinds are keyed by the parser's strings, their features read the lexicon's)."""
        if facts.lexicon is not self.lexicon:
            raise ValueError("the document's facts were made with another cue lexicon")
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
        """Make a new kind's strings."""
        lex = self.lexicon
        own = ("w=" + lower, "l=" + lemma, "p=" + tag, "d=" + dep)
        head = ("hl=" + lemma, "hd=" + dep)
        buckets = ("lex=" + bucket(lex.get(lemma, 0.0)), "lexw=" + bucket(lex.get(lower, 0.0)))
        near = (*own, buckets[0])  # what a next neighbour reads of it
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


def bucket(p: float) -> str:
    """A cue-lexicon probability as one of five feature values (the models' ``lex=`` and
    ``lexw=``): the exact value would make a feature no other word shares."""
    return "0" if p < 0.02 else "1" if p < 0.1 else "2" if p < 0.3 else "3" if p < 0.6 else "4"


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
            self.tails[i] = tuple(_tail(i, t, facts))

    def role_base(self, i: int) -> list[str]:
        """The role tagger's features of token ``i`` of its own: all but the lexicon's."""
        return [
            *self.kinds[i].own,
            *self.heads[i].head,
            self.marks[i][0],
            self.quoted[i][0],
            *self.tails[i],
        ]

    def cue_items(self, start: int, end: int) -> list[list[bytes]]:
        """The cue tagger's features of tokens ``start..end`` (a sentence), UTF-8 encoded."""
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
    """The tokens that may have features past their first ten (``_tail``): in a single-mark
    quotation, quotation marks, title case, heads of others, a paragraph's start."""
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


def _tail(i: int, t: TokenArrays, facts: DocFacts) -> list[str]:
    """The features of token ``i`` after its first ten, which most tokens lack: those of a
    quotation, a title case, its children, a paragraph's start."""
    feats = []
    if facts.inner[i]:
        feats.append("q1")
    if t.texts[i] in QUOTE_MARKS:
        feats.append("qmark")
    if t.title[i]:
        feats.append("title")
    children = t.children[i]
    if children:  # most tokens head nothing: skip the child features' work for them
        feats.extend(_child_features(t.lemmas[i], children, t, facts.region))
    if i == 0 or (t.space[i - 1] and "\n" in t.texts[i - 1]):
        feats.append("parstart")
    return feats


def _child_features(
    lemma: str, children: list[int], t: TokenArrays, region: list[int]
) -> list[str]:
    """The features a token of lemma ``lemma`` takes from its ``children``: their dependency
    labels of interest, its subject's entity type or tag, and a quotation among them."""
    labels = [t.deps[c] for c in children]
    deps = sorted(_DEPS_OF_INTEREST.intersection(labels))
    feats = ["cd=" + d for d in deps]
    feats += [f"lcd={lemma}|{d}" for d in deps if d in _CLAUSAL]
    if "nsubj" in labels or "nsubjpass" in labels:  # the first subject among the children
        subj = next(c for c, d in zip(children, labels, strict=True) if d in _SUBJECTS)
        feats.append("subj=" + (t.ents[subj] or t.tags[subj]))
    n = len(region)
    if any(
        region[c] >= 0 or (c + 1 < n and region[c + 1] >= 0 and t.texts[c] in QUOTE_MARKS)
        for c in children
    ):
        feats.append("qchild")
    return feats


_CLAUSAL = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "prep"})
_SUBJECTS = ("nsubj", "nsubjpass")
_DEPS_OF_INTEREST = frozenset(
    {"nsubj", "nsubjpass", "ccomp", "xcomp", "dobj", "mark", "prep", "agent", "advcl", "punct"}
)
