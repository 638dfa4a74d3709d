"""The attribution engine: find every attributed statement with its source, cue and content.

Two linear-chain CRFs trained on PolNeAR train (scripts/train_attribution.py) do the work:

1. the *cue tagger* marks reporting cues in each sentence ("said", "according to", "told",
   "wrote:", "believes", a colon after a name...), using the parse and a learned cue lexicon;
2. the *role tagger* then looks at each cue's neighbourhood (its sentence ±1, stretched over any
   quotation touching it) and marks the source and the content *relative to that cue*, using
   the dependency path from the cue, the side, the distance and the quotation regions.

Tagging per cue, as in semantic role labelling, lets attributions nest: "the Times reported ...
according to two people" yields two statements whose contents overlap. The models are plain
CRFsuite files shipped in ``riftmap/data/attribution`` (no pickle). The role tagger runs on
the model's weights read into numpy (``crf``, ``role_scores``), a document's cues at once, over
the ids of the features training writes as strings (both from ``role_features``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pycrfsuite
from spacy.tokens import Doc

from riftmap.errors import ModelError
from riftmap.kb.lexicon import speech_verbs, word_list
from riftmap.models import Quote
from riftmap.nlp import extensions
from riftmap.nlp.attribution.colons import block_quotations, colon_quotations
from riftmap.nlp.attribution.content import (
    according_to_object,
    adjacent_quotation,
    complement_of,
    controller_over_object,
    controller_subject,
    gap,
    join_content,
    without_source,
)
from riftmap.nlp.attribution.continuations import continuations
from riftmap.nlp.attribution.crf import CrfModel
from riftmap.nlp.attribution.cue_strings import DocStrings, TokenStrings
from riftmap.nlp.attribution.features import DocFacts, doc_facts
from riftmap.nlp.attribution.gerunds import object_gerunds
from riftmap.nlp.attribution.headlines import (
    colon_headline,
    inverted_headline,
    quoted_headline,
    verb_headline,
)
from riftmap.nlp.attribution.inverted import inverted_speech_cues
from riftmap.nlp.attribution.medium import (
    before_circumstance,
    circumstance,
    past_medium,
    whole_quotation,
)
from riftmap.nlp.attribution.nominal import nominal_attributions
from riftmap.nlp.attribution.outlets import whole_relayed_statements, without_relayed_quotes
from riftmap.nlp.attribution.posts import post_signatures
from riftmap.nlp.attribution.role_scores import DocRoles, RoleTagger
from riftmap.nlp.attribution.rules import (
    dash_attributions,
    inner_quotations,
    naming_attributions,
    nested_attributions,
    speech_verb_cues,
)
from riftmap.nlp.attribution.spans import TokenAttribution, to_quotes
from riftmap.nlp.attribution.statements import is_statement
from riftmap.nlp.attribution.subjects import (
    clause_subject,
    main_over_embedded,
    modifies_subject,
    subject_over_relative,
)
from riftmap.nlp.attribution.trailing import with_trailing
from riftmap.nlp.attribution.transcripts import transcript_lines
from riftmap.nlp.extensions import doc_text
from riftmap.resources import data_file

DEFAULT_MODEL_DIR = data_file("attribution")
# the files of a model folder; a folder without the verbs of saying uses the shipped ones
MODEL_FILES = ("cue.crfsuite", "role.crfsuite", "cue_lexicon.json")
SPEECH_VERBS_FILE = "speech_verbs.txt"


class AttributionModel:
    """The two CRF taggers, their cue lexicon and the verbs of saying of the rules, loaded from
    a model folder: the shipped one, one that scripts/train_attribution.py wrote, or the one a
    pipeline saved with ``nlp.to_disk`` holds (``save`` writes it)."""

    def __init__(self, model_dir: Path | Traversable) -> None:
        try:
            self.files = {name: _read(model_dir, name) for name in MODEL_FILES}
            self.lexicon: dict[str, float] = json.loads(self.files["cue_lexicon.json"])
            self.cue_tagger = _open_tagger(self.files["cue.crfsuite"])
            self.role_tagger = RoleTagger(_crf(self.files, "role.crfsuite"))
            self.token_strings = TokenStrings(self.lexicon)
            verbs = model_dir.joinpath(SPEECH_VERBS_FILE)
            self.speech_verbs = (
                word_list(verbs.read_text(encoding="utf-8")) if verbs.is_file() else speech_verbs()
            )
        except (OSError, ValueError) as err:
            raise ModelError(f"attribution model in {model_dir} does not load: {err}") from err

    def save(self, path: Path) -> None:
        """Write the model folder (the same bytes it was read from) to ``path``."""
        path.mkdir(parents=True, exist_ok=True)
        for name, data in self.files.items():
            (path / name).write_bytes(data)
        verbs = "".join(f"{verb}\n" for verb in sorted(self.speech_verbs))
        (path / SPEECH_VERBS_FILE).write_text(verbs, encoding="utf-8")

    def find(self, doc: Doc) -> list[TokenAttribution]:
        """All attributions of a parsed document, in token offsets."""
        return self.find_with_facts(doc)[1]

    def find_with_facts(self, doc: Doc) -> tuple[DocFacts, list[TokenAttribution]]:
        """The attributions, with the document facts they were found with."""
        facts = doc_facts(doc, self.lexicon)
        strings = self.token_strings.on(facts)
        tagger = self.role_tagger.on(facts, strings.role_base)
        found = []
        cues = self._cues(facts, strings)
        for (cue, conf), roles in zip(cues, self._roles(tagger, [c for c, _ in cues]), strict=True):
            if roles.content is not None:
                found.append(TokenAttribution(cue, roles.source, roles.content, conf))
        taken = {i for att in found for i in range(*att.cue)}
        found += [a for a in dash_attributions(facts) if a.cue[0] not in taken]
        found += [a for a in post_signatures(facts) if a.cue[0] not in taken]
        found += [a for a in naming_attributions(facts) if a.cue[0] not in taken]
        found += [a for a in nominal_attributions(facts) if a.cue[0] not in taken]
        spoken = [c for c in speech_verb_cues(facts, self.speech_verbs) if c[0][0] not in taken]
        for (cue, subject), roles in zip(
            spoken, self._roles(tagger, [c for c, _ in spoken]), strict=True
        ):
            # the rule found the verb by the quotation next to it: that is the content
            content = adjacent_quotation(facts, cue, subject) or roles.content
            if content is not None:
                found.append(TokenAttribution(cue, roles.source or subject, content, 0.5))
        found += [a for a in colon_quotations(facts) if not _covered(a, found)]
        blocks = block_quotations(facts, found, self.speech_verbs)
        verbs = {b.cue[0] for b in blocks}
        found = [a for a in found if not any(a.cue[0] <= v < a.cue[1] for v in verbs)] + blocks
        found += [a for a in transcript_lines(facts) if not _covered(a, found)]
        for att in inverted_speech_cues(facts, self.speech_verbs):
            same = [a for a in found if a.cue[0] == att.cue[0]]
            if (same and all(_sound_source(facts, a) for a in same)) or (
                not same and _covered(att, found)
            ):
                continue
            found = [a for a in found if a.cue[0] != att.cue[0]] + [att]
        headlines = (
            colon_headline(facts),
            quoted_headline(facts, self.speech_verbs),
            verb_headline(facts, self.lexicon),
        )
        for headline in headlines:
            if headline is not None and not _covered(headline, found):
                found.append(headline)
        inverted = inverted_headline(facts, self.speech_verbs)
        if inverted is not None and not _same_source(inverted, found):
            lo, hi = inverted.cue  # it replaces what the taggers read into the same verb
            found = [a for a in found if not (lo <= a.cue[0] < hi)] + [inverted]
        found = [_with_source(facts, a) for a in found if is_statement(facts, a)]
        # a statement nobody in the text makes ("was expected to", "appears to", "is known
        # for") is the writer's, not a quote: no source, no statement
        found = sorted((a for a in found if a.source is not None), key=lambda a: a.cue)
        found = without_relayed_quotes(facts, found)
        found = with_trailing(facts, found)
        found += continuations(facts, found)
        nested = nested_attributions(facts, found, self.speech_verbs)
        nested += object_gerunds(facts, found + nested, self.lexicon)
        taken = {i for att in found + nested for i in range(*att.cue)}
        nested += [a for a in inner_quotations(facts, self.speech_verbs) if a.cue[0] not in taken]
        found = whole_relayed_statements(facts, found + nested)
        return facts, sorted(found, key=lambda a: (a.continues or a.cue, a.cue))

    def _cues(
        self, facts: DocFacts, strings: DocStrings | None = None
    ) -> list[tuple[tuple[int, int], float]]:
        """Cue spans of each sentence on the CRF's best (Viterbi) path, each with its least
        certain token's marginal probability as confidence."""
        cues = []
        tagger = self.cue_tagger
        strings = strings or self.token_strings.on(facts)
        for start, end in facts.sent_bounds:
            tags = tagger.tag(strings.cue_items(start, end))
            for a, b in _chunks(tags, "CUE"):
                confidence = min(tagger.marginal(tags[i], i) for i in range(a, b))
                cues.append(((start + a, start + b), confidence))
        return cues

    def _roles(self, tagger: DocRoles, cues: list[tuple[int, int]]) -> list[TokenAttribution]:
        """The source and content the role tagger and the rules after it read for each cue,
        the cues' windows tagged as one batch."""
        tagged = tagger.tag(cues)
        facts = tagger.facts
        return [
            self._roles_of(facts, cue, lo, tags)
            for cue, (lo, tags) in zip(cues, tagged, strict=True)
        ]

    def _roles_of(
        self, facts: DocFacts, cue: tuple[int, int], lo: int, tags: list[str]
    ) -> TokenAttribution:
        sources = [(lo + a, lo + b) for a, b in _chunks(tags, "S")]
        contents = [(lo + a, lo + b) for a, b in _chunks(tags, "C")]
        source = min(sources, key=lambda s: gap(s, cue)) if sources else None
        if source is not None and facts.region[cue[0]] < 0:  # a cue outside quotation marks
            source = controller_over_object(facts.doc, cue, source, self.lexicon)
        if source is not None:
            source = _past_object_relative(facts.doc, source)
        if source is None:
            doc = facts.doc
            source = according_to_object(doc, cue) or controller_subject(doc, cue)
        if source is not None:
            source = main_over_embedded(facts.doc, cue, source)
            source = subject_over_relative(facts.doc, cue, source)
        contents = [c for c in contents if not modifies_subject(facts.doc, facts.region, cue, c)]
        joined = before_circumstance(facts.doc, cue, join_content(facts, contents, cue, source))
        content = without_source(facts.doc, joined, cue, source)
        if content is None or circumstance(facts.doc, cue, content):
            content = adjacent_quotation(facts, cue, source) or content
        else:
            content = whole_quotation(facts, cue, source, content)
        if content is None:
            content = complement_of(facts.doc, cue, source)
        if content is not None:
            content = past_medium(facts.doc, cue, content)
        return TokenAttribution(cue, source, content, 0.0)


