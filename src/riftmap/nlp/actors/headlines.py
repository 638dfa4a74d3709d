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

The tagger also runs a headline's name into the verb after it ("Donald Trump Ties …"):
``headline_name_end`` says where the name ends, for the first pass of names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.bounds import NAME_SUFFIXES
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.names import first_names
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text.headline_shape import first_line_end, in_headline, title_case_headline
from riftmap.nlp.text.word_classes import verb_form

# words of a headline phrase before its head that belong to the description
PHRASE_TAGS = frozenset({"NNP", "NN", "JJ", "IN", "HYPH"})


def resolve_headline(state: ActorState) -> None:
    """Link each bare person description of the headline to the person the document
    describes with its head noun, when exactly one is so described."""
    doc = state.doc
    end = first_line_end(doc)
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


# modal verbs a title-case headline writes after a name ("Trump Should ..."); not "May"
HEADLINE_MODALS = frozenset({"should", "would", "could", "will", "must", "can"})


def headline_name_end(state: ActorState, start: int, end: int) -> int:
    """Where a known person's name ends in a title-case headline, when the tagger ran it
    into the verb after it ("Donald Trump Ties …", "Bernie Sanders Suffered …", "Trump
    Stands Tall …"): at the first word that is a verb form or a modal after a prefix the
    knowledge base knows as a person, a first name and a surname, or a name the body below
    reads as a person's. PolNeAR train: 138 mentions in 46 of 840 articles had gone to such
    a headline actor of its own."""
    doc = state.doc
    if end - start < 2 or not in_headline(doc, start):
        return end
    for cut in range(start + 1, end):
        word = doc[cut]
        if not word.is_title or not (verb_form(word.text) or word.lower_ in HEADLINE_MODALS):
            continue
        if _known_person(state, doc[start : cut + 1].text):
            continue  # "Melania Trump", "Jeb Bush": the verb form is the name's own word
        prefix = doc[start:cut]
        if _known_person(state, prefix.text) or _first_and_surname(state, prefix):
            return cut
        if _named_below(doc, prefix.text, "PERSON"):
            return cut  # "Lula Rejects …" over a body that names "Lula" alone
    return end


def headline_name_start(state: ActorState, start: int, end: int) -> int:
    """Where a name begins in a title-case headline whose next clause the tagger ran into it
    ("…, Defends Brazil’s Sovereignty", "Pastor Wants Girl Scout Leaders …"): after a verb
    form that opens it, when the body below names the rest and not the whole."""
    doc = state.doc
    if end - start < 2 or not in_headline(doc, start):
        return start
    word = doc[start]
    if not word.is_title or not verb_form(word.text) or _known_person(state, doc[start:end].text):
        return start
    if _named_below(doc, doc[start + 1 : end].text) and not _named_below(doc, doc[start:end].text):
        return start + 1
    return start


def headline_person_run(state: ActorState, start: int, end: int, label: str) -> tuple[int, int]:
    """The one person's name inside a name the tagger ran over a headline's keywords ("Hillary
    Clinton Apology Disgusting Story", "Dick Schoof Dutch PM Geert Wilders", "John Cornyn
    Jasmine Crockett"): the longest run of two words or more, at the start of the name or
    else at its end, that the body below names as a person, when the whole is never written
    below and the knowledge base does not know it. Search-engine headlines string keywords
    together this way; the whole became an actor of its own, which then took the person's
    mentions ("Geert Wilders", "Mr Wilders") or stood in the map as a stray node."""
    doc = state.doc
    whole = doc[start:end].text
    if label != "PERSON" or end - start < 3 or not in_headline(doc, start):
        return start, end
    if _named_below(doc, whole) or state.kb.lookup(whole):
        return start, end
    for cut in range(end - 1, start + 1, -1):
        if doc[cut].lower_ in NAME_SUFFIXES:
            continue  # "Donald Trump Jr …" is the son, though the body names the father
        if _named_below(doc, doc[start:cut].text, "PERSON"):
            return start, cut
    for cut in range(start + 1, end - 1):
        if _named_below(doc, doc[cut:end].text, "PERSON"):
            return cut, end
    return start, end


def _named_below(doc: Doc, name: str, label: str | None = None) -> bool:
    """Whether the tagger reads ``name``, whole, as a name (of ``label``, if given) in the
    body below the headline ("Lula Rejects …" over "Lula emphasized"; not "Judicial Watch:
    …" over the body's "Judicial Watch", nor a place for a person, "Charleston")."""
    line = first_line_end(doc)
    return any(
        e.text == name and (label is None or e.label_ == label) for e in doc.ents if e.start > line
    )


def headline_only(state: ActorState, start: int, end: int, label: str) -> bool:
    """Whether a name the tagger found is a title-case headline's words, not an organisation:
    not a person, unknown to the knowledge base, and never written in the text below ("The
    Unhappy Campaign Of Paul Manafort", "Their Party", "The Democratic Platform"). Such a
    phrase made an organisation of its own, which then took the text's "the campaign" and
    "the party" (PolNeAR train: 147 in 840 articles)."""
    doc = state.doc
    if label == "PERSON" or not title_case_headline(doc, start):
        return False  # a headline in sentence case: its names are as good as the text's
    line = first_line_end(doc)
    name = doc[start:end].text.strip()
    if state.kb.lookup(name):
        return False
    return name.lower() not in doc_text(doc)[doc[line].idx :].lower()


def _known_person(state: ActorState, name: str) -> bool:
    return any(k.type == "person" for k in state.kb.lookup(name))


def _first_and_surname(state: ActorState, words: SpacySpan) -> bool:
    """Two words that read as a person's name: a first name (not a modal: "Will Twitter Be
    Next") and a capitalised word no organisation of the knowledge base is called."""
    if len(words) != 2 or words[0].lower_ in HEADLINE_MODALS:
        return False
    surname = words[1]
    if not (surname.is_alpha and surname.is_title) or words[0].lower_ not in first_names():
        return False
    return not any(k.type != "person" for k in state.kb.lookup(surname.text))
