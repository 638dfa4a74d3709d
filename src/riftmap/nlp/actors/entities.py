"""The actors of one document as they are being found: named entities clustered by name.

Persons cluster by name parts ("Steve Bannon", "Bannon", "Mr. Bannon"), kept apart when given
names or suffixes differ ("Bill"/"Hillary Clinton", "Donald Trump"/"Donald Trump Jr.");
organisations by name, acronym ("DOGE" for "Department of Government Efficiency") and last
word ("the Times" for "The New York Times"). The knowledge base links a cluster to a known
actor, whose type beats the tagger's label ("Bannon" tagged as a place is still a person).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from riftmap.kb.ids import closed_abbreviations, slug
from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import KBActor, KnowledgeBase, norm
from riftmap.models import ActorType
from riftmap.nlp.actors.descriptors import Descriptor
from riftmap.nlp.actors.name_forms import (
    acronym,
    kind_after,
    one_holds_the_other,
    us_state_names,
)
from riftmap.nlp.actors.name_text import without_initials
from riftmap.nlp.actors.names import (
    PersonName,
    first_names,
    gender_of,
    parse_name,
    same_given,
    same_person,
)
from riftmap.nlp.actors.salience import Salience
from riftmap.nlp.actors.titled import holds, title_says_other, titled_surname
from riftmap.nlp.text.word_classes import adjectives

LABELS: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "organization",
}
# Labels the tagger gives to person names it misreads; kept only when the name is known.
WEAK_LABELS = frozenset({"FAC", "LOC", "DATE", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Labels under which a surname the article gave a person stays theirs ("said Fox" is tagged
# either way), whatever the knowledge base calls the bare word.
BEARER_LABELS = frozenset({"PERSON", "ORG"})


@dataclass
class Entity:
    """One actor of the document: names, mentions (token spans) and what is known of it."""

    key: int
    type: ActorType
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    person: PersonName | None = None
    gender: str = ""
    kb: KBActor | None = None
    descriptors: list[Descriptor] = field(default_factory=list)
    epithets: list[str] = field(default_factory=list)
    corpus_id: str | None = None
    plural: bool = False

    @property
    def name(self) -> str:
        if self.kb is not None:
            return self.kb.name
        return self.own_name

    @property
    def own_name(self) -> str:
        """The fullest name the document itself gives, whatever the knowledge base calls
        the actor."""
        return _fullest(tuple(self.names))

    @property
    def id(self) -> str:
        if self.corpus_id:
            return self.corpus_id
        if self.kb is not None:
            return self.kb.id
        if self.type == "person":  # "James E. Boasberg" is james-boasberg, as the KB's ids
            return _slug(without_initials(self.name))  # are; the name keeps the E.
        return _slug(closed_abbreviations(self.name))  # "U.S. officials": us-officials

    def add_name(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)
        if self.type == "person" and self.kb is None:
            parsed = parse_name(name)
            if self.person is None or (parsed.full and not self.person.full):
                self.person = parsed
            self.gender = self.gender or gender_of(parsed)

    def described_as(self, head: str) -> bool:
        """Has the document described this actor with a head of the same role as ``head``
        ("the hacker", "Romanian hacker Marcel Lazar": "hacker")?"""
        lex = lexicon()
        return any(lex.same_head(head, h) for d in self.descriptors for h in d.heads)

    def link(self, actor: KBActor) -> None:
        self.kb = actor
        self.type = actor.type
        if actor.type == "person":
            self.person = parse_name(actor.name)
            self.gender = actor.gender or self.gender or gender_of(self.person)


@lru_cache(maxsize=65536)
def _slug(name: str) -> str:
    return slug(name)


NEARBY = 40  # tokens: about two sentences


@dataclass
class NameIndex:
    """Finds or makes the entity a name belongs to."""

    kb: KnowledgeBase
    entities: list[Entity] = field(default_factory=list)
    # the actors' salience so far, to choose among persons of one surname
    salience: Salience | None = None

    def new(self, kind: ActorType) -> Entity:
        entity = Entity(len(self.entities), kind)
        self.entities.append(entity)
        return entity

    def entity_for(
        self,
        name: str,
        label: str,
        gender: str = "",
        at: int | None = None,
        *,
        modifier: bool = False,
        role: str = "",
    ) -> Entity | None:
        """The entity that ``name`` (tagged ``label``, after an honorific of ``gender`` or a
        title of ``role``) names, made if new; None when the label is a weak one and nothing
        known bears it. ``modifier``: the name modifies a common noun ("Trump supporters")."""
        alias = self.kb.lookup(name) or self.kb.given_with_alias(name) or self.kb.fuzzy_lookup(name)
        known = [k for k in alias if not (gender and k.gender and k.gender != gender)]
        titled = len(name.split()) == 1 and bool(gender or role)
        if titled:  # "Mr. Clinton", "President Clinton"
            known = titled_surname(self.kb, name, alias, known, gender, role)
        nicknamed = None if known else self._nicknamed(name)
        if nicknamed is not None:
            return nicknamed
        person = self.person_named(name, gender, at, modifier=modifier, role=role)
        if titled and person is not None and title_says_other(person.kb, known, gender, role):
            person = None  # "Secretary Clinton" after "President Clinton": the title says who
        if label in WEAK_LABELS and not known and person is None:
            return None
        kind = known[0].type if known else LABELS.get(label, "person")
        if kind == "person" or (
            person is not None
            and (not known or known[0].type == "person" or self._bears(person, label, name, known))
        ):
            entity = self._person(name, known, person)
            entity.gender = entity.gender or gender  # "Ms. Khan": the honorific says
            return entity
        return self._org(name, kind, known)

    def person_named(
        self,
        name: str,
        gender: str = "",
        at: int | None = None,
        *,
        modifier: bool = False,
        role: str = "",
    ) -> Entity | None:
        """The latest person entity a bare or full name can denote; one of the other gender
        than an honorific says is not it ("Mrs. Clinton" after "Bill Clinton"). A surname
        that several named persons share, at token ``at``, is the one a title's ``role``
        says when only one of them is known to hold it ("President Biden" after "Hunter
        Biden"), else ``_shared_surname``'s."""
        parsed = parse_name(name)
        matches = [e for e in self.entities if e.type == "person" and e.person is not None]
        same = [e for e in matches if e.person is not None and same_person(parsed, e.person)]
        if gender:
            same = [e for e in same if not (e.gender and e.gender != gender)]
        if not parsed.full:
            plain = [e for e in same if e.person is not None and not e.person.suffix]
            same = plain or same
            if not same:
                same = [e for e in matches if _given_matches(parsed, e.person)]
            elif len(same) > 1 and at is not None:
                holders = [e for e in same if role and _holds(e, role)]
                if len(holders) == 1:
                    return holders[0]
                return _shared_surname(same, name, at, modifier, self.salience)
        return same[-1] if same else None

    def _bears(self, person: Entity, label: str, name: str, known: list[KBActor]) -> bool:
        """Whether the person bears a surname the knowledge base gives an organisation
        (``_bearer``), the organisation not named in full in the document ("The Times" after
        "The New York Times" is the paper, whoever else bears the name; a headline's bare
        "Fox" before "Vicente Fox" is no such naming)."""
        named = self._known(known)
        fuller = named is not None and any(norm(n) != norm(name) for n in named.names)
        return _bearer(person, label) and not fuller

    def _nicknamed(self, name: str) -> Entity | None:
        """The person a nickname names: an adjective before a person's name or given name
        ("Crooked Hillary Clinton", "Crooked Hillary", "Little Marco", "Low Energy Jeb";
        "Lyin' Ted" with its dropped g), when the rest is a name of one person of the
        document. Read as a full name, such a nickname made a person of its own, the target
        of the attack it carries. PolNeAR train: "Crooked Hillary" 13 times in 7 articles,
        "Little Marco" 5 in 4, "Lyin' Ted" 4 in 4. A first word that is a given name or a
        title ("Rich", "Senator") is none; the nickname is not added to the person's names,
        which it is not."""
        words = name.replace("’", "'").split()
        if not 2 <= len(words) <= 4 or not all(w.strip("'").isalpha() for w in words):
            return None
        first = words[0].lower()
        adjective = first in adjectives() or (first.endswith("in'") and len(first) > 4)
        if not adjective or first in first_names() or first in lexicon().title_words:
            return None
        rest = " ".join(words[1:])
        if parse_name(rest).full:
            # a full name the knowledge base knows is that person, named before or not
            # ("Sleepy Joe Biden", "Wacky Marjorie Taylor Greene" in a quoted post)
            known = [k for k in self.kb.lookup(rest) if k.type == "person"]
            named = self.person_named(rest)
            return named or (self._person(rest, known, None) if known else None)
        given = words[-1].lower()
        bearers = [
            e
            for e in self.entities
            if e.type == "person"
            and e.person is not None
            and e.person.given == given
            and (given in first_names() or e.kb is not None)  # "Southeast Manchester"
        ]
        if len(bearers) == 1:
            return bearers[0]
        # the given name of one person the knowledge base knows by it ("Crooked Hillary" in a
        # quoted tweet the article never spells out); not a surname ("Lee Epstein", "Lee
        # Harris": "lee" is an adjective too)
        if bearers:
            return None
        known = [
            k for k in self.kb.lookup(rest)
            if k.type == "person" and k.name.split()[0].lower() == given
        ]  # fmt: skip
        return self._person(rest, known, None) if len(known) == 1 else None

    def _person(self, name: str, known: list[KBActor], entity: Entity | None) -> Entity:
        """The person ``name`` names: ``entity``, the one ``person_named`` found for it (asked
        once by the caller), else one the knowledge base links, else a new one."""
        if entity is None:
            entity = self._known(known) or self.new("person")
        # a full name the knowledge base knows links the person it joins ("John Ellis Bush"
        # after "Mr. Bush" is Jeb Bush); a short alias does not ("Walz" after "Marty Walz")
        fresh = not entity.mentions or parse_name(name).full
        person = bool(known) and known[0].type == "person"
        if fresh and person and entity.kb is None and not self._known(known):
            entity.link(known[0])
        entity.add_name(name)
        return entity

    def organization(self, name: str) -> Entity:
        """The organisation of this name (or known to the knowledge base by it), made if new."""
        return self._org(name, "organization", self.kb.lookup(name))

    def _org(self, name: str, kind: ActorType, known: list[KBActor]) -> Entity:
        entity = self._known(known) or self._org_named(name, known)
        if entity is None:
            entity = self.new(kind)
            if known:
                entity.link(known[0])
        entity.add_name(name)
        return entity

    def _known(self, known: list[KBActor]) -> Entity | None:
        ids = {k.id for k in known}
        return next((e for e in self.entities if e.kb is not None and e.kb.id in ids), None)

    def _org_named(self, name: str, known: list[KBActor]) -> Entity | None:
        """An organisation or place of the document that ``name`` names: by the same name, an
        acronym, or as the short or long form of a multi-word name ending in the same word
        ("Reuters" of "Thomson Reuters", "American Special Operations" of "Special
        Operations"). Not when the word is a kind ("the Council" is no short form of every
        council), nor a state of the Union ("Virginia" of "West Virginia"), nor when each
        name has words the other lacks ("North Carolina" and "South Carolina", two clubs)."""
        low, last = norm(name), norm(name).split()[-1] if name.split() else ""
        words = set(low.split())
        short_form = not (known or last in lexicon().org_nouns or low in us_state_names())
        for entity in reversed(self.entities):
            if entity.type == "person" or (known and entity.kb is not None):
                continue
            names = [norm(n) for n in entity.names]
            if low in names:
                return entity
            if len(name) > 2 and name in {a for n in entity.names for a in acronym(n)}:
                return entity  # "DOGE" for "Department of Government Efficiency"
            if any(len(n) > 2 and n in acronym(name) for n in entity.names):
                return entity
            if short_form and any(
                n.split()[-1] == last and one_holds_the_other(words, n) for n in names
            ):
                return entity
            if any(kind_after(low, n) or kind_after(n, low) for n in names):
                return entity
        return None


@lru_cache(maxsize=8192)
def _fullest(names: tuple[str, ...]) -> str:
    """The fullest of an actor's names (most words, then longest, then first given). Kept
    per tuple of names: an actor's ``id`` and ``name`` are read for every mention and every
    candidate an epithet is fitted to, and its names rarely change between reads."""
    if not names:
        return ""
    # "The Brexit Party" at a sentence start is the Brexit Party named elsewhere
    kept = [n for n in names if not (n[:4].lower() == "the " and n[4:] in names)]
    return max(kept, key=lambda n: (len(n.split()), len(n), -names.index(n)))


def _shared_surname(
    same: list[Entity], name: str, at: int, modifier: bool, salience: Salience | None
) -> Entity:
    """Which of several persons of one surname a bare surname names. Among the one named last
    within the last ``NEARBY`` tokens and the dominant one (the one the knowledge base gives
    the bare name to, "Clinton" being Hillary Clinton in 2016 news; else the one named most
    often so far), the most salient: "former President Bill Clinton greeted voters. Clinton
    arrived ..." is Bill Clinton, but "Trump" just after "Ivanka Trump's den" in an article
    about her father is Donald Trump (news names a relative again by the given name). With
    no one named near, the dominant one. PolNeAR train: "Bill Clinton" and "Hillary Clinton"
    in 79 of 840 articles; reading the dominant one, not the one named last, moved about 250
    mentions in 20 articles, nearly all from a relative named once to the article's subject
    (Alan Grayson's wife, Chris Murphy's namesakes, Jeb Bush's father). A surname that
    modifies a common noun ("Trump supporters", "the Clinton campaign") names the knowledge
    base's, whoever was named last ("Melania Trump tells Trump supporters"). A name in
    someone's quoted words does not make its bearer the one named last for a surname of the
    narrative ("'... a picture of Melania ...,' Trump tweeted")."""
    owners = [e for e in same if e.kb is not None and norm(name) in {norm(n) for n in e.kb.names()}]
    owner = owners[0] if len(owners) == 1 else None
    if modifier and owner is not None:
        return owner
    quoted = salience.quoted if salience is not None and at not in salience.quoted else ()
    last = {
        e.key: max((b for a, b in e.mentions if b <= at and a not in quoted), default=-1)
        for e in same
    }
    most = _most_named(same, at)
    dominant = owner if owner is not None and not _outnamed(most, owner, at) else most
    near = [e for e in same if last[e.key] >= 0 and at - last[e.key] <= NEARBY]
    if not near:
        return dominant
    latest = max(near, key=lambda e: last[e.key])
    if latest is dominant or salience is None:
        return latest
    pool = {latest.key: latest, dominant.key: dominant}
    ranked = salience.ranked(at, lambda k: k in pool)
    return pool[ranked[0][1]] if ranked else latest


def _bearer(person: Entity, label: str) -> bool:
    """Whether a name the knowledge base gives an organisation ("Fox", "Bloomberg") is the
    surname of the person the article has named in full ("Vicente Fox", "Michael
    Bloomberg"): the article's own naming comes first, whichever of the two the tagger calls
    the word. The person must be known or have a given name of the name list, not a name the
    tagger made of an organisation's ("Wilayat Twitter")."""
    if label not in BEARER_LABELS or person.person is None:
        return False
    return person.kb is not None or person.person.given in first_names()


def _holds(entity: Entity, role: str) -> bool:
    """Does the knowledge base give the person an office of this role word ("president")?"""
    return entity.kb is not None and holds(entity.kb, role)


def _outnamed(most: Entity, owner: Entity, at: int) -> bool:
    """Has the article named another person of the surname more than twice as often as the
    one the knowledge base gives it, before token ``at``? Then the article is about that
    one, and its bare surname is theirs ("Bill Clinton Keeps Up Pressure on Bernie
    Sanders": "Clinton said" is Bill Clinton, though "Clinton" is Hillary Clinton in 2016
    news)."""

    return most is not owner and _times_named(most, at) > 2 * _times_named(owner, at)


def _times_named(entity: Entity, at: int) -> int:
    """How many of the entity's mentions end by token ``at``."""
    return sum(1 for _, b in entity.mentions if b <= at)


def _most_named(same: list[Entity], at: int) -> Entity:
    """The person of a shared surname named most often before token ``at`` (the last named
    on a tie): the article's subject, whose relatives it names once in full ("his wife,
    Gabriela Violeta Lazar, wrote ... Lazar had no formal training")."""

    def named(e: Entity) -> tuple[int, int]:
        return _times_named(e, at), max((b for _, b in e.mentions if b <= at), default=-1)

    return max(same, key=named)


def _given_matches(parsed: PersonName, person: PersonName | None) -> bool:
    """A lone given name ("Steve") denotes a person whose given name it can be."""
    if person is None or not person.given or parsed.given:
        return False
    return len(parsed.surname) > 1 and same_given(parsed.surname, person.given)
