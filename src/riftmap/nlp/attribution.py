"""The attribution engine: find every attributed statement with its source, cue and content.

Two linear-chain CRFs trained on PolNeAR train (scripts/train_attribution.py) do the work:

1. the *cue tagger* marks reporting cues in each sentence ("said", "according to", "told",
   "wrote:", "believes", a colon after a name...), using the parse and a learned cue lexicon;
2. the *role tagger* then looks at each cue's neighbourhood (its sentence ±1, stretched over any
   quotation touching it) and marks the source and the content *relative to that cue*, using
   the dependency path from the cue, the side, the distance and the quotation regions.

Tagging per cue, as in semantic role labelling, lets attributions nest: "the Times reported ...
according to two people" yields two statements whose contents overlap. The models are plain
CRFsuite files shipped in ``riftmap/data/attribution`` (no pickle).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pycrfsuite
from spacy.tokens import Doc, Token

from riftmap.errors import ModelError
from riftmap.models import Quote, QuoteKind, Span
from riftmap.nlp import extensions
from riftmap.nlp.features import (
    DocFacts,
    adjacent_region,
    cue_features,
    doc_facts,
    role_features,
)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "attribution"
TRIM = " \t\n\r\"'“”‘’«»,.;:—–-"


@dataclass(frozen=True)
class TokenAttribution:
    """An attribution in token offsets, before conversion to character spans."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    confidence: float


class AttributionModel:
    """The two CRF taggers and the cue lexicon, loaded from a model folder."""

    def __init__(self, model_dir: Path) -> None:
        try:
            lex_path = model_dir / "cue_lexicon.json"
            self.lexicon: dict[str, float] = json.loads(lex_path.read_text(encoding="utf-8"))
            self.cue_tagger = _open_tagger(model_dir / "cue.crfsuite")
            self.role_tagger = _open_tagger(model_dir / "role.crfsuite")
        except (OSError, ValueError) as err:
            raise ModelError(f"attribution model in {model_dir} does not load: {err}") from err

    def find(self, doc: Doc) -> list[TokenAttribution]:
        """All attributions of a parsed document, in token offsets."""
        return self.find_with_facts(doc)[1]

    def find_with_facts(self, doc: Doc) -> tuple[DocFacts, list[TokenAttribution]]:
        """The attributions, with the document facts they were found with."""
        facts = doc_facts(doc, self.lexicon)
        found = []
        for cue, conf in self._cues(facts):
            roles = self._roles(facts, cue)
            if roles.content is not None:
                found.append(TokenAttribution(cue, roles.source, roles.content, conf))
        taken = {i for att in found for i in range(*att.cue)}
        found += [a for a in dash_attributions(facts) if a.cue[0] not in taken]
        for cue in speech_verb_cues(facts, SPEECH_VERBS):
            if cue[0] not in taken:
                roles = self._roles(facts, cue)
                if roles.content is not None and roles.source is not None:
                    found.append(TokenAttribution(cue, roles.source, roles.content, 0.5))
        return facts, sorted(found, key=lambda a: a.cue)

    def _cues(self, facts: DocFacts) -> list[tuple[tuple[int, int], float]]:
        """Cue spans of each sentence on the CRF's best (Viterbi) path, each with its least
        certain token's marginal probability as confidence."""
        cues = []
        tagger = self.cue_tagger
        for start, end in facts.sent_bounds:
            tags = tagger.tag(cue_features(facts, start, end))
            for a, b in _chunks(tags, "CUE"):
                confidence = min(tagger.marginal(tags[i], i) for i in range(a, b))
                cues.append(((start + a, start + b), confidence))
        return cues

    def _roles(self, facts: DocFacts, cue: tuple[int, int]) -> TokenAttribution:
        lo, _hi, feats = role_features(facts, *cue)
        tags = self.role_tagger.tag(feats)
        sources = [(lo + a, lo + b) for a, b in _chunks(tags, "S")]
        contents = [(lo + a, lo + b) for a, b in _chunks(tags, "C")]
        source = min(sources, key=lambda s: _gap(s, cue)) if sources else None
        if source is None:
            source = controller_subject(facts.doc, cue)
        content = _join_content(facts, contents, cue, source)
        if content is None:
            content = adjacent_quotation(facts, cue, source)
        if content is None:
            content = complement_of(facts.doc, cue, source)
        return TokenAttribution(cue, source, content, 0.0)


