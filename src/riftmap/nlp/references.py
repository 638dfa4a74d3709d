"""The left-to-right pass of actor resolution: epithets, groups (``riftmap.nlp.groups``) and
pronouns.

Each reference is resolved with what precedes it, then counts for salience itself, so that
"He" after "the tech titan" after "Elon Musk" is Musk. Epithets are matched by descriptor
(``riftmap.nlp.epithets``), pronouns by salience, gender and number; plural noun phrases
headed by a group noun ("some of Trump's MAGA supporters", "two people familiar with the
comments") become group actors.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from riftmap.nlp.definitions import is_definite, noun_phrase
from riftmap.nlp.descriptors import Descriptor, from_tokens
from riftmap.nlp.entities import Entity
from riftmap.nlp.epithets import known_match, role_holders
from riftmap.nlp.groups import PLURAL_TAGS, group, nickname
from riftmap.nlp.lexicon import lexicon
from riftmap.nlp.salience import clause_subjects, governing_subjects, possessors

if TYPE_CHECKING:
    from riftmap.nlp.actors import DocActors

# pronoun -> (gender, plural, kind): kind "subj", "obj", "poss" or "refl"
PRONOUNS: dict[str, tuple[str, bool, str]] = {
    "he": ("m", False, "subj"),
    "him": ("m", False, "obj"),
    "his": ("m", False, "poss"),
    "himself": ("m", False, "refl"),
    "she": ("f", False, "subj"),
    "her": ("f", False, "obj"),
    "hers": ("f", False, "poss"),
    "herself": ("f", False, "refl"),
    "they": ("", True, "subj"),
    "them": ("", True, "obj"),
    "their": ("", True, "poss"),
    "themselves": ("", True, "refl"),
    "it": ("", False, "org"),
    "its": ("", False, "org"),
}
# salience added to the subject of a governing clause when a subject pronoun is resolved
# (Lappin and Leass's role parallelism): "Bannon ..., taunting Musk over what he said" -> Bannon
PARALLEL_SUBJECT = 2.0
SAYING = frozenset(
    {
        "say",
        "tell",
        "add",
        "announce",
        "claim",
        "report",
        "warn",
        "argue",
        "write",
        "state",
        "note",
        "insist",
        "deny",
        "respond",
        "reply",
        "confirm",
        "decline",
        "refuse",
        "comment",
    }
)
FEMALE_HEADS = re.compile(r"(woman|wife|mother|daughter|sister|queen|princess|actress|lady)$")
MALE_HEADS = re.compile(r"(^man|[^o]man|husband|father|(?<!per)son|brother|king|prince|boy)$")
NOUN_TAGS = frozenset({"NN", "NNP"})


def resolve_all(da: DocActors) -> None:
    """Resolve every pronoun, epithet and group phrase of the document, in text order."""
    nouns = NOUN_TAGS | PLURAL_TAGS
    for i, tag in enumerate(da.tags):
        if i in da.owner or not (tag in ("PRP", "PRP$") or tag in nouns):
            continue
        tok = da.doc[i]
        low = tok.lower_
        if low in PRONOUNS and tok.tag_ in ("PRP", "PRP$") and _actor_pronoun(tok):
            pronoun(da, tok)
        elif tok.dep_ in ("compound", "amod") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        elif tok.tag_ in PLURAL_TAGS:
            group(da, tok)
        elif tok.tag_ in NOUN_TAGS:
            epithet(da, tok)


# -- pronouns ---------------------------------------------------------------------------
def pronoun(da: DocActors, tok: Token) -> None:
    gender, plural, kind = PRONOUNS[tok.lower_]
    kinds = ("group",) if plural else ("organization",) if kind == "org" else ("person",)
    excluded = _keys(da, clause_subjects(tok)) if kind == "obj" else set()
    if tok.lower_ == "her" and tok.tag_ == "PRP$":
        excluded = set()

    def accept(key: int) -> bool:
        entity = da.entities[key]
        return (
            entity.type in kinds
            and key not in excluded
            and not (gender and entity.gender and entity.gender != gender)
        )

    ranked = da.salience.ranked(tok.i, accept)
    if kind == "subj":  # a subject pronoun prefers the subject of a clause above it, or
        # opening a sentence, the subject of the sentence before (centering)
        above = {da.owner[t.i].key for t in governing_subjects(tok) if t.i in da.owner}
        above |= _previous_topic(da, tok)
        ranked = [(s + PARALLEL_SUBJECT * (k in above), k) for s, k in ranked]
        ranked.sort(key=lambda t: t[0], reverse=True)
    if gender:  # an actor known to agree beats one of unknown gender ("Living History")
        ranked = [(s * (1.5 if da.entities[k].gender == gender else 1.0), k) for s, k in ranked]
        ranked.sort(key=lambda t: t[0], reverse=True)
    if kind == "refl":
        subjects = _keys(da, clause_subjects(tok)) & {k for _, k in ranked}
        ranked = [(s, k) for s, k in ranked if k in subjects] or ranked
    if not ranked:
        return
    entity = da.entities[ranked[0][1]]
    if gender and not entity.gender:
        entity.gender = gender
    da.mention(entity, tok.i, tok.i + 1, tok.i)


def _previous_topic(da: DocActors, tok: Token) -> set[int]:
    """For a subject pronoun opening a main clause, the actor that is the subject of the
    previous sentence's main verb, outside quotation marks."""
    if tok.head.dep_ != "ROOT" or tok.i in da.quoted:
        return set()
    sent = tok.sent
    if any(not (t.is_punct or t.is_space) for t in da.doc[sent.start : tok.i]):
        return set()
    if sent.start == 0:
        return set()
    root = da.doc[sent.start - 1].sent.root
    # the main verb, or when the parser made the quotation the main clause ('"…," the
    # billionaire posted'), the verb of saying hanging off it
    heads = [root] + [c for c in root.children if c.dep_ in ("parataxis", "ccomp", "acl")]
    heads = [h for h in heads if h.i not in da.quoted]
    subjects = [h for h in heads if h.pos_ in ("NOUN", "PROPN")]  # a sentence parsed as a noun
    subjects += [c for h in heads for c in h.children if c.dep_ == "nsubj"]
    subjects += da.speakers_by_sentence().get(da.salience.sent_of[sent.start - 1], [])
    return {da.owner[c.i].key for c in subjects if c.i in da.owner and c.i not in da.quoted}


