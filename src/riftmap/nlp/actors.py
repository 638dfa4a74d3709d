"""In-document actor resolution: every mention of a document tied to one actor.

``DocActors(doc, kb)`` works in three passes over a parsed document:

1. names: the tagger's entities and the proper nouns it missed, clustered into actors
   (``riftmap.nlp.entities``) and linked to the knowledge base;
2. definitions: titles before names, appositions and predicate nominals, which become
   mentions and descriptors of the named actor (``riftmap.nlp.definitions``);
3. references, left to right: epithets, groups and pronouns, each resolved against what is
   known and salient at that point (``riftmap.nlp.references``).

The result is ``actors()`` (contract ``Actor`` values) and ``token_actor`` (every token of
every resolved mention -> actor id), used by the speaker and relation components.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, TAG
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from riftmap.kb.loader import KnowledgeBase
from riftmap.models import Actor, ActorType, Span
from riftmap.nlp import definitions, references
from riftmap.nlp.descriptors import from_tokens
from riftmap.nlp.entities import LABELS, WEAK_LABELS, Entity, NameIndex, clean_name
from riftmap.nlp.lexicon import lexicon
from riftmap.nlp.names import parse_name
from riftmap.nlp.quotemarks import find_regions
from riftmap.nlp.salience import Salience, role_weight, sentence_index

if TYPE_CHECKING:
    from riftmap.nlp.corpus import CorpusActors


class DocActors:
    """The actors of one parsed document, with every mention resolved."""

    def __init__(
        self,
        doc: Doc,
        kb: KnowledgeBase,
        *,
        date: str | None = None,
        corpus: CorpusActors | None = None,
    ) -> None:
        self.doc, self.kb, self.date, self.corpus = doc, kb, date, corpus
        # tags, dependencies and entities read as arrays: spaCy builds a Token object at every
        # access, and most tokens are never looked at again
        self.tags, self.deps, self.ent_spans = _arrays(doc)
        self.index = NameIndex(kb)
        self.owner: dict[int, Entity] = {}
        self.group_keys: dict[int, tuple[str, str]] = {}  # group -> (possessor, head lemma)
        self.quoted = _quoted_tokens(doc)
        self.salience = Salience(sentence_index(doc), quoted=self.quoted)
        self._speakers: dict[int, list[Token]] | None = None
        self._names()
        self._surnames_taken_for_organisations()
        self._definitions()
        references.resolve_all(self)

    @property
    def entities(self) -> list[Entity]:
        return self.index.entities

    def mention(
        self, entity: Entity, start: int, end: int, head: int, *, weight: float | None = None
    ) -> None:
        """Record a mention: its span, its tokens' owner (inner names keep theirs) and its
        weight for salience."""
        if (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
        for i in range(start, end):
            self.owner.setdefault(i, entity)
        w = role_weight(self.doc[head]) if weight is None else weight
        self.salience.add(head, w, entity.key)

    def where(self, dep: str) -> list[Token]:
        """The tokens attached by dependency ``dep``."""
        return [self.doc[i] for i, d in enumerate(self.deps) if d == dep]

    def new_entity(self, kind: ActorType) -> Entity:
        return self.index.new(kind)

    # -- pass 1: names -------------------------------------------------------------------
    def _names(self) -> None:
        for ent in self.ent_spans:
            if _modifier(ent) and not self.kb.lookup(ent.text):
                continue  # "Republican" of "the Republican nominee", "U.S." of "U.S. officials"
            if _person_word(ent) or PARTY_STATE.match(ent.text):
                continue  # "the Ohio Republican" is an epithet; "D-Mass." a party and state
            if _no_name(ent) and not self.kb.lookup(ent.text):
                continue
            start, end = _name_bounds(ent.start, ent.end, self.doc, ent.label_)
            name = _strip_titles(clean_name(self.doc[start:end].text))
            if not name or not any(c.isalpha() for c in name):
                continue
            entity = self.index.entity_for(name, ent.label_)
            if entity is not None:
                before = self.doc[start - 1] if start > 0 else None
                if entity.type != "person" and before is not None and before.lower_ == "the":
                    start -= before.head.i in range(start, end)  # "the Times"
                self.mention(entity, start, end, ent.root.i)
        self._bare_names()

    def _bare_names(self) -> None:
        """Proper nouns the tagger left out that repeat a known name ("Musk said", "Elon
        Musk"): runs of proper nouns, as a whole or one by one."""
        tags, i = self.tags, 0
        while i < len(tags):
            j = i
            while j < len(tags) and j not in self.owner and tags[j] in ("NNP", "NNPS"):
                j += 1
            if j > i:
                self._bare_run(i, j)
            i = j + 1
        self._mistagged_names()

    def _mistagged_names(self) -> None:
        """Names the tagger took for other words: a surname read as a common noun, as
        headlines invite ("Vance slams Newsom": "Vance"/NN), when that person is named in full
        in the document; an organisation of the knowledge base spelled exactly so ("a report
        by Axios": "Axios"/RB)."""
        for i, tag in enumerate(self.tags):
            if i in self.owner or tag in ("NNP", "NNPS") or self.deps[i] not in NAME_ROLES:
                continue
            tok = self.doc[i]
            if not (tok.is_title and tok.is_alpha) or tok.lower_ in lexicon().person_nouns:
                continue
            entity = self.index.person_named(tok.text) if tag == "NN" else None
            if entity is not None and entity.person is not None and entity.person.full:
                self.mention(entity, i, i + 1, i)
            elif not tok.is_sent_start and self._kb_organization(tok.text):
                found = self.index.entity_for(tok.text, "ORG")
                if found is not None:
                    self.mention(found, i, i + 1, i)

    def _surnames_taken_for_organisations(self) -> None:
        """A lone capitalised word the tagger called an organisation but which is the surname
        of a person the document names in full ("Musk and Navarro trade insults" ... "Peter
        Navarro") is that person."""
        for org in list(self.entities):
            if org.type == "person" or org.kb is not None or len(org.names) != 1:
                continue
            name = org.names[0]
            if " " in name or not name[:1].isupper():
                continue
            person = self.index.person_named(name)
            if person is None or person.person is None or not person.person.full:
                continue
            self.salience.forget(org.key)
            for a, b in org.mentions:
                for i in range(a, b):
                    if self.owner.get(i) is org:
                        del self.owner[i]
                self.mention(person, a, b, b - 1)  # owner, mention and salience, as any name
            org.mentions.clear()

    def _kb_organization(self, text: str) -> bool:
        """Is ``text``, exactly as spelled, a name of an organisation the knowledge base knows?"""
        return any(a.type == "organization" and text in a.names() for a in self.kb.lookup(text))

    def _bare_run(self, start: int, end: int) -> None:
        run = self.doc[start:end]
        if end - start > 1 and run.text[0].isupper():
            entity = self.index.person_named(run.text)
            if entity is not None and entity.person is not None and entity.person.full:
                self.mention(entity, start, end, run.root.i)
                return
        for tok in run:
            if not tok.is_alpha or not tok.text[0].isupper():
                continue
            entity = self.index.person_named(tok.text)
            if entity is None and self.kb.lookup(tok.text):
                entity = self.index.entity_for(tok.text, "ORG")
            if entity is not None:
                self.mention(entity, tok.i, tok.i + 1, tok.i)

    # -- pass 2: definitions -------------------------------------------------------------
    def _definitions(self) -> None:
        for entity in list(self.entities):
            for start, end in list(entity.mentions):
                self._title(entity, start, end)
        owner = dict(self.owner)
        for name_tok, head, start, end in definitions.appositions(self.where("appos"), owner):
            self.define(owner[name_tok], start, end, head.i)
        for name_tok, head, start, end in definitions.predicates(self.where("attr"), owner):
            if definitions.is_definite(head):
                self.define(owner[name_tok], start, end, head.i)
            else:  # "Bannon has been a dyed-in-the-wool conservative": describes, no mention
                owner[name_tok].descriptors.append(from_tokens(self.doc[start:end], head))

    def _title(self, entity: Entity, start: int, end: int) -> None:
        """A title written before a name: the whole phrase is a mention ("Press Secretary
        Karoline Leavitt"), the title a descriptor ("press secretary")."""
        begin = definitions.title_start(self.doc, start)
        if begin == start:
            return
        self.mention(entity, begin, end, self.doc[end - 1].i, weight=0.0)
        title = self.doc[begin:start]
        if any(definitions.is_title_word(t) and t.lower_ not in _honorifics() for t in title):
            entity.descriptors.append(from_tokens(title, self.doc[start - 1]))
        gender = parse_name(title.text + " " + self.doc[start:end].text).gender
        entity.gender = entity.gender or gender

    def define(self, entity: Entity, start: int, end: int, head: int) -> None:
        """A phrase that says what ``entity`` is: a mention, a descriptor, an epithet seen."""
        span = self.doc[start:end]
        self.mention(entity, start, end, head)
        entity.descriptors.append(from_tokens(span, self.doc[head]))
        entity.epithets.append(span.text)
        if entity.type == "organization" and entity.kb is None:
            _person_by_definition(entity, self.doc[head])

    def speakers_by_sentence(self) -> dict[int, list[Token]]:
        """Head tokens of the statements' sources, by the sentence of their cue: whoever speaks
        in a sentence is its topic, however the parser read it. Computed once per document."""
        if self._speakers is None:
            self._speakers = {}
            for quote in self.doc._.quotes or []:
                if quote.cue is None or quote.source is None:
                    continue
                cue = self.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
                src = self.doc.char_span(
                    quote.source.start, quote.source.end, alignment_mode="expand"
                )
                if cue is not None and src is not None:
                    sent = self.salience.sent_of[cue.start]
                    self._speakers.setdefault(sent, []).append(src.root)
        return self._speakers

    # -- results -------------------------------------------------------------------------
    def token_actor(self) -> dict[int, str]:
        """Every token of every resolved mention -> the id of its actor."""
        return {i: entity.id for i, entity in self.owner.items() if entity.id}

    def actors(self) -> list[Actor]:
        """The document's actors as contract values, mentions in text order."""
        text = self.doc.text
        groups: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.id and entity.mentions:
                groups.setdefault(entity.id, []).append(entity)
        out = []
        for group in groups.values():
            spans = {self._span(text, a, b) for e in group for a, b in e.mentions}
            out.append(_actor(group, tuple(sorted(spans, key=lambda s: s.start))))
        return out

    def _span(self, text: str, a: int, b: int) -> Span:
        return Span.of(text, self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text))


