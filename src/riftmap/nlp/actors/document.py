"""In-document actor resolution: every mention of a document tied to one actor.

``DocActors(doc, kb)`` works in three passes over a parsed document:

1. names: the tagger's entities and the proper nouns it missed, clustered into actors
   (``riftmap.nlp.actors.named``, ``riftmap.nlp.actors.entities``) and linked to the
   knowledge base; a chamber's party group ("Senate Republicans") is one name
   (``riftmap.nlp.actors.chambers``), so is the press ("the media",
   ``riftmap.nlp.actors.press``), and a capital that speaks or acts is its country's
   government (``riftmap.nlp.actors.capitals``);
2. definitions: titles before names (``riftmap.nlp.actors.titles``), appositions and
   predicate nominals (``riftmap.nlp.actors.definitions``), which become mentions and
   descriptors of the named actor;
3. references, left to right: epithets, groups and pronouns, each resolved against what is
   known and salient at that point (``riftmap.nlp.actors.references``).

Every pass works on one ``ActorState`` (``riftmap.nlp.actors.state``): the mentions found so
far, who owns each token, and salience. The result is ``actors()`` (contract ``Actor`` values)
and ``token_actor`` (every token of every resolved mention -> actor id), used by the speaker
and relation components.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Token

from riftmap.kb.ids import slug
from riftmap.kb.lexicon import capitals, lexicon
from riftmap.kb.loader import KBActor, KnowledgeBase, norm
from riftmap.models import Actor, Span
from riftmap.nlp.actors import definitions, leading, phrases, references, titles
from riftmap.nlp.actors.capitals import find_governments, find_peoples_as_governments
from riftmap.nlp.actors.chambers import find_chamber_groups
from riftmap.nlp.actors.corpus import CorpusActors
from riftmap.nlp.actors.descriptors import from_tokens
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.era import estimated_period
from riftmap.nlp.actors.family import complete_family_names
from riftmap.nlp.actors.headlines import resolve_headline
from riftmap.nlp.actors.inner_surnames import join_inner_surnames
from riftmap.nlp.actors.misspelled import join_misspelled_surnames
from riftmap.nlp.actors.named import find_names
from riftmap.nlp.actors.names import parse_name
from riftmap.nlp.actors.namesakes import join_namesakes
from riftmap.nlp.actors.party_tags import tag_parties
from riftmap.nlp.actors.places import PLACE_LABELS
from riftmap.nlp.actors.press import find_press
from riftmap.nlp.actors.pronouns import possessive_pronoun
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.actors.statehouse import name_state_bodies
from riftmap.nlp.extensions import doc_text


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
        self.doc = doc
        self.state = ActorState(doc, kb, date=date, corpus=corpus)
        find_names(self.state)
        join_misspelled_surnames(self.state)
        join_inner_surnames(self.state)
        find_chamber_groups(self.state)
        find_press(self.state)
        find_governments(self.state)
        find_peoples_as_governments(self.state)
        self._definitions()
        if self.state.when is None:  # roles as of the time the article's own titles speak of
            self.state.when = estimated_period(self.state)
        join_namesakes(self.state)
        tag_parties(self.state)
        references.resolve_all(self.state)
        complete_family_names(self.state)
        resolve_headline(self.state)
        name_state_bodies(self.state)

    @property
    def entities(self) -> list[Entity]:
        return self.state.entities

    # -- pass 2: definitions -------------------------------------------------------------
    def _definitions(self) -> None:
        for entity in list(self.entities):
            for start, end in list(entity.mentions):
                self._title(entity, start, end)
        state = self.state
        owner = dict(state.owner)
        for name_tok, head, start, end in definitions.appositions(state.where("appos"), owner):
            person_noun = (
                titles.is_title_word(head)
                or definitions.one_of_people(head)
                or definitions.appositive_person(head)
            )
            entity = owner[name_tok]
            if (
                entity.type == "person"
                and not person_noun
                and not _organisation_by_definition(entity, self.doc[name_tok], head, end)
            ):
                continue  # "Bill Clinton, a one-two attack that drew cheers": no person noun
            if _place(owner[name_tok], self.doc[name_tok]) and titles.is_person_word(head):
                # "the senator from Vermont, my onetime rival, Bernie Sanders": not Vermont's,
                # but the name's that follows, which the parser hangs on the place as well
                # ("France, our oldest ally," is the place's: a state may be an ally or rival)
                person = _next_name(self.doc, (name_tok, head.i), end, owner)
                if person is not None:
                    self.define(person, start, end, head.i)
                if person is not None or head.lower_ not in lexicon().relational_nouns:
                    continue
            self.define(owner[name_tok], start, end, head.i)
        for name_tok, head, start, end in leading.fronted(state.where("det"), owner):
            if owner[name_tok].type == "person":  # "A lawyer, Khan has": 6 in 6 of PolNeAR train
                self.define(owner[name_tok], start, end, head.i)
        spans = [m for e in self.entities if e.type == "person" for m in e.mentions]
        for name_tok, head, start, end in leading.before_names(self.doc, spans, owner):
            if name_tok in owner and head.i not in state.owner:
                self.define(owner[name_tok], start, end, head.i)
        for name_tok, head, start, end in definitions.predicates(state.where("attr"), owner):
            if phrases.is_definite(head):
                self.define(owner[name_tok], start, end, head.i)
            else:  # "Bannon has been a dyed-in-the-wool conservative": describes, no mention
                span = self.doc[start:end]
                owner[name_tok].descriptors.append(from_tokens(span, head))
                for other in head.conjuncts:  # "a former captain and Medal of Honor winner"
                    if start <= other.i < end and other.lower_ in lexicon().person_nouns:
                        owner[name_tok].descriptors.append(from_tokens(span, other))

    def _title(self, entity: Entity, start: int, end: int) -> None:
        """A title written before a name: the whole phrase is a mention ("Press Secretary
        Karoline Leavitt"), the title a descriptor ("press secretary"). An honorific, in the
        name ("Ms Ley") or in its title ("Mrs. Clinton"), says the gender."""
        begin = titles.title_start(self.doc, start)
        entity.gender = entity.gender or parse_name(self.doc[begin:end].text).gender
        if begin == start:
            return
        self.state.mention(entity, begin, end, self.doc[end - 1].i, weight=0.0)
        title = self.doc[begin:start]
        described = title[0].lower_ == "the" or any(t.tag_ == "POS" for t in title)
        if described and not any(t.lower_ in lexicon().headline_verbs for t in title):
            # "the Prime Minister Sitiveni Rabuka", "Clinton's former rival Bernie Sanders":
            # the title is a description of its own, as it would be without the name (100
            # sampled PolNeAR train articles: 2; "Donald Trump Praises Breitbart's Washington
            # Political Editor Matthew Boyle" is a headline's sentence, no title)
            self.state.mention(entity, begin, start, start - 1, weight=0.0)
        elif begin > 0 and possessive_pronoun(self.doc[begin - 1]):
            # "his likely general election opponent Hillary Clinton", "his son Beau": the
            # possessed title is a description too; its pronoun stays the possessor's
            self.state.mention(entity, begin - 1, start, start - 1, weight=0.0)
            self.state.release(entity, begin - 1, begin)
        if any(titles.is_title_word(t) and t.lower_ not in _honorifics() for t in title):
            entity.descriptors.append(from_tokens(title, self.doc[start - 1]))

    def define(self, entity: Entity, start: int, end: int, head: int) -> None:
        """A phrase that says what ``entity`` is: a mention, a descriptor, an epithet seen."""
        span = self.doc[start:end]
        self.state.mention(entity, start, end, head)
        if start > 0 and self.doc[start - 1].lower_ in lexicon().past_markers:
            # "Clinton, then the secretary of state,": the mention leaves the adverb out (see
            # phrases.noun_phrase), what she was keeps it
            span = self.doc[start - 1 : end]
        entity.descriptors.append(from_tokens(span, self.doc[head]))
        for other in self.doc[head].conjuncts:  # "a former senator and secretary of state"
            if start <= other.i < end and titles.is_title_word(other):
                entity.descriptors.append(from_tokens(span, other))
        entity.epithets.append(span.text)
        for a, b, sub in phrases.conjunct_spans(self.doc, start, end):
            self.state.mention(entity, a, b, sub)
        if entity.type == "organization" and entity.kb is None:
            _person_by_definition(entity, self.doc[head])

    # -- results -------------------------------------------------------------------------
    def token_actor(self) -> dict[int, str]:
        """Every token of every resolved mention -> the id of its actor."""
        return {i: entity.id for i, entity in self.state.owner.items() if entity.id}

    def actors(self) -> list[Actor]:
        """The document's actors as contract values, mentions in text order."""
        text = doc_text(self.doc)
        groups: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.id and entity.mentions:
                groups.setdefault(entity.id, []).append(entity)
        out = []
        for group in groups.values():
            spans = {self._span(text, a, b) for e in group for a, b in e.mentions}
            out.append(_actor(group, tuple(sorted(spans, key=lambda s: (s.start, s.end)))))
        return out

    def _span(self, text: str, a: int, b: int) -> Span:
        """A mention's characters, without the invisible format marks a token may hold at
        either end (the bidirectional marks U+202A-U+202E pasted before "@realDonaldTrump"
        with a tweet): they belong to no word."""
        start, end = self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)
        while start < end - 1 and unicodedata.category(text[start]) == "Cf":
            start += 1
        while end - 1 > start and unicodedata.category(text[end - 1]) == "Cf":
            end -= 1
        return Span.of(text, start, end)


