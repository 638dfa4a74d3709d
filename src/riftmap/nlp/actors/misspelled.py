"""A surname misspelled on its own ("Brazille" in an article naming Donna Brazile, "Giulini"
for Rudy Giuliani, "Sharption" for Al Sharpton): the person the article names in full.

Copy written fast misspells names, and the tagger, not knowing the word, calls it a person
or an organisation of its own. A lone capitalised word one slip (a letter added, dropped,
changed, or two swapped) from the surname of exactly one person named in full in the same
article is that person. PolNeAR train: 8 such words in 8 articles ("Vigurie", "Keidis",
"Brazille", "Giulini", "Sweeny", "Albusalha", "Sharption", "Bryne").

Not a word the knowledge base knows, a given name ("David" is not "Davis"), a country or a
state of the Union ("Maine" is not Kaine), nor the surname made plural ("the Clintons", a
family rather than one of them); and not a short word, where one letter apart is more often
another word than a slip.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from riftmap.kb.loader import norm
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.name_forms import us_state_names
from riftmap.nlp.actors.names import first_names
from riftmap.nlp.actors.places import countries
from riftmap.nlp.actors.state import ActorState

MIN_LENGTH = 5  # letters of a surname and of a word read as its misspelling


def join_misspelled_surnames(state: ActorState) -> None:
    """Move the mentions of each lone misspelled surname to the person it misspells."""
    surnames: dict[str, list[Entity]] = {}
    for entity in state.entities:
        person = entity.person
        if entity.type == "person" and person is not None and person.full:
            surnames.setdefault(person.surname, []).append(entity)
    for entity in list(state.entities):
        word = _lone_word(state, entity)
        if word is None:
            continue
        near = [p for s, people in surnames.items() if _one_slip(word, s) for p in people]
        if len(near) != 1 or near[0] is entity:
            continue
        state.hand_over(entity, near[0])


def _lone_word(state: ActorState, entity: Entity) -> str | None:
    """The entity's name, lowercased, when it is one capitalised word that could be a
    misspelled surname (see the module docstring)."""
    if entity.kb is not None or entity.type == "group" or len(entity.names) != 1:
        return None
    name = entity.names[0]
    if " " in name or len(name) < MIN_LENGTH or not name[0].isupper() or not name.isalpha():
        return None
    key = norm(name)
    if key in first_names() or key in countries() or key in us_state_names():
        return None
    return None if state.kb.lookup(name) else key


def _one_slip(word: str, surname: str) -> bool:
    """One edit apart (a transposition counting as one), and not the surname's plural."""
    if len(surname) < MIN_LENGTH or word in (surname + "s", surname + "es"):
        return False
    return bool(OSA.distance(word, surname) == 1)