def _actor(group: list[Entity], spans: tuple[Span, ...]) -> Actor:
    """One contract actor from the entities of a document that share an id (the corpus or
    the knowledge base made them one): named after the one the KB knows, else the one most
    mentioned ("Steve Bannon", not the "longtime Bannon" of "longtime Bannon ally X")."""
    entity = max(group, key=lambda e: (e.kb is not None, len(e.mentions), len(e.name)))
    kb = entity.kb
    names = [n for e in group for n in e.names]
    aliases = tuple(dict.fromkeys(n for n in names if n != entity.name))
    return Actor(
        id=entity.id,
        name=entity.name,
        type=entity.type,
        mentions=spans,
        aliases=aliases,
        descriptors=tuple(dict.fromkeys(d for e in group for d in e.epithets)),
        roles=kb.roles if kb else (),
        affiliations=kb.affiliations if kb else (),
        wikidata=kb.wikidata if kb else None,
    )


NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
# the roles a miscased surname can take: a name stands where a noun phrase does
NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})
PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def _person_by_definition(entity: Entity, head: Token) -> None:
    """A name the tagger called an organisation but the article defines by a person noun
    ("Greenland's outgoing premier, Mute Egede") is a person's, if it reads like one."""
    lex = lexicon()
    if head.tag_ != "NN" or head.lower_ not in lex.person_nouns or head.lower_ in lex.org_nouns:
        return
    name = entity.names[0] if entity.names else ""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return
    entity.type = "person"
    for n in entity.names:
        entity.add_name(n)


