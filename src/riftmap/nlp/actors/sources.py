"""The actor a quote's source names: the actor of its head or of a name in it, else a person,
organisation or group named by the phrase itself ("two people familiar with the comments"),
else the author of the thing it names ("a report by Axios"); "the report" or "a poll" alone
name no actor."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon, speech_verbs
from riftmap.nlp.actors.bounds import before_time
from riftmap.nlp.actors.definites import identified_after, lead_speaker
from riftmap.nlp.actors.described import (
    appositive_name,
    described_organisation,
    kind_of_noun,
    leading_name,
    take_description,
    title_then_name,
)
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.groups import (
    STAFF_ROLES,
    group_name,
    holder_of,
    owned_name,
)
from riftmap.nlp.actors.joint import joint_speaker
from riftmap.nlp.actors.matching import gender_of_head
from riftmap.nlp.actors.names import parse_name, same_person
from riftmap.nlp.actors.phrases import noun_phrase
from riftmap.nlp.actors.places import PLACE_LABELS
from riftmap.nlp.actors.state import ActorState
from riftmap.nlp.actors.titles import headline_verb, is_title_word
from riftmap.nlp.actors.untagged import untagged_name
from riftmap.nlp.text.headline_shape import in_headline
from riftmap.nlp.text.word_classes import FINITE_TAGS, inflected_verb
from riftmap.nlp.text.words import RELATIVE_PRONOUNS


def _untagged_person(state: ActorState, span: SpacySpan, root: Token) -> Entity | None:
    """A person's name the tagger missed, with a known first name, heading a source after
    an organisation named in its title or possessor ("House Foreign Affairs Committee Chair
    Brian Mast", "Breitbart's Joel Pollak"): the person, not the organisation. (PolNeAR train
    and the devset: five sources, all of them persons.)"""
    if not any(t.i in state.owner for t in span if t.i < root.i):
        return None
    return untagged_name(state, span, root, only_person=True)


def source_actor(state: ActorState, start: int, end: int) -> Entity | None:
    """The actor a quote's source span names: its head's, any mention's in it, or a new
    person or group named by the phrase itself ("two people familiar with the comments")."""
    end = _before_headline_verb(state, start, end)
    span = state.doc[start:end]
    root = _partitive_head(_antecedent_of_relative(span.root))
    named = (
        joint_speaker(state, start, end)
        or appositive_name(state, start, end)
        or leading_name(state, start, end)
        or title_then_name(state, start, end)
        or described_organisation(state, start, end)
    )
    if named is not None:
        return named
    whole = _whole_mention(state, start, end)
    if whole is not None:  # "Fox News’ Bret Baier": the person, whatever the parser's head
        return whole
    if (located := _located_person(state, span, root)) is not None:
        return located
    if (headed := _person_after_header(state, span)) is not None:
        return headed
    if root.i in state.owner:
        return _named_person(state, span, state.owner[root.i]) or state.owner[root.i]
    if (surnamed := _bare_surname(state, start, end)) is not None:
        return surnamed
    if root.pos_ != "NOUN":  # a mis-parsed name: take the first actor named in the span
        return (
            _titled_name(state, span)
            or _untagged_person(state, span, root)
            or next((state.owner[t.i] for t in span if t.i in state.owner), None)
            or untagged_name(state, span, root)
        )
    if not start <= root.i < end:
        # a relative pronoun ("governors who see him as ...") names no one by itself: the
        # speaker is named and mentioned by the noun phrase its clause modifies
        start, end = noun_phrase(root, coordinated=False)
        span = state.doc[start:end]
    if root.i < (cut := before_time(state.doc, start, end)):
        end = cut  # "The Not1More campaign on Tuesday": the new actor is the campaign
        span = state.doc[start:end]
    kind = kind_of_noun(root)
    name = group_name(span, root)
    if kind == "group" or root.lemma_.lower() in STAFF_ROLES:
        name = owned_name(holder_of(state, root), root) or name  # "her attorneys"
    if kind is None or not name:
        return _author(state, root)  # "a report by Axios"; "the report" alone names no actor
    gender = gender_of_head(root.lower_)
    if kind == "person" and (
        named := identified_after(state, start, end, root, gender)
        or lead_speaker(state, start, end, root, gender)
    ):
        state.mention(named, start, end, root.i)
        return named
    plural = kind == "group"
    entity = state.new_entity(kind)
    entity.plural = plural
    entity.names.append(name)
    entity.epithets.append(span.text)
    state.mention(entity, start, end, root.i)
    return entity


def _before_headline_verb(state: ActorState, start: int, end: int) -> int:
    """The end of a headline's source at its clause's verb: the role tagger, trained on body
    text, runs a headline's source across its verb and object ("Trump lambasts Maryland
    Senator Van Hollen", "Donald Trump Attacks Paul Ryan" for the next verb "Threatens"),
    and the object's name then speaks. The subject before the verb is the source."""
    doc = state.doc
    if not in_headline(doc, start):
        return end
    for i in range(start + 1, end - 1):  # a verb with its object in the span
        if doc[i].tag_ in FINITE_TAGS or headline_verb(doc[i]) or _present_after_name(doc[i]):
            return i
    return end


