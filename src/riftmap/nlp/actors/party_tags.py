"""A member of Congress's party and state as the press tags the name: "Sen. Richard Blumenthal,
D-Conn.,", "Rep. Brian Mast (R-Florida)", "(R-MS)". The tag says what "the Connecticut
Democrat" says, so it becomes a descriptor of the person: later epithets that name the party
or the state ("the Georgia congressman") then fit or rule out that person. Such tags follow a
name in 98 of the development set's 651 articles and 138 of PolNeAR train's 840."""

from __future__ import annotations

import re

from riftmap.kb.us_states import state_names
from riftmap.nlp.actors.descriptors import from_phrase
from riftmap.nlp.actors.epithets import PARTY_WORDS
from riftmap.nlp.actors.state import ActorState

# ", D-Conn.," or " (R-New York)" right after a name, or after its possessive ("Cruz's
# (R-Texas) bill"): the party's letter, a hyphen, the state
TAG = re.compile(r"(?:['’]s)?\s*[,(]\s*([DRI])\s?-\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[,)]")
# the party word a tag's letter stands for, the first of the epithets' words for it ("D" a
# democrat, "R" a republican), and "I" an independent, which no epithet letter holds
PARTIES = {letter: word for word, letter in reversed(PARTY_WORDS.items())} | {"I": "independent"}


def tag_parties(state: ActorState) -> None:
    """Give each person named just before a party tag the descriptor the tag spells."""
    doc = state.doc
    text = doc.text
    for entity in state.entities:
        if entity.type != "person":
            continue
        for start, end in entity.mentions:
            found = TAG.match(text, doc[start:end].end_char)
            place = state_names().get(found.group(2)) if found else None
            if found is None or place is None:
                continue
            tag = from_phrase(f"{place} {PARTIES[found.group(1)]}")  # as the KB's are read
            if tag not in entity.descriptors:
                entity.descriptors.append(tag)
