"""A bare surname the knowledge base gives to someone the article is not about: the person the
article names in full with that surname ("Gov. STEIN ... Gov. Josh Stein" is not Jill
Stein; "emails to Powell ... former secretary of state Colin L. Powell" in 2016 is not
Jerome Powell).

The knowledge base's bearer of a bare surname is a default for news that names no one else
so; the article's own full name says otherwise. Read as the known person, every later
"Stein" went to them too (``entities._shared_surname`` prefers the known bearer), with the
statements made under the name.

Only when the known person is never named in full or by given name, exactly one other
person is named in full with the surname, and the known person does not fit the article's
time: a title before the bare name is none of their offices ("Gov." for a party's
nominee), or, untitled, they held none of their offices in the article's period (Jerome
Powell, chair of the Federal Reserve from 2018, in an article of 2016). A title they held
("President Obama" beside "Michelle Obama") or an honorific of the other person's other
gender ("Mr. Obama") keeps them.
"""

from __future__ import annotations

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState


def join_namesakes(state: ActorState) -> None:
    """Move the mentions of each known person named only by a bare surname to the one person
    the article names in full with it, when the known person does not fit (module doc)."""
    full = [
        e for e in state.entities
        if e.type == "person" and e.person is not None and e.person.full and e.mentions
    ]  # fmt: skip
    for entity in list(state.entities):
        surname = _bare_known_surname(entity)
        if surname is None:
            continue
        holders = [
            e for e in full if e is not entity and e.person is not None
            and e.person.surname == surname and e.kb is None
        ]  # fmt: skip
        if len(holders) == 1 and _misfits(state, entity, holders[0]):
            state.hand_over(entity, holders[0])


def _bare_known_surname(entity: Entity) -> str | None:
    """The surname of a person the knowledge base links, when every name the article gives
    them is that surname alone."""
    known = entity.kb
    if known is None or known.type != "person" or not entity.names:
        return None
    surname = norm(known.name.split()[-1])
    return surname if all(norm(n) == surname for n in entity.names) else None


def _misfits(state: ActorState, entity: Entity, other: Entity) -> bool:
    """Whether the known person does not fit the article's bare name: a title before it that
    is none of their offices, or no title and no office held in the article's period."""
    titles, genders = _titles(state, entity)
    if any(g and other.gender and g != other.gender for g in genders):
        return False
    known = entity.kb
    if known is None or not known.roles:
        return False
    offices = {w for r in known.roles for w in r.title.lower().split()}
    if titles:
        return not titles & offices
    if state.when is None:
        return False
    first, last = state.when
    return not any(r.active(first) or r.active(last) for r in known.roles)


def _titles(state: ActorState, entity: Entity) -> tuple[set[str], set[str]]:
    """The offices the titles right before the entity's mentions name ("Gov." -> governor),
    and the genders their honorifics say ("Mr." -> m)."""
    lex = lexicon()
    titles: set[str] = set()
    genders: set[str] = set()
    for start, end in entity.mentions:
        for tok in state.doc[max(0, start - 2) : end - 1]:
            word = tok.lower_
            if lex.title_words.get(word):
                titles.add(lex.title_words[word])
            genders.add(lex.honorifics.get(word, ""))
    return titles, genders - {""}
