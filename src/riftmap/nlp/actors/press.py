"""The news media as one actor: "the media", "the press", "the mainstream media", "the Fake
News Media".

Politicians attack and court the press as a body ("Trump attacked the media again", "the
dishonest media"), and the keys relate them to it as one actor whatever the words
(development set 079, 147, 153, 213, 249, 272, 273; checkset 017, 021, 024). The nouns are
singular collectives, which the group pass (plural heads) does not read, and the tagger
takes the capitalised "Fake News Media" for an organisation of its own. A phrase headed by
"media" or "press" with "the" or a describing word before it is a mention of the knowledge
base's ``news-media``; not a platform ("social media"), an outlet's name ("the Associated
Press", "Detroit Free Press") or a compound's modifier ("media reports", "press secretary").
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.select import positions

HEADS = ("media", "press")
# the knowledge base's id for the body, and the name it goes by without one
KB_ID = "news-media"
NAME = "news media"
# modifiers that make "media" a channel or a trade, not the body of journalists
CHANNELS = frozenset({"social", "digital", "new", "state", "broadcast", "print", "local"})
# words the parser may hang on the head within the phrase
PHRASE_DEPS = frozenset({"det", "amod", "compound", "punct", "advmod"})


def find_press(state: ActorState) -> None:
    """Make every mention of the news media one actor's, taking the tokens back from a
    name the tagger read in them ("the Fake News Media")."""
    doc = state.doc
    entity: Entity | None = None
    for i in positions(doc, HEADS, lower=True):
        span = _phrase(state, doc[i])
        if span is None:
            continue
        state.take(*span)
        entity = entity or _press(state)
        state.mention(entity, *span, i)


def _phrase(state: ActorState, head: Token) -> tuple[int, int] | None:
    """The span of a phrase naming the news media, headed by ``head``, or None."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("compound", "amod", "poss"):
        return None
    mods = [c for c in head.children if c.i < head.i and c.dep_ in PHRASE_DEPS]
    if any(c.lower_ in CHANNELS for c in mods):
        return None
    if head.text == "Press" or any(_named(state, c) for c in mods if c.dep_ == "compound"):
        return None  # "the Associated Press", "Trump Media", "the White House press corps"
    if not any(c.lower_ == "the" or c.dep_ == "amod" for c in mods):
        return None  # "media reported": no one in particular
    return min((c.i for c in mods if c.dep_ != "punct"), default=head.i), head.i + 1


def _named(state: ActorState, word: Token) -> bool:
    """Whether a word before the head names someone or somewhere: an actor's mention other
    than a name the tagger made of the phrase itself, or a place or people."""
    owner = state.owner.get(word.i)
    if word.ent_type_ in ("GPE", "NORP", "PERSON"):
        return True
    return owner is not None and any(b <= word.head.i for a, b in owner.mentions if a <= word.i)


def _press(state: ActorState) -> Entity:
    # one body, as an outlet is: what it says is reported as its own, and a stance taken
    # toward it in passing words is still toward it
    entity = state.new_entity("organization")
    known = state.kb.actors.get(KB_ID)
    if known is not None:
        entity.link(known)
    entity.add_name(NAME)
    return entity
