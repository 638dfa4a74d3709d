"""Pass 1 of actor resolution: names. The tagger's entities and the proper nouns it missed
("Musk said" after "Elon Musk", a surname the tagger read as a common noun, an organisation of
the knowledge base spelled exactly so) are clustered into actors (``entities.NameIndex``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors import titles
from riftmap.nlp.actors.acronyms import parenthesized_acronyms
from riftmap.nlp.actors.adjectival import adjective, modifier, prefixed
from riftmap.nlp.actors.bounds import name_bounds, office_place_skipped
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.handles import find_handles
from riftmap.nlp.actors.headlines import (
    headline_name_end,
    headline_name_start,
    headline_only,
    headline_person_run,
)
from riftmap.nlp.actors.kinds import is_law
from riftmap.nlp.actors.mistagged import (
    mistagged_names,
    persons_taken_for_organisations,
    surnames_taken_for_organisations,
)
from riftmap.nlp.actors.name_text import clean_name
from riftmap.nlp.actors.names import PARTICLES, first_names
from riftmap.nlp.actors.nicknamed import find_nicknamed
from riftmap.nlp.actors.places import landmark
from riftmap.nlp.actors.shouting import shouted
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.actors.titles import office_alone
from riftmap.nlp.text import select
from riftmap.nlp.text.quotemarks import QUOTE_MARKS


def find_names(state: ActorState) -> None:
    """Pass 1: the tagger's entities and the proper nouns it missed, clustered into actors
    and linked to the knowledge base."""
    find_nicknamed(state)
    _entities(state)
    parenthesized_acronyms(state)
    _aliases(state)
    surnames_taken_for_organisations(state)
    persons_taken_for_organisations(state)
    find_handles(state)


def _entities(state: ActorState) -> None:
    taken = set(state.owner)  # a name read whole before (``nicknamed``): not its pieces
    spans = [
        (e, prefixed(e)) for e in _joined(state) if not taken.intersection(range(e.start, e.end))
    ]
    plain = {e.text for e, affixed in spans if not affixed and not modifier(e)}
    for ent, affixed in spans:
        if affixed:
            ent = SpacySpan(ent.doc, ent.start + 2, ent.end, label=ent.label_)
            if ent.text not in plain and not state.kb.lookup(ent.text):
                continue  # "un-American", "non-Latino": an adjective, naming no one
        elif adjective(ent) and not _known_name(state, ent.text):
            continue  # "leans Democratic", "is Muslim"
        if modifier(ent) and not state.kb.lookup(ent.text):
            continue  # "Republican" of "the Republican nominee", "U.S." of "U.S. officials"
        if _person_word(ent) or PARTY_STATE.match(ent.text) or _state_abbreviation(ent):
            continue  # "the Ohio Republican" is an epithet; "D-Mass." a party and state
        if landmark(ent.text):
            continue  # "an Oval Office meeting": where, not who
        if (_no_name(ent) or shouted(ent) or office_alone(ent)) and not state.kb.lookup(ent.text):
            continue
        if is_law([t.lower_ for t in ent]) and not state.kb.lookup(ent.text):
            state.laws.update(range(ent.start, ent.end))
            continue
        if _possessed_person(state, ent):
            continue
        ent = _owner_of_quoted(ent)
        start, end = name_bounds(ent.start, ent.end, state.doc, ent.label_)
        end = headline_name_end(state, start, end)
        start = headline_name_start(state, start, end)
        start, end = headline_person_run(state, start, end, ent.label_)
        if headline_only(state, start, end, ent.label_):
            continue
        label, named_from = ent.label_, start
        if label != "PERSON" and titles.titled_person(state.doc[start:end]):
            # "Spokeswoman Haley Morris" tagged an organisation: the person is named by the
            # last two words, whatever title stands before them ("Labour lawmaker")
            label, named_from = "PERSON", max(start, end - 2)
        name = titles.strip_titles(clean_name(state.doc[named_from:end].text), label == "PERSON")
        if (tail := titles.known_tail(state.kb, name)) != name:  # a title run into any name
            name, label = tail, "PERSON"
        if not name or not any(c.isalpha() for c in name):
            continue
        if not any(c.isupper() for c in name) and "@" not in name:
            # a name keeps a capital: words with none ("secretary of state", "the education
            # department", "n’t" of "aren’t", "w" of "@JaneRoe w/staff" once the handle is
            # set apart) are a description for the later passes, whatever the knowledge base
            # calls "us" or "fed"; a handle ("@johnghadley") is kept
            continue
        gender = _honorific_gender(state.doc, start)
        label = "NORP" if _family(ent) else label
        if label != "PERSON" and start < ent.start:
            label = "PERSON"  # bounds took in a first name the tagger left out ("Ana Navarro")
        if label != "PERSON" and office_place_skipped(state.doc, ent.start, start, end):
            label = "PERSON"  # bounds left out the place before a name ("for New Jersey Alina")
        entity = state.index.entity_for(
            name,
            label,
            gender,
            at=start,
            modifier=_modifies_common_noun(ent),
            role=_title_role(state.doc, start, end, name),
        )
        if entity is not None:
            before = state.doc[start - 1] if start > 0 else None
            if entity.type != "person" and before is not None and before.lower_ == "the":
                start -= before.head.i in range(start, end)  # "the Times"
            state.mention(entity, start, end, ent.root.i)
    _bare_names(state)


def _possessed_person(state: ActorState, ent: SpacySpan) -> bool:
    """A person named after the organisation they write or speak for, read by the tagger as
    one organisation ("National Review’s Jonah Goldberg", "the Daily Wire’s Ben Shapiro",
    "Twitter's Adam Sharp": 6 in 5 PolNeAR train articles): the organisation, the person
    (a known first name and a capitalised word after the possessive) and the whole phrase
    as the person's mention, as a title before a name is. True when so read."""
    doc = state.doc
    pos = [t.i for t in ent if t.tag_ == "POS" or _plural_possessive(t)]
    if ent.label_ == "PERSON" or not pos or pos[-1] + 2 >= ent.end:
        return False
    given, after = doc[pos[-1] + 1], doc[pos[-1] + 2 : ent.end]
    if given.lower_ not in first_names() or not all(t.is_title for t in after):
        return False
    start = ent.start + (doc[ent.start].lower_ == "the")
    org = state.index.entity_for(clean_name(doc[start : pos[-1]].text), "ORG")
    person = state.index.entity_for(doc[given.i : ent.end].text, "PERSON")
    if org is None or person is None:
        return False
    state.mention(org, start, pos[-1], pos[-1] - 1)
    state.mention(person, given.i, ent.end, ent.end - 1)
    state.mention(person, ent.start, ent.end, ent.end - 1, weight=0.0)
    return True


