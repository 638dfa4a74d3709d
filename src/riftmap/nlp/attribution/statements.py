"""Which attributions the cue and role taggers find are not statements at all.

PolNeAR, which the taggers learn from, annotates acts as readily as words: "denounces the tech
billionaire", "responded to the post", "joined Trump to announce Stargate". A reader asking
"who said what" wants the statements; an act aimed at someone is a relation, and the relation
stage finds it in the parse whether or not it is listed here. Each rule below names a shape of
sentence whose "content" is not something anybody said. They were checked on PolNeAR (train,
then dev): together they drop more of its wrong attributions than right ones, so its figures
hold while the product stops listing acts as quotes.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import communication_nouns, reporting_verbs, speech_verbs
from riftmap.nlp.attribution.content import head_of
from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.words import RELATIVE_PRONOUNS

# "responded to X", "reacted to X": X is what they answered, not what they said
REACTION_LEMMAS = frozenset({"respond", "react", "reply"})
COMPLEMENTIZERS = frozenset({"that", "whether", "if", "how", "why", "what", "when", "where"})
# "it seems that ...", "it appears that ...", "it is clear that ...": nobody is quoted
HEDGE_LEMMAS = frozenset({"seem", "appear", "be", "go"})
# verbs of how someone strikes the writer ("seems", "appeared"): an impression, no words
IMPRESSION_LEMMAS = frozenset({"seem", "appear"})
# verbs whose object, when it is a bare noun phrase, is a thing passed on or talked over, not
# the words said: "tweeted a picture", "posted it as her banner", "declined to discuss the
# situation", "learned of the remark". (PolNeAR counts "echoed her concerns", "announced a
# curfew" and "endorsed Clinton" as attributions, so those verbs, and bare objects naming a
# person, stay statements.)
MEDIUM_LEMMAS = frozenset({"tweet", "retweet", "post", "share", "discuss", "learn"})


def is_statement(facts: DocFacts, att: TokenAttribution) -> bool:
    """False for an attribution whose content is not something its source said."""
    if att.content is None or att.continues is not None:
        return att.continues is not None
    head = head_of(facts.doc, att.cue)
    bare = _bare_noun_phrase(facts, att.content)
    if bare and att.source is None:
        return False  # "... denounces the tech billionaire": an act with no one acting
    if bare and _purpose_infinitive(head):
        return False  # "who joined Trump to announce Stargate"
    if bare and head.lemma_ in MEDIUM_LEMMAS:
        return False  # "tweeted a picture": a thing passed on, no words
    if bare and _deed(facts, att.cue):
        return False  # "backed the nomination", "sued the administration": a deed, no words
    if head.lemma_ in REACTION_LEMMAS and (
        (bare and facts.doc[att.content[0]].lower_ not in COMPLEMENTIZERS)
        or _inside_to_object(facts, head, att.content)
    ):
        return False  # "also reacted to reports that ...", "responded within minutes"
        # (but "responded that the website ...", cut short by the tagger, is a statement)
    if _antecedent_of_source(facts, att.source, att.content):
        return False  # "a physician who cast a key vote": the content is the source itself
    if _asked(head):
        return False  # "Asked about the report, Trump said": the question is not Trump's
    if _impression(facts, att, head):
        return False  # "Romney seems to prefer career politicians": the writer's reading
    return not _expletive_hedge(facts, head, att.source)


def asked_of(cue: Token) -> bool:
    """ "Asked whether ...", "When asked about ...": a participle of asking with no subject
    of its own, adjoining the answer's clause."""
    return (
        cue.lemma_ == "ask"
        and cue.tag_ == "VBN"
        and cue.dep_ in ("advcl", "ROOT")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in cue.children)
    )


