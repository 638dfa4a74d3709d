"""Countries and states of the Union named by their kind: "the country", "the nation", "the
state". News copy names a place and then calls it by its kind ("Turkey recalled its
ambassador ... the country's foreign ministry said"; "a federal judge blocked Mississippi's
law ... the state will appeal"); the description is the place of that kind named most
saliently in its own sentence and the ``WINDOW`` before it, and no one when none was named
there.

Which actors are countries is data (``data/kb/countries.txt``, ISO 3166-1 names as the tz
database writes them): a state of the Union or a city is no "country". A description that says
which ("the other country", "the Baltic nation", "the country of his birth") is left alone, and
so is one inside quotation marks, where "this country" and "the country" are the speaker's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from riftmap.kb.lexicon import country_names, lexicon
from riftmap.kb.loader import norm
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.name_forms import us_state_names
from riftmap.nlp.actors.name_text import clean_name
from riftmap.nlp.actors.phrases import plain_opening
from riftmap.nlp.actors.state import ActorState

PLACE_LABELS = frozenset({"GPE", "LOC"})  # the tagger's labels of places

# the heads that name a country by its kind
COUNTRY_HEADS = frozenset({"country", "nation", "territory", "kingdom"})
# the head that names a state of the Union by its kind
STATE_HEAD = "state"
PLACE_HEADS = COUNTRY_HEADS | {STATE_HEAD}
# sentences before the description's own in which the country may be named
WINDOW = 3
# the dependents a plain description may have: its article and adjectives of degree or
# state ("the whole country", "the cash-strapped nation")
PLAIN_DEPS = frozenset({"det", "amod", "advmod", "punct", "poss"})
# the words that make it the speaker's own country ("our country", "this great nation")
SPEAKERS = frozenset({"our", "this"})
OPENERS = frozenset({"the", *SPEAKERS})
OPENER_DEPS = frozenset({"det", "poss"})
# adjectives that point to another country than the one just named, or to one still unnamed
OTHER_MARKERS = frozenset(
    {
        "other", "another", "same", "first", "second", "last", "next", "only", "foreign",
        "home", "neighboring", "neighbouring", "host", "single", "certain"
    }
)


@cache
def countries() -> frozenset[str]:
    """The normalised names of every country and territory of ``data/kb/countries.txt``."""
    return frozenset(norm(name) for name in country_names())


def is_place_description(head: Token) -> bool:
    """Is ``head`` the head of a plain definite description of a country or a state ("the
    country", "the whole nation", "our country", "the state"; not "the other country", "their
    country", "the country of his birth", "the state of the economy")?"""
    if head.lower_ not in PLACE_HEADS or head.tag_ != "NN" or _hyphenated(head):
        return False
    if not plain_opening(head, OPENERS, OPENER_DEPS, PLAIN_DEPS, OTHER_MARKERS):
        return False
    return not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.rights)


def _hyphenated(tok: Token) -> bool:
    """Is the word part of a compound written with hyphens ("the first-in-the-nation
    primary")?"""
    doc = tok.doc
    before = tok.i > 1 and doc[tok.i - 2].text == "-"
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    return before or after


def place(state: ActorState, head: Token) -> None:
    """Mention the place a plain "the country" or "the state" names, if one of its kind was
    named just before it, or the one "our country" names, if the article named any before
    it."""
    kind = is_us_state if head.lower_ == STATE_HEAD else is_country
    if any(c.lower_ in SPEAKERS for c in head.lefts):
        entity = article_place(state, head, kind)
    else:
        entity = recent_place(state, head, kind)
    if entity is not None:
        start = min(c.i for c in head.lefts)
        state.mention(entity, start, head.i + 1, head.i)


def recent_place(
    state: ActorState, head: Token, kind: Callable[[Entity], bool]
) -> Entity | None:
    """The place a plain "the country" names: the most salient place of its ``kind`` named in
    its sentence or the ``WINDOW`` before it, outside quotations."""
    if head.i in state.quoted:
        return None
    sent_of = state.salience.sent_of
    here = sent_of[head.i]
    keys = {
        e.key
        for e in state.entities
        if kind(e)
        and any(a < head.i and here - sent_of[a] <= WINDOW for a, _ in e.mentions)
    }
    ranked = state.salience.ranked(head.i, lambda k: k in keys)
    return state.entities[ranked[0][1]] if ranked else None


def article_place(
    state: ActorState, head: Token, kind: Callable[[Entity], bool]
) -> Entity | None:
    """The place "our country" or "this state" names: the one of its ``kind`` the article
    names most often before it (the speakers of political news speak of their own country,
    the one the article is about: in PolNeAR train "our country" or "this country" stands in
    120 of 840 articles)."""
    counts = []
    for entity in state.entities:
        before = [a for a, _ in entity.mentions if a < head.i]
        if before and kind(entity):
            counts.append((len(before), max(before), entity))
    return max(counts, key=lambda t: (t[0], t[1]))[2] if counts else None


def is_country(entity: Entity) -> bool:
    """Is the actor a country or territory (by its knowledge-base name, else its own)? A
    state of the Union that shares a country's name ("Georgia") is read as the state: US
    news names it far more often."""
    states = us_state_names()
    return any(n in countries() and n not in states for n in _place_names(entity))


def is_us_state(entity: Entity) -> bool:
    """Is the actor a state of the Union (by its knowledge-base name, else its own)?"""
    return any(n in us_state_names() for n in _place_names(entity))


def _place_names(entity: Entity) -> list[str]:
    """The normalised names a place goes by: its knowledge-base name, else its own; none for
    a person."""
    if entity.type == "person":
        return []
    return [norm(n) for n in ([entity.kb.name] if entity.kb is not None else entity.names)]


def landmark(text: str) -> bool:
    """Whether a name or description is a place where people meet or speak ("the Oval
    Office", "Air Force One"; ``landmarks`` in the lexicon), which names no actor."""
    return clean_name(text) in lexicon().landmarks
