"""Epithets: definite descriptions that name an actor without its name ("the tech titan",
"the former Breitbart chief", "the president's 'first buddy'", "the conservative confab").

An epithet is matched, in this order of trust, against the descriptors the document itself
defined (titles, appositions, predicates, earlier resolved epithets), those other documents
of the corpus taught, and those of the knowledge base (descriptors, and roles by date: "the
president" is Obama in 2016 and Trump in 2025). Failing a match, a plain description headed by
a person noun refers back to the most salient person it may denote (not the subject of its
own clause, not its own possessor): journalists vary names with epithets, they rarely
introduce a new actor with "the billionaire".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import KBActor, KnowledgeBase, norm
from riftmap.models import Role
from riftmap.nlp.actors.descriptors import (
    Descriptor,
    Period,
    expand,
    from_phrase,
    same_tense,
    undated,
)
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.kin import is_relation


@dataclass(frozen=True)
class Known:
    """A descriptor of a knowledge-base actor, with the role it comes from (if any)."""

    descriptor: Descriptor
    role: Role | None = None


def kb_descriptors(kb: KnowledgeBase, actor: KBActor) -> list[Known]:
    """Descriptors of a KB actor: its listed descriptors, and each role title (with the role's
    epithets) widened by the aliases of organisations it names ("DOGE"). Cached on the KB."""
    key = ("descriptors", actor.id)
    if key not in kb.cache:
        kb.cache[key] = _kb_descriptors(kb, actor)
    found: list[Known] = kb.cache[key]
    return found


def _org_aliases(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    if "org_aliases" not in kb.cache:
        kb.cache["org_aliases"] = {
            a.name: a.aliases for a in kb.actors.values() if a.type != "person" and a.aliases
        }
    found: dict[str, tuple[str, ...]] = kb.cache["org_aliases"]
    return found


def _kb_descriptors(kb: KnowledgeBase, actor: KBActor) -> list[Known]:
    aliases = _org_aliases(kb)
    common = [a for a in actor.aliases if a[:1].islower()]  # "the bureau", "the high court"
    out = [Known(from_phrase(d)) for d in (*actor.descriptors, *common)]
    # "husband of Hillary Clinton" names a relation to one person: resolved by its possessor
    # only (riftmap.nlp.actors.kin), never as a description that fits any "her husband"
    out = [k for k in out if not (is_relation(k.descriptor) and _of_someone(k.descriptor))]
    for role in actor.roles:
        for phrase in (role.title, *kb.role_phrases.get(role.title, ())):
            d = from_phrase(phrase)
            words = frozenset(expand(d.words | d.heads, aliases)) - d.heads
            out.append(Known(Descriptor(d.text, d.heads, d.words | words, d.past, d.future), role))
    return out


def _of_someone(desc: Descriptor) -> bool:
    """Does a descriptor say whose it is ("husband of Hillary Clinton")?"""
    return " of " in f" {desc.text.lower()} "


def role_fit(epithet: Descriptor, role: Role | None, when: Period | None) -> float:
    """How a role's term fits the epithet's tense at the time the article speaks of: a
    "former" epithet wants a role ended by then, a "presumptive" one a role not ended, a
    plain one a role held then (1.0 fits, 0.3 does not). Over a period, a term that overlaps
    it is held then."""
    if role is None or when is None:
        return 1.0
    first, last = when
    started = role.start is None or role.start[: len(last)] <= last[: len(role.start)]
    not_ended = role.end is None or first[: len(role.end)] <= role.end[: len(first)]
    ended = role.end is not None and role.end[: len(last)] < last
    if epithet.past:
        return 1.0 if ended else 0.3
    if epithet.future:  # "the presumptive nominee": held then, or to be held
        return 1.0 if not_ended else 0.3
    return 1.0 if started and not_ended else 0.3


def known_match(
    epithet: Descriptor,
    entity: Entity,
    kb: KnowledgeBase,
    when: Period | None,
    foreign: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> float:
    """Best match of an epithet with what the document and the KB say of ``entity``; a role
    of the KB counts only when the epithet's words all fit it ("the British leader" is the
    prime minister, "the Brexit Party leader" is not). ``foreign`` are the name words of
    others than the epithet's own possessor (see ``other_relation``); ``people`` the name
    words of the document's persons (see ``other_person``)."""
    descriptors = [
        d
        for d in entity.descriptors
        if not other_relation(epithet, d, foreign)
        and not other_person(epithet, d, people)
        and same_tense(epithet, d)
    ]
    best = max((epithet.match(d) * 1.5 for d in descriptors), default=0.0)
    if entity.kb is not None:
        plain, dated = undated(epithet)
        for known in kb_descriptors(kb, entity.kb):
            if known.role is None:
                score = epithet.match(known.descriptor)
            else:  # a year the epithet names is when the role was held
                score = plain.match(known.descriptor)
            if known.role is not None and score < 1.0:
                continue  # an office is named in full: "the Brexit Party leader" is no PM
            if score:
                best = max(best, score * role_fit(plain, known.role, dated or when))
    return best