def _actor_pronoun(tok: Token) -> bool:
    """Whether a pronoun can stand for an actor. "it" can as the subject of a saying verb
    ("it said"); its other uses are mostly not actors ("it is unclear")."""
    if tok.lower_ != "it":
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_ in SAYING


def _keys(da: DocActors, tokens: list[Token]) -> set[int]:
    """Actors mentioned within the subtrees of ``tokens``."""
    out = set()
    for tok in tokens:
        for i in range(tok.left_edge.i, tok.right_edge.i + 1):
            if i in da.owner:
                out.add(da.owner[i].key)
    return out


# -- epithets ---------------------------------------------------------------------------
def epithet(da: DocActors, head: Token) -> None:
    lex = lexicon()
    low = head.lower_
    person = low in lex.person_nouns
    if not (person or low in lex.org_nouns) or not is_definite(head):
        return
    start, end = noun_phrase(head)
    owned = {i for p in possessors(head) for i in range(p.left_edge.i, p.right_edge.i + 1)}
    desc = from_tokens([t for t in da.doc[start:end] if t.i not in owned], head)
    entity = _match_epithet(da, head, desc, person, simple=end == head.i + 1)
    if entity is None:
        return
    da.mention(entity, start, end, head.i)
    entity.epithets.append(da.doc[start:end].text)
    entity.descriptors.append(desc)
    nickname(da, entity, start, head)


