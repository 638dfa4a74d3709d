"""Groups a statement names are mostly the ones it says are wronged, helped or talked to.

"Biden is lying to Americans", "killed tens of thousands of people", "the families you're
tearing apart": a hostile reading of what a speaker says names a group far more often as
the one wronged, a bystander or the audience than as the one attacked, and the stance
model, which reads the sentiment a sentence carries toward each name in it, reads them all
as attacked. Before this rule, on the development set (123 articles) 42 relations in 34
articles were such readings, 2 of them keyed; on PolNeAR train 591 in 301 articles, of which
about 1 in 5 of 70 read were right (the attack fell on a person, a party or a government
named beside the group; "Trump ... proposed barring all foreign Muslims" is one that goes).
So a hostile reading of a statement toward a group relates no one, unless the words say it
of the group itself ("The senators are a disgrace") or the group is a political bloc: a
party's or a chamber's members ("House Democrats", "GOP senators") or a named actor's
("Pelosi's allies", "BJP leaders"), whose quarrels are what a coalition map is for. Acts a
predicate names ("slammed Senate Democrats") are not readings of what was said and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from riftmap.nlp.actors.epithets import PARTY_NAMES, PARTY_WORDS
from riftmap.nlp.relations.lookup import ActorLookup

# words that make a group a chamber's or a cabinet's members
INSTITUTION_WORDS = frozenset(
    {"senate", "house", "congress", "congressional", "parliament", "parliamentary", "caucus",
     "cabinet", "assembly", "legislature", "legislative"}
)  # fmt: skip
PARTY_CODES = {**PARTY_WORDS, "dem": "D"}  # "Dems" too
PARTY_FORMS = frozenset(PARTY_CODES)
# words a party's bloc may be named with beside the party's ("House Democrats", "our
# Republican Party", "Democratic senators"), singular
MEMBER_WORDS = INSTITUTION_WORDS | frozenset(
    {"party", "member", "lawmaker", "senator", "representative", "colleague", "voter", "our",
     "the", "own", "delegation", "conference", "leadership"}
)  # fmt: skip


def bystanders(doc: Doc, lookup: ActorLookup) -> frozenset[str]:
    """The document's groups that are no political bloc: a hostile reading of a statement
    that names them is not read as an attack on them (``polarity.polarity_of``)."""
    return frozenset(
        a.id for a in doc._.actors or () if a.type == "group" and not bloc(a.name, a.id, lookup)
    )


def bloc(name: str, ident: str, lookup: ActorLookup) -> bool:
    """Whether a group's name makes it a political bloc: a party's word ("Democrats",
    "Republican"), an institution's, or the name of another actor of the document."""
    for word in re.findall(r"[A-Za-z][A-Za-z.-]*", name):
        low = word.lower()
        if low.removesuffix("s") in PARTY_FORMS or low in INSTITUTION_WORDS:
            return True
        owner = lookup.named(low) if word[:1].isupper() else None
        if owner is not None and owner != ident and lookup.types.get(owner) != "group":
            return True
    return False


def own_blocs(doc: Doc, pairs: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The (speaker, bloc) pairs among ``pairs`` where the bloc is the speaker's own party
    or a group of its members, by the knowledge base's affiliations ("Schumer" and "Senate
    Democrats", "Trump" and "Republicans"). A hostile reading of what a speaker says of their
    own side names it mostly as the actor of the sentence, not as the one judged ("House
    Democrats remain strongly opposed", "Senate Democrats will never stop fighting", "to
    portray Republicans as ..."): on the development set (231 articles) 8 such readings in
    6 articles, none keyed, against one keyed attack on one's own party, made by a verb
    ("slammed Senate Democrats"), which is no reading and stays; on PolNeAR train 28 in 26
    articles, about 26 of them wrong on reading ("the Republican party is bound to lose").
    So a hostile reading relates a speaker to their own bloc only when the words say it of
    the bloc (``polarity.polarity_of``). Only the pairs of the document's candidates are
    checked."""
    actors = {a.id: a for a in doc._.actors or ()}
    own = set()
    for speaker_id, bloc_id in set(pairs):
        speaker, bloc = actors.get(speaker_id), actors.get(bloc_id)
        if speaker is None or bloc is None or bloc.type == "person" or bloc is speaker:
            continue
        if any(_of_party(bloc.name, party) for party in speaker.affiliations):
            own.add((speaker_id, bloc_id))
    return frozenset(own)


def _of_party(name: str, party: str) -> bool:
    """Whether a party or group name is the party's or its members' ("House Democrats",
    "GOP senators" of the Republican Party; "the Conservatives" of the Conservative Party),
    and names nothing else: not the rivals or candidates of a primary, whose quarrels are the
    speaker's own, nor a committee ("Republican rivals", "the DNC")."""
    words = [w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", name)]
    code = PARTY_NAMES.get(party)
    first = party.split()[0].lower() if party.endswith(" Party") else None
    # a party the word lists know by its words; another by its name's first word
    ours = [w for w in words if (PARTY_CODES.get(w) == code if code else w == first)]
    return bool(ours) and all(w in ours or w in MEMBER_WORDS for w in words)
