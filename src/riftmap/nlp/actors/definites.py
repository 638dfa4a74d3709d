"""Definite descriptions of one person that reach past the plain noun phrase, and the person
they name when nothing before them does.

Coordinated descriptions of one person ("the well-liked former governor and senator") are
spanned by ``phrases.noun_phrase`` and matched by each role in ``references.epithet``.
Here:

- a lead that names its subject by a description first and by name in the next sentence
  ("The Romanian hacker who first revealed ... was sentenced ..." / "Marcel Lehel Lazar, 44,
  ... was extradited"): the description, which nothing before it fits, is the person whose
  name first stands as subject right after it (``cataphoric``);
- a definite description inside a group's phrase ("candidates other than the nominee"),
  which names a person of its own (``within_group``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.descriptors import Descriptor, from_tokens
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.places import PLACE_LABELS
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.actors.titles import is_title_word, title_start
from riftmap.nlp.text.lines import line_end, line_start

# sentences after a description in which its name may come
CATAPHORA_WINDOW = 1
# how the name that follows a lead description stands in its sentence: its subject, or set
# off by commas ("As a part of his plea, Marcel Lehel Lazar, 44, said": the parser reads an
# apposition to "plea")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAME_DEPS = SUBJECTS | {"appos"}
# a line longer than this is body text, not a headline or a subhead
HEADLINE_CHARS = 100


def cataphoric(state: ActorState, head: Token, gender: str) -> Entity | None:
    """The person a lead names by description before naming them: the description opens a
    paragraph as a subject, no person was named before it but in
    the headline lines, and the next sentence's subject is a person named there for the
    first time in the body ("The Romanian hacker ... was sentenced" / "Marcel Lehel Lazar,
    44, ... was extradited"). Two such names make it refuse."""
    doc = head.doc
    if head.dep_ not in SUBJECTS or line_start(doc, head.left_edge.i) != head.left_edge.i:
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "Cameron's spokesman said": someone of Cameron's, named or not
    if any(
        in_body(doc, a)
        for e in state.entities
        if e.type == "person"
        for a, _ in e.mentions
        if a < head.i
    ):
        return None
    here = state.salience.sent_of[head.i]
    found = []
    for entity in state.entities:
        if entity.type != "person" or not entity.mentions or entity.person is None:
            continue
        # the first mention below the description: one in the headline lines is no reason
        # to refuse ("Paul Ryan endorses Donald Trump" / "The speaker of the House of
        # Representatives says ..." / "Rep. Paul Ryan made that statement ...")
        below = [m for m in entity.mentions if m[0] > head.i]
        if not below:
            continue
        start, end = min(below)
        if not 0 < state.salience.sent_of[start] - here <= CATAPHORA_WINDOW:
            continue
        # a name inside a quotation ("“Michael, a uterus doesn't ...”") is the quoted
        # speaker's word, not the writer naming the lead's subject
        if start in state.quoted:
            continue
        if gender and entity.gender and entity.gender != gender:
            continue
        subject = _root(doc[start:end])
        if subject.dep_ in NAME_DEPS:
            found.append(entity)
            if any(c.dep_ == "conj" for c in subject.children):
                return None  # "Marcel Lazar and Ion Popescu were extradited": which one?
    return found[0] if len(found) == 1 else None


def in_body(doc: Doc, i: int) -> bool:
    """Is token ``i`` below the headline lines (a line of a full sentence's length)?"""
    start, end = line_start(doc, i), line_end(doc, i)
    return start > 0 and doc[end - 1].idx - doc[start].idx > HEADLINE_CHARS


def _root(span: SpacySpan) -> Token:
    return next((t for t in span if not span.start <= t.head.i < span.end), span.root)


def within_group(state: ActorState, i: int) -> bool:
    """Is token ``i`` the head of a singular noun phrase inside a group's phrase, which names
    a person of its own ("candidates other than the nominee", "backers of the Vermont
    senator's campaign")? In PolNeAR train, "allies of the candidate", "backers of the
    Vermont senator", "candidates other than the nominee" (3 articles), and the keyed
    "some of the most passionate backers of the Vermont senator's campaign"."""
    owner = state.owner[i]
    tok = state.doc[i]
    if owner.type != "group" or tok.dep_ in ("compound", "amod") or tok.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


# sentences after an indefinite description in which the name it withholds may come
IDENTIFIED_WINDOW = 2
INDEFINITE_DETERMINERS = frozenset({"a", "an"})


def identified_after(
    state: ActorState, start: int, end: int, head: Token, gender: str
) -> Entity | None:
    """The person an indefinite description withholds and a following sentence names: news
    copy often opens with the office and names its holder next ("A Democratic senator urged
    ... / Sen. Richard Blumenthal, D-Conn., ... also urged"; "A spokesperson for Tinubu said
    ... / “...,” spokesman Daniel Bwala told Reuters"). The person is not named in the body
    (nor on the description's own line) before it (a headline may name them), is named next
    within ``IDENTIFIED_WINDOW`` sentences after it with a title before the name that the
    description fits (``Descriptor.match``), and is the only one so named. Devset 121, 194 and
    470 (of 2016 and 2025 copy) have this form."""
    doc = state.doc
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children):
        return None
    desc = from_tokens(doc[start:end], head)
    here, line = state.salience.sent_of[head.i], line_start(doc, head.i)
    found = []
    for entity in state.entities:
        if entity.type != "person" or entity.person is None:
            continue
        if gender and entity.gender and entity.gender != gender:
            continue
        if any(
            in_body(doc, a) or line_start(doc, a) == line for a, _ in entity.mentions if a < end
        ):
            continue  # named in the body (or the description's own line) before: not withheld
        after = sorted(m for m in entity.mentions if m[0] >= end)
        if not after or state.salience.sent_of[after[0][0]] - here > IDENTIFIED_WINDOW:
            continue
        title = _title_before_name(doc[after[0][0] : after[0][1]])
        if title is not None and desc.match(title) > 0:
            found.append(entity)
    return found[0] if len(found) == 1 else None