def _actor(group: list[Entity], spans: tuple[Span, ...]) -> Actor:
    """One contract actor from the entities of a document that share an id (the corpus or
    the knowledge base made them one): named after the one the KB knows, else the one most
    mentioned ("Steve Bannon", not the "longtime Bannon" of "longtime Bannon ally X")."""
    entity = max(group, key=lambda e: (e.kb is not None, len(e.mentions), len(e.name)))
    kb = entity.kb
    name = _document_name(entity)
    names = [n for e in group for n in e.names]
    aliases = tuple(dict.fromkeys(n for n in [entity.name, *names] if n != name))
    return Actor(
        id=entity.id,
        name=name,
        type=entity.type,
        mentions=spans,
        aliases=aliases,
        descriptors=tuple(dict.fromkeys(d for e in group for d in e.epithets)),
        roles=kb.roles if kb else (),
        affiliations=kb.affiliations if kb else (),
        wikidata=kb.wikidata if kb else None,
    )


def _document_name(entity: Entity) -> str:
    """The name an actor goes by in this document: the article's own fullest form where it
    is at least as full as the knowledge base's and certainly this actor's (a name the
    knowledge base lists for it: "Stephen Bannon" where it says "Steve Bannon", "Bloomberg
    News" for "Bloomberg"; or the knowledge base's name with a middle initial: "Paul D.
    Ryan"), as a reader checking the article would look for it; else the knowledge base's
    ("Trump" alone says less than "Donald Trump"). The id stays the knowledge base's, so the
    actor is one across the corpus. An organisation's form that only spells the id out
    ("Republican Party" for ``republican-party``) leaves the knowledge base's name
    ("Republicans"): the id says it already, and the name is the other way readers name it.
    An organisation the article never calls by the knowledge base's name goes by the
    article's own ("NBC" for "NBC News", "ISIS" for "Islamic State"): keyed articles name
    it so (NBC 7 times in 9, ABC 5 in 6, CBS 3 in 4 in the devset and checkset keys)."""
    kb = entity.kb
    if kb is None:
        return entity.name
    own = [
        n
        for n in entity.names
        if _own_form(kb, n) and norm(n) != norm(kb.name) and not _spells_id(kb, n)
    ]
    if not own:  # "POLITICO", "The White House": the knowledge base's name, as spelled there
        return kb.name
    best = max(own, key=lambda n: (len(n.split()), len(n), -own.index(n)))
    if kb.type != "person" and not any(norm(n) == norm(kb.name) for n in entity.names):
        return best  # shorter or not, the only name the reader finds in the article
    # an organisation's other name must be fuller ("Bloomberg News"), not merely another
    # one of its names ("Alphabet" for Google, "Bureau" for the FBI)
    fuller = len(best.split()) - len(kb.name.split()) + (kb.type == "person")
    return best if fuller > 0 else kb.name