def _owner_of_quoted(ent: SpacySpan) -> SpacySpan:
    """The possessor, when the tagger ran it into the quoted words after its possessive
    ("Trump’s ‘Piggy’ Comment", "Trump’s “Make America Great Again” hats", "Trump’s
    ‘Chipocalypse’ post": five in three PolNeAR train articles and two of the development
    set): words in quotation marks are someone's coinage, not part of a name."""
    doc = ent.doc
    for tok in ent[1:-1]:
        possessive = tok.tag_ == "POS" or tok.lower_ in ("'s", "’s") or _plural_possessive(tok)
        if possessive and doc[tok.i + 1].is_quote:
            return SpacySpan(doc, ent.start, tok.i, label=ent.label_)
    return ent


def _plural_possessive(tok: Token) -> bool:
    """An apostrophe closing a word in "s" that the tagger read as a closing quotation mark
    ("Fox News’ Bret Baier": 3 in 3 PolNeAR train and devset articles)."""
    return (
        tok.text in ("’", "'")
        and tok.i > 0
        and tok.nbor(-1).lower_.endswith("s")
        and not tok.nbor(-1).whitespace_
        and bool(tok.whitespace_)
    )


def _title_role(doc: Doc, start: int, end: int, name: str) -> str:
    """The office a title just before a name says ("president" of "President Biden"), within
    the tagger's span or before it; "" when none."""
    first = name.split()[0]
    at = next((k for k in range(start, end) if doc[k].text == first), start)
    return lexicon().title_words.get(doc[at - 1].lower_, "") if at > 0 else ""


def _honorific_gender(doc: Doc, start: int) -> str:
    """The gender an honorific right before a name says ("Mrs. Clinton": f), or ""."""
    if start == 0:
        return ""
    return lexicon().honorifics.get(doc[start - 1].lower_, "")


def _bare_names(state: ActorState) -> None:
    """Proper nouns the tagger left out that repeat a known name ("Musk said", "Elon
    Musk"): runs of proper nouns, as a whole or one by one."""
    tags, i = state.tags, 0
    while i < len(tags):
        j = i
        while j < len(tags) and j not in state.owner and tags[j] in ("NNP", "NNPS"):
            j += 1
        if j > i:
            _bare_run(state, i, j)
        i = j + 1
    mistagged_names(state)