def lead_speaker(
    state: ActorState, start: int, end: int, head: Token, gender: str
) -> Entity | None:
    """The person an indefinite speaker opening the lead is, named as the next sentence's
    subject (``cataphoric``): "A vice chairwoman of the Democratic National Committee has
    resigned her post, saying ..." / "“...,” Rep. Tulsi Gabbard, D-Hawaii, said" (devset
    353). Not when the title before that name is another office than the description's
    ("A Democratic senator said ..." / "Gov. Jay Inslee said ...": the senator is unnamed)."""
    found = cataphoric(state, head, gender)
    if found is None:
        return None
    first = min(m for m in found.mentions if m[0] >= end)
    title = _title_before_name(state.doc[first[0] : first[1]])
    if title is None or _post_in(head):
        return found
    desc = from_tokens(state.doc[start:end], head)
    lex = lexicon()
    mine = {lex.title_words[h] for h in desc.heads if lex.title_words.get(h)}
    theirs = {lex.title_words[h] for h in title.heads if lex.title_words.get(h)}
    other = bool(mine and theirs) and not any(lex.same_head(a, b) for a in mine for b in theirs)
    return None if other else found


def _post_in(head: Token) -> bool:
    """A title with the body it is held in ("a vice chairwoman of the party", "a spokesman
    for the campaign"): a post an officeholder may hold besides an office."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in head.children)


def _title_before_name(mention: SpacySpan) -> Descriptor | None:
    """The title written before the name a mention holds (``titles.title_start``: "Sen.",
    "U.S. Rep.", "spokesman"), as a descriptor headed by its last title word; None for a
    mention without a name ("The official") or a name without a title."""
    doc = mention.doc
    name = next(
        (
            t
            for t in mention
            if t.pos_ == "PROPN" and not is_title_word(t) and t.ent_type_ not in PLACE_LABELS
        ),
        None,
    )
    if name is None:
        return None
    title = doc[title_start(doc, name.i) : name.i]
    words = [t for t in title if is_title_word(t)]
    return from_tokens(title, words[-1]) if words else None