def _present_after_name(tok: Token) -> bool:
    """A headline's present-tense verb right after its subject's name, which the tagger
    reads as a plural noun ("Trump lambasts …", "Trump thaws on …")."""
    present = tok.is_lower and tok.text.endswith("s") and inflected_verb(tok.text)
    # the word before it is capitalised: the tagger's parts of speech fail here too ("Trump"
    # read as a verb)
    return present and tok.doc[tok.i - 1].is_title


INDEFINITE = frozenset({"a", "an"})
# verbs by which someone makes the document a later source names ("Trump filed a lawsuit ...
# the lawsuit alleges", "signed an order ... The order called for"): the participles of the
# agent phrases that name a document's author in PolNeAR train ("a report released by",
# "guidelines issued by", "a document filed by", "an affidavit written by", "a video posted
# by") and their kin for letters and orders; and "make" of what one says or decides ("made
# the comment", "made a statement", "made the decision": ``riftmap.nlp.relations.deeds``)
MAKING_VERBS = frozenset(
    {"file", "issue", "release", "sign", "send", "write", "post", "publish", "pen", "draft",
     "make"}
)  # fmt: skip
EARLIER_WINDOW = 1000  # tokens back to the earlier mention: about ten paragraphs
# what a speaker issues in writing, which a source may name alone ("the statement read")
WRITTEN_STATEMENTS = frozenset({"statement", "release", "memo", "letter"})


def _located_person(state: ActorState, span: SpacySpan, root: Token) -> Entity | None:
    """The person a place written before their title and name locates ("Springfield,
    Illinois, Bishop Thomas Paprocki, who ... said", "Jackson, Mississippi: Former UK
    Independence Party leader Nigel Farage said"): where the person serves or speaks, which
    the parser makes the head, not who speaks. The place must open the span and end at a
    comma or a colon; the person is the first one named in the title-and-name run after it.
    The development set: 226 ("West Palm Beach: President Donald Trump"), 248, 267 (two);
    PolNeAR train writes mayors so ("Carmel, Indiana, Mayor James Brainard"), never as a
    source. The run may go on past the span: the source tagger may end it with the place."""
    doc = state.doc
    if root.ent_type_ not in PLACE_LABELS or span[0].ent_type_ not in PLACE_LABELS:
        return None
    i, end = span.start, max(span.end, span[0].sent.end)
    while i < end and (doc[i].ent_type_ in PLACE_LABELS or doc[i].text in ",:"):
        i += 1
    if i == span.start or doc[i - 1].text not in ",:":
        return None
    while i < end and (doc[i].pos_ in ("PROPN", "ADJ") or is_title_word(doc[i])):
        owner = state.owner.get(i)
        if owner is not None and owner.type == "person":
            return owner
        i += 1
    return None


# what ends a dateline or a page's source line before the person it introduces
HEADER_ENDS = frozenset({"—", "–", "--", ")", ":"})
# the words of a title and name run after it ("Senate Majority Leader Winnie Brinks")
NAME_RUN = frozenset({"PROPN", "NOUN", "ADJ", "PUNCT", "SPACE"})


def _person_after_header(state: ActorState, span: SpacySpan) -> Entity | None:
    """The person named after a dateline or a page's source line that the source tagger
    runs into the source ("CHARLESTON, S.C., March 17, 2016 — South Carolina Sen. Lindsey
    Graham", "Source: MIRS.news, Published 12/12/2025) Senate Majority Leader Winnie
    Brinks"): the words after the last dash, bracket or colon are a title and a name, and
    the person is the one they name; the header names no speaker."""
    doc, end = state.doc, span.end
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
        end = opened[-1]  # "… Winnie Brinks (D-Grand Rapids": the party and home district
    ends = [t.i for t in doc[span.start : end] if t.text in HEADER_ENDS]
    if not ends or end - 1 not in state.owner:
        return None
    words = doc[ends[-1] + 1 : end]
    # a place or a body may stand in the title ("South Carolina Sen. Lindsey Graham", "Senate
    # Majority Leader Winnie Brinks"); one person is named
    owners = (state.owner[t.i] for t in words if t.i in state.owner)
    people = {e.key for e in owners if e.type == "person"}
    person = state.owner[end - 1]
    if people != {person.key}:
        return None
    return person if all(t.pos_ in NAME_RUN or is_title_word(t) for t in words) else None


