"""The left-to-right pass of actor resolution: epithets, groups (``riftmap.nlp.actors.groups``)
and pronouns.

Each reference is resolved with what precedes it, then counts for salience itself, so that
"He" after "the tech titan" after "Elon Musk" is Musk. Epithets are matched by descriptor
(``riftmap.nlp.actors.matching``, ``riftmap.nlp.actors.epithets``), pronouns by salience,
gender and number; plural noun phrases headed by a group noun ("some of Trump's MAGA
supporters", "two people familiar with the comments") become group actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors import definites, places, relational
from riftmap.nlp.actors.ages import age_reference, is_age_reference
from riftmap.nlp.actors.definitions import appositive_phrase, comma_between
from riftmap.nlp.actors.descriptors import from_tokens
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.groups import PLURAL_TAGS, group, nickname
from riftmap.nlp.actors.joint import pair_reference
from riftmap.nlp.actors.matching import match_epithet, predicative
from riftmap.nlp.actors.phrases import addressed, conjunct_spans, is_definite, noun_phrase
from riftmap.nlp.actors.possessed import body_mention
from riftmap.nlp.actors.pronouns import PRONOUNS, actor_pronoun, pronoun
from riftmap.nlp.actors.salience import possessors
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.actors.titles import is_person_word
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text import select
from riftmap.nlp.text.lines import HEADLINE_TOKENS, is_blank_line, is_line_break, line_end
from riftmap.nlp.text.quotemarks import QUOTE_MARKS
from riftmap.nlp.text.sentence_breaks import FULL_STOPS

NOUN_TAGS = frozenset({"NN", "NNP"})


def resolve_all(state: ActorState) -> None:
    """Resolve every pronoun, epithet and group phrase of the document, in text order."""
    nouns = NOUN_TAGS | PLURAL_TAGS
    ages = set(select.positions(state.doc, ("old",), lower=True))
    for i, tag in enumerate(state.tags):
        if i in state.owner and tag in NOUN_TAGS and definites.within_group(state, i):
            epithet(state, state.doc[i])  # "candidates other than the nominee"
            continue
        if i in state.owner and tag == "NNPS" and pair_reference(state, state.doc[i]):
            continue  # "the two Democrats": the pair, though "Democrats" names a party too
        if i in ages and i not in state.owner and is_age_reference(state.doc[i]):
            age_reference(state, state.doc[i])  # "the 64-year-old said"
            continue
        if i in state.owner or not (tag in ("PRP", "PRP$") or tag in nouns):
            continue
        if tag not in ("PRP", "PRP$") and state.deps[i] in ("compound", "amod"):
            continue  # a noun modifying another (the test below, read from the columns)
        tok = state.doc[i]
        low = tok.lower_
        if low in PRONOUNS and tok.tag_ in ("PRP", "PRP$") and actor_pronoun(tok):
            pronoun(state, tok)
        elif tok.dep_ in ("compound", "amod") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        elif pair_reference(state, tok):
            continue  # "both men" after "Trump and Ryan"
        elif tok.tag_ in PLURAL_TAGS:
            group(state, tok)
        elif places.is_place_description(tok):
            places.place(state, tok)
        elif tok.tag_ in NOUN_TAGS:
            epithet(state, tok)


def epithet(state: ActorState, head: Token) -> None:
    lex = lexicon()
    low = head.lower_
    person = is_person_word(head)
    if not (person or low in lex.org_nouns):
        return
    body = None if person else body_mention(state, head)
    if body is not None:  # "his administration", "her campaign", "the administration"
        state.mention(*body, head.i)
        return
    if not (is_definite(head) or headline_bare(head)):
        if person:
            apposed(state, head)
        return
    if any(c.dep_ == "amod" and c.lower_ in lex.open_markers for c in head.children):
        return  # "the next president": not yet anyone
    start, end = noun_phrase(head)
    if places.landmark(state.doc[start:end].text):
        return  # "the Oval Office": a place, whatever its head says
    first = noun_phrase(head, coordinated=False)[1]  # matched by its first role ("foe")
    owned = {i for p in possessors(head) for i in range(p.left_edge.i, p.right_edge.i + 1)}
    vocative = addressed(head)  # "Mr. President": the honorific describes no one
    skip = owned | ({head.i - 1} if vocative else set())
    words = [t for t in state.doc[start:first] if t.i not in skip]
    desc = from_tokens(words, head)
    conjuncts = conjunct_spans(state.doc, start, end)
    # each further role is matched too ("the well-liked former governor and senator" is the
    # one titled "Sen."), but not in a possessed description: in "his social media hype-man
    # and adviser", "adviser" says what he is to "his", not which adviser of the article
    more = [
        from_tokens(state.doc[a:b], state.doc[sub])
        for a, b, sub in conjuncts
        if sub != head.i and not possessors(head) and not predicative(head)
    ]
    entity = _named_as(state, head) if person else None
    if entity is None:
        entity = match_epithet(state, head, desc, person, simple=first == head.i + 1, more=more)
    if entity is None and person and not predicative(head):
        # "Cameron's spokesman", "My mom": no one named; "(Musk) has served as his social
        # media hype-man" says what the subject is, and makes no one new
        entity = relational.unnamed(state, head, start, end)
    if entity is None or (vocative and not _named_before(entity, start)):
        return  # "Mr. President" addresses one the article has named, not one it imagines
    state.mention(entity, start, end, head.i)
    for a, b, sub in conjuncts:  # each role of "X and Y"
        state.mention(entity, a, b, sub)
    entity.epithets.append(state.doc[start:end].text)
    entity.descriptors.extend([desc, *more])
    nickname(state, entity, start, head)


def _named_before(entity: Entity, start: int) -> bool:
    """Whether the entity has a mention before token ``start``."""
    return any(a < start for a, _ in entity.mentions)


def apposed(state: ActorState, head: Token) -> None:
    """A person's description in apposition to a resolved epithet or pronoun is a mention of
    its actor, as one to a name is (``definitions.appositions``): "her running mate, a man
    who", "The former secretary of state, a lawyer to her core," (left out of the names'
    pass, which runs before epithets are resolved). A description of an organisation ("the
    director of Muslim Advocates, a legal advocacy organization") describes what the
    parser's head does not."""
    described = head.head
    if head.dep_ != "appos" or described.i not in state.owner or described.i > head.i:
        return
    entity = state.owner[described.i]
    if entity.type != "person" or not comma_between(head, described):
        return
    start, end = appositive_phrase(head)
    state.mention(entity, start, end, head.i)
    entity.descriptors.append(from_tokens(state.doc[start:end], head))


def headline_bare(head: Token) -> bool:
    """A noun phrase without a determiner in a headline or its deck ("Obama cancels meeting
    with Philippine leader", "MSNBC Host Grills RNC Communications Director", "Senator presses
    agenda"): headlines drop the article, and the phrase is as definite as "the Philippine
    leader" of the text below."""
    doc = head.doc
    if head.idx >= _headline_end(doc) or line_end(doc, head.i) >= len(doc):
        return False
    if predicative(head):
        return False  # "… if he is elected president": a role given, not a holder named
    return not any(c.dep_ in ("det", "poss") for c in head.children)


# lines a headline block may hold: a title and its deck ("Crucial wins for Clinton and Trump
# in New York; / Mogul reclaims control of Republican race, while Sanders's streak is
# halted.", as 141 of PolNeAR train's 840 texts print them)
HEADLINE_LINES = 3
HEADLINE_END_KEY = "riftmap.headline_end"


def _headline_end(doc: Doc) -> int:
    """The character where the headline ends: after the first block of at most
    ``HEADLINE_LINES`` lines that a blank line ends (a title and its deck, as telegraphic as
    each other), else after the first line. Found once per document (``doc.user_data``): it
    is asked for every indefinite noun, and a text without line breaks would be read whole
    each time."""
    found = doc.user_data.get(HEADLINE_END_KEY)
    if isinstance(found, int):
        return found
    end, breaks = line_end(doc, 0), 0
    for tok in doc:
        if is_line_break(tok):
            if is_blank_line(tok):
                end = _deck_end(doc, tok.i)
                break
            breaks += 1
            if breaks >= HEADLINE_LINES:
                break
    found = doc[end].idx if end < len(doc) else len(doc_text(doc))
    doc.user_data[HEADLINE_END_KEY] = found
    return found


def _deck_end(doc: Doc, blank: int) -> int:
    """The end of a deck printed as a paragraph of its own under the title ("GOP senator says
    she is 'dismayed' by presidential nominee", "Progressive senator uses Twitter to declare
    war on Republican primary nominee"): one short line with no full stop, as telegraphic as
    the title; ``blank`` (the title's end) when the paragraph after it is body text."""
    start = blank + 1
    end = line_end(doc, start)
    if end >= len(doc) or not is_blank_line(doc[end]) or end - start > HEADLINE_TOKENS:
        return blank
    last = end - 1
    while last > start and doc[last].text in QUOTE_MARKS:
        last -= 1
    return blank if doc[last].text in FULL_STOPS else end  # a deck ends without one


def _named_as(state: ActorState, head: Token) -> Entity | None:
    """The person a role is given to by "as" ("Clinton picked Kaine as her running mate",
    "Kelsey Atkinson was identified as the protester", "sees himself as the father of a
    movement"): the object of the verb (or the passive subject, or the name "as" hangs on),
    when that is one name of a person of the document, or a reflexive, and not the
    description's own possessor. A pronoun object is left to the other rules: its own
    resolution may be wrong, and a role word's holder is surer."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as":
        return None
    if prep.head.pos_ in ("VERB", "AUX"):
        found = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        found = [prep.head]
    if len(found) != 1 or found[0].i not in state.owner or found[0].conjuncts:
        return None  # "if you don't want Ted Cruz or Donald Trump as the nominee": neither
    if found[0].pos_ != "PROPN" and found[0].lower_ not in ("himself", "herself"):
        return None
    entity = state.owner[found[0].i]
    own = state.actors_within(possessors(head))
    return entity if entity.type == "person" and entity.key not in own else None