def _spells_id(kb: KBActor, name: str) -> bool:
    """Is ``name`` an organisation's id written out? (A person's spelling, accents and all,
    is the article's to keep: "Nicolas Maduro".)"""
    return kb.type != "person" and slug(name) == kb.id


def _own_form(kb: KBActor, name: str) -> bool:
    """Is ``name``, which the document gives a knowledge-base actor, surely that actor's?"""
    if norm(name) in {norm(n) for n in kb.names()}:
        return True
    if kb.type != "person":
        return False
    known, own = parse_name(kb.name), parse_name(name)
    return (
        not known.middle
        and bool(own.middle)
        and (own.given, own.surname, own.suffix) == (known.given, known.surname, known.suffix)
    )


def _organisation_by_definition(entity: Entity, name: Token, head: Token, end: int) -> bool:
    """A name the tagger called a person's but the article defines, after it, by a noun of
    organisations (the phrase ``head`` heads, ending at token ``end``: "Sandy Hook Promise, a
    gun-safety group"; "L.H. Meyer, a research firm") is an organisation's, unless the
    knowledge base knows the person. Not a name in a list or a pair, which the phrase may
    describe together ("Sanders and DeLay — some unlikely group"), nor one set after the
    phrase ("on the court (Samuel A. Alito Jr., ..."), nor a phrase that is the title of a
    name following it ("genetically modified agricultural firm Monsanto"). True when so
    retyped. PolNeAR train: 7 names in 7 articles, all organisations on reading (Xinhua,
    Citizens United, L.H. Meyer, Harmon Brothers)."""
    lex = lexicon()
    if entity.kb is not None or head.tag_ != "NN" or head.lower_ not in lex.org_nouns:
        return False
    doc = head.doc
    if head.i < name.i or name.conjuncts or (end < len(doc) and doc[end].pos_ == "PROPN"):
        return False
    if head.lower_ in lex.person_nouns or len(entity.mentions) > 1:
        return False  # named again already as a person is: the tagger is likely right
    entity.type, entity.person, entity.gender = "organization", None, ""
    return True


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


