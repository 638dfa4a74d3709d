"""What the attribution engine's taggers and rules read of a parsed document, and the role
tagger's windows.

``DocFacts`` holds a document's quotation regions, sentences and token attributes, computed
once; the token features both taggers read are made from them in ``cue_strings``, and the
role features add what depends on the (cue, token) pair (``role_features``): the cue's
window (``role_window_of``), each token's dependency path from the cue, its side, distance.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text.quotemarks import find_regions
from riftmap.nlp.text.spelling import american


@dataclass
class DocFacts:
    """What the features need to know about a parsed document, computed once."""

    doc: Doc
    region: list[int]  # index of the double-mark quotation holding the token, or -1
    inner: list[bool]  # token inside a single-mark quotation
    region_spans: list[tuple[int, int]]  # token range [first, last+1) of each region
    tokens: TokenArrays  # the token attributes the features read
    lexicon: dict[str, float]  # the cue lexicon
    sent_index: list[int]  # sentence number of each token
    sent_bounds: list[tuple[int, int]]  # token range of each sentence
    heads: list[int] = field(default_factory=list)  # head index of each token
    deps: list[str] = field(default_factory=list)  # dependency label of each token
    lowers: list[str] = field(default_factory=list)  # lowercase form of each token
    lemmas: list[str] = field(default_factory=list)  # lowercase lemma of each token


def doc_facts(doc: Doc, cue_lexicon: dict[str, float]) -> DocFacts:
    """Compute the per-document facts once, before tagging."""
    regions = find_regions(doc_text(doc))
    doubles = [r for r in regions if r.level == 0]
    starts = [r.start for r in doubles]
    region = [-1] * len(doc)
    inner = [False] * len(doc)
    singles = sorted((r.start, r.end) for r in regions if r.level == 1)
    toks = TokenArrays(doc)
    # British spellings read as the American ones the models learned ("criticised")
    toks.lowers = _american(toks.lowers, cue_lexicon)
    toks.lemmas = _american(toks.lemmas, cue_lexicon)
    # a token is inside a single-quoted region when a region that starts before it ends
    # after it: one sweep, since tokens and regions both run left to right
    next_single, single_end = 0, -1
    for i, idx in enumerate(toks.idx):
        k = bisect_right(starts, idx) - 1
        if k >= 0 and doubles[k].start <= idx < doubles[k].end:
            region[i] = k
        while next_single < len(singles) and singles[next_single][0] <= idx:
            single_end = max(single_end, singles[next_single][1])
            next_single += 1
        inner[i] = idx < single_end
    spans: list[tuple[int, int]] = [(0, 0)] * len(doubles)
    for i, k in enumerate(region):
        if k >= 0:
            lo, hi = spans[k]
            spans[k] = (i, i + 1) if lo == hi else (min(lo, i), max(hi, i + 1))
    sent_index = [0] * len(doc)
    bounds = []
    for n, sent in enumerate(doc.sents):
        bounds.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_index[i] = n
    facts = DocFacts(doc, region, inner, spans, toks, cue_lexicon, sent_index, bounds)
    facts.heads, facts.deps, facts.lowers = toks.heads, toks.deps, toks.lowers
    facts.lemmas = toks.lemmas
    return facts


def _american(words: list[str], lexicon: dict[str, float]) -> list[str]:
    """``spelling.american`` of each word, called once per distinct word of the document."""
    spelled = {word: american(word, lexicon) for word in set(words)}
    return list(map(spelled.__getitem__, words))


class TokenArrays:
    """Token attributes read once into plain lists through ``Doc.to_array``: spaCy builds a
    new ``Token`` object on every access, which dominated the features' cost."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        # one list per column (not a tuple per token): a list comprehension or ``map`` over
        # a column costs a fraction of indexing a row per token for each attribute
        cols = doc.to_array(list(_ATTRS)).T.tolist() if n else [[] for _ in _ATTRS]
        # HEAD holds signed offsets in an unsigned array: reinterpret before use
        offsets = doc.to_array("HEAD").astype("int64").tolist() if n else []
        strings = doc.vocab.strings
        # each distinct string looked up once; the columns then index a plain dict
        text = {key: strings[key] for key in set().union(*cols[:6])}
        text[0] = ""
        self.heads = [i + off for i, off in enumerate(offsets)]
        self.deps, self.lowers = _strings_of(cols[0], text), _strings_of(cols[1], text)
        lemmas = {key: text[key].lower() for key in set(cols[2])}
        self.lemmas = _strings_of(cols[2], lemmas)
        self.tags, self.ents = _strings_of(cols[3], text), _strings_of(cols[4], text)
        self.texts = _strings_of(cols[5], text)
        self.title, self.space = list(map(bool, cols[6])), list(map(bool, cols[7]))
        self.idx: list[int] = cols[8]
        # what a token's own strings are made of, as ids: lowercase form, lemma, tag, dependency
        self.kinds = list(zip(cols[1], cols[2], cols[3], cols[0], strict=True))
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.heads):
            if h != i:
                self.children[h].append(i)


