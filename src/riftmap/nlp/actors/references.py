"""The left-to-right pass of actor resolution: epithets, groups (``riftmap.nlp.actors.groups``) and
pronouns.

Each reference is resolved with what precedes it, then counts for salience itself, so that
"He" after "the tech titan" after "Elon Musk" is Musk. Epithets are matched by descriptor
(``riftmap.nlp.actors.epithets``), pronouns by salience, gender and number; plural noun phrases
headed by a group noun ("some of Trump's MAGA supporters", "two people familiar with the
comments") become group actors.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm
from riftmap.nlp.actors import definites, kin, organizations, outlets, places, relational
from riftmap.nlp.actors.descriptors import Descriptor, from_tokens
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import (
    affiliation_of_descriptor,
    affiliation_of_entity,
    conflicts,
    known_match,
    role_holders,
)
from riftmap.nlp.actors.groups import PLURAL_TAGS, group, nickname
from riftmap.nlp.actors.names import parse_name
from riftmap.nlp.actors.phrases import conjunct_spans, is_definite, noun_phrase
from riftmap.nlp.actors.pronouns import PRONOUNS, actor_pronoun, pronoun
from riftmap.nlp.actors.salience import clause_subjects, governing_subjects, possessors
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.actors.titles import is_person_word
from riftmap.nlp.text.lines import line_end, line_start

FEMALE_HEADS = re.compile(r"(woman|wife|mother|daughter|sister|queen|princess|actress|lady)$")
MALE_HEADS = re.compile(r"(^man|[^o]man|husband|father|(?<!per)son|brother|king|prince|boy)$")
NOUN_TAGS = frozenset({"NN", "NNP"})
# institutions written with a capital in British usage ("the Leader of the Opposition", "the
# House"), which name no one by themselves
INSTITUTIONS = frozenset({"opposition", "house", "senate", "parliament", "commons", "cabinet"})


def resolve_all(state: ActorState) -> None:
    """Resolve every pronoun, epithet and group phrase of the document, in text order."""
    nouns = NOUN_TAGS | PLURAL_TAGS
    for i, tag in enumerate(state.tags):
        if i in state.owner and tag in NOUN_TAGS and definites.within_group(state, i):
            epithet(state, state.doc[i])  # "candidates other than the nominee"
            continue
        if i in state.owner or not (tag in ("PRP", "PRP$") or tag in nouns):
            continue
        if tag not in ("PRP", "PRP$") and state.deps[i] in ("compound", "amod"):
            continue  # a noun modifying another (the test below, read from the columns)
        tok = state.doc[i]
        low = tok.lower_
        if low in PRONOUNS and tok.tag_ in ("PRP", "PRP$") and actor_pronoun(tok):
            pronoun(state, tok)
        elif tok.dep_ in ("compound", "amod") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        elif tok.tag_ in PLURAL_TAGS:
            group(state, tok)
        elif places.is_country_description(tok):
            places.country(state, tok)
        elif tok.tag_ in NOUN_TAGS:
            epithet(state, tok)


def epithet(state: ActorState, head: Token) -> None:
    lex = lexicon()
    low = head.lower_
    person = is_person_word(head)
    if not (person or low in lex.org_nouns) or not (is_definite(head) or headline_bare(head)):
        return
    if any(c.dep_ == "amod" and c.lower_ in lex.open_markers for c in head.children):
        return  # "the next president": not yet anyone
    start, end = noun_phrase(head)
    first = noun_phrase(head, coordinated=False)[1]  # matched by its first role ("foe")
    owned = {i for p in possessors(head) for i in range(p.left_edge.i, p.right_edge.i + 1)}
    desc = from_tokens([t for t in state.doc[start:first] if t.i not in owned], head)
    conjuncts = conjunct_spans(state.doc, start, end)
    # each further role is matched too ("the well-liked former governor and senator" is the
    # one titled "Sen."), but not in a possessed description: in "his social media hype-man
    # and adviser", "adviser" says what he is to "his", not which adviser of the article
    more = [
        from_tokens(state.doc[a:b], state.doc[sub])
        for a, b, sub in conjuncts
        if sub != head.i and not possessors(head) and not _predicative(head)
    ]
    entity = _named_as(state, head) if person else None
    if entity is None:
        entity = _match_epithet(state, head, desc, person, simple=first == head.i + 1, more=more)
    if entity is None and person and not _predicative(head):
        # "Cameron's spokesman", "My mom": no one named; "(Musk) has served as his social
        # media hype-man" says what the subject is, and makes no one new
        entity = relational.unnamed(state, head, start, end)
    if entity is None:
        return
    state.mention(entity, start, end, head.i)
    for a, b, sub in conjuncts:  # each role of "X and Y"
        state.mention(entity, a, b, sub)
    entity.epithets.append(state.doc[start:end].text)
    entity.descriptors.extend([desc, *more])
    nickname(state, entity, start, head)


def headline_bare(head: Token) -> bool:
    """A noun phrase without a determiner in a headline ("Obama cancels meeting with
    Philippine leader", "MSNBC Host Grills RNC Communications Director"): headlines drop the
    article, and the phrase is as definite as "the Philippine leader" of the text below."""
    doc = head.doc
    if line_start(doc, head.i) != 0 or line_end(doc, head.i) >= len(doc):
        return False
    return not any(c.dep_ in ("det", "poss") for c in head.children)


def _match_epithet(
    state: ActorState,
    head: Token,
    desc: Descriptor,
    person: bool,
    *,
    simple: bool,
    more: list[Descriptor] | None = None,
) -> Entity | None:
    """The actor an epithet names: a descriptor match (of its head's phrase or of a noun
    coordinated with it, ``more``), a role holder, a person the lead names next, a corpus
    match, or (for a plain person description outside quotations) the most salient person."""
    kinds = ("person",) if person else ("organization", "group")
    own = state.actors_within(possessors(head))
    excluded = state.actors_within(clause_subjects(head)) | own
    gender = _gender_of_head(head.lower_)
    if own and person and kin.is_relation(desc):  # "her husband", "Trump's running mate"
        owners = [e for e in state.entities if e.key in own]
        decided, found = kin.related(state, desc, owners, gender, head.i)
        if not decided:  # "his political opponent": the other nominee
            decided, found = relational.election_rival(state, desc, owners)
        if decided:
            return found
    if person:  # "our president"
        decided, found = relational.first_person_office(state, head, desc)
        if decided:
            return found
    else:  # "the network", "the paper": the outlet of that kind named last
        decided, found = outlets.recent_outlet(state, head)
        if decided:
            return found
    cands = [
        e
        for e in state.entities
        if e.type in kinds
        and e.key not in own
        and not (gender and e.gender and e.gender != gender)
        and e.mentions
    ]
    # "the prime minister" is not the one the document called "the opposition leader"
    cands = [e for e in cands if not _other_office(desc, e)]
    marks = affiliation_of_descriptor(desc)
    known = {e.key: affiliation_of_entity(e) for e in cands} if marks else {}
    # "the New York Democrat" is none of the document's Republicans, nor a Georgian
    cands = [e for e in cands if not conflicts(marks, known.get(e.key, {}))]
    keys = {e.key for e in cands}
    salience = {k: s for s, k in state.salience.ranked(head.i, lambda k: k in keys)}
    # a party mark fits any member ("the Ohio Republican"), but not when the epithet names an
    # office someone held then ("the Republican nominee" in 2016 is its holder, no other)
    held = bool(marks) and bool(role_holders(desc, state.kb, state.when))
    fit_marks = {} if held else marks
    foreign = _name_words(state, own) if own else frozenset()
    people = _name_words(state, set())
    descs = [desc, *(more or [])]
    scored = [
        (
            max(_fit(state, d, e, fit_marks, known, (foreign, people)) for d in descs),
            salience.get(e.key, 0.0),
            e,
        )
        for e in cands
    ]
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if scored and scored[0][0] >= 1.0:
        # a descriptor match: binding limits do not apply to titles, but among actors the
        # descriptor fits equally, the subject of a clause above is not who an epithet names
        # ("Trump told aides ... after the billionaire attacked his bill": Musk)
        above = {state.owner[t.i].key for t in governing_subjects(head) if t.i in state.owner}
        best = [t for t in scored if t[0] == scored[0][0]]
        free = [t for t in best if t[2].key not in above]
        return (free or best)[0][2]
    before = {e.key for e in cands if any(a < head.i for a, _ in e.mentions)}
    scored = [t for t in scored if t[2].key not in excluded and t[2].key in before]
    staff = relational.staff_of_someone_else(state, own)  # "Cameron's spokesman": no US aide
    holder = None if staff else _role_holder(state, desc, own, salience)
    if holder is not None:
        return holder
    if person and (lead := definites.cataphoric(state, head, gender)) is not None:
        return lead
    if state.corpus is not None:
        found = _corpus_actor(state, desc, excluded)
        if found is not None:
            return found
    if not person:
        named = _salient_organization(state, head, scored) if simple else None
        return named or organizations.last_named(state, head) or _new_organization(state, head)
    if not simple or head.i in state.quoted or _unresolved_owner(state, head) or _predicative(head):
        return None
    if possessors(head) and desc.heads & (lexicon().relation_nouns - relational.RIVAL_HEADS):
        # "her husband", "his best friend", "our daughter" that no known relation names are
        # not whoever is salient; a rival usually is ("his opponent": the other candidate)
        return None
    # salience decides, among the actors known by this very head ("billionaire") if any; a
    # head of the same kind ("congressman" for a "Republican") counts for half more
    salient = [(fit, sal, e) for fit, sal, e in scored if sal > 0]
    if role_holders(desc, state.kb, None):  # "the vice president": never one known otherwise
        salient = [(fit, sal, e) for fit, sal, e in salient if fit > 0 or not _known_other(desc, e)]
    same_head = [(sal, e) for fit, sal, e in salient if fit >= 0.75]
    if same_head:
        return max(same_head, key=lambda t: t[0])[1]
    ranked = [(sal * (1.0 + fit), e) for fit, sal, e in salient]
    return max(ranked, key=lambda t: t[0])[1] if ranked else None


def _known_other(desc: Descriptor, entity: Entity) -> bool:
    """Is the actor known for something the role epithet does not fit: a knowledge-base
    person (whose roles it would have fitted), or one the document titles with another rank
    of the same office ("President Reyes" for "the vice president")?"""
    if entity.kb is not None:
        return True
    return any(entity.described_as(h) for h in desc.heads)


def _corpus_actor(state: ActorState, desc: Descriptor, excluded: set[int]) -> Entity | None:
    """The actor of other documents of the corpus that the epithet fits, brought into this
    document (or found in it, unless excluded)."""
    if state.corpus is None or not _names_something(desc):
        return None
    record = state.corpus.best_fit(desc)
    if record is None:
        return None
    present = [e for e in state.entities if e.mentions and e.id == record.id]
    if present:
        return None if present[0].key in excluded else present[0]
    entity = state.new_entity(record.type)
    entity.names.append(record.name)
    entity.person, entity.corpus_id = record.person, record.id
    if record.person is not None:
        entity.person = parse_name(record.name)
    return entity


def _other_office(desc: Descriptor, entity: Entity) -> bool:
    """Has the document already given this actor a description of another office of the
    same kind: another office title of one class as head, and qualifying words on both sides
    that share nothing ("the prime minister" after "the opposition leader"; "The leader of
    the Opposition" after "the Prime Minister")? One actor holds one of two such offices at a
    time. "The Texas senator" and "the Republican senator" share their head, and "the head of
    the MAGA movement" and "the former Breitbart chief" are no office titles: either pair may
    be one person."""
    lex = lexicon()
    offices = {h for h in desc.heads if h in lex.title_words}
    if not desc.words or not offices:
        return False
    places = _places(desc.words)
    for known in entity.descriptors:
        if not known.words or desc.heads & known.heads or places & _places(known.words):
            continue
        titles = {k for k in known.heads if k in lex.title_words}
        if any(lex.same_head(h, k) for h in offices for k in titles):
            return True
    return False


def _places(words: frozenset[str]) -> set[str]:
    """Words with each demonym read as its country's words: "the former Mexican president"
    and "Former Mexico leader" say the same country (PolNeAR train: 3 articles title one
    leader both ways, Mexican/Mexico, Russian/Russia, German/Germany)."""
    demonyms = lexicon().demonyms
    return {part for w in words for part in demonyms.get(w, w).split()}


def _names_something(desc: Descriptor) -> bool:
    """Does the epithet carry a proper name besides its office ("the Tesla CEO", "the
    Republican nominee")? Only such an epithet is looked up in other documents: a corpus of
    articles from many countries has many holders of "the prime minister" and "the
    opposition leader", and the one another article named is rarely this article's."""
    lex = lexicon()
    common = lex.title_words.keys() | lex.empty_modifiers | lex.org_nouns | INSTITUTIONS
    words = re.findall(r"[A-Za-z][\w.-]*", desc.text)
    return any(
        w[0].isupper() and w.lower() not in desc.heads and w.lower() not in common for w in words
    )


def _unresolved_owner(state: ActorState, head: Token) -> bool:
    """A person owned by a pronoun not (yet) resolved ("his adviser") is someone other than
    the pronoun's referent, whom salience would pick first."""
    return any(p.lower_ in PRONOUNS and p.i not in state.owner for p in possessors(head))


def _named_as(state: ActorState, head: Token) -> Entity | None:
    """The person a role is given to by "as" ("Clinton picked Kaine as her running mate",
    "Kelsey Atkinson was identified as the protester", "sees himself as the father of a
    movement"): the object of the verb (or the passive subject, or the name "as" hangs on),
    when that is one name of a person of the document, or a reflexive, and not the
    description's own possessor. A pronoun object is left to the other rules: its own
    resolution may be wrong, and a role word's holder is surer."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as":
        return None
    if prep.head.pos_ in ("VERB", "AUX"):
        found = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        found = [prep.head]
    if len(found) != 1 or found[0].i not in state.owner or found[0].conjuncts:
        return None  # "if you don't want Ted Cruz or Donald Trump as the nominee": neither
    if found[0].pos_ != "PROPN" and found[0].lower_ not in ("himself", "herself"):
        return None
    entity = state.owner[found[0].i]
    own = state.actors_within(possessors(head))
    return entity if entity.type == "person" and entity.key not in own else None


def _predicative(head: Token) -> bool:
    """ "(Musk) has served as his social media hype-man", "is his adviser": the description
    says what the clause's subject is; the most salient person is a guess, often wrong."""
    return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _salient_organization(
    state: ActorState, head: Token, scored: list[tuple[float, float, Entity]]
) -> Entity | None:
    """The most salient organisation whose name says it is what the epithet says ("Acme
    Corporation" for "the company", "the Clinton campaign" for "the campaign"), and holds
    the names the epithet gives: "the Trump campaign" is not "the Clinton campaign" (PolNeAR
    train: "the <candidate> campaign" 244 times in 145 articles, often beside the rival's)."""
    lex = lexicon()
    kinds = {head.lower_} | lex.head_class.get(head.lower_, frozenset())
    named = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and t.tag_ == "NNP"}
    for _, salience, entity in scored:
        words = {w.lower() for n in entity.names for w in n.replace(".", "").split()}
        if named - words:
            continue
        if salience > 0 and words & kinds and head.i not in state.quoted:
            return entity
    return None


def _new_organization(state: ActorState, head: Token) -> Entity | None:
    """A definite organisation description qualified by a name is an organisation of its own
    ("the Chinese government", "the Trump administration")."""
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not any(m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or m.tag_ == "NNP" for m in mods):
        return None
    start = min(m.left_edge.i for m in mods)
    name = state.doc[start : head.i + 1].text
    entity = next((e for e in state.entities if name in e.names), None) or state.new_entity(
        "organization"
    )
    entity.add_name(name)
    return entity


def _name_words(state: ActorState, own: set[int]) -> frozenset[str]:
    """The lowercase words of the names of the document's persons other than ``own``."""
    return frozenset(
        w
        for e in state.entities
        if e.type == "person" and e.key not in own
        for n in (*e.names, e.name)
        for w in norm(n).split()
    )


def _fit(
    state: ActorState,
    desc: Descriptor,
    entity: Entity,
    marks: dict[str, str] | None = None,
    known: dict[int, dict[str, str]] | None = None,
    names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> float:
    """How well an epithet fits an actor; ``marks`` are the epithet's party and state,
    ``known`` each candidate's (see ``affiliation_of_entity``), ``names`` the name words of
    others than its possessor and of all the document's persons (see ``known_match``)."""
    score = known_match(desc, entity, state.kb, state.when, *names)
    mine = (known or {}).get(entity.key, {})
    if marks and all(mine.get(kind) == value for kind, value in marks.items()):
        score = max(score, 1.0)  # "the Ohio Republican" fits an Ohio Republican
    if state.corpus is not None:
        score = max(score, state.corpus.descriptor_fit(desc, entity))
    return score


def _role_holder(
    state: ActorState, desc: Descriptor, excluded: set[int], salience: dict[int, float]
) -> Entity | None:
    """The holder of the role an epithet names: one present in the document (most salient
    first), else the single holder at the publication date."""
    holders = role_holders(desc, state.kb, state.when)
    ids = {h.id for h in holders}
    present = [e for e in state.entities if e.kb is not None and e.kb.id in ids]
    present = [e for e in present if e.key not in excluded]
    if present:
        return max(present, key=lambda e: salience.get(e.key, 0.0))
    if state.when is not None and len(holders) == 1:
        entity = state.new_entity(holders[0].type)
        entity.link(holders[0])
        return entity
    return None


def _gender_of_head(word: str) -> str:
    if FEMALE_HEADS.search(word):
        return "f"
    return "m" if MALE_HEADS.search(word) else ""
