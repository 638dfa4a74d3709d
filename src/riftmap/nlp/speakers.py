"""In-document actors and speakers: cluster name mentions, then resolve each quote's source.

Names cluster by surname ("Steve Bannon", "Bannon", "Mr. Bannon"), kept apart when the given
names differ ("Bill Clinton" vs "Hillary Clinton"); organisations by their last word ("The New
York Times", "the Times"). A source span resolves to the name it holds (its syntactic head's
name first, so "Steve Bannon, Trump's one-time chief strategist" is Bannon), a pronoun to the
most salient compatible person before it, and any other noun phrase ("two people familiar with
the comments") to a group or organisation actor of its own. Actor ids are slugs of the fullest
name seen, so they stay stable across documents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from riftmap.models import Actor, ActorType, Quote, Span
from riftmap.nlp import extensions

PERSON_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
}
GROUP_PRONOUNS = {"they", "them", "their", "we", "us"}
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "sen.": "",
    "rep.": "",
    "gov.": "",
    "dr.": "",
    "president": "",
    "sen": "",
    "rep": "",
    "gov": "",
}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
ENT_TYPES: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "organization",
}
LEADING = re.compile(
    r"^(?:the|a|an|some|two|three|four|five|several|many|most|one|other|\d+)\s+", re.I
)


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name: the stable actor id."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"['’]s\b", "", name)
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")


@dataclass
class Cluster:
    """Mentions of one actor in one document."""

    type: ActorType
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str = ""

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))

    @property
    def surname(self) -> str:
        return _name_parts(self.name)[1]

    @property
    def given(self) -> str:
        return _name_parts(self.name)[0]


def _name_parts(name: str) -> tuple[str, str]:
    """(given name, surname key) of a person name, honorifics dropped, suffix kept in the key."""
    words = [w for w in name.replace("’", "'").split() if w.lower() not in HONORIFICS]
    if not words:
        return "", name.lower()
    if len(words) > 1 and words[-1].lower().strip(",") in SUFFIXES:
        return (words[0].lower() if len(words) > 2 else ""), " ".join(words[-2:]).lower()
    return (words[0].lower() if len(words) > 1 else ""), words[-1].lower()


def _clean_name(ent: SpacySpan) -> str:
    """The name an entity mention gives, without possessive or a lowercase determiner
    ("the Times" -> "Times", but "The New York Times" keeps its article)."""
    text = re.sub(r"['’]s?$", "", ent.text.strip()).strip()
    if ent.label_ == "PERSON" or text.startswith("The "):
        return text
    return LEADING.sub("", text)


class DocActors:
    """Build the clusters of one document and resolve mentions to them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = []
        self.by_token: dict[int, Cluster] = {}
        for ent in doc.ents:
            if ent.label_ in ENT_TYPES:
                self._add(ent)
        self._add_bare_names()

    def _add_bare_names(self) -> None:
        """Proper nouns the NER missed that repeat a known person's surname ("Musk said")."""
        for tok in self.doc:
            if tok.i in self.by_token or tok.pos_ != "PROPN":
                continue
            cluster = self._person_named(tok.text)
            if cluster is not None:
                cluster.mentions.append((tok.i, tok.i + 1))
                self.by_token[tok.i] = cluster

    def note(self, span: tuple[int, int], cluster: Cluster) -> None:
        """Record a resolved mention so that later pronouns can refer back to it."""
        if span not in cluster.mentions:
            cluster.mentions.append(span)
        for i in range(*span):
            self.by_token.setdefault(i, cluster)

    def _add(self, ent: SpacySpan) -> None:
        name = _clean_name(ent)
        if not name:
            return
        kind = ENT_TYPES[ent.label_]
        if kind != "person" and self._person_named(name) is not None:
            kind = "person"  # "Bannon" tagged ORG after "Steve Bannon" was seen
        cluster = self._match(name, kind)
        cluster.names.append(name)
        cluster.mentions.append((ent.start, ent.end))
        honorific = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        cluster.gender = (
            cluster.gender or HONORIFICS.get(honorific, "") or HONORIFICS.get(ent[0].lower_, "")
        )
        for i in range(ent.start, ent.end):
            self.by_token[i] = cluster

    def _person_named(self, word: str) -> Cluster | None:
        """The latest person cluster whose surname (or given name) is this single word."""
        low = word.lower()
        if " " in low:
            return None
        for cluster in reversed(self.clusters):
            if cluster.type == "person" and low in (cluster.surname, cluster.given):
                return cluster
        return None

    def _match(self, name: str, kind: ActorType) -> Cluster:
        given, surname = _name_parts(name) if kind == "person" else ("", name.lower().split()[-1])
        for cluster in reversed(self.clusters):
            if cluster.type != kind:
                continue
            if kind != "person":
                if cluster.surname == surname or cluster.name.lower() == name.lower():
                    return cluster
            elif (
                cluster.surname == surname
                and (not given or not cluster.given or given == cluster.given)
            ) or (" " not in name and given == "" and cluster.given == surname):
                return cluster
        cluster = Cluster(kind)
        self.clusters.append(cluster)
        return cluster

    def resolve(self, source: tuple[int, int]) -> Cluster | None:
        """The actor a source span names: a name in it, a pronoun's antecedent, or a new group."""
        span = self.doc[source[0] : source[1]]
        root = _antecedent_of_relative(span.root)
        if root.i in self.by_token:
            return self.by_token[root.i]
        if root.pos_ == "PROPN" and (named := self._person_named(root.text)) is not None:
            return named
        for tok in span:
            if tok.i in self.by_token:
                return self.by_token[tok.i]
        low = re.sub(r"['’]s$", "", span.text.lower().strip())
        if low in PERSON_PRONOUNS:
            return self._antecedent(source[0], PERSON_PRONOUNS[low])
        if low in GROUP_PRONOUNS or low in {"i", "you", "it"} or root.pos_ == "PRON":
            return None
        return self._descriptor(span)

    def _antecedent(self, before: int, gender: str) -> Cluster | None:
        """Most recent person mentioned before a pronoun, a subject preferred, gender agreeing."""
        best: tuple[int, int, int] | None = None
        found: Cluster | None = None
        for tok_i, cluster in self.by_token.items():
            if tok_i >= before or cluster.type != "person" or before - tok_i > 150:
                continue
            if cluster.gender and gender and cluster.gender != gender:
                continue
            tok = self.doc[tok_i]
            subj = int(tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ == "nsubj")
            key = (tok.sent.start, subj, tok_i)
            if best is None or key > best:
                best, found = key, cluster
        return found

    def _descriptor(self, span: SpacySpan) -> Cluster | None:
        """An actor named only by a description ("two people familiar with the comments")."""
        text = LEADING.sub("", span.text.strip())
        text = LEADING.sub("", text)
        if not any(c.isalpha() for c in text):
            return None
        kind: ActorType = "group" if span.root.tag_ in ("NNS", "NNPS") else "person"
        for cluster in self.clusters:
            if cluster.name.lower() == text.lower():
                cluster.mentions.append((span.start, span.end))
                return cluster
        cluster = Cluster(kind, [text], [(span.start, span.end)])
        self.clusters.append(cluster)
        return cluster

    def actors(self) -> list[Actor]:
        text = self.doc.text
        out: dict[str, Actor] = {}
        for cluster in self.clusters:
            ident = slug(cluster.name)
            if not ident:
                continue
            spans = tuple(
                Span.of(text, self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text))
                for a, b in sorted(set(cluster.mentions))
            )
            prev = out.get(ident)
            spans = tuple(
                sorted(set((prev.mentions if prev else ()) + spans), key=lambda s: s.start)
            )
            out[ident] = Actor(ident, cluster.name, cluster.type, spans)
        return list(out.values())