def adjacent_quotation(
    facts: DocFacts, cue: tuple[int, int], source: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The quotation a cue closes or opens (``"…," X, a long title, said`` / ``X said: "…"``),
    used when the role tagger marked no content: only the source and punctuation may separate
    a cue from the quotation it reports."""
    k = adjacent_region(facts, *cue)
    if k < 0:
        k = _region_beyond_source(facts, cue, source)
    return facts.region_spans[k] if k >= 0 else None


def _region_beyond_source(
    facts: DocFacts, cue: tuple[int, int], source: tuple[int, int] | None
) -> int:
    doc = facts.doc
    skip = set(range(*source)) if source else set()
    for step, i in ((-1, cue[0] - 1), (1, cue[1])):
        while (
            0 <= i < len(doc)
            and facts.region[i] < 0
            and (i in skip or doc[i].is_punct or doc[i].is_space)
        ):
            i += step
        if 0 <= i < len(doc) and facts.region[i] >= 0:
            return facts.region[i]
    return -1


COMPLEMENTS = frozenset(
    {"ccomp", "xcomp", "dobj", "pobj", "prep", "attr", "acomp", "advcl", "parataxis"}
)


def complement_of(
    doc: Doc, cue: tuple[int, int], source: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The cue verb's largest complement (its clause or object), when the role tagger marked
    no content for a cue it is sure of: what a reporting verb governs is what it reports."""
    head = _head_of(doc, cue)
    taken = set(range(*cue)) | (set(range(*source)) if source else set())
    best: tuple[int, int] | None = None
    for child in head.children:
        if child.dep_ not in COMPLEMENTS or child.i in taken:
            continue
        span = (child.left_edge.i, child.right_edge.i + 1)
        if taken & set(range(*span)):
            continue
        if best is None or span[1] - span[0] > best[1] - best[0]:
            best = span
    return best


CONTROLLED = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})


def controller_subject(doc: Doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The source of a participle or infinitive cue is its controller's subject: in "critics
    rallied, saying that ..." the critics say it. Only for cues hanging off another verb."""
    tok = _head_of(doc, cue)
    if tok.dep_ not in CONTROLLED or tok.tag_ not in ("VBG", "VB", "VBN"):
        return None
    for _ in range(3):
        tok = tok.head
        if tok.dep_ == "prep" and tok.head.i != tok.i:
            tok = tok.head  # "responded ... by saying": through the preposition
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].pos_ == "PRON" and subj[0].lower_ in ("it", "this", "that", "there"):
                return None
            return subj[0].left_edge.i, subj[0].right_edge.i + 1
        if tok.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or tok.head.i == tok.i:
            return None
    return None


def _head_of(doc: Doc, span: tuple[int, int]) -> Token:
    for tok in doc[span[0] : span[1]]:
        if not (span[0] <= tok.head.i < span[1]) or tok.head.i == tok.i:
            return tok
    return doc[span[0]]


