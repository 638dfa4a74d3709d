"""Organisations named by their kind: "the company", "the agency", "the group", "the
committee". News copy names an organisation ("G4S", "the FDIC", "Muslim Advocates") and goes
on with what kind of body it is; the plain description is the organisation named last, in its
own sentence or the ``WINDOW`` before it, whatever its name says (a name that holds the kind,
"the Clinton campaign" for "the campaign", is found before this, by
``salient_organization``). A description qualified by a name that none of the document's
organisations bears is one of its own (``new_organization``: "the Chinese government").

Only a description with nothing but an article and common adjectives ("the company", "the
security firm") is read so, outside quotation marks: "its parent company", "the Trump
campaign" and "the company's founder" name or own something else. Outlets and chambers
have a rule of their own (``riftmap.nlp.actors.outlets``).
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.headlines import headline_only
from riftmap.nlp.actors.kinds import ALL_KIND_WORDS, KINDS
from riftmap.nlp.actors.outlets import MEDIA_HEADS, descriptor_words
from riftmap.nlp.actors.phrases import plain_opening
from riftmap.nlp.actors.places import is_country
from riftmap.nlp.actors.state import ActorState

# the heads read so: those of a narrower kind ("the committee", "the union", "the
# foundation") name an organisation whose name says so, found before this rule
KIND_HEADS = frozenset(
    {"group", "organization", "organisation", "coalition", "alliance", "agency", "bureau",
     "company", "firm", "corporation", "conglomerate", "startup", "retailer", "automaker",
     "carmaker", "bank", "giant"}
)
# words of a name that make it a legislature, a seat of government or a place of learning or
# care, none of the kinds above
SEATS = frozenset(
    {"senate", "house", "congress", "parliament", "assembly", "pentagon", "school", "college",
     "university", "hospital"}
)
# sentences before the description's own in which the organisation may be named
WINDOW = 2
# the dependents a plain description may have ("the company", "the militant group"; not "the
# rights group", whose noun says which group)
PLAIN_DEPS = frozenset({"det", "amod", "advmod", "punct"})
THE = frozenset({"the"})
DET = frozenset({"det"})
# adjectives that point to another organisation than the one just named
OTHER_MARKERS = frozenset({"other", "another", "same", "first", "second", "next", "new", "parent"})
# what a description may be to be read so: the subject of its clause ("The group says") or
# a possessor ("the company's founder"), which carry the topic on; as an object or after a
# preposition ("told the group", "a relationship with the company") it is as often another
# organisation, one the article never names (a sample of 42 PolNeAR train firings: 17 of 21
# subjects and possessors right, 12 of 21 others)
ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
# dependents after the head that say which organisation it is
NAMING_DEPS = frozenset({"appos", "relcl", "acl", "prep", "compound", "npadvmod"})
# entity labels of an organisation's name (a place or a people is no company)
ORG_LABELS = frozenset({"ORG"})


def is_kind_description(head: Token) -> bool:
    """Is ``head`` the head of a plain definite description of an organisation by its kind?"""
    if head.lower_ not in KIND_HEADS or head.tag_ != "NN":
        return False
    if not plain_opening(head, THE, DET, PLAIN_DEPS, OTHER_MARKERS):
        return False
    # "the retailer Amazon", "the company that owns Nabisco": the name or clause says which
    return not any(c.dep_ in NAMING_DEPS or c.tag_ in ("NNP", "NNPS") for c in head.rights)


def last_named(state: ActorState, head: Token) -> Entity | None:
    """The organisation named last before a plain "the company" that is a subject or a
    possessor, in its sentence or the ``WINDOW`` before it; none inside quotations, and none
    when the last two were named in one sentence."""
    if head.i in state.quoted or head.dep_ not in ROLES or not is_kind_description(head):
        return None
    doc, sent_of = state.doc, state.salience.sent_of
    here = sent_of[head.i]
    last: list[tuple[int, Entity]] = []
    for entity in state.entities:
        if entity.type != "organization" or is_country(entity) or not _of_kind(entity, head):
            continue
        if entity.kb is not None and descriptor_words(entity) & MEDIA_HEADS:
            continue  # the outlet that reports it ("The Post reported ... the company")
        named = [
            a
            for a, b in entity.mentions
            if a < head.i
            and here - sent_of[a] <= WINDOW
            and any(doc[i].ent_type_ in ORG_LABELS for i in range(a, b))
        ]
        if named:
            last.append((max(named), entity))
    last.sort(key=lambda t: t[0], reverse=True)
    if len(last) > 1 and sent_of[last[0][0]] == sent_of[last[1][0]]:
        return None  # "the Pentagon said the Islamic State ... the group": which one?
    return last[0][1] if last else None


def _of_kind(entity: Entity, head: Token) -> bool:
    """May the organisation be what the description says it is? Not when its name holds a
    legislature's word or another kind's word ("the group" is not the "Republican Party",
    "the company" not the "Permanent Select Committee on Intelligence")."""
    kinds = [k for k in KINDS if head.lower_ in k]
    names = [entity.kb.name] if entity.kb is not None else entity.names
    for name in names:
        words = norm(name).split()
        if SEATS & set(words):
            return False
        other = [w for w in words if w in lexicon().org_nouns | ALL_KIND_WORDS]
        if any(not any(w in k for k in kinds) for w in other):
            return False
    return True


def salient_organization(
    state: ActorState, head: Token, scored: list[tuple[float, float, Entity]]
) -> Entity | None:
    """The most salient organisation whose name says it is what the epithet says ("Acme
    Corporation" for "the company", "the Clinton campaign" for "the campaign"), and holds
    the names the epithet gives: "the Trump campaign" is not "the Clinton campaign" (PolNeAR
    train: "the <candidate> campaign" 244 times in 145 articles, often beside the rival's)."""
    lex = lexicon()
    kinds = {head.lower_} | lex.head_class.get(head.lower_, frozenset())
    # a capitalised modifier says which one whatever its tag: "the Mexican government", "the
    # Republican campaign", a surname tagged an adjective ("the Lopez campaign"); PolNeAR
    # train, devset and checkset: 117 such modifiers tagged other than NNP before these heads
    named = {
        t.lower_
        for t in head.lefts
        if t.dep_ in ("compound", "amod") and (t.tag_ == "NNP" or t.is_title)
    }
    for _, salience, entity in scored:
        words = {w.lower() for n in entity.names for w in n.replace(".", "").split()}
        if named - words:
            continue
        if salience > 0 and words & kinds and head.i not in state.quoted:
            return entity
    return None


def new_organization(state: ActorState, head: Token) -> Entity | None:
    """A definite organisation description qualified by a name is an organisation of its own
    ("the Chinese government", "the Trump administration")."""
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not any(m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or m.tag_ == "NNP" for m in mods):
        return None
    start = min(m.left_edge.i for m in mods)
    # a head written short for the body's name ("the Clinton camp": the Clinton campaign)
    body = lexicon().body_word(head.text)
    name = f"{state.doc[start : head.i].text} {body}"
    if headline_only(state, start, head.i + 1, "ORG"):
        return None  # "The Unhappy Campaign Of ...": a title-case headline's words
    entity = next((e for e in state.entities if name in e.names), None) or state.new_entity(
        "organization"
    )
    entity.add_name(name)
    return entity