def _no_name(ent: SpacySpan) -> bool:
    """Words the tagger took for a name that name no actor: a word in capitals that is a
    verb or adjective (a post's shouting: "America will LOSE", "SAD!"), the first word of a
    title ("Press Secretary Karoline Leavitt"), a name a person is compared to ("he's
    becoming Icarus")."""
    if len(ent) != 1:
        return False
    tok = ent.root
    if tok.is_upper and tok.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
        return True
    head = tok.head
    if tok.dep_ == "compound" and head.i == tok.i + 1 and head.is_title:
        return head.lower_ in lexicon().person_nouns
    return ent.label_ == "PERSON" and tok.dep_ in ("attr", "oprd") and tok.head.lemma_ == "become"


def _person_word(ent: SpacySpan) -> bool:
    """A group name used for one person with a determiner: "the Ohio Republican"."""
    root = ent.root
    return (
        ent.label_ == "NORP"
        and root.tag_ == "NNP"
        and root.lower_ in lexicon().person_nouns
        and any(c.dep_ == "det" for c in root.children)
    )


def _arrays(doc: Doc) -> tuple[list[str], list[str], list[SpacySpan]]:
    """Tag and dependency of every token, and the entities of the labels actors come from."""
    rows = doc.to_array([TAG, DEP, ENT_IOB, ENT_TYPE]).tolist() if len(doc) else []
    strings, names = doc.vocab.strings, {0: ""}
    for row in rows:
        for h in (row[0], row[1], row[3]):
            if h not in names:
                names[h] = strings[h]
    tags = [names[r[0]] for r in rows]
    deps = [names[r[1]] for r in rows]
    spans, start = [], -1
    for i, row in enumerate([*rows, [0, 0, 3, 0]]):  # a sentinel closes the last entity
        if start >= 0 and row[2] != 1:
            label = names[rows[start][3]]
            if label in LABELS or label in WEAK_LABELS:
                spans.append(SpacySpan(doc, start, i, label=label))
            start = -1
        if row[2] == 3:
            start = i
    return tags, deps, spans


