"""The relations component: who acts on whom, typed with PLOVER, dated, with a topic.

It runs after attribution and actor resolution and reads their results (``doc._.quotes``,
``doc._.actors``, ``doc._.token_actor``). Relations come from three kinds of evidence:

- predicates from the lexicon, in or out of quotations ("Bannon tore into Musk", "urged his
  former chief strategist to stop", "his anti-Musk rhetoric", "vowing to boot Musk"), see
  ``acts``;
- what a speaker's quoted words say about the actors they name, typed by their valence
  ("There's something fundamentally wrong ... his understanding"), see ``stance``;
- every attributed statement toward each actor its content names, see ``statements``: a
  candidate that takes no stance (polarity 0) is dropped by ``takes_stance``.

The polarity of statements and of acts that carry a stance, and their ``confidence``, come
from the learned stance model (``polarity``), with the lexicons' polarity as one feature.

Each relation is then dated from the time adverbials of its own clause (``timex``), given a
topic (``topics``) and de-duplicated: the same source, target, type and polarity found twice
in one sentence is one relation.

A negated or hypothetical act ("shied away from taking shots at", "would endorse") is no tie
between two actors: the component keeps such relations out of ``doc._.relations`` (the list
that feeds the network and the extraction contract) and leaves them on
``doc._.flagged_relations``, unless it is built with ``include_flagged``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from riftmap.kb.ids import slug
from riftmap.models import Extraction, Quote, Relation
from riftmap.nlp import extensions
from riftmap.nlp.attribution.spans import TRIM, char_span
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.relations import confidence, plover
from riftmap.nlp.relations.acts import predicate_candidates, threat_candidates
from riftmap.nlp.relations.address import address
from riftmap.nlp.relations.affixes import affix_candidates
from riftmap.nlp.relations.bystanders import bystanders, own_blocs
from riftmap.nlp.relations.cessation import cessation_candidates
from riftmap.nlp.relations.confidence import Calibration
from riftmap.nlp.relations.homeland import not_own_country
from riftmap.nlp.relations.lookup import ActorLookup
from riftmap.nlp.relations.members import each_member
from riftmap.nlp.relations.misread import misread_candidates
from riftmap.nlp.relations.mutual import mutual_candidates
from riftmap.nlp.relations.partisans import partisan_candidates
from riftmap.nlp.relations.plover import Lexicons
from riftmap.nlp.relations.polarity import polarity_of
from riftmap.nlp.relations.reactions import (
    provoked_candidates,
    reaction_candidates,
    walkout_candidates,
)
from riftmap.nlp.relations.rebuttals import rebuttal_candidates
from riftmap.nlp.relations.relayed import relayed
from riftmap.nlp.relations.replies import reply_candidates
from riftmap.nlp.relations.requested import demand, hostile_demands, hostile_requests
from riftmap.nlp.relations.sides import on_their_side, own_bodies
from riftmap.nlp.relations.stance import (
    Candidate,
    cue_token,
    quote_candidates,
    quote_tokens,
    requests_in_quotes,
)
from riftmap.nlp.relations.statements import statement_candidates
from riftmap.nlp.relations.topics import TopicList, read_topic_text, topic_of
from riftmap.nlp.timex import parse_published, statement_date
from riftmap.resources import read_text

# the names a saved pipeline gives a topic list (its format follows the name)
TOPICS_JSON, TOPICS_TEXT = "topics.json", "topics.txt"
# evidence keeps its full stop: it is shown as a sentence
EVIDENCE_TRIM = TRIM.replace(".", "")


def select(
    extraction: Extraction,
    *,
    actor: str | None = None,
    type_: str | None = None,
    topic: str | None = None,
) -> list[Relation]:
    """The relations of an extraction involving ``actor`` (an id, or words of a name, as
    source or target), of PLOVER type ``type_`` and with topic ``topic`` (slug or words)."""
    names = {a.id: a.name.lower() for a in extraction.actors}
    wanted = actor.lower().strip() if actor else None

    def involves(ident: str) -> bool:
        return wanted is not None and (
            ident == slug(wanted) or wanted in names.get(ident, ident.replace("-", " "))
        )

    return [
        r
        for r in extraction.relations
        if (wanted is None or involves(r.source) or involves(r.target))
        and (type_ is None or r.type == type_.upper())
        and (topic is None or slug(topic) == (r.topic or "") or slug(topic) in (r.topic or ""))
    ]


class RelationComponent:
    """spaCy component: ``doc._.relations`` becomes the list of ``Relation`` in the doc, and
    ``doc._.flagged_relations`` the negated and hypothetical ones withheld from it."""

    def __init__(self, *, topics: str | None = None, include_flagged: bool = False) -> None:
        extensions.register()
        if not Doc.has_extension("flagged_relations"):
            Doc.set_extension("flagged_relations", default=None)
        self.lexicon_files = plover.shipped_files()
        self.lexicons = plover.load()
        self.calibration_text: str | None = read_text("relations", confidence.FILE)
        self.calibration: Calibration | None = confidence.parse(self.calibration_text)
        self.topic_file: tuple[str, str] | None = None  # (file name, text)
        self.topics: TopicList | None = None
        if topics:
            self._set_topics(TOPICS_JSON if topics.endswith(".json") else TOPICS_TEXT, topics)
        self.include_flagged = include_flagged

    def _set_topics(self, name: str, path: str | Path) -> None:
        text = read_topic_text(path)
        self.topic_file = (name, text)
        self.topics = TopicList.parse(text, path)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicons (and topic list) the component uses, to be read by ``from_disk``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.lexicon_files.items():
            (folder / name).write_text(text, encoding="utf-8")
        if self.topic_file is not None:
            (folder / self.topic_file[0]).write_text(self.topic_file[1], encoding="utf-8")
        if self.calibration_text is not None:
            (folder / confidence.FILE).write_text(self.calibration_text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RelationComponent:
        folder = Path(path)
        self.lexicon_files = {n: (folder / n).read_text(encoding="utf-8") for n in plover.FILES}
        self.lexicons = plover.parse(self.lexicon_files)
        self.topic_file, self.topics = None, None
        table = folder / confidence.FILE
        self.calibration_text = table.read_text(encoding="utf-8") if table.is_file() else None
        text = self.calibration_text
        self.calibration = confidence.parse(text) if text else None
        for name in (TOPICS_JSON, TOPICS_TEXT):
            if (folder / name).is_file():
                self._set_topics(name, folder / name)
        return self

    def __call__(self, doc: Doc) -> Doc:
        found = find_relations(doc, self.lexicons, self.topics, self.calibration)
        keep = self.include_flagged
        doc._.relations = [r for r in found if keep or not unreal(r)]
        doc._.flagged_relations = [r for r in found if not keep and unreal(r)]
        return doc


def unreal(relation: Relation) -> bool:
    """A relation that did not (or not yet) happen: negated or hypothetical."""
    return "negated" in relation.flags or "hypothetical" in relation.flags


def find_relations(
    doc: Doc,
    lex: Lexicons,
    topics: TopicList | None = None,
    calibration: Calibration | None = None,
) -> list[Relation]:
    """Every relation of a parsed document whose quotes and actors are resolved, its
    confidence calibrated when ``calibration`` is given (else the finder's raw score)."""
    quotes: list[Quote] = list(doc._.quotes or ())
    lookup = ActorLookup(doc, quotes)
    address(doc, quotes, lookup)
    quote_at = quote_index(doc, quotes)
    found = speak_for(doc, predicate_candidates(doc, lookup, lex, quote_at), quotes)
    found += affix_candidates(doc, lookup, lex, quote_at)
    found += threat_candidates(doc, lookup, lex, quote_at)
    found += cessation_candidates(doc, lookup, lex, quote_at)
    found += reaction_candidates(doc, lookup, lex, quote_at)
    found += provoked_candidates(doc, lookup, lex, quote_at)
    found += walkout_candidates(doc, lookup, lex, quote_at)
    found += misread_candidates(doc, lookup, lex, quote_at)
    found += mutual_candidates(doc, lookup, lex, quote_at)
    found += partisan_candidates(doc, lookup, quote_at)
    found += rebuttal_candidates(doc, quotes, lookup, lex, quote_at)
    others = relayed(doc, quotes)
    found += quote_candidates(doc, quotes, lookup, lex, others)
    found += requests_in_quotes(doc, quotes, lookup, lex)
    found += statement_candidates(doc, quotes, lookup, lex, others)
    found = not_own_country(doc, found)
    aside, own = bystanders(doc, lookup), own_blocs(doc, ((c.source, c.target) for c in found))
    found = polarity_of(doc, restated(doc, found), lookup.by_token, lex, aside, own)
    found = [c for c in found if takes_stance(c)]
    found += reply_candidates(doc, quotes, lookup, lex, quote_at, found)
    found = on_their_side(doc, found, quotes, lookup)
    found = own_bodies(doc, found, lookup)
    found = hostile_demands(doc, found)
    found = each_member(doc, hostile_requests(doc, found, lex))
    published = parse_published(doc._.published)
    actor_tokens = set(lookup.by_token)
    kept = dedupe(doc, found)
    if calibration is not None:
        kept = [replace(c, confidence=calibration.of(c.type, c.confidence)) for c in kept]
    text, ents = doc_text(doc), doc.ents  # spaCy makes every entity's span on each access
    return [_relation(doc, text, ents, c, published, topics, actor_tokens) for c in kept]


def takes_stance(c: Candidate) -> bool:
    """A statement that mentions an actor but takes no stance toward it (polarity 0) is no
    tie between speaker and actor; acts and requests are ties whatever their polarity."""
    return c.origin != "quote" or c.polarity != 0


def quote_index(doc: Doc, quotes: list[Quote]) -> dict[int, int]:
    """Token -> index of the quote whose cue or content holds it (the cue wins)."""
    found: dict[int, int] = {}
    for k, quote in enumerate(quotes):
        content = quote_tokens(doc, quote)
        for i in range(*(content or (0, 0))):
            found.setdefault(i, k)
    for k, quote in enumerate(quotes):
        cue = cue_token(doc, quote)
        if cue is not None:
            found[cue.i] = k
    return found


def speak_for(doc: Doc, found: list[Candidate], quotes: list[Quote]) -> list[Candidate]:
    """A feeling a speaker ascribes to someone else ("President Trump is thrilled with DOGE's
    work," the press secretary said) is the speaker's statement, and theirs the stance."""
    out = []
    for c in found:
        quote = quotes[c.quote] if c.quote is not None else None
        inside = quote is not None and quote.content.start <= doc[c.anchor].idx < quote.content.end
        if c.origin == "state" and quote and quote.speaker and inside:
            c = replace(c, source=quote.speaker, origin="predicate")
        if c.source != c.target:
            out.append(replace(c, origin="predicate"))
    return out


def restated(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """The candidates without the statements a predicate's relation for the same pair in the
    same sentence makes redundant; dropped before the stance model would read them."""
    sent_of = {c.anchor: doc[c.anchor].sent.start for c in found}
    by_pair = {
        (c.source, c.target, sent_of[c.anchor])
        for c in found
        if c.origin == "predicate" and not demand(c)  # a demand takes its statement's stance
    }
    return [
        c
        for c in found
        if c.origin != "quote" or (c.source, c.target, sent_of[c.anchor]) not in by_pair
    ]


def dedupe(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """One relation per source, target, type and polarity in a sentence, the most confident
    (statements restated by a predicate are gone already, see ``restated``)."""
    sent_of = {c.anchor: doc[c.anchor].sent.start for c in found}
    best: dict[tuple[str, str, str, int, int], Candidate] = {}
    for c in found:
        key = (c.source, c.target, c.type, c.polarity, sent_of[c.anchor])
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: (c.evidence, c.source, c.target))


def _relation(
    doc: Doc,
    text: str,
    ents: Sequence[SpacySpan],
    c: Candidate,
    published: date | None,
    topics: TopicList | None,
    actor_tokens: set[int],
) -> Relation:
    anchor = doc[c.anchor]
    content = doc[c.content[0] : c.content[1]] if c.content else None
    when = statement_date(_dates(doc, ents, c), published)
    return Relation(
        source=c.source,
        target=c.target,
        type=c.type,
        polarity=c.polarity,
        evidence=char_span(doc, c.evidence, text, EVIDENCE_TRIM),
        mode=c.mode,
        topic=topic_of(anchor, topics, actor_tokens, content, ents),
        when=when.value if when else None,
        when_precision=when.precision if when else None,
        quote=c.quote,
        confidence=c.confidence,
        flags=c.flags,
    )


def _dates(doc: Doc, ents: Sequence[SpacySpan], c: Candidate) -> list[SpacySpan]:
    """DATE entities that time the relation's clause, nearest first: those in the anchor's
    own phrase or hanging on it or on the clauses above it, never inside quoted words."""
    anchor = doc[c.anchor]
    above = {anchor.i, *(a.i for a in anchor.ancestors)}
    inside = set(range(*c.content)) if c.content else set()
    sent = anchor.sent
    chosen = [
        ent
        for ent in _within(ents, sent.start, sent.end)
        if ent.label_ == "DATE"
        and ent.start not in inside
        and (ent.root.head.i in above or anchor.is_ancestor(ent.root))
    ]
    return sorted(chosen, key=lambda e: abs(e.root.i - anchor.i))


def _within(ents: Sequence[SpacySpan], start: int, end: int) -> list[SpacySpan]:
    """The entities wholly inside tokens ``start..end``, as ``Span.ents`` picks them from the
    document's entities (``ents``, read once per document)."""
    out = []
    for ent in ents:
        if ent.start >= start:
            if ent.end > end:
                break
            out.append(ent)
    return out
