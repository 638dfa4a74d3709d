"""The English model's attribute ruler, its rules applied through a table of token kinds.

The ruler sets each token's part of speech, morphology (and a few lemmas and labels) from
about 180 one- and two-token patterns over the tag, the lower-case form, the dependency label
and whether the token is a space. spaCy runs them through its general ``Matcher``, which
costs about as much as the parser; but a one-token pattern's verdict depends only on those
few attributes, so ``AttributeTable`` decides each kind of token (tag, form, label, space)
once and reuses the verdict for every token of that kind, in every document. Two-token
patterns are checked where their first token matches. The effect is the ruler's own: the
patterns and attributes are the ruler's, applied in its order (later patterns win; the
matching reads the document as it was before any change), which ``tests/test_attribute_table``
checks token by token on real articles.

Patterns using anything else (other attributes, operators such as ``OP``) make the table
give way to the ``Matcher`` for the whole pipeline (``supported`` is then false).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

# the token attributes a pattern may test, by the name patterns use
TESTED = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP, "IS_SPACE": IS_SPACE}
# the attributes a rule may set, as ``Doc.from_array`` columns
SET = (POS, TAG, DEP, MORPH, LEMMA)

Test = Callable[[Any], bool]
Spec = dict[int, Test]  # one pattern token: a test per attribute it looks at
Rule = tuple[int, list[int], int, dict[int, int]]  # order, its tokens' specs, target, attrs


class Unsupported(ValueError):
    """A pattern the table cannot decide exactly as the ``Matcher`` would."""


class Equal:
    """The test that an attribute has a value (indexed by the value, not run)."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __call__(self, v: Any) -> bool:
        return bool(v == self.value)


def _bits(indices: Iterable[int]) -> int:
    return sum(1 << j for j in set(indices))


def _value_test(value: Any) -> Test:
    if isinstance(value, (str, bool, int)):
        return Equal(value)
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list):
            members = frozenset(arg)
            return lambda v: v in members
        if op == "NOT_IN" and isinstance(arg, list):
            members = frozenset(arg)
            return lambda v: v not in members
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            return lambda v: bool(pattern.search(v))
    raise Unsupported(f"pattern value {value!r}")


def _spec(token: dict[Any, Any]) -> Spec:
    spec: Spec = {}
    for name, value in token.items():
        attr = TESTED.get(str(name).upper())
        if attr is None:
            raise Unsupported(f"pattern attribute {name!r}")
        spec[attr] = _value_test(value)
    return spec


def compile_rules(
    patterns: Iterable[tuple[list[list[dict[Any, Any]]], dict[int, int], int]],
) -> tuple[list[Spec], list[Rule]]:
    """Each (patterns, normalised attributes, index) of a ruler, in the ruler's order, as
    rules, one per pattern: its tokens' specs (indices into the specs returned), the token
    it sets (from the start) and the attributes it sets."""
    specs: list[Spec] = []
    rules: list[Rule] = []
    for order, (alternatives, attrs, index) in enumerate(patterns):
        if any(attr not in SET for attr in attrs):
            raise Unsupported(f"rule sets {sorted(attrs)}")
        for pattern in alternatives:
            if not pattern or not -len(pattern) <= index < len(pattern):
                raise Unsupported(f"pattern {pattern!r} with index {index}")
            ids = list(range(len(specs), len(specs) + len(pattern)))
            specs.extend(_spec(token) for token in pattern)
            rules.append((order, ids, index % len(pattern), attrs))
    return specs, rules