def _next_name(
    doc: Doc, heads: tuple[int, int], end: int, owner: dict[int, Entity]
) -> Entity | None:
    """The person named right after a description's closing comma, in apposition to the
    place or to the description (``heads``: "..., Vermont, my onetime rival, Bernie
    Sanders", however the parser hangs the name)."""
    i = end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i == end or i >= len(doc) or i not in owner or owner[i].type != "person":
        return None
    name = doc[i]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.i in owner:
        name = name.head
    return owner[i] if name.dep_ == "appos" and name.head.i in heads else None


def _place(entity: Entity, tok: Token) -> bool:
    """A known place the parser may hang a person's apposition on when it ends a person's
    description ("the senator from Vermont, my onetime rival and new best friend, Bernie
    Sanders"): a place is described by no person noun. Only a US state, a country or a
    capital (or a knowledge-base actor of that kind) counts: the tagger calls many persons'
    names GPE ("Nefzi, a chemistry professor"), and their appositions make them persons."""
    if entity.type == "person" or tok.ent_type_ not in PLACE_LABELS:
        return False
    lex = lexicon()
    names = {n.lower() for n in (*entity.names, entity.name)}
    known = {s.lower() for s in lex.us_states} | set(lex.demonyms.values())
    known |= {c.lower() for c in (*capitals(), *capitals().values())}
    return entity.kb is not None or bool(names & known)


def _honorifics() -> frozenset[str]:
    return frozenset(lexicon().honorifics)
