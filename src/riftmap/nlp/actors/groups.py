"""Group actors: plural noun phrases headed by a group noun ("some of Trump's MAGA
supporters", "two people familiar with the comments", other Trump-backing "tech bros").

A group someone holds is named "<holder>'s" and its nouns ("Trump's cabinet members", "his
most vocal supporters": "Trump's supporters"), as the seed keys name it, unless another name
or an adjective saying which of theirs it is modifies it ("Trump's MAGA supporters", "his
fellow senators"); any other group by its phrase without quantifiers, determiners and
possessor, or by the label it carries in quotation marks. Groups of one document merge
when one's name contains the other's ("MAGA supporters", "the supporters") or when the same
possessor has them under heads of one kind ("Trump's allies", "Trump's supporters").
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.epithets import PARTY_WORDS
from riftmap.nlp.actors.names import surname_as_written
from riftmap.nlp.actors.phrases import noun_phrase
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.quotemarks import DOUBLE_OPENERS, NAME_MARKS, OPENING_MARKS

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nummod", "nmod", "quantmod"})
# A phrase that says what its subject is or would be ("These are crooked people", "Bush ...
# would make strong nominees") describes that subject; it introduces no group of its own.
PREDICATIVE_DEPS = frozenset({"attr", "oprd", "acomp"})
BECOMING = frozenset({"make", "become"})
# the partisan noun used as an adjective ("Democrat governors") names the same group as the
# adjective ("Democratic governors")
PARTY_ADJECTIVES = {"democrat": "Democratic"}
# adjectives of rank or time, which say which of someone's people are meant no more than
# "closest" does: the group is theirs ("his top aides" is Trump's aides)
RANKS = frozenset({"top", "senior", "current"})
# people who work for someone, whose holder a preposition other than "of" may name ("a
# spokesman for Warren", "Aides to Harris", "a lawyer for the campaign"); other heads take
# "to" and "for" for where or what ("an ambassador to the UN", "a candidate for governor")
STAFF_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
     "attorney", "counsel", "strategist", "surrogate", "consultant", "counselor"}
)  # fmt: skip
STAFF_PREPOSITIONS = frozenset({"for", "to"})
# a definite phrase that names a group again ("the four mayors" after "four Democratic
# 'sanctuary city' mayors") and the words it may repeat from the earlier mention
RESTATING = frozenset({"the", "these", "those"})
RESTATED_MODIFIERS = frozenset({"amod", "compound", "nummod"})


def group(state: ActorState, head: Token) -> None:
    lex = lexicon()
    low, lemma = head.lower_, head.lemma_.lower()
    if low not in lex.group_nouns and lemma not in lex.person_nouns:
        return
    quantifiers = lex.quantifiers - {"the", "a", "an"}
    modified = any(
        c.dep_ in MODIFIER_DEPS or (c.dep_ == "det" and c.lower_ in quantifiers)
        for c in head.children
    )
    if predicative(head):
        return
    if plain_definite(head) and (earlier := _group_of_kind(state, head, lemma)) is not None:
        state.mention(earlier, head.i - 1, head.i + 1, head.i)
        return
    if (earlier := _restated(state, head, lemma)) is not None:
        state.mention(earlier, *_group_span(head), head.i)  # "two of the CIA contractors"
        return
    people = _people_named(state, head)
    if people is not None:
        state.mention(people, head.i - 2, head.i + 1, head.i)
        return
    start, end = _group_span(head)
    if not (modified or start < head.left_edge.i or head.dep_ in ("nsubj", "nsubjpass")):
        return
    name = group_name(state.doc[start:end], head)
    if not name:
        return
    holder = holder_of(state, head)
    owner = holder.lower()
    name = owned_name(holder, head) or name  # "his top aides" are "Trump's aides"
    entity = _group_named(state, name, lemma) or _group_of(state, owner, lemma)
    if entity is None:
        entity = state.new_entity("group")
        state.group_keys[entity.key] = (owner, lemma)
    entity.add_name(name)
    entity.plural = True
    state.mention(entity, start, end, head.i)
    nickname(state, entity, start, head)


def _people_named(state: ActorState, head: Token) -> Entity | None:
    """ "the American people" where the document names "Americans" as well: one people, one
    actor (the plural is the name the tagger and the keys give it)."""
    doc = head.doc
    if head.lower_ != "people" or head.i < 2 or doc[head.i - 2].lower_ != "the":
        return None
    adjective = doc[head.i - 1]
    if adjective.ent_type_ != "NORP" or set(head.children) != {doc[head.i - 2], adjective}:
        return None
    plural = adjective.text + "s"
    return next(
        (e for e in state.entities if e.type == "group" and e.mentions and plural in e.names),
        None,
    )


def predicative(head: Token) -> bool:
    """Whether a noun phrase is the predicate of a copula or of "make"/"become" ("would make
    strong nominees"; not the object of "makes voters angry")."""
    if head.dep_ in PREDICATIVE_DEPS:
        return True
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in BECOMING:
        return False
    return not any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in verb.children)


