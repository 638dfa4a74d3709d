"""Outlets named by their kind: "the network", "the paper", "the channel". News copy names
an outlet by its name and then by the kind of outlet it is; the epithet is the most recently
named outlet of that kind, and no one when two of that kind were last named in the same
sentence ("ABC is axing its revival, and CBS said ...; the network ..." names neither).

An outlet's kind is what the knowledge base says it is (its descriptors: "network",
"newspaper"). In PolNeAR train, "the network" stands in 16 articles (46 times), "the
newspaper" in 9, "the paper" in 7, "the channel" in 2.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.salience import possessors
from riftmap.nlp.actors.state import ActorState

# the heads that name an outlet by its kind; the kinds each covers are the lexicon's head
# classes ("paper" ~ "newspaper", "network" ~ "channel")
MEDIA_HEADS = frozenset(
    {"network", "channel", "broadcaster", "paper", "newspaper", "tabloid", "daily", "outlet"}
)
# a legislature's house by its kind ("the chamber", "the upper chamber"): 9 PolNeAR train and
# devset articles write "the chamber" for the Senate or the House, 3 "the upper chamber"
KIND_HEADS = MEDIA_HEADS | {"chamber"}
# the modifiers a plain kind epithet may carry ("the cable network", "the same paper")
PLAIN_DEPS = frozenset({"det", "amod", "compound"})


def recent_outlet(state: ActorState, head: Token) -> tuple[bool, Entity | None]:
    """(decided, outlet) for a definite epithet whose head is an outlet's kind: decided when
    an outlet of that kind was named before it; the outlet when one was named last."""
    if head.text not in KIND_HEADS or possessors(head) or not _plain(head):
        # "the Chamber" capitalised is a name ("the Chamber of Commerce"), not a kind
        return False, None
    kinds = {head.lower_} | lexicon().head_class.get(head.lower_, frozenset())
    last: list[tuple[int, Entity]] = []
    for entity in state.entities:
        if entity.kb is None or not _of_kind(entity, kinds):
            continue
        before = [a for a, _ in entity.mentions if a < head.i]
        if before:
            last.append((max(before), entity))
    # "the upper chamber": among those of the kind, those the KB describes with its modifiers
    mods = {c.lower_ for c in head.lefts if c.dep_ != "det"}
    fitting = [t for t in last if mods and mods <= descriptor_words(t[1])]
    last = fitting or last
    if not last:
        return False, None
    last.sort(key=lambda t: t[0], reverse=True)
    sent_of = state.salience.sent_of
    if len(last) > 1 and sent_of[last[0][0]] == sent_of[last[1][0]]:
        return True, None
    return True, last[0][1]


def _plain(head: Token) -> bool:
    """Only a kind, with no name ("the Fox network" is named, not described)."""
    return all(
        c.dep_ in PLAIN_DEPS and c.tag_ not in ("NNP", "NNPS") and not c.ent_type_
        for c in head.lefts
    )


def _of_kind(entity: Entity, kinds: set[str]) -> bool:
    return bool(descriptor_words(entity) & kinds)


def descriptor_words(entity: Entity) -> set[str]:
    """The words of the knowledge base's descriptors of an actor ("network", "newspaper")."""
    descriptors = entity.kb.descriptors if entity.kb is not None else ()
    return {w for d in descriptors for w in d.lower().split()}