# "known as", "known online as", "also known as", "better known as", "who goes by"
_ALIAS_ADVERBS = frozenset({"also", "better", "widely", "online", "then", "popularly"})
# the quotation marks around the alias, with the tokenizer's two-character forms
_ALIAS_QUOTES = QUOTE_MARKS | {"''", "``"}


def _aliases(state: ActorState) -> None:
    """A name a person is said to be known by ("Marcel Lehel Lazar, 44, known online as
    'Guccifer,'", "Marcel Lazar, the hacker known as 'Guccifer'", "Chrabaszcz, who goes by
    'Vito'") is that person wherever it recurs, whatever actor the tagger made of it."""
    doc = state.doc
    for at in select.positions(doc, ("known", "goes"), lower=True):
        tok = doc[at]
        if tok.lower_ == "known":
            i = tok.i + 1
            while i < len(doc) and doc[i].lower_ in _ALIAS_ADVERBS:
                i += 1
            if i >= len(doc) or doc[i].lower_ != "as":
                continue
        elif tok.lower_ == "goes" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "by":
            i = tok.i + 1
        else:
            continue
        i += 1
        while i < len(doc) and doc[i].text in _ALIAS_QUOTES:
            i += 1
        alias = state.owner.get(i)
        bearer = _alias_bearer(state, tok)
        if alias is None or bearer is None or alias is bearer or bearer.type != "person":
            continue
        if alias.kb is not None or _first_and_last(alias):
            continue  # a known actor or a full name of its own ("then known as Bradley Manning")
        if alias.type == "group" or any(c.dep_ == "neg" for c in tok.children):
            continue  # "not known as Republican-leaning": a party word, a denial
        for a, b in state.forget(alias):
            state.mention(bearer, a, b, b - 1)
        alias.names.clear()
        alias.person = None


def _first_and_last(entity: Entity) -> bool:
    """Is ``entity`` named by a first name and a surname ("Bradley Manning"; not "Hacker
    Guccifer" of a headline)?"""
    person = entity.person
    return person is not None and person.full and person.given in first_names()


def _alias_bearer(state: ActorState, tok: Token) -> Entity | None:
    """The person a "known as" phrase describes: the named person it hangs on, or whose
    apposition ("the hacker", "44") it hangs on."""
    head = tok.head
    for _ in range(3):
        found = state.owner.get(head.i)
        if found is not None:
            return found
        if head.dep_ not in ("appos", "acl", "relcl", "npadvmod", "amod") or head.head is head:
            return None
        head = head.head
    return None


def _bare_run(state: ActorState, start: int, end: int) -> None:
    start = headline_name_start(state, start, end)  # "Trump Slams Rand Paul": not "Slams"
    run = state.doc[start:end]
    if end - start > 1 and (run.text[0].isupper() or run[0].text in PARTICLES):
        # "de Blasio said": a surname's particle opens the run in lower case
        named = state.index.person_named(run.text, at=start)
        entity = named or _organisation_named(state, run.text)
        if named is not None and named.person is not None and _full_name(run):
            entity = state.index.entity_for(run.text, "PERSON", at=start)
        if entity is not None and (entity.person is None or entity.person.full):
            state.mention(entity, start, end, run.root.i)
            return
    for tok in run:
        if not tok.is_alpha or not tok.text[0].isupper() or _one_member(tok):
            continue
        entity = state.index.person_named(tok.text, at=tok.i)
        if entity is None and end - start == 1:  # not a word of a longer name: "America First"
            entity = _organisation_named(state, tok.text)
        if entity is None and state.kb.lookup(tok.text):
            entity = state.index.entity_for(tok.text, "ORG")
        if entity is not None:
            state.mention(entity, tok.i, tok.i + 1, tok.i)


def _full_name(run: SpacySpan) -> bool:
    """Is an untagged run of proper nouns that ends in a named person's surname that
    person's full name: a known first name, then words in capitals only ("Alberto Núñez
    Feijóo" in a body whose headline wrote "Feijóo")? A run of other words ("Senate Majority
    Leader Mitch McConnell") is not, though it ends in the surname too."""
    return (
        len(run) <= 4
        and run[0].lower_ in first_names()
        and all(t.is_alpha and t.text[0].isupper() and not titles.is_title_word(t) for t in run)
    )


