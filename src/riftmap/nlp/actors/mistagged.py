"""Names the tagger labelled wrongly, mended after pass 1 has clustered the rest: a surname
read as a common noun or as an organisation, a person's full name read as a place or an
organisation, an organisation of the knowledge base read as some other word. Each decision
needs evidence beyond the tagger's label, since the label is what is in doubt."""

from __future__ import annotations

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.names import first_names, parse_name
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.text.word_classes import verb_form

# the roles a miscased surname can take: a name stands where a noun phrase does
NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})


def mistagged_names(state: ActorState) -> None:
    """Names the tagger took for other words: a surname read as a common noun, as
    headlines invite ("Vance slams Newsom": "Vance"/NN), or as a plural one where it ends in
    "s" ("Coons added", "Summers"/NNS), when that person is named in full
    in the document; an organisation of the knowledge base spelled exactly so ("a report
    by Axios": "Axios"/RB)."""
    for i, tag in enumerate(state.tags):
        if i in state.owner or tag in ("NNP", "NNPS"):
            continue
        if state.deps[i] not in NAME_ROLES and not _before_verb(state, i):
            continue
        tok = state.doc[i]
        if not (tok.is_title and tok.is_alpha) or tok.lower_ in lexicon().person_nouns:
            continue
        entity = state.index.person_named(tok.text, at=i) if tag in ("NN", "NNS") else None
        if entity is not None and entity.person is not None and entity.person.full:
            state.mention(entity, i, i + 1, i)
        elif not tok.is_sent_start and _kb_organization(state, tok.text):
            found = state.index.entity_for(tok.text, "ORG")
            if found is not None:
                state.mention(found, i, i + 1, i)


def _before_verb(state: ActorState, i: int) -> bool:
    """Whether the word is a name the parser made a modifier of the verb after it: in "Trump
    berates Zelensky" or a headline's "Trump posts racist AI video" the present-tense verb
    is tagged a plural noun and the name before it a compound of it. The "noun" then heads
    the sentence or modifies the name after it; one that is a subject or an object is a noun
    ("Trump suits were made in Mexico", "suspended 125,000 Twitter accounts")."""
    if state.deps[i] != "compound" or i + 1 >= len(state.tags):
        return False
    after = state.doc[i + 1]
    return (
        state.doc[i].head.i == i + 1 and after.is_lower and state.tags[i + 1] in ("NNS", "VBZ")
        and state.deps[i + 1] in ("ROOT", "compound") and after.text.endswith("s")
        and verb_form(after.text)
    )  # fmt: skip


def surnames_taken_for_organisations(state: ActorState) -> None:
    """A lone capitalised word the tagger called an organisation but which is the surname
    of a person the document names in full ("Musk and Navarro trade insults" ... "Peter
    Navarro") is that person."""
    for org in list(state.entities):
        if org.type == "person" or org.kb is not None or len(org.names) != 1:
            continue
        name = org.names[0]
        if " " in name or not name[:1].isupper():
            continue
        person = state.index.person_named(name)
        if person is None or person.person is None or not person.person.full:
            continue
        for a, b in state.forget(org):
            state.mention(person, a, b, b - 1)  # owner, mention and salience, as any name


def persons_taken_for_organisations(state: ActorState) -> None:
    """A person's full name the tagger called a place or an organisation ("Kemi Badenoch"
    tagged GPE, "Tashfeen Malik" ORG) is a person when the document names a person of that
    surname with an honorific or a gendered first name ("Mrs Badenoch", "Ms. Malik"), or
    when it begins with a known first name and a relative of that surname is named by one
    ("Tyrone Woods" beside "Charles Woods"); left alone, the actor would be split in two, an
    organisation holding the full name and a person the rest. Only a name never written
    after "the", with no organisation noun ("Trump Tower", "the Clinton Foundation") and
    unknown to the knowledge base qualifies."""
    for org in list(state.entities):
        if org.type == "person" or org.kb is not None or not org.mentions:
            continue
        name = org.own_name
        if not _person_shaped(state, org, name):
            continue
        person = state.index.person_named(name)
        if not _bears(state, person, name) and not _relative_named(state, name):
            continue
        found = state.index.entity_for(name, "PERSON", at=org.mentions[0][0])
        if found is None:
            continue
        org.names.clear()
        for a, b in state.forget(org):
            state.mention(found, a, b, b - 1)


def _person_shaped(state: ActorState, org: Entity, name: str) -> bool:
    """Two or three capitalised words, none an organisation noun, never after "the"."""
    words = name.split()
    capitalised = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    if not 2 <= len(words) <= 3 or not capitalised:
        return False
    if any(w.lower() in lexicon().org_nouns for w in words) or state.kb.lookup(name):
        return False
    doc = state.doc
    return not any(a > 0 and doc[a - 1].lower_ == "the" for a, _ in org.mentions)


def _bears(state: ActorState, person: Entity | None, name: str) -> bool:
    """Is ``person`` a person the name can be, by more than the tagger's say: one named
    with an honorific ("Mrs Badenoch", "Dr. Griffith") or by a gendered first name, or a
    name that opens with a known first name? (A run of capitalised words the tagger called
    a person, "Latinos" or "Bundy Ranch", is no evidence.)"""
    if person is None:
        return False
    if person.gender or parse_name(name).given in first_names():
        return True
    doc, honorifics = state.doc, lexicon().honorifics
    return any(
        doc[a].lower_ in honorifics or (a > 0 and doc[a - 1].lower_ in honorifics)
        for a, _ in person.mentions
    )


def _relative_named(state: ActorState, name: str) -> bool:
    """A known first name and the surname of a person the document names in full, by a
    known first name too."""
    parsed = parse_name(name)
    if not parsed.full or parsed.given not in first_names():
        return False
    names = first_names()
    return any(
        e.type == "person"
        and e.person is not None
        and e.person.given in names
        and e.person.surname == parsed.surname
        for e in state.entities
    )


def _kb_organization(state: ActorState, text: str) -> bool:
    """Is ``text``, exactly as spelled, a name of an organisation the knowledge base knows?"""
    return any(a.type == "organization" and text in a.names() for a in state.kb.lookup(text))
