"""Descriptions that name someone by a relation to another: an election rival ("his political
opponent"), a first-person office ("our president"), and a relative or aide the article never
names ("Cameron's spokesman", "My mom" in a quotation).

- A rival, opponent or foe of a party's presidential nominee is the other major party's
  nominee of the same election, when the article names that person ("his political opponent"
  of Trump in July 2016 is Clinton). A "primary" rival is left to the descriptor matching.
- "his party's nominee", "her party's standard-bearer": the presidential nominee, at the
  article's date, of the party of the possessor (the party itself, or the person
  whose party it is), when the article names that person.
- "our president", "our commander in chief": the holder of the office at the article's date
  (the speaker's country is the knowledge base's), not the most salient leader of the text.
- A possessive description of a person the article does not name, with a resolved possessor,
  is an actor of its own named after the possessor's full name ("David Cameron's spokesman",
  "Amadou Magassa's mother"), as keys name such actors; a first-person possessor in a
  quotation is the quotation's speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.models import Role
from riftmap.nlp.actors.descriptors import Descriptor, from_phrase
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import (
    PARTY_NAMES,
    affiliation_of_descriptor,
    affiliation_of_entity,
    role_fit,
    role_holders,
)
from riftmap.nlp.actors.salience import possessors
from riftmap.nlp.actors.state import ActorState

RIVAL_HEADS = frozenset({"rival", "opponent", "foe", "challenger", "adversary"})
# what a party chooses for an election, written after "his party's"
PARTY_CHOICES = frozenset({"nominee", "candidate", "standard-bearer", "bearer"})
NOMINEE = "presidential nominee"
# words that put an office in another time than the article's ("our next president")
OTHER_TIME = frozenset({"next", "future", "new", "first", "last", "late"})
PRESIDENT = "President of the United States"
_PRESENT = Descriptor("", frozenset(), frozenset())
FIRST_PERSON = frozenset({"our", "my"})
# how keys and the knowledge base write the relatives that familiar words name
KIN_FORMS = {"mom": "mother", "mum": "mother", "dad": "father"}


def election_rival(
    state: ActorState, desc: Descriptor, owners: list[Entity]
) -> tuple[bool, Entity | None]:
    """(decided, actor) for "his rival" of a presidential nominee: the other nominee of the
    same election if the article names that person; undecided otherwise, and for a primary
    rival ("his former primary foe"), whom no role tells."""
    if not desc.heads & RIVAL_HEADS or "primary" in desc.words or desc.past:
        return False, None
    years = {_year(r) for o in owners if o.kb for r in o.kb.roles if _nominee(r)}
    year = _article_year(state)
    if year is None or year not in years:
        return False, None
    own = {o.key for o in owners}
    found = [
        e
        for e in state.entities
        if e.kb is not None
        and e.key not in own
        and e.mentions
        and any(_nominee(r) and _year(r) == year for r in e.kb.roles)
    ]
    keys = {e.key for e in found}
    return (True, found[0]) if len(keys) == 1 else (False, None)


def party_nominee(state: ActorState, head: Token, desc: Descriptor) -> tuple[bool, Entity | None]:
    """(decided, actor) for "his party's nominee" ("Graham said his party's nominee was doing
    the country a disservice", October 2016: Trump): whoever holds the nomination of the
    possessor's party at the article's date, if the article names that person, rather than
    the nominee named last (devset 426, 427). Undecided when the phrase is not of that shape,
    the party or the date is unknown, or no one holds the nomination then (in a primary,
    "his party's nominee" is whoever will win)."""
    if not desc.heads & PARTY_CHOICES or desc.past:
        return False, None
    party = next((p for p in possessors(head) if p.lemma_.lower() == "party"), None)
    # someone's party ("his party's"), not "the party's", which may be either
    letter = _party_letter(state, party) if party is not None and possessors(party) else ""
    if not letter or state.when is None:
        return False, None
    found = {
        e.key: e
        for e in state.entities
        if e.kb is not None
        and e.mentions
        and any(
            _nominee(r)
            and affiliation_of_descriptor(from_phrase(r.title)).get("party") == letter
            and role_fit(desc, r, state.when) == 1.0
            for r in e.kb.roles
        )
    }
    return (True, next(iter(found.values()))) if len(found) == 1 else (False, None)


def _party_letter(state: ActorState, party: Token) -> str:
    """The party letter ("R", "D") of "his party": the party the phrase was resolved to, else
    the one party its possessor is known by."""
    owner = state.owner.get(party.i)
    if owner is not None and owner.type != "person":
        names = (owner.name, *(owner.kb.aliases if owner.kb else ()))
        return next((PARTY_NAMES[n] for n in names if n in PARTY_NAMES), "")
    for tok in possessors(party):
        whose = state.owner.get(tok.i)
        if whose is not None and whose.type == "person":
            return affiliation_of_entity(whose).get("party", "")
    return ""


def _nominee(role: Role) -> bool:
    return role.title.endswith(NOMINEE) and role.end is not None


def _year(role: Role) -> str:
    """The election year of a nominee's role: the year it ends."""
    return (role.end or "")[:4]


def _article_year(state: ActorState) -> str | None:
    if state.when is None:
        return None
    first, last = state.when
    return first[:4] if first[:4] == last[:4] else None


def staff_of_someone_else(state: ActorState, own: set[int]) -> bool:
    """Is a description possessed by a person who does not hold the presidency at the date
    ("Cameron's spokesman", "Clinton's press secretary")? The knowledge base's staff roles
    (the White House press secretary, "spokesman") are the president's, no one else's."""
    people = [e for e in state.entities if e.key in own and e.type == "person"]
    if not people or state.when is None:
        return False
    return not any(
        r.title == PRESIDENT and role_fit(_PRESENT, r, state.when) == 1.0
        for e in people
        if e.kb is not None
        for r in e.kb.roles
    )


def first_person_office(
    state: ActorState, head: Token, desc: Descriptor
) -> tuple[bool, Entity | None]:
    """(decided, actor) for "our president": the holder of the office at the article's date,
    if exactly one holds it then; no one for another time ("our next president")."""
    if not any(p.lower_ in FIRST_PERSON for p in possessors(head)):
        return False, None
    if desc.words & OTHER_TIME:
        return head.lower_ in lexicon().title_words, None
    holders = role_holders(desc, state.kb, state.when)
    if state.when is None or len(holders) != 1:
        return False, None
    present = [e for e in state.entities if e.kb is not None and e.kb.id == holders[0].id]
    if present:
        return True, present[0]
    entity = state.new_entity(holders[0].type)
    entity.link(holders[0])
    return True, entity


def possessor(state: ActorState, head: Token) -> Entity | None:
    """The one person whose description this is: a named possessor ("Cameron's"), a resolved
    pronoun, or the speaker of the quotation a first-person possessor ("My") stands in."""
    found = possessors(head)
    if len(found) != 1:
        return None
    tok = found[0]
    entity: Entity | None = None
    if tok.i in state.owner:
        entity = state.owner[tok.i]
    elif tok.lower_ == "my" and tok.i in state.quoted:
        entity = _speaker(state, tok.i)
    else:
        return None
    return entity if entity is not None and entity.type == "person" and entity.name else None


def _speaker(state: ActorState, i: int) -> Entity | None:
    """The actor who speaks the quotation holding token ``i``."""
    doc = state.doc
    at = doc[i].idx
    for quote in doc._.quotes or []:
        if quote.source is None or not quote.content.start <= at < quote.content.end:
            continue
        span = doc.char_span(quote.source.start, quote.source.end, alignment_mode="expand")
        owners = {state.owner[t.i].key: state.owner[t.i] for t in span or () if t.i in state.owner}
        return next(iter(owners.values())) if len(owners) == 1 else None
    return None


def unnamed(state: ActorState, head: Token, start: int, end: int) -> Entity | None:
    """A new actor for a possessive description of a person the article does not name
    ("Cameron's spokesman", "her dad" of a voter), named "<possessor>'s <description>"; none
    when the article names someone by the same head (the description may be that person's)."""
    lex = lexicon()
    if head.tag_ != "NN" or head.lower_ not in lex.person_nouns:
        return None
    if head.lower_ in lex.relational_nouns - lex.kin_nouns:
        return None  # "his opponent", "her ally": someone the article names, or no one
    if any(p.pos_ not in ("PROPN", "PRON") for p in possessors(head)):
        return None  # "the candidate's husband": an epithet's referent is too weak a guess
    if head.i in state.quoted and any(_pronoun_other_than_my(p) for p in possessors(head)):
        return None  # "her dad" in a quotation: whose, the quotation rarely says
    owner = possessor(state, head)
    if owner is None or _named_by_head(state, head.lower_, owner):
        return None
    poss = {t.i for p in possessors(head) for t in p.subtree}
    words = [t for t in state.doc[start:end] if t.i not in poss and t.dep_ != "case"]
    if not words or (words[0].i < head.i and words[0].dep_ == "det"):
        return None
    text = " ".join(KIN_FORMS.get(t.lower_, t.lower_) if t.i == head.i else t.text for t in words)
    name = f"{owner.name}'s {text}"
    entity = next((e for e in state.entities if name in e.names), None)
    if entity is None:
        entity = state.new_entity("person")
        entity.names.append(name)
    return entity


def _pronoun_other_than_my(tok: Token) -> bool:
    return tok.tag_ == "PRP$" and tok.lower_ != "my"


def _named_by_head(state: ActorState, word: str, owner: Entity) -> bool:
    return any(
        e is not owner and e.described_as(word)
        for e in state.entities
        if e.type == "person" and e.mentions
    )