def plain_definite(head: Token) -> bool:
    """Is the group phrase "the" and its head alone ("the protesters", "the senators")?"""
    children = list(head.children)
    return (
        head.i > 0
        and len(children) == 1
        and children[0].i == head.i - 1
        and children[0].dep_ == "det"
        and children[0].lower_ == "the"
    )


def _group_of_kind(state: ActorState, head: Token, lemma: str) -> Entity | None:
    """The group mentioned last before a plain "the protesters" whose head is of the same
    kind ("pro-Sanders demonstrators", "Some 300 protesters"): a plain definite plural takes
    up a group the article introduced, it rarely brings in a new one."""
    lex = lexicon()
    last: tuple[int, Entity] | None = None
    for key, (_, other) in state.group_keys.items():
        if other != lemma and not lex.same_head(lemma, other):
            continue
        entity = state.entities[key]
        before = [a for a, _ in entity.mentions if a < head.i]
        if before and (last is None or max(before) > last[0]):
            last = (max(before), entity)
    return last[1] if last else None


def _restated(state: ActorState, head: Token, lemma: str) -> Entity | None:
    """The group a definite phrase names again with words of its earlier mention ("four
    Democratic 'sanctuary city' mayors" ... "the four mayors", "the Democratic mayors"): the
    last group of the head's kind, when its mentions so far hold each modifier."""
    left = [c for c in head.children if c.i < head.i]
    if len(left) < 2 or left[0].dep_ != "det" or left[0].lower_ not in RESTATING:
        return None
    mods = left[1:]
    if any(m.dep_ not in RESTATED_MODIFIERS for m in mods):
        return None
    earlier = _group_of_kind(state, head, lemma)
    if earlier is None:
        return None
    words = _mention_words(state, earlier)
    said = {t.lower_ for m in mods for t in m.subtree if not t.is_punct}  # "major-party"
    return earlier if said <= words else None


def _mention_words(state: ActorState, group: Entity) -> set[str]:
    """The words of a group's mentions so far, a number a span left out included ("Four" of
    "Four Democratic ... mayors"); each mention is read once, so that a text restating a group
    thousands of times stays linear."""
    read, words = state.group_words.get(group.key, (0, set()))
    if read > len(group.mentions):  # a mention was taken back: read them all again
        read, words = 0, set()
    for a, b in group.mentions[read:]:
        words |= {
            w.lower_ for t in state.doc[a:b] for w in (t, *t.children)
            if w is t or w.dep_ == "nummod"
        }  # fmt: skip
    state.group_words[group.key] = (len(group.mentions), words)
    return words


