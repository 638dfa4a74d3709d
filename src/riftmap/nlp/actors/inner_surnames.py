"""A person named alone by a word inside their full name, not its last: the paternal surname
of a Spanish or Portuguese name ("Acosta" of "Melba Acosta Febo", "Sada" of "Carlos Manuel
Sada Solana", "Sheinbaum" of "Claudia Sheinbaum Pardo") or a name that stands in the middle
("Lula" of "Luiz Inacio Lula da Silva"). The name parser reads such a full name's last word
as its surname, so the lone word, matching no surname, became a person of its own, and the
statements made under it had a speaker the full name never joined. PolNeAR train: "Acosta"
and "Sada" in two articles; the development set: "Lula" (154).

Only the last word before the parsed surname counts (the given name and the middle names
before it are the person's own, or another's: "Walker" of "George Herbert Walker Bush"), only
when it is no given name or surname of anyone named in full and no name the knowledge base
knows, and only when exactly one person named in full has it. A word that is a given name
elsewhere ("Lula") may still be one; a first name written alone is matched to its bearer
before this pass.
"""

from __future__ import annotations

from riftmap.kb.loader import norm
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState


def join_inner_surnames(state: ActorState) -> None:
    """Move the mentions of each lone inner name to the one person whose full name holds it."""
    full = [
        e for e in state.entities if e.type == "person" and e.person is not None and e.person.full
    ]
    taken = {w for e in full if e.person is not None for w in (e.person.surname, e.person.given)}
    for entity in list(state.entities):
        word = _lone_name(state, entity)
        if word is None or word in taken:
            continue
        holders = [e for e in full if e is not entity and _inner(e, word)]
        if len({e.key for e in holders}) != 1:
            continue
        state.hand_over(entity, holders[0])


def _lone_name(state: ActorState, entity: Entity) -> str | None:
    """The entity's one-word name, lowercased, when it is a capitalised word the knowledge
    base does not know; the tagger calls such a word a person or an organisation."""
    if entity.kb is not None or entity.type == "group" or len(entity.names) != 1:
        return None
    name = entity.names[0]
    if " " in name or not name[:1].isupper() or not name.isalpha():
        return None
    return None if state.kb.lookup(name) else norm(name)


def _inner(entity: Entity, word: str) -> bool:
    """Is ``word`` the last of the middle names before ``entity``'s surname?"""
    person = entity.person
    return person is not None and person.middle.split()[-1:] == [word]