def _with_source(facts: DocFacts, att: TokenAttribution) -> TokenAttribution:
    """A statement the taggers found without a source gets the one its clause's parse gives
    (``clause_subject``); asked only once it is known to be a statement, so that the rules
    of ``is_statement`` that read a missing source still see it missing."""
    if att.source is not None or att.continues is not None or att.content is None:
        return att
    source = clause_subject(facts.doc, att.cue, att.content)
    return att if source is None else replace(att, source=source)


def _past_object_relative(doc: Doc, source: tuple[int, int]) -> tuple[int, int]:
    """A source opening with the relative pronoun that is its verb's object ("Kaine, whom
    Trump derided as ..."): the speaker is the subject after it."""
    first = doc[source[0]]
    if source[1] - source[0] > 1 and first.lower_ in OBJECT_RELATIVES and first.dep_ in OBJECTS:
        return source[0] + 1, source[1]
    return source


OBJECT_RELATIVES = frozenset({"whom", "which", "that"})
OBJECTS = frozenset({"dobj", "pobj", "obj"})


def _sound_source(facts: DocFacts, att: TokenAttribution) -> bool:
    """Has the attribution a source with words outside quotation marks?"""
    if att.source is None:
        return False
    doc, region = facts.doc, facts.region
    return any(region[i] < 0 and not doc[i].is_punct for i in range(*att.source))