def _group_span(head: Token) -> tuple[int, int]:
    """A group phrase with its partitive ("some of ...") and conjuncts ("conservatives and
    MAGA faithful")."""
    start, end = noun_phrase(head)
    quantifiers = lexicon().quantifiers
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in quantifiers:
        start = of.head.left_edge.i
    for child in head.rights:
        if child.dep_ == "conj" and child.tag_ in ("NNP", "JJ") and child.i >= end:
            if child.tag_ == "NNP" and not any(c.dep_ == "amod" for c in child.children):
                continue  # "MAGA supporters and Musk": a person, not part of the group
            end = max(end, child.right_edge.i + 1)
    return start, end


def group_name(span: object, head: Token) -> str:
    """The name of a group: its phrase without quantifiers, determiners, possessive pronouns
    and a named possessor when other words remain ("some of Trump's MAGA supporters" ->
    "MAGA supporters")."""
    lex = lexicon()
    toks = [t for t in span if not t.is_space]  # type: ignore[attr-defined]
    while toks and (toks[0].lower_ in lex.quantifiers or toks[0].lower_ == "of"):
        toks = toks[1:]
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks = toks[1:]
    toks = [t for t in toks if t.tag_ != "PRP$"]
    poss = [i for i, t in enumerate(toks) if t.tag_ == "POS" and t.i < head.i]
    if poss and poss[-1] + 1 < len(toks) - 1:
        toks = toks[poss[-1] + 1 :]
    quoted = [i for i, t in enumerate(toks) if t.text in DOUBLE_OPENERS and t.i < head.i]
    if quoted:  # a label in quotation marks names the group: other Trump-backing "tech bros"
        toks = toks[quoted[-1] + 1 :]
    text = "".join(
        PARTY_ADJECTIVES.get(t.lower_, t.text) + t.whitespace_
        if t.i < head.i and t.dep_ in MODIFIER_DEPS
        else lex.body_word(t.text) + t.whitespace_
        if t.i == head.i
        else t.text_with_ws
        for t in toks
    ).strip()
    # quotation marks go; a possessive's apostrophe stays ("Pelosi’s allies": pelosi-allies)
    return "".join(
        c
        for i, c in enumerate(text)
        if c not in NAME_MARKS or (c == "’" and text[i + 1 : i + 2] == "s")
    ).strip()


def holder_of(state: ActorState, head: Token) -> str:
    """Whose a group is: its named possessor ("Trump's allies"), the person its possessive
    pronoun stands for ("his supporters") or the one it is "of" ("Allies of President
    William Ruto"), as written; or ''."""
    return _named_possessor(head) or _pronoun_possessor(state, head) or _of_holder(state, head)


def owned_name(holder: str, head: Token) -> str:
    """A group of someone's named as the seed keys name it, "<holder>'s" and its nouns
    without adjectives or numbers ("his most vocal supporters": "Trump's supporters", "some
    of Trump's cabinet members": "Trump's cabinet members", "Allies of President William
    Ruto": "Ruto's allies"): across articles, the supporters of one are one actor. '' when
    no one holds it, when another name modifies it ("Trump's MAGA supporters"), by which the
    group is known instead, or an adjective other than one of degree says which of theirs
    ("his fellow senators", "his masked agents")."""
    if not holder or _proper_modifier(head, holder) or any(_kind_adjective(c) for c in head.lefts):
        return ""
    if any(c.dep_ == "conj" for c in head.children):
        return ""  # "his family and U.S. presidents": whose the others are, it does not say
    nouns = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return f"{holder}'s " + " ".join(t.text for t in [*nouns, head])


def _kind_adjective(tok: Token) -> bool:
    """An adjective that says which of someone's people a group is ("fellow", "masked",
    "political"), not how much ("closest", "most vocal") nor their rank or time ("his top
    aides", "Sanders's senior advisers", "his current aides": the keys' "trump-aides",
    "sanders-advisers"; PolNeAR train has 20 such groups in 15 articles)."""
    if tok.dep_ != "amod" or tok.lower_ in RANKS:
        return False  # also a participle: "masked", "running"
    return tok.tag_ != "JJS" and not any(c.tag_ in ("RBS", "JJS") for c in tok.children)