def _match_epithet(
    da: DocActors, head: Token, desc: Descriptor, person: bool, *, simple: bool
) -> Entity | None:
    """The actor an epithet names: a descriptor match, a role holder, a corpus match, or
    (for a plain person description outside quotations) the most salient person."""
    kinds = ("person",) if person else ("organization", "group")
    own = _keys(da, possessors(head))
    excluded = _keys(da, clause_subjects(head)) | own
    gender = _gender_of_head(head.lower_)
    cands = [
        e
        for e in da.entities
        if e.type in kinds
        and e.key not in own
        and not (gender and e.gender and e.gender != gender)
        and e.mentions
    ]
    marks = affiliation_of_descriptor(desc)
    known = {e.key: affiliation_of_entity(e) for e in cands} if marks else {}
    # "the New York Democrat" is none of the document's Republicans, nor a Georgian
    cands = [e for e in cands if not conflicts(marks, known.get(e.key, {}))]
    keys = {e.key for e in cands}
    salience = {k: s for s, k in da.salience.ranked(head.i, lambda k: k in keys)}
    scored = [(_fit(da, desc, e, marks, known), salience.get(e.key, 0.0), e) for e in cands]
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if scored and scored[0][0] >= 1.0:
        # a descriptor match: binding limits do not apply to titles, but among actors the
        # descriptor fits equally, the subject of a clause above is not who an epithet names
        # ("Trump told aides ... after the billionaire attacked his bill": Musk)
        above = {da.owner[t.i].key for t in governing_subjects(head) if t.i in da.owner}
        best = [t for t in scored if t[0] == scored[0][0]]
        free = [t for t in best if t[2].key not in above]
        return (free or best)[0][2]
    before = {e.key for e in cands if any(a < head.i for a, _ in e.mentions)}
    scored = [t for t in scored if t[2].key not in excluded and t[2].key in before]
    holder = _role_holder(da, desc, own, salience)
    if holder is not None:
        return holder
    if da.corpus is not None:
        found = da.corpus.entity_for(da, desc, excluded)
        if found is not None:
            return found
    if not person:
        named = _salient_organization(da, head, scored) if simple else None
        return named or _new_organization(da, head)
    if not simple or head.i in da.quoted or _unresolved_owner(da, head) or _predicative(head):
        return None
    # salience decides, among the actors known by this very head ("billionaire") if any; a
    # head of the same kind ("congressman" for a "Republican") counts for half more
    salient = [(fit, sal, e) for fit, sal, e in scored if sal > 0]
    same_head = [(sal, e) for fit, sal, e in salient if fit >= 0.75]
    if same_head:
        return max(same_head, key=lambda t: t[0])[1]
    ranked = [(sal * (1.0 + fit), e) for fit, sal, e in salient]
    return max(ranked, key=lambda t: t[0])[1] if ranked else None


def _unresolved_owner(da: DocActors, head: Token) -> bool:
    """ "his social media hype-man": a person owned by a pronoun not (yet) resolved is
    someone other than the pronoun's referent, whom salience would pick first."""
    return any(p.lower_ in PRONOUNS and p.i not in da.owner for p in possessors(head))


def _predicative(head: Token) -> bool:
    """ "(Musk) has served as his social media hype-man", "is his adviser": the description
    says what the clause's subject is; the most salient person is a guess, often wrong."""
    return head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")


def _salient_organization(
    da: DocActors, head: Token, scored: list[tuple[float, float, Entity]]
) -> Entity | None:
    """The most salient organisation whose name says it is what the epithet says ("Acme
    Corporation" for "the company", "the Clinton campaign" for "the campaign")."""
    lex = lexicon()
    kinds = {head.lower_} | lex.head_class.get(head.lower_, frozenset())
    for _, salience, entity in scored:
        words = {w.lower() for n in entity.names for w in n.replace(".", "").split()}
        if salience > 0 and words & kinds and head.i not in da.quoted:
            return entity
    return None