def _modifier(ent: SpacySpan) -> bool:
    """A nationality, party or place used as a modifier ("Republican nominee", "U.S.
    officials", "Canadian Prime Minister"); organisations so used stay actors ("Acme
    spokesman")."""
    root = ent.root
    if ent.label_ not in ("NORP", "GPE") or root.dep_ not in ("amod", "compound", "nmod"):
        return False
    return root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != ent.label_


def _name_bounds(start: int, end: int, doc: Doc, label: str) -> tuple[int, int]:
    """A name's tokens: without a possessive ending, and with a first name the tagger left
    out ("Raheem" of "longtime Bannon ally Raheem Kassam")."""
    if doc[end - 1].tag_ == "POS":
        end -= 1
    while end < len(doc) and doc[end].lower_ in NAME_SUFFIXES:
        end += 1  # "RFK Jr.": the tagger's span stopped before the suffix
    while label == "PERSON" and end - start > 1 and doc[end - 1].lower_ in _headline_verbs():
        end -= 1  # "Obama Says" in a headline
    while label == "PERSON" and end - start > 1 and doc[start].is_lower:
        start += 1  # "longtime Bannon": the tagger's span took a modifier in
    if label == "PERSON":
        from riftmap.nlp.names import first_names

        while (
            start > 0
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].text[:1].isupper()  # "longtime" tagged NNP is no first name
            and doc[start - 1].dep_ == "compound"
            and not definitions.is_title_word(doc[start - 1])
            and (
                doc[start - 1].lower_ in first_names()
                or (doc[start - 1].head.i >= start and not doc[start - 1].ent_type_)
            )
        ):
            start -= 1
    return start, max(end, start + 1)


def _strip_titles(name: str) -> str:
    """A name without the honorifics and titles the tagger sometimes includes."""
    from riftmap.nlp.lexicon import lexicon

    lex = lexicon()
    words = name.split()
    while len(words) > 1 and (
        words[0].lower() in lex.honorifics or words[0].lower() in lex.title_words
    ):
        words = words[1:]
    return " ".join(words)


def _headline_verbs() -> frozenset[str]:
    from riftmap.nlp.lexicon import lexicon

    return lexicon().headline_verbs


def _honorifics() -> frozenset[str]:
    from riftmap.nlp.lexicon import lexicon

    return frozenset(lexicon().honorifics)


def _quoted_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside quotation marks of direct speech (not scare quotes or nicknames, which
    are short: "the president's 'first buddy'")."""
    out: set[int] = set()
    for region in find_regions(doc.text):
        span = doc.char_span(region.start, region.end, alignment_mode="contract")
        if span is not None and len(span) > 4:
            out.update(range(span.start, span.end))
    return frozenset(out)