def other_person(epithet: Descriptor, known: Descriptor, people: frozenset[str]) -> bool:
    """Whether a known descriptor is of something else because each names a different person:
    "the Trump campaign" is not what the document called "the Clinton campaign", though the
    heads agree. ``people`` holds the name words of the document's persons. PolNeAR train:
    "the <candidate> campaign" 244 times in 145 articles, often beside the rival's."""
    mine, theirs = epithet.words & people, known.words & people
    return bool(mine and theirs) and not mine & theirs


def other_relation(epithet: Descriptor, known: Descriptor, foreign: frozenset[str]) -> bool:
    """Whether a known relation is someone else's: "Clinton's former rival" (Sanders) is not
    what "his Democratic rival" names when "his" is Trump. ``foreign`` holds the name words of
    the actors other than the epithet's possessor (empty when it has none)."""
    relational = lexicon().relational_nouns
    return bool(foreign and epithet.heads & relational and known.heads & relational) and bool(
        known.words & foreign
    )


def role_phrases(kb: KnowledgeBase) -> dict[str, str]:
    """The knowledge base's role phrases ("the first lady") with their titles, read once per
    knowledge base: every epithet of every document looks them up."""
    if "role_epithets" not in kb.cache:
        kb.cache["role_epithets"] = kb.role_epithets()
    phrases: dict[str, str] = kb.cache["role_epithets"]
    return phrases


def role_holders(epithet: Descriptor, kb: KnowledgeBase, when: Period | None) -> list[KBActor]:
    """KB actors holding (or, for "former" epithets, having held) the role an epithet names
    ("the president", "the White House press secretary") at the document date. A party the
    epithet names rules out the other party's holders: a title is held by either party in
    turn ("the House Republican leader" is the House Minority Leader only while Republicans
    are the minority)."""
    phrase = " ".join(w for w in _plain_words(epithet.text))
    title = role_phrases(kb).get(phrase)
    titles = [title] if title is not None else _titles_covering(epithet, kb)
    party = {k: v for k, v in affiliation_of_descriptor(epithet).items() if k == "party"}
    out = []
    for found in titles:
        for actor, role in kb.holders(found, None):
            parties = parties_of(actor)
            if len(parties) == 1 and conflicts(party, {"party": next(iter(parties))}):
                continue
            if when is None or role_fit(epithet, role, when) == 1.0:
                out.append(actor)
    return list(dict.fromkeys(out))


def parties_of(actor: KBActor) -> set[str]:
    """The party letters of a knowledge-base actor's affiliations; another country's party
    ("Conservative Party") by its name, which no epithet's letter matches: the Tory leader
    is not "the Republican"."""
    return {
        PARTY_NAMES.get(a, a)
        for a in actor.affiliations
        if a in PARTY_NAMES or a.endswith(" Party")
    }