def _one_member(tok: Token) -> bool:
    """ "a Republican", "a Democrat": one member of a party named like the party, a
    description (", a Republican," or ", a Democrat," after a name: 10 PolNeAR train
    articles), however the party is named elsewhere ("has not voted Republican")."""
    lex = lexicon()
    return tok.lower_ in lex.person_nouns and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    )


def _organisation_named(state: ActorState, name: str) -> Entity | None:
    """An organisation of the document named exactly so elsewhere, where the tagger knew it
    ("ProPublica" tagged a product in a headline, an organisation in the body)."""
    return next(
        (e for e in state.entities if e.type != "person" and e.mentions and name in e.names), None
    )


PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def _state_abbreviation(ent: SpacySpan) -> bool:
    """A US state as newspapers abbreviate it, which places a person or event ("Tampa, Fla.",
    "(R-Fla.)") rather than naming an actor: an actor named "Fla." looks broken."""
    return ent.text.lstrip("-") in lexicon().us_state_abbreviations


# titles whose "of" names a department, a part of the title and no actor of the sentence
# ("Secretary of State": its "State" was an actor in 79 of PolNeAR train's 840 articles); after
# other heads it names one ("the chief executive of PepsiCo", "Republican of Arizona")
DEPARTMENT_TITLES = frozenset({"secretary", "minister"})


def _no_name(ent: SpacySpan) -> bool:
    """Words the tagger took for a name that name no actor: a word in capitals that is a
    verb or adjective (a post's shouting: "America will LOSE", "SAD!"), the first word of a
    title ("Press Secretary Karoline Leavitt") or its department ("Secretary of State"), and
    a name a person is compared to ("he's becoming Icarus"). (Words with no capital at all
    are no name either: ``_entities`` drops them once the name's bounds are set.)"""
    if len(ent) != 1:
        return False
    tok = ent.root
    if tok.is_upper and tok.pos_ in ("VERB", "AUX", "ADJ", "ADV"):
        return True
    head = tok.head
    if tok.dep_ == "compound" and head.i == tok.i + 1 and head.is_title:
        return head.lower_ in lexicon().person_nouns
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in DEPARTMENT_TITLES:
        return True  # "Secretary of State", "the secretary of the Treasury": a title's part
    return ent.label_ == "PERSON" and tok.dep_ in ("attr", "oprd") and tok.head.lemma_ == "become"


def _person_word(ent: SpacySpan) -> bool:
    """A group name used for one person with a determiner: "the Ohio Republican"."""
    root = ent.root
    return (
        ent.label_ == "NORP"
        and root.tag_ == "NNP"
        and root.lower_ in lexicon().person_nouns
        and any(c.dep_ == "det" for c in root.children)
    )


def _joined(state: ActorState) -> list[SpacySpan]:
    """The entities, two side by side joined when together they are a name the knowledge
    base knows and the tagger split ("Islamic" and "State" of "the Islamic State group")."""
    spans, out, i = state.ent_spans, [], 0
    while i < len(spans):
        ent = spans[i]
        after = spans[i + 1] if i + 1 < len(spans) else None
        if (
            after is not None
            and after.start == ent.end
            and state.kb.lookup(f"{ent.text} {after.text}")
        ):
            ent = SpacySpan(ent.doc, ent.start, after.end, label=after.label_)
            i += 1
        out.append(ent)
        i += 1
    return out


def _family(ent: SpacySpan) -> bool:
    """A surname made plural ("the Clintons", "the Trumps") names a family, a group, though
    the tagger calls it a person (PolNeAR train: "Clintons" a person in 26 articles)."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent.root.tag_ == "NNPS"


def _known_name(state: ActorState, text: str) -> bool:
    """Whether the knowledge base knows the words as a name, or a person the article names
    anywhere bears them as a surname ("Cuban" of "Mark Cuban", "Albanese accuses ..." in
    a headline above "Anthony Albanese" are no nationality)."""
    if state.kb.lookup(text):
        return True
    return any(e.label_ == "PERSON" and e[-1].text == text for e in state.ent_spans)


def _modifies_common_noun(ent: SpacySpan) -> bool:
    """A name run into a common noun before it ("Trump supporters", "the Clinton campaign"),
    whoever it names: a surname so used is its best-known bearer (``NameIndex.person_named``).
    Narrower than ``adjectival.modifier``, which drops places and parties so used altogether."""
    root = ent.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"