def _asked(head: Token) -> bool:
    """A question put to the source, not asked by them: "asked" as a participle with no
    subject of its own (``asked_of``: "When asked about the report, Trump said …") or in the
    passive ("Trump was asked about the report"). The words are an unnamed asker's."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
    return asked_of(head) or (head.lemma_ == "ask" and head.tag_ == "VBN" and passive)


def _bare_noun_phrase(facts: DocFacts, content: tuple[int, int]) -> bool:
    """A content with no verb and no quotation: a thing named, not a thing said."""
    doc = facts.doc
    for i in range(*content):
        if facts.region[i] >= 0 or facts.inner[i] or doc[i].pos_ in ("VERB", "AUX"):
            return False
    return True


def _deed(facts: DocFacts, cue: tuple[int, int]) -> bool:
    """A cue of no saying, thinking or feeling: none of its verbs has such a sense in WordNet
    (``kb.lexicon.reporting_verbs``) or is a speech verb, and none of its nouns a sense of
    communication ("heaped praise on"). Such a cue with a bare noun phrase tells a deed
    ("Republicans backed the nomination", "Ten Democrats voted for it", "California sues
    ..."). The tagger learned attitudes as attributions from PolNeAR ("preferred", "fears"),
    and they stay statements; "slams" and "lashed out at", which WordNet 3.0 gives no sense
    of saying, go, their relation kept. In the development set's first 675 articles, 72
    quotes of 66 articles go, 21 of them quotes its keys hold."""
    tokens = facts.doc[cue[0] : cue[1]]
    verbs = [t.lemma_.lower() for t in tokens if t.pos_ == "VERB"]
    saying = any(v in reporting_verbs() or v in speech_verbs() for v in verbs)
    said = any(t.pos_ == "NOUN" and t.lemma_.lower() in communication_nouns() for t in tokens)
    return bool(verbs) and not saying and not said


def _purpose_infinitive(head: Token) -> bool:
    """ "to announce", "to promote" hanging off another verb: an intention, not a statement."""
    return head.tag_ == "VB" and any(c.tag_ == "TO" and c.i < head.i for c in head.children)


def _inside_to_object(facts: DocFacts, head: Token, content: tuple[int, int]) -> bool:
    """The content opens inside the object of the cue's "to" ("responded to the post ...")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            return prep.i <= content[0] <= prep.right_edge.i
    return False


def _antecedent_of_source(
    facts: DocFacts, source: tuple[int, int] | None, content: tuple[int, int]
) -> bool:
    """Is the source a relative pronoun whose antecedent lies in the content?"""
    if source is None or source[1] - source[0] != 1:
        return False
    who = facts.doc[source[0]]
    if who.lower_ not in RELATIVE_PRONOUNS or who.head.dep_ != "relcl":
        return False
    return content[0] <= who.head.head.i < content[1]


def _impression(facts: DocFacts, att: TokenAttribution, head: Token) -> bool:
    """A cue that is only "seems" or "appeared": how the source strikes the writer ("seems
    to prefer career politicians", "appeared unfazed"), no words of theirs. Not when a verb
    of saying follows in the cue ("appeared to suggest"), nor when the content quotes a clause
    ("appeared to point to the seat and say “I am here”"; not a show's title, "appeared on
    “Java with Jimmy”"). PolNeAR train: of the attributions the taggers read on such cues, 9
    of 78 are annotated."""
    if head.lemma_ not in IMPRESSION_LEMMAS or att.content is None:
        return False
    doc = facts.doc
    if any(t.pos_ == "VERB" and t.i != head.i for t in doc[att.cue[0] : att.cue[1]]):
        return False
    quoted = (i for i in range(*att.content) if facts.region[i] >= 0)
    return not any(doc[i].pos_ in ("VERB", "AUX") for i in quoted)


def _expletive_hedge(facts: DocFacts, head: Token, source: tuple[int, int] | None) -> bool:
    """ "It would seem that ...": the writer hedging, with "it" standing for no one."""
    if source is None or source[1] - source[0] != 1:
        return False
    return facts.doc[source[0]].lower_ == "it" and head.lemma_ in HEDGE_LEMMAS