RELATIVE = frozenset({"who", "which", "that", "whom"})


def _antecedent_of_relative(root: Token) -> Token:
    """``who`` (or a relative clause it heads) stands for the noun the clause modifies."""
    if root.lower_ in RELATIVE and root.head.dep_ == "relcl":
        return root.head.head
    if root.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in root.children):
        return root.head
    return root


def token_range(doc: Doc, span: Span) -> tuple[int, int] | None:
    """Tokens covering a character span."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return (sp.start, sp.end) if sp is not None and len(sp) else None


class SpeakerComponent:
    """spaCy component: fills ``doc._.actors`` and each quote's ``speaker``."""

    def __init__(self) -> None:
        extensions.register()

    def __call__(self, doc: Doc) -> Doc:
        actors = DocActors(doc)
        quotes: list[Quote] = []
        for quote in doc._.quotes or []:
            speaker = None
            rng = token_range(doc, quote.source) if quote.source else None
            if rng:
                cluster = actors.resolve(rng)
                if cluster is not None:
                    actors.note(rng, cluster)
                    speaker = slug(cluster.name) or None
            quotes.append(_with_speaker(quote, speaker))
        doc._.quotes = quotes
        doc._.actors = actors.actors()
        return doc


def _with_speaker(quote: Quote, speaker: str | None) -> Quote:
    from dataclasses import replace

    return replace(quote, speaker=speaker)
