"""Which actor an epithet names (``match_epithet``), the rules tried in order of trust: a
relation to its possessor ("her husband"), a first-person office ("our president"), a recent
outlet ("the network"), the descriptors each candidate actor carries (``epithets.known_match``,
with party and state marks), the holder of the role it names, a person the lead names next,
an actor of other articles of the corpus, and last, for a plain description of a person, the
most salient actor it may denote, or for one of an organisation, the salient one whose name
says its kind, the one named last, or a new one its name qualifiers make.

Candidates are filtered first: by kind and gender, and not when the document already gave the
actor another office of the same kind ("the prime minister" is not the one it called "the
opposition leader").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm
from riftmap.nlp.actors import definites, kin, outlets, relational
from riftmap.nlp.actors.ages import age_in, not_of_another_age
from riftmap.nlp.actors.definites import CATAPHORA_WINDOW
from riftmap.nlp.actors.descriptors import Descriptor
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import (
    affiliation_of_descriptor,
    affiliation_of_entity,
    conflicts,
    known_match,
    role_holders,
)
from riftmap.nlp.actors.external import corpus_actor, holder_of_role
from riftmap.nlp.actors.organizations import last_named, new_organization, salient_organization
from riftmap.nlp.actors.pronouns import PRONOUNS
from riftmap.nlp.actors.salience import (
    clause_objects,
    clause_subjects,
    coarguments,
    governing_subjects,
    possessors,
)
from riftmap.nlp.actors.state import ActorState

FEMALE_HEADS = re.compile(r"(woman|wife|mother|daughter|sister|queen|princess|actress|lady)$")
MALE_HEADS = re.compile(r"(^man|[^o]man|husband|father|(?<!per)son|brother|king|prince|boy)$")


def match_epithet(
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
    # one verb's two arguments are two actors ("Donald Trump sued by ex-whistleblower agency
    # head": the head is not Trump), however well a descriptor fits
    bound = {
        state.owner[t.i].key
        for t in (*clause_objects(head), *coarguments(head))
        if t.i in state.owner
    }
    excluded = state.actors_within(clause_subjects(head)) | own | bound
    gender = gender_of_head(head.lower_)
    if own and person and kin.is_relation(desc):  # "her husband", "Trump's running mate"
        owners = [e for e in state.entities if e.key in own]
        decided, found = kin.related(state, desc, owners, gender, head.i)
        if not decided:  # "his political opponent": the other nominee
            decided, found = relational.election_rival(state, desc, owners)
        if decided:
            return found
    if person and own and not predicative(head):  # "his party's nominee"
        decided, found = relational.party_nominee(state, head, desc)
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
    if person and (age := age_in(desc.text)) is not None:
        cands = not_of_another_age(state, age, cands)  # "the 70-year-old mogul"
    if not person and (whose := _whose_names(state, head)) is not None:
        # "Sanders’ campaign" is not the "Jeb Bush campaign"
        cands = [e for e in cands if not _someone_elses(e, *whose)]
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
    # a descriptor taught further down fits no earlier person: "the Republican nominee" two
    # paragraphs before "Rubio, the Republican nominee for Senate" is somebody else
    late = False
    if person and definites.in_body(head.doc, head.i):
        kept = [t for t in scored if not _named_well_after(state, t[2], head)]
        late = bool(scored) and scored[0][0] >= 1.0 and (not kept or kept[0][0] < scored[0][0])
        scored = kept
    scored = [t for t in scored if t[2].key not in bound]
    if scored and scored[0][0] >= 1.0:
        # a descriptor match: binding limits beyond the clause do not apply to titles, but
        # among actors the descriptor fits equally, the subject of a clause above is not who
        # an epithet names ("Trump told aides ... after the billionaire attacked his bill":
        # Musk), unless the epithet is what that subject is or becomes ("if he becomes the
        # Republican nominee")
        predicated = _predicated_of(head)
        above = {
            state.owner[t.i].key
            for t in governing_subjects(head)
            if t.i in state.owner and t.head != predicated
        }
        best = [t for t in scored if t[0] == scored[0][0]]
        free = [t for t in best if t[2].key not in above]
        return (free or best)[0][2]
    before = {e.key for e in cands if any(a < head.i for a, _ in e.mentions)}
    scored = [t for t in scored if t[2].key not in excluded and t[2].key in before]
    staff = relational.staff_of_someone_else(state, own)  # "Cameron's spokesman": no US aide
    holder = None if staff else holder_of_role(state, desc, own, salience)
    if holder is not None:
        return holder
    if person and (lead := definites.cataphoric(state, head, gender)) is not None:
        return lead
    if state.corpus is not None:
        found = corpus_actor(state, desc, excluded)
        if found is not None:
            return found
    if not person:
        named = salient_organization(state, head, scored) if simple else None
        return named or last_named(state, head) or new_organization(state, head)
    if late or not simple or head.i in state.quoted or _unresolved_owner(state, head):
        return None  # the phrase fits someone named later, so it is not simply the salient one
    if predicative(head):
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
    if head.lower_ not in lexicon().news_person_nouns:
        return None  # "the perpetrator", "the narrator": more often someone new than the salient
    ranked = [(sal * (1.0 + fit), e) for fit, sal, e in salient]
    return max(ranked, key=lambda t: t[0])[1] if ranked else None


def _named_well_after(state: ActorState, entity: Entity, head: Token) -> bool:
    """Is the actor first mentioned more than ``CATAPHORA_WINDOW`` sentences after the
    epithet? In the body, a description of a person may come just before the name it
    anticipates ("The Romanian hacker who ... / Marcel Lehel Lazar, 44, ..."); one
    paragraphs earlier names someone else (PolNeAR train: of 25 sampled links to a person
    named 150 characters or more later, 19 were wrong). A headline's description names the
    body's actors ("This Democrat Isn't Challenging Her Opponent"), and an institution
    ("the administration") is known before it is named: neither is held to this."""
    if any(a <= head.i for a, _ in entity.mentions):
        return False
    first = min(a for a, _ in entity.mentions)
    sent_of = state.salience.sent_of
    return sent_of[first] - sent_of[head.i] > CATAPHORA_WINDOW


def _known_other(desc: Descriptor, entity: Entity) -> bool:
    """Is the actor known for something the role epithet does not fit: a knowledge-base
    person (whose roles it would have fitted), or one the document titles with another rank
    of the same office ("President Reyes" for "the vice president")?"""
    if entity.kb is not None:
        return True
    return any(entity.described_as(h) for h in desc.heads)


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


def _whose_names(state: ActorState, head: Token) -> tuple[frozenset[str], frozenset[str]] | None:
    """The name words of the persons an organisation description says it is of, as possessor
    or after "of" ("Sanders’ campaign", "the campaign of Democratic presidential candidate
    Bernie Sanders"), and those of the document's other persons; None when it names none."""
    whose = {
        owner.key
        for tok in head.subtree
        if tok.i != head.i
        and (owner := state.owner.get(tok.i)) is not None
        and owner.type == "person"
    }
    if not whose:
        return None
    others = _name_words(state, whose)
    return _name_words(state, set()) - others, others


def _someone_elses(entity: Entity, theirs: frozenset[str], others: frozenset[str]) -> bool:
    """Is the organisation named for another person than the one the description says it
    is of (see ``_whose_names``): not the "Jeb Bush campaign" named before?
    "<candidate>'s campaign" or "the campaign of <candidate>" stands in 148 of PolNeAR
    train's 840 articles; without this test one such slip taught the corpus that "the Sanders
    campaign" was the Jeb Bush campaign, in 24 articles."""
    words = {w for n in entity.names for w in norm(n).split()}
    return bool(words & others) and not words & theirs


def _places(words: frozenset[str]) -> set[str]:
    """Words with each demonym read as its country's words: "the former Mexican president"
    and "Former Mexico leader" say the same country (PolNeAR train: 3 articles title one
    leader both ways, Mexican/Mexico, Russian/Russia, German/Germany)."""
    demonyms = lexicon().demonyms
    return {part for w in words for part in demonyms.get(w, w).split()}


def _unresolved_owner(state: ActorState, head: Token) -> bool:
    """A person owned by a pronoun not (yet) resolved ("his adviser") is someone other than
    the pronoun's referent, whom salience would pick first."""
    return any(p.lower_ in PRONOUNS and p.i not in state.owner for p in possessors(head))


def predicative(head: Token) -> bool:
    """ "(Musk) has served as his social media hype-man", "is his adviser": the description
    says what the clause's subject is; the most salient person is a guess, often wrong."""
    return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _predicated_of(head: Token) -> Token | None:
    """The verb whose subject a predicative description describes ("he becomes the nominee",
    "has served as his adviser"), or None."""
    if not predicative(head):
        return None
    return head.head.head if head.dep_ == "pobj" else head.head


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
        score = max(score, state.corpus.descriptor_fit(desc, entity, state.when))
    return score


def gender_of_head(word: str) -> str:
    """The gender a head noun says ("wife": f, "brother": m), else "" (also of a lemma:
    "man", "woman")."""
    if FEMALE_HEADS.search(word):
        return "f"
    return "m" if MALE_HEADS.search(word) else ""
