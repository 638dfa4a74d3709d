"""A headline's bare description of its subject ("Hacker who revealed private Clinton email
address admits to other intrusions", "Pundit Turns Adviser in the Service of Trump",
"Republican Medal Of Honor Winner Opens Up About Backing Clinton"): headlines drop the article
and capitalise every word, so the tagger often takes the description for a name, and the
person it describes is only defined below it ("The Romanian hacker who first revealed ...",
"Florent Groberg is a former U.S. Army captain and Medal of Honor winner"). Once the whole
document is resolved, such a description is a mention of the one person the document
describes with the same head noun, if the description opens the headline (its subject: "France
Recalls Envoy to Turkey" is not about the envoy). PolNeAR train: 38 of 840 headlines hold a
capitalised person noun without a name after it; about a dozen open with one this way.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.lines import line_end

# words of a headline phrase before its head that belong to the description
PHRASE_TAGS = frozenset({"NNP", "NN", "JJ", "IN", "HYPH"})


def resolve_headline(state: ActorState) -> None:
    """Link each bare person description of the headline to the person the document
    describes with its head noun, when exactly one is so described."""
    doc = state.doc
    end = line_end(doc, 0)
    if end >= len(doc):
        return  # a text of one line has no headline above a body
    person = lexicon().person_nouns
    for tok in doc[:end]:
        if not (tok.text[:1].isupper() and tok.lower_ in person) or _before_name(tok, end):
            continue
        owner = state.owner.get(tok.i)
        if owner is not None and not _mistaken(owner, tok, end):
            continue
        start = _phrase_start(tok)
        if any(not t.is_punct for t in doc[:start]):
            continue  # only the headline's subject, which opens it ("France Recalls Envoy")
        found = _described(state, tok.lower_, owner)
        if found is None:
            continue
        if owner is not None:
            _release(state, owner, end)
        state.mention(found, start, tok.i + 1, tok.i)


def _before_name(tok: Token, end: int) -> bool:
    """A title before a name ("Billionaire Mark Cuban"), or a modifier of another noun
    ("Republican Donor")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < end else None
    return nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.lower_ in lexicon().person_nouns)


def _mistaken(entity: Entity, tok: Token, end: int) -> bool:
    """Did the tagger make a name of the headline's description: an actor named by the
    headline's words alone ("Hacker"), or an unknown organisation whose headline mention
    ends in the person noun ("Republican Medal Of Honor Winner")?"""
    if entity.kb is not None:
        return False
    if all(b <= end for _a, b in entity.mentions):
        return True
    return entity.type != "person" and any(b == tok.i + 1 for _a, b in entity.mentions)


def _release(state: ActorState, entity: Entity, end: int) -> None:
    """Take back an actor's mentions in the headline (its tokens' ownership with them)."""
    for a, b in [m for m in entity.mentions if m[1] <= end]:
        entity.mentions.remove((a, b))
        for i in range(a, b):
            if state.owner.get(i) is entity:
                del state.owner[i]


def _described(state: ActorState, head: str, owner: Entity | None) -> Entity | None:
    """The one person of the body with a descriptor of the same head ("hacker", "winner")."""
    found = {
        e.key: e
        for e in state.entities
        if e is not owner and e.type == "person" and e.described_as(head)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _phrase_start(head: Token) -> int:
    """The first word of the capitalised phrase the head ends ("Republican Medal Of Honor
    Winner"), no further back than the headline's start."""
    i = head.i
    while i > 0 and head.doc[i - 1].tag_ in PHRASE_TAGS and head.doc[i - 1].text[:1].isupper():
        i -= 1
    return i
