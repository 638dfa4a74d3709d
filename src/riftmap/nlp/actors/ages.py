"""Ages: "the 64-year-old" and "the 70-year-old mogul" name the person of that age.

News gives a person's age once, after the name ("Holt, 64, said") or before it ("64-year-old
Ada Holt"), and then refers to them by it; of a well-known person it gives none and leaves
the reader to know it ("the 83-year-old justice" of Ruth Bader Ginsburg in 2016). So a
person's age is the one the article states, else the one the knowledge base's date of birth
gives at the article's date. An age reference names the person named before it whose stated
age is that; failing one, it is none of another known age.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from riftmap.nlp.actors.descriptors import AGE
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState

# the ages a person's number after a name can give (not "Ohio, 2016,", not "Room 12,")
AGES = range(16, 111)


def age_in(text: str) -> int | None:
    """The N of an "N-year-old" in a phrase ("the 70-year-old mogul"), or None; the words
    are the ones descriptors leave out as ages (``descriptors.AGE``)."""
    for word in text.lower().replace("’", "'").split():
        found = AGE.match(word.strip(",;:()\"'“”‘").removesuffix("'s"))
        if found and found.group(2) == "year" and int(found.group(1)) in AGES:
            return int(found.group(1))
    return None


def _age_at(doc: Doc, i: int) -> int | None:
    """The age when token ``i`` is the "old" of an "N-year-old" (its five tokens)."""
    if i < 4 or doc[i].lower_ != "old":
        return None
    return age_in(doc[i - 4 : i + 1].text)


def is_age_reference(tok: Token) -> bool:
    """Is ``tok`` the "old" of "the 64-year-old" used as a noun (a subject or an object, not
    a modifier of "mogul")?"""
    return (
        _age_at(tok.doc, tok.i) is not None
        and tok.dep_ not in ("amod", "compound", "acomp")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def age_reference(state: ActorState, tok: Token) -> Entity | None:
    """Resolve "the 64-year-old" to the person named before it whose age the article states
    as that; else to the most salient person named before of no other known age."""
    age = _age_at(state.doc, tok.i)
    if age is None:
        return None
    named = [
        e for e in state.entities
        if e.type == "person" and any(a < tok.i for a, _ in e.mentions)
    ]
    stated = [e for e in named if _stated_age(state.doc, e) == age]
    found = stated or not_of_another_age(state, age, named)
    keys = {e.key for e in found}
    ranked = state.salience.ranked(tok.i, lambda k: k in keys)
    if not ranked:
        return None
    entity = next(e for e in found if e.key == ranked[0][1])
    start = next(c.i for c in tok.children if c.dep_ == "det")
    state.mention(entity, start, tok.i + 1, tok.i)
    return entity


def not_of_another_age(state: ActorState, age: int, candidates: list[Entity]) -> list[Entity]:
    """The candidates not known to be of an age other than ``age`` ("the 70-year-old mogul"
    is not the 68-year-old): an age tells who is not meant more surely than who is, since a
    person the knowledge base does not know may be of that age too. An age from a date of
    birth may be a year off the article's (copy written before a birthday and printed after:
    "the 73-year-old Democratic socialist" of Bernie Sanders, 74, in January 2016)."""
    return [e for e in candidates if _may_be(state, e, age)]


def _may_be(state: ActorState, entity: Entity, age: int) -> bool:
    stated = _stated_age(state.doc, entity)
    if stated is not None:
        return stated == age
    if entity.kb is None or not entity.kb.born or not state.date:
        return True
    known = _years_between(entity.kb.born, state.date)
    return known is None or abs(known - age) <= 1


def _stated_age(doc: Doc, entity: Entity) -> int | None:
    """The age given right after one of the entity's names ("Holt, 64," or "Holt (64)") or
    right before it ("64-year-old Ada Holt")."""
    for a, b in entity.mentions:
        after = _number_set_off(doc, b)
        if after is not None:
            return after
        if a >= 5 and (before := _age_at(doc, a - 1)) is not None:
            return before
    return None


def _number_set_off(doc: Doc, i: int) -> int | None:
    """An age between commas or brackets at token ``i`` (", 64," / " (64)")."""
    if i + 2 >= len(doc) or doc[i].text not in (",", "(") or doc[i + 2].text not in ",).":
        return None
    n = int(doc[i + 1].text) if doc[i + 1].text.isdigit() else -1
    return n if n in AGES else None


def _years_between(born: str, on: str) -> int | None:
    """Whole years from ``born`` (YYYY-MM-DD) to ``on`` (YYYY-MM-DD or YYYY-MM)."""
    try:
        b = date.fromisoformat(born)
        parts = [int(p) for p in on.split("-")]
        d = date(parts[0], parts[1], parts[2] if len(parts) > 2 else 15)
    except (ValueError, IndexError):
        return None
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))