def _new_organization(da: DocActors, head: Token) -> Entity | None:
    """A definite organisation description qualified by a name is an organisation of its own
    ("the Chinese government", "the Trump administration")."""
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not any(m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or m.tag_ == "NNP" for m in mods):
        return None
    start = min(m.left_edge.i for m in mods)
    name = da.doc[start : head.i + 1].text
    entity = next((e for e in da.entities if name in e.names), None) or da.new_entity(
        "organization"
    )
    entity.add_name(name)
    return entity


def _fit(
    da: DocActors,
    desc: Descriptor,
    entity: Entity,
    marks: dict[str, str] | None = None,
    known: dict[int, dict[str, str]] | None = None,
) -> float:
    """How well an epithet fits an actor; ``marks`` are the epithet's party and state,
    ``known`` each candidate's (see ``affiliation_of_entity``)."""
    score = known_match(desc, entity, da.kb, da.date)
    mine = (known or {}).get(entity.key, {})
    if marks and all(mine.get(kind) == value for kind, value in marks.items()):
        score = max(score, 1.0)  # "the Ohio Republican" fits an Ohio Republican
    if da.corpus is not None:
        score = max(score, da.corpus.descriptor_fit(desc, entity))
    return score


# party words of epithets and descriptors ("the Ohio Republican", "a Nebraska Democrat") and
# the knowledge base's party affiliations, each reduced to one letter
PARTY_WORDS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D"}
PARTY_NAMES = {"Republican Party": "R", "Democratic Party": "D"}


def affiliation_of_descriptor(desc: Descriptor) -> dict[str, str]:
    """The party and US state a descriptor names: {"party": "R", "state": "ohio"}."""
    out = {}
    parties = {PARTY_WORDS[w] for w in desc.heads | desc.words if w in PARTY_WORDS}
    if len(parties) == 1:
        out["party"] = parties.pop()
    state = state_in(desc.text)
    if state:
        out["state"] = state
    return out


def affiliation_of_entity(entity: Entity) -> dict[str, str]:
    """Party and state as far as the document's descriptors and the knowledge base (party
    affiliations, roles such as "Representative from Georgia") agree on them."""
    found: dict[str, set[str]] = {"party": set(), "state": set()}
    for desc in entity.descriptors:
        for kind, value in affiliation_of_descriptor(desc).items():
            found[kind].add(value)
    if entity.kb is not None:
        found["party"] |= {PARTY_NAMES[a] for a in entity.kb.affiliations if a in PARTY_NAMES}
        found["state"] |= {s for r in entity.kb.roles if (s := state_in(r.title))}
    return {kind: values.pop() for kind, values in found.items() if len(values) == 1}


def conflicts(marks: dict[str, str], known: dict[str, str]) -> bool:
    return any(kind in known and known[kind] != value for kind, value in marks.items())


def state_in(text: str) -> str:
    """The US state a phrase names ("the West Virginia Democrat" -> "west virginia"), or ""."""
    found = _STATES.findall(text.lower())
    return max(found, key=len) if found else ""


# one pattern for every state, longest first ("west virginia" before "virginia")
_STATES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(s.lower()) for s in sorted(lexicon().us_states, key=len, reverse=True))
    + r")\b"
)


def _role_holder(
    da: DocActors, desc: Descriptor, excluded: set[int], salience: dict[int, float]
) -> Entity | None:
    """The holder of the role an epithet names: one present in the document (most salient
    first), else the single holder at the publication date."""
    holders = role_holders(desc, da.kb, da.date)
    ids = {h.id for h in holders}
    present = [e for e in da.entities if e.kb is not None and e.kb.id in ids]
    present = [e for e in present if e.key not in excluded]
    if present:
        return max(present, key=lambda e: salience.get(e.key, 0.0))
    if da.date is not None and len(holders) == 1:
        entity = da.new_entity(holders[0].type)
        entity.link(holders[0])
        return entity
    return None


def _gender_of_head(word: str) -> str:
    if FEMALE_HEADS.search(word):
        return "f"
    return "m" if MALE_HEADS.search(word) else ""