def _strings_of(column: list[int], text: dict[int, str]) -> list[str]:
    """The strings of a column of string ids."""
    return list(map(text.__getitem__, column))


_ATTRS: tuple[int | str, ...] = (
    "DEP",
    "LOWER",
    "LEMMA",
    "TAG",
    "ENT_TYPE",
    "ORTH",
    "IS_TITLE",
    "IS_SPACE",
    "IDX",
)


def role_window(facts: DocFacts, cue_start: int, cue_end: int) -> tuple[int, int]:
    """Token range the role tagger looks at: the cue's sentence ±1, stretched over quotations
    that touch those sentences so that a multi-sentence quotation is seen whole."""
    s = facts.sent_index[cue_start]
    lo = facts.sent_bounds[max(0, s - 1)][0]
    hi = facts.sent_bounds[min(len(facts.sent_bounds) - 1, s + 1)][1]
    for edge in (lo, hi - 1):
        k = facts.region[edge]
        if k >= 0:
            a, b = facts.region_spans[k]
            lo, hi = min(lo, a), max(hi, b)
    return max(0, lo), min(len(facts.doc), hi, lo + 400)


@dataclass(frozen=True)
class RoleWindow:
    """A cue's window (tokens ``lo..hi``) with what the role features read of the cue."""

    lo: int
    hi: int
    cue_start: int
    cue_end: int
    cue_lemma: str  # the cue's lemmas joined by "_", at most 30 characters
    paths: list[str]  # dependency path from the cue's head to each token of the window
    cue_sent: int  # the cue's sentence number
    cue_region: int  # the quotation the cue introduces or closes (adjacent_region)


def role_window_of(facts: DocFacts, cue_start: int, cue_end: int) -> RoleWindow:
    """The window of a cue and the cue's facts its tokens' role features read."""
    lo, hi = role_window(facts, cue_start, cue_end)
    head = cue_head(facts, cue_start, cue_end)
    lemmas = (t.lemma_.lower() for t in facts.doc[cue_start:cue_end])
    return RoleWindow(
        lo,
        hi,
        cue_start,
        cue_end,
        "_".join(lemmas)[:30],
        _paths(facts, head, lo, hi),
        facts.sent_index[cue_start],
        adjacent_region(facts, cue_start, cue_end),
    )


def _paths(facts: DocFacts, head: int, lo: int, hi: int) -> list[str]:
    """Dependency path from the cue head to every token of ``lo..hi``: the labels going up to
    the common ancestor (joined by ``^``), then the first label going down toward the token
    and a depth bucket. Each token's walk reuses its head's (memoised), so the window costs
    one pass."""
    heads, deps = facts.heads, facts.deps
    up_chain = _ancestors(facts, head)
    up_labels = {t: "^".join(deps[u] for u in up_chain[:n])[:40] for n, t in enumerate(up_chain)}
    memo: dict[int, tuple[int, str, int] | None] = {t: (t, "self", 0) for t in up_chain}

    def walk(i: int) -> tuple[int, str, int] | None:
        trail = []
        while i not in memo:
            trail.append(i)
            if heads[i] == i or len(trail) > 40:
                memo[i] = None
                trail.pop()
                break
            i = heads[i]
        found = memo[i]
        for j in reversed(trail):
            if found is not None:
                anc, branch, depth = found
                found = (anc, deps[j] if depth == 0 else branch, depth + 1)
                if found[2] > 41:
                    found = None
            memo[j] = found
        return memo[trail[0]] if trail else found

    out = []
    for i in range(lo, hi):
        info = walk(i)
        if info is None:
            out.append("none")
            continue
        anc, branch, depth = info
        bucket = "1" if depth <= 1 else "2" if depth == 2 else "3"
        out.append(f"{up_labels[anc]}>{branch}{bucket}")
    return out


def cue_head(facts: DocFacts, start: int, end: int) -> int:
    """The token of the cue span whose head lies outside it (its syntactic head)."""
    for i in range(start, end):
        h = facts.heads[i]
        if not (start <= h < end) or h == i:
            return i
    return start


def _ancestors(facts: DocFacts, i: int) -> list[int]:
    chain = [i]
    while facts.heads[chain[-1]] != chain[-1] and len(chain) <= len(facts.heads):
        chain.append(facts.heads[chain[-1]])
    return chain


def adjacent_region(facts: DocFacts, cue_start: int, cue_end: int) -> int:
    """The quotation that the cue introduces or closes: the nearest one within a few tokens
    (-2 when there is none)."""
    doc = facts.doc
    for off in range(1, 6):
        for i in (cue_start - off, cue_end - 1 + off):
            if 0 <= i < len(doc) and facts.region[i] >= 0:
                return facts.region[i]
    return -2