def _proper_modifier(head: Token, holder: str) -> bool:
    """Whether a name other than the holder's modifies the group ("Trump's MAGA supporters"):
    the group is known by that name, not by whose it is."""
    return any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.text != holder
        for c in head.lefts
    )


def _named_possessor(head: Token) -> str:
    """The named possessor of a group ("Trump" of "Trump's allies") as written, or ''."""
    poss = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return poss[0].text if poss else ""


def _of_holder(state: ActorState, head: Token) -> str:
    """The surname of the person a group is "of" ("Allies of President William Ruto"), or
    whom staff work "for" or "to", person or organisation ("Aides to Harris", "a spokesperson
    for Open Society Foundations"); or ''."""
    staff = head.lemma_.lower() in STAFF_ROLES
    for prep in head.children:
        if prep.dep_ != "prep" or not (
            prep.lower_ == "of" or (staff and prep.lower_ in STAFF_PREPOSITIONS)
        ):
            continue
        for obj in prep.children:
            owner = state.owner.get(obj.i) if obj.dep_ == "pobj" else None
            holder = _surname(owner) or (_organisation(owner) if staff else "")
            if holder:
                return holder
    return ""


def _organisation(entity: Entity | None) -> str:
    """An organisation's name, or '' for anything else."""
    return entity.name if entity is not None and entity.type == "organization" else ""


def _surname(entity: Entity | None) -> str:
    """A person's surname as their name writes it, or '' for no person."""
    if entity is None or entity.type != "person" or entity.person is None:
        return ""
    return surname_as_written(entity.name, entity.person.surname)


def _pronoun_possessor(state: ActorState, head: Token) -> str:
    """The surname of the person a possessive pronoun before a group stands for ("Trump" of
    "his supporters" where "his" is Trump), or ''. A group is as much its possessor's when
    the possessor is a pronoun as when named: "her advisers" are Clinton's advisers, and
    across articles the advisers of one and of another are not one actor."""
    for child in head.children:
        surname = _surname(state.owner.get(child.i)) if child.dep_ == "poss" else ""
        if surname and child.tag_ == "PRP$":
            return surname
    return ""


def _group_of(state: ActorState, owner: str, lemma: str) -> Entity | None:
    """An earlier group of the same possessor whose head means the same ("some of Trump's
    MAGA supporters" ... "some of Trump's allies")."""
    if not owner:
        return None
    lex = lexicon()
    for key, (other_owner, other_lemma) in reversed(list(state.group_keys.items())):
        if other_owner == owner and lex.same_head(lemma, other_lemma):
            return state.entities[key]
    return None


def _group_named(state: ActorState, name: str, lemma: str) -> Entity | None:
    """An earlier group of the same name, or the same head whose other words include or are
    included in this one's ("MAGA supporters" and "supporters"). A party is one word however
    it is written ("GOP lawmakers" are the "Republican lawmakers" named before)."""
    key = norm(name)
    words = _party_words(key)
    for entity in reversed(state.entities):
        if entity.type != "group" or not entity.plural:
            continue
        for other in entity.names:
            other_words = _party_words(norm(other))
            if norm(other) == key or (len(words) > 1 and other_words == words):
                return entity
            shorter = min(len(words), len(other_words))
            if (
                other.lower().endswith(lemma)
                and shorter > 1
                and (words <= other_words or other_words <= words)
            ):
                return entity
    return None


def _party_words(name: str) -> set[str]:
    """The words of a normalised group name, a party's adjective or abbreviation read as the
    party ("gop" and "republican" alike)."""
    return {PARTY_WORDS.get(w, w) for w in name.split()}


def nickname(state: ActorState, entity: Entity, start: int, head: Token) -> None:
    """A nickname in quotation marks inside an epithet ("the president's 'first buddy'") is
    a mention of its own."""
    for i in range(start, head.i):
        if state.doc[i].text in OPENING_MARKS and i + 1 <= head.i:
            state.mention(entity, i + 1, head.i + 1, head.i, weight=0.0)
            return