class Table:
    """The rules' verdicts by token kind (the values of the attributes the rules test).

    Which specs a token meets is a bit mask, the AND of one mask per attribute value (the
    specs whose test of that attribute passes, or that do not test it), each computed once.
    A kind keeps the value each attribute ends with after its one-token rules, merged in the
    ruler's order."""

    def __init__(self, specs: list[Spec], rules: list[Rule]) -> None:
        self.specs = specs
        self.single = [r for r in rules if len(r[1]) == 1]
        self.longer = [r for r in rules if len(r[1]) > 1]
        self.first = sum(1 << r[1][0] for r in self.longer)
        self.read = [a for a in (TAG, LOWER, ORTH, DEP, IS_SPACE) if any(a in s for s in specs)]
        self.masks: dict[tuple[int, int], int] = {}
        self.untested = {a: _bits(j for j, s in enumerate(specs) if a not in s) for a in self.read}
        # equality tests, indexed by the value they want; the other tests, checked one by one
        self.equal: dict[tuple[int, Any], int] = {}
        self.other: dict[int, list[tuple[int, Test]]] = {a: [] for a in self.read}
        for j, spec in enumerate(specs):
            for attr, test in spec.items():
                if isinstance(test, Equal):
                    key = (attr, test.value)
                    self.equal[key] = self.equal.get(key, 0) | 1 << j
                else:
                    self.other[attr].append((j, test))
        self.single_bits = _bits(r[1][0] for r in self.single)
        self.rule_of = {r[1][0]: r for r in self.single}
        self.kinds: dict[tuple[int, ...], int] = {}  # kind -> its row below
        self.kind_masks: list[int] = []
        self.opens: list[bool] = []  # by kind: whether it meets a longer rule's first token
        self.sets = numpy.zeros((0, len(SET)), dtype=bool)
        self.values = numpy.zeros((0, len(SET)), dtype=numpy.uint64)

    def _mask(self, strings: StringStore, attr: int, value: int) -> int:
        mask = self.masks.get((attr, value))
        if mask is None:
            v: Any = bool(value) if attr == IS_SPACE else strings[value]
            mask = self.untested[attr] | self.equal.get((attr, v), 0)
            mask |= _bits(j for j, test in self.other[attr] if test(v))
            self.masks[attr, value] = mask
        return mask

    def _add(self, strings: StringStore, kinds: list[tuple[int, ...]]) -> None:
        sets = numpy.zeros((len(kinds), len(SET)), dtype=bool)
        values = numpy.zeros((len(kinds), len(SET)), dtype=numpy.uint64)
        for k, kind in enumerate(kinds):
            mask = -1
            for attr, value in zip(self.read, kind, strict=True):
                mask &= self._mask(strings, attr, value)
            self.kinds[kind] = len(self.kind_masks)
            self.kind_masks.append(mask)
            self.opens.append(bool(mask & self.first))
            hits = mask & self.single_bits
            while hits:  # the rules met, lowest spec (earliest rule) first
                low = hits & -hits
                hits ^= low
                for attr, value in self.rule_of[low.bit_length() - 1][3].items():
                    sets[k, SET.index(attr)] = True
                    values[k, SET.index(attr)] = value
        self.sets = numpy.concatenate([self.sets, sets])
        self.values = numpy.concatenate([self.values, values])

    def apply(self, doc: Doc) -> None:
        if not self.read:
            return
        ids = self._kind_ids(doc)
        rows = numpy.array(ids, dtype=numpy.int64)
        before = doc.to_array(list(SET))
        values = numpy.where(self.sets[rows], self.values[rows], before)
        masks = self.kind_masks
        for i, matched in self._longer_hits(ids).items():
            single = [(r[0], i, r[3]) for r in self.single if masks[ids[i]] >> r[1][0] & 1]
            row = before[i].copy()
            for _, _, attrs in sorted(single + matched, key=lambda m: (m[0], m[1])):
                for attr, value in attrs.items():
                    row[SET.index(attr)] = value
            values[i] = row
        doc.from_array(list(SET), cast(Ints2d, values))

    def _kind_ids(self, doc: Doc) -> list[int]:
        """Each token's row in the table: one dict lookup per token, keyed by its kind (the
        tested attributes' values as a tuple), which costs less than grouping the tokens
        into kinds first (``numpy.unique`` over rows sorts them). Kinds not met before are
        decided first."""
        tokens = list(zip(*doc.to_array(self.read).T.tolist(), strict=True))
        kinds = self.kinds
        ids = [kinds.get(kind, -1) for kind in tokens]
        if -1 in ids:
            new = [kind for kind, k in zip(tokens, ids, strict=True) if k < 0]
            self._add(doc.vocab.strings, list(dict.fromkeys(new)))
            ids = [kinds[kind] for kind in tokens]
        return ids

    def _longer_hits(self, ids: list[int]) -> dict[int, list[tuple[int, int, dict[int, int]]]]:
        """The tokens that longer rules set, with each rule's order, start and attributes;
        ``ids`` are the tokens' kinds, and only those whose kind can open a longer rule
        are tried."""
        hits: dict[int, list[tuple[int, int, dict[int, int]]]] = {}
        masks, opens = self.kind_masks, self.opens
        for start in [i for i, k in enumerate(ids) if opens[k]]:
            for order, specs, target, attrs in self.longer:
                end = start + len(specs)
                if end <= len(ids) and all(
                    masks[ids[i]] >> spec & 1
                    for spec, i in zip(specs, range(start, end), strict=True)
                ):
                    hits.setdefault(start + target, []).append((order, start, attrs))
        return hits


class AttributeTable(AttributeRuler):
    """spaCy's ``AttributeRuler`` (same patterns, saving and loading) applying its rules
    through a ``Table``; see the module's docstring."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._rules: list[tuple[list[list[dict[Any, Any]]], dict[int, int], int]] = []
        self._table: Table | None = None
        self.supported = True

    def clear(self) -> None:
        super().clear()
        self._rules = []
        self._table = None
        self.supported = True

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        patterns = list(patterns)
        super().add(patterns, attrs, index)
        self._rules.append((patterns, self.attrs[-1], index))
        self._table = None

    def table(self) -> Table | None:
        if self._table is None and self.supported:
            try:
                self._table = Table(*compile_rules(self._rules))
            except Unsupported:
                self.supported = False
        return self._table

    def __call__(self, doc: Doc) -> Doc:
        table = self.table()
        if table is None or len(doc) == 0:
            return super().__call__(doc)
        table.apply(doc)
        return doc


def use_table(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace ``nlp``'s attribute ruler by an ``AttributeTable`` with the same patterns
    (the factory ``riftmap_attribute_ruler`` of ``riftmap.nlp.factories``)."""
    old = nlp.get_pipe(name)
    if not isinstance(old, AttributeRuler) or isinstance(old, AttributeTable):
        return
    patterns = old.patterns
    new = nlp.replace_pipe(name, "riftmap_attribute_ruler")
    assert isinstance(new, AttributeTable)
    new.add_patterns(patterns)