def _titles_covering(epithet: Descriptor, kb: KnowledgeBase) -> list[str]:
    """Role titles whose words hold every word of an epithet of two words or more, written
    otherwise than the KB's phrases ("the Republican nominee for president", "the Vermont
    senator" for "Senator from Vermont")."""
    words = epithet.words | epithet.heads
    if len(words) < 2:
        return []
    if "role_descriptors" not in kb.cache:
        kb.cache["role_descriptors"] = [(from_phrase(p), t) for p, t in role_phrases(kb).items()]
    out = []
    for known, title in kb.cache["role_descriptors"]:
        if epithet.heads & known.heads and words <= known.words | known.heads:
            out.append(title)
    return list(dict.fromkeys(out))


def _plain_words(text: str) -> list[str]:
    lex = lexicon()
    words = norm(text).replace("’", "'").split()
    skip = lex.past_markers | lex.empty_modifiers | lex.prospective_markers | {"ex"}
    return [w for w in words if w not in skip and not w.endswith("'s")]


# party words of epithets and descriptors ("the Ohio Republican", "a Nebraska Democrat") and
# the knowledge base's party affiliations, each reduced to one letter
PARTY_WORDS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D"}
PARTY_NAMES = {"Republican Party": "R", "Democratic Party": "D"}


def affiliation_of_descriptor(desc: Descriptor) -> dict[str, str]:
    """The party, US state and nation a descriptor names: {"party": "R", "state": "ohio"},
    {"nation": "france"}."""
    out = {}
    parties = {PARTY_WORDS[w] for w in desc.heads | desc.words if w in PARTY_WORDS}
    if len(parties) == 1:
        out["party"] = parties.pop()
    lex = lexicon()
    states = {lex.state_demonyms[w] for w in desc.heads | desc.words if w in lex.state_demonyms}
    state = state_in(desc.text) or (states.pop() if len(states) == 1 else "")
    if state:  # "the Ohio Republican", "the Texan"
        out["state"] = state
    demonyms = lex.demonyms
    nations = {demonyms[w] for w in desc.heads | desc.words if w in demonyms}
    if len(nations) == 1:
        out["nation"] = nations.pop()
    return out


def affiliation_of_entity(entity: Entity) -> dict[str, str]:
    """Party and state as far as the document's descriptors and the knowledge base (party
    affiliations, roles such as "Representative from Georgia") agree on them."""
    found: dict[str, set[str]] = {"party": set(), "state": set(), "nation": set()}
    for desc in entity.descriptors:
        for kind, value in affiliation_of_descriptor(desc).items():
            found[kind].add(value)
    if entity.kb is not None:
        found["party"] |= parties_of(entity.kb)
        found["state"] |= {s for r in entity.kb.roles if (s := state_in(r.title))}
        found["nation"] |= {n for r in entity.kb.roles if (n := nation_in(r.title))}
    return {kind: values.pop() for kind, values in found.items() if len(values) == 1}


def nation_in(title: str) -> str:
    """The country a role title serves ("President of France" -> "france"), or ""."""
    _, of, country = title.lower().rpartition(" of ")
    country = country.removeprefix("the ")
    return country if of and country in _countries() else ""


@cache
def _countries() -> frozenset[str]:
    return frozenset(lexicon().demonyms.values())


def conflicts(marks: dict[str, str], known: dict[str, str]) -> bool:
    return any(kind in known and known[kind] != value for kind, value in marks.items())


def state_in(text: str) -> str:
    """The US state a phrase names ("the West Virginia Democrat" -> "west virginia"), or ""."""
    found = us_states().findall(text.lower())
    return max(found, key=len) if found else ""


@cache
def us_states() -> re.Pattern[str]:
    """One pattern for every state of the lexicon, in lower case, longest first ("west
    virginia" before "virginia"), compiled at first use."""
    states = sorted(lexicon().us_states, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s.lower()) for s in states) + r")\b")