def _same_source(att: TokenAttribution, found: list[TokenAttribution]) -> bool:
    """Did the taggers already read this cue with this source?"""
    assert att.source is not None
    lo, hi = att.source
    return any(
        other.cue == att.cue
        and other.source is not None
        and other.source[0] < hi
        and lo < other.source[1]
        for other in found
    )


def _covered(att: TokenAttribution, found: list[TokenAttribution]) -> bool:
    """Does an attribution found already hold this one's cue or overlap its content?"""
    assert att.content is not None
    lo, hi = att.content
    for other in found:
        if other.cue[0] <= att.cue[0] < other.cue[1]:
            return True
        if other.content is not None and other.content[0] < hi and lo < other.content[1]:
            return True
    return False


def _read(model_dir: Path | Traversable, name: str) -> bytes:
    path = model_dir.joinpath(name)
    if not path.is_file():
        raise OSError(f"missing {name}")
    return path.read_bytes()


def _open_tagger(model: bytes) -> Any:
    """A CRFsuite tagger over a model held in memory (the caller keeps the bytes alive)."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    return tagger


def _crf(files: dict[str, bytes], name: str) -> CrfModel:
    try:
        return CrfModel.from_bytes(files[name])
    except ValueError as err:
        raise ValueError(f"{name}: {err}") from err


def _chunks(tags: list[str], label: str) -> list[tuple[int, int]]:
    """Runs of ``B-label I-label*`` (a stray ``I-label`` starts a run too)."""
    begin, inside = "B-" + label, "I-" + label  # made once, not once per tag
    if begin not in tags and inside not in tags:  # most sentences: no cue
        return []
    runs: list[tuple[int, int]] = []
    start = None
    for i, tag in enumerate(tags):
        if tag == begin or (tag == inside and start is None):
            if start is not None:
                runs.append((start, i))
            start = i
        elif tag != inside and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(tags)))
    return runs


class AttributionComponent:
    """spaCy component: ``doc._.quotes`` becomes the list of ``Quote`` found in the doc.

    The model comes from the config (``model_dir``, else the shipped one) and is saved with
    the pipeline: ``nlp.to_disk`` writes its folder, ``spacy.load`` reads it back."""

    def __init__(self, *, model_dir: str | None = None) -> None:
        extensions.register()
        self.model = AttributionModel(Path(model_dir) if model_dir else DEFAULT_MODEL_DIR)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.model.save(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> AttributionComponent:
        self.model = AttributionModel(Path(path))
        return self

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[Quote] = []
        facts, found = self.model.find_with_facts(doc)
        text = doc_text(doc)
        index_of: dict[tuple[int, int], int] = {}
        for att in found:
            if att.continues is None:
                main = index_of[att.cue] = len(quotes)
            elif att.continues in index_of:
                main = index_of[att.continues]
            else:
                continue
            for quote in to_quotes(doc, att, facts.region, text):
                quotes.append(replace(quote, continues=main) if quote.continues else quote)
        doc._.quotes = _without_echoes(quotes)
        return doc


def _without_echoes(quotes: list[Quote]) -> list[Quote]:
    """A quotation read twice, as a paragraph carrying on an earlier statement and as the
    statement of its own cue (``He said: "A?`` ¶ ``"B," he said``, the quotation running
    over paragraphs without closing marks): the reading with its own cue stays."""
    cued = {(q.content.start, q.content.end) for q in quotes if q.continues is None and q.cue}
    drop = {
        i
        for i, q in enumerate(quotes)
        if q.continues is not None and (q.content.start, q.content.end) in cued
    }
    if not drop:
        return quotes
    new_index: dict[int, int] = {}
    for i in range(len(quotes)):
        if i not in drop:
            new_index[i] = len(new_index)
    return [
        q if q.continues is None else replace(q, continues=new_index[q.continues])
        for i, q in enumerate(quotes)
        if i not in drop
    ]