def _whole_mention(state: ActorState, start: int, end: int) -> Entity | None:
    """The person whose mention the whole source is, if any."""
    persons = [e for e in state.entities if e.type == "person" and (start, end) in e.mentions]
    return persons[0] if len(persons) == 1 else None


def _bare_surname(state: ActorState, start: int, end: int) -> Entity | None:
    """A source that is one capitalised word the tagger took for a common noun or a verb but
    which is the surname of a person the document names in full (a headline's "'…': Trump
    gloats", '"…," Trump shot back'): that person, mentioned there."""
    tok = state.doc[start]
    common = tok.tag_ in ("NN", "NNS") or tok.tag_.startswith("VB")
    if end - start != 1 or not (tok.is_title and tok.is_alpha) or not common:
        return None
    person = state.index.person_named(tok.text, at=start)  # of several, the salient one
    if person is None or person.person is None or not person.person.full:
        return None
    state.mention(person, start, end, start)
    return person


def _determiners(root: Token) -> list[str]:
    return [c.lower_ for c in root.children if c.dep_ == "det"]


class IntroducedSources:
    """Speakers a document introduces by an indefinite description ("A Western diplomat
    said ...", "a French presidential official told AFP"), so that the definite description
    with the same head further on ("the diplomat said", "The official added") is the same
    speaker. Epithet resolution runs before speakers are known and gives such a description
    to the most salient person; the source introduced for it is the better antecedent."""

    def __init__(self) -> None:
        self.by_head: dict[str, Entity] = {}

    def note(self, state: ActorState, start: int, end: int, entity: Entity | None) -> None:
        root = state.doc[start:end].root
        det = _determiners(root)
        if entity is not None and root.pos_ == "NOUN" and det and det[0] in INDEFINITE:
            self.by_head.setdefault(root.lemma_.lower(), entity)

    def earlier(self, state: ActorState, start: int, end: int) -> Entity | None:
        """The entity an earlier indefinite source introduced for this "the HEAD" source;
        the description becomes its mention."""
        span = state.doc[start:end]
        root = span.root
        if root.pos_ != "NOUN" or _determiners(root) != ["the"] or len(span) > 4:
            return None
        if any(t.pos_ == "PROPN" for t in span):
            return None
        entity = self.by_head.get(root.lemma_.lower())
        if entity is None or state.owner.get(root.i) is entity:
            return entity
        take_description(state, entity, start, end)
        return entity


def _titled_name(state: ActorState, span: SpacySpan) -> Entity | None:
    """The person a long title ends on, when the parser made a title word the head ("Deputy
    Prime Minister and Leader of the National Federation Party Professor Biman Prasad"): the
    title's own names (the party) are what it is of, not who speaks. Only a title naming one
    person and no apposition."""
    owner = state.owner.get(span.end - 1)
    if owner is None or owner.type != "person" or span[-1].pos_ != "PROPN":
        return None
    named = (state.owner.get(t.i) for t in span)
    persons = {id(e) for e in named if e is not None and e.type == "person"}
    if len(persons) > 1 or any(t.text == "," for t in span):
        return None  # "populists like Mr. Trump and Ms. Le Pen"; "the party, or SVP"
    return owner


def _named_person(state: ActorState, span: SpacySpan, owner: Entity) -> Entity | None:
    """The person a bare name names, when a longer mention gave its tokens to someone else: a
    headline read as one noun phrase ("Trump blasts governor", an epithet of the governor)
    leaves "Trump" to the governor."""
    if owner.type != "person" or owner.person is None:
        return None
    if len(span) > 3 or not all(t.pos_ == "PROPN" or t.is_title for t in span):
        return None  # a name: capitalised words, a headline's "Trump" tagged a noun too
    if (span.start, span.end) in owner.mentions:
        return None
    parsed = parse_name(span.text)
    if same_person(parsed, owner.person):
        return None
    named = state.index.person_named(span.text, at=span.start)
    return named if named is not owner else None