def _join_content(
    facts: DocFacts,
    chunks: list[tuple[int, int]],
    cue: tuple[int, int],
    source: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """Hull of the content chunk nearest the cue and the chunks that continue it.

    A chunk continues another when only the cue, the source, punctuation and a few words lie
    between them (an interrupted quotation); a chunk beyond other text is another statement.
    """
    if not chunks:
        return None
    chunks = sorted(chunks)
    best = min(range(len(chunks)), key=lambda k: _gap(chunks[k], cue))
    lo, hi = chunks[best]
    for a, b in chunks[best + 1 :]:
        if _filler(facts, hi, a, cue, source) > 3 or _new_sentence_outside_quotes(facts, hi, a):
            break
        hi = b
    for a, b in reversed(chunks[:best]):
        if _filler(facts, b, lo, cue, source) > 3:
            break
        lo = a
    lo, hi = _within_paragraph(facts, lo, hi, cue)
    return _fill_quotation(facts, lo, hi)


def _within_paragraph(facts: DocFacts, lo: int, hi: int, cue: tuple[int, int]) -> tuple[int, int]:
    """Cut a content at paragraph breaks that no quotation runs across, keeping the side
    nearest the cue: a new paragraph outside quotation marks is a new statement."""
    doc = facts.doc
    for i in range(lo, hi):
        tok = doc[i]
        if not (tok.is_space and "\n" in tok.text) or _quoted_across(facts, i):
            continue
        if i < cue[0]:
            lo = i + 1
        elif i >= cue[1]:
            return lo, i
    return lo, hi


def _quoted_across(facts: DocFacts, i: int) -> bool:
    """Is the paragraph break at token ``i`` inside one quotation (marks and blanks skipped)?"""
    return _region_near(facts, i, -1) >= 0 and _region_near(facts, i, -1) == _region_near(
        facts, i, 1
    )


def _region_near(facts: DocFacts, i: int, step: int) -> int:
    doc = facts.doc
    j = i + step
    while 0 <= j < len(doc) and facts.region[j] < 0 and (doc[j].is_space or _is_mark(doc[j])):
        j += step
    return facts.region[j] if 0 <= j < len(doc) else -1


def _is_mark(tok: Token) -> bool:
    return tok.text in "\"“”‘’'«»"


def _fill_quotation(facts: DocFacts, lo: int, hi: int) -> tuple[int, int]:
    """A content that starts (or ends) a quotation runs to that quotation's other end: the
    tagger sometimes stops at a paragraph break inside a long quotation."""
    doc = facts.doc
    first, last = lo, hi - 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    k = facts.region[first]
    if k >= 0 and facts.region_spans[k][0] == first:
        hi = max(hi, facts.region_spans[k][1])
    k = facts.region[last]
    if k >= 0 and facts.region_spans[k][1] == last + 1:
        lo = min(lo, facts.region_spans[k][0])
    return lo, hi


def _new_sentence_outside_quotes(facts: DocFacts, end: int, start: int) -> bool:
    """A later chunk opening a new sentence that no quotation carries over is a new statement."""
    if facts.sent_index[start] == facts.sent_index[max(0, end - 1)]:
        return False
    return facts.region[start] < 0 and (start + 1 >= len(facts.doc) or facts.region[start + 1] < 0)


def _filler(
    facts: DocFacts, start: int, end: int, cue: tuple[int, int], source: tuple[int, int] | None
) -> int:
    """Words between two chunks that belong to neither the cue nor the source."""
    skip = set(range(*cue)) | (set(range(*source)) if source else set())
    doc = facts.doc
    return sum(
        1 for i in range(start, end) if i not in skip and not (doc[i].is_punct or doc[i].is_space)
    )


def _lexicon(name: str) -> frozenset[str]:
    path = DEFAULT_MODEL_DIR.parent / "lexicons" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


SPEECH_VERBS = _lexicon("speech_verbs.txt")


def speech_verb_cues(facts: DocFacts, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """``"…," Name, a long apposition, said.``: a verb of saying right after a quotation and
    its own subject, which the CRF's short window can miss."""
    cues = []
    for tok in facts.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or facts.region[tok.i] >= 0:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if not subj:
            continue
        before = subj[0].left_edge.i - 1
        while before >= 0 and (facts.doc[before].is_punct or facts.doc[before].is_space):
            if facts.region[before] >= 0:
                break
            before -= 1
        if before >= 0 and facts.region[before] >= 0 and tok.sent.start <= before:
            cues.append((tok.i, tok.i + 1))
    return cues


DASHES = frozenset({"―", "—", "–", "--"})


def dash_attributions(facts: DocFacts) -> list[TokenAttribution]:
    """Signed quotations, ``"…" — Name`` at a paragraph's end: a layout the CRF rarely saw."""
    doc = facts.doc
    found = []
    for first, end in facts.region_spans:
        if first >= end:
            continue  # a quotation holding no token
        j = end + 1  # skip the closing mark
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j >= len(doc) or doc[j].text not in DASHES:
            continue
        k = j + 1
        while k < len(doc) and k - j <= 8 and not (doc[k].is_space and "\n" in doc[k].text):
            k += 1
        name = [t for t in doc[j + 1 : k] if not t.is_punct and not t.is_space]
        if name and (k >= len(doc) or doc[k].is_space) and any(t.pos_ == "PROPN" for t in name):
            src = (name[0].i, name[-1].i + 1)
            found.append(TokenAttribution((j, j + 1), src, (first, end), 0.9))
    return found


def _open_tagger(path: Path) -> Any:
    if not path.exists():
        raise OSError(f"missing {path.name}")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _gap(span: tuple[int, int], cue: tuple[int, int]) -> int:
    return max(cue[0] - span[1], span[0] - cue[1], 0)


def _chunks(tags: list[str], label: str) -> list[tuple[int, int]]:
    """Runs of ``B-label I-label*`` (a stray ``I-label`` starts a run too)."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(tags):
        if tag == "B-" + label or (tag == "I-" + label and start is None):
            if start is not None:
                runs.append((start, i))
            start = i
        elif tag != "I-" + label and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(tags)))
    return runs


def char_span(doc: Doc, tokens: tuple[int, int]) -> Span:
    """Character span of a token range, trimmed of surrounding white space and punctuation."""
    start = doc[tokens[0]].idx
    last = doc[tokens[1] - 1]
    end = last.idx + len(last.text)
    text = doc.text
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if end <= start:
        start, end = doc[tokens[0]].idx, last.idx + len(last.text)
    return Span.of(text, start, end)


def quote_kind(doc: Doc, content: Span) -> QuoteKind:
    """direct: all inside quotation marks; mixed: a paraphrase holding a quoted fragment."""
    text = doc.text
    before = text[max(0, content.start - 1) : content.start]
    after = text[content.end : content.end + 2]
    if before in "\"“‘'" and before and any(c in after for c in "\"”’'"):
        inner = content.text
        if not any(m in inner for m in '"“”'):
            return "direct"
    if any(m in content.text for m in '"“”'):
        return "mixed"
    return "indirect"


def to_quotes(doc: Doc, att: TokenAttribution, region: list[int]) -> list[Quote]:
    """The contract's quotes for one attribution: one, or a first part and its continuation
    when the cue interrupts the quotation (see ``split_at_cue``). A continuation carries
    ``continues=-1`` here; the component replaces it by the first part's index."""
    assert att.content is not None
    quotes = []
    for n, part in enumerate(split_at_cue(doc, att.content, att.cue, region)):
        content = char_span(doc, part)
        quotes.append(
            Quote(
                content=content,
                cue=None if n else char_span(doc, att.cue),
                source=char_span(doc, att.source) if att.source and not n else None,
                kind=quote_kind(doc, content),
                confidence=att.confidence,
                continues=-1 if n else None,
            )
        )
    return quotes


def split_at_cue(
    doc: Doc, content: tuple[int, int], cue: tuple[int, int], region: list[int]
) -> list[tuple[int, int]]:
    """Split a content whose quotation closes before the cue and another opens after it.

    ``"A," she said. "B."`` is two quoted passages around one cue: the first part keeps the
    cue, the second continues it. A paraphrase holding quoted words is never split: the part
    before the cue must be all quotation.
    """
    lo, hi = content
    if not (lo < cue[0] and cue[1] < hi):
        return [content]
    left = [i for i in range(lo, cue[0]) if region[i] >= 0]
    right = [i for i in range(cue[1], hi) if region[i] >= 0]
    if not left or not right or region[left[-1]] == region[right[0]]:
        return [content]
    first = (lo, left[-1] + 1)
    unquoted = (t for t in doc[first[0] : first[1]] if region[t.i] < 0)
    if any(not (t.is_punct or t.is_space) for t in unquoted):
        return [content]
    return [first, (right[0], hi)]


class AttributionComponent:
    """spaCy component: ``doc._.quotes`` becomes the list of ``Quote`` found in the doc."""

    def __init__(self, *, model_dir: str | None = None) -> None:
        extensions.register()
        self.model = AttributionModel(Path(model_dir) if model_dir else DEFAULT_MODEL_DIR)

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[Quote] = []
        facts, found = self.model.find_with_facts(doc)
        for att in found:
            main = len(quotes)
            for quote in to_quotes(doc, att, facts.region):
                quotes.append(replace(quote, continues=main) if quote.continues else quote)
        doc._.quotes = quotes
        return doc