def _author(state: ActorState, noun: Token) -> Entity | None:
    """Who wrote or made the thing a source names: "a report by Axios", "a statement from the
    White House", "Trump's post", "the Times report", "a survey conducted by WBUR"; for "the
    lawsuit" alone, the author of the last lawsuit named before (``_earlier_author``); for a
    statement no earlier words name, the speaker of the statement just reported, whose words
    it goes on to quote ("a spokesperson ... confirmed that she has stepped down. '…,' the
    statement read": the development set 161, 227, 315, 344)."""
    found = _own_author(state, noun)
    if found is not None:
        return found
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if not definite and noun.lemma_.lower() not in WRITTEN_STATEMENTS:
        return None  # "a report" no earlier words name
    earlier = _earlier_mention(noun)
    if earlier is not None:
        return _earlier_author(state, earlier) if definite else None
    if _unattributed_statement(noun):
        speakers = state.previous_speakers(noun.i)
        return state.entities[speakers.pop()] if len(speakers) == 1 else None
    return None


def _earlier_mention(noun: Token) -> Token | None:
    """The last earlier mention of the same noun, within ``EARLIER_WINDOW`` tokens (a few
    paragraphs, which also keeps a long document of such sources linear)."""
    lemma, doc = noun.lemma_.lower(), noun.doc
    before = doc[max(0, noun.i - EARLIER_WINDOW) : noun.i]
    return next(
        (t for t in reversed(before) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None
    )


def _unattributed_statement(noun: Token) -> bool:
    """A statement its phrase gives no author: "released Friday by the union" gives one,
    whether or not the union is an actor."""
    if noun.lemma_.lower() not in WRITTEN_STATEMENTS:
        return False
    return not any(t.dep_ in ("poss", "agent") or t.lower_ in ("by", "from") for t in noun.subtree)


def _own_author(state: ActorState, noun: Token) -> Entity | None:
    """The author a noun's own phrase names: its possessor or a name on it, "by" or "from"
    someone, or the agent of a participle on it ("a survey conducted by WBUR", "an affidavit
    written by Marc Bujnowski", "The story, penned by reporters Katie Rogers and Dylan
    Freedman": PolNeAR train 17 sources in 13 articles, the development set 2)."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.i in state.owner:
            return state.owner[child.i]
        preps = [child] if child.dep_ == "prep" and child.lower_ in ("by", "from") else []
        if child.dep_ == "acl" and child.tag_ == "VBN":
            preps = [c for c in child.children if c.dep_ == "agent"]
        for prep in preps:
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                named = [obj, *(c for c in obj.children if c.dep_ == "appos")]
                found = next((state.owner[t.i] for t in named if t.i in state.owner), None)
                if found is not None:
                    return found
    return None


def _earlier_author(state: ActorState, earlier: Token) -> Entity | None:
    """The author of the thing "the lawsuit" or "the statement" names when nothing in its
    phrase does, read off its ``earlier`` mention (``_earlier_mention``): named with its author
    ("Trump's lawsuit", "a statement from the White House") or as what its author made ("Trump
    filed a lawsuit", "Obama released a statement", "said in a statement"); one with no author
    there leaves the source with none (the author of "the memo" that "DOJ and FBI leaked" is
    not the last speaker)."""
    found = _own_author(state, earlier)
    if found is not None:
        return found
    verb = earlier.head
    made = earlier.dep_ == "dobj" and verb.lemma_.lower() in MAKING_VERBS
    # "said in a statement", and whatever one did in a statement of one's own ("addressed
    # the tweet in a statement", "responded in a statement"): the active subject wrote it
    told = (
        earlier.dep_ == "pobj"
        and verb.lower_ == "in"
        and verb.head.pos_ in ("VERB", "AUX")
        and (
            verb.head.lemma_.lower() in speech_verbs()
            or earlier.lemma_.lower() in WRITTEN_STATEMENTS
        )
    )
    if told:
        verb = verb.head
    if not (made or told):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return next((state.owner[s.i] for s in subjects if s.i in state.owner), None)


def _partitive_head(root: Token) -> Token:
    """ "Several of Trump's allies", "one of his aides": the allies, the aides, not Trump."""
    if root.lower_ not in lexicon().quantifiers:
        return root
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return root


def _antecedent_of_relative(root: Token) -> Token:
    """``who`` (or a relative clause it heads) stands for the noun the clause modifies."""
    if root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl":
        return root.head.head
    if root.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in root.children):
        return root.head
    return root
