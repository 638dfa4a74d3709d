"""Quotations attributed after their closing comma by a verb the taggers do not know as one of
saying: '"…," she penned', '"…," the reporter persisted', '"…," Johnson began before …',
'"…," also remarked Sen. Kelly Ayotte'.

A quotation that closes on a comma hands itself to the words after it in its sentence, and in
news copy these are its attribution, whatever the verb: a subject and its verb, or the verb
and then its subject. The taggers learned the common verbs of saying; an uncommon one left the
quotation to the statement before it (``continuations``), a different speaker's. Scare quotes
('called it "unacceptable," saying …') are followed by no subject and verb, and a quotation
inside another statement's content is that statement's; the quotation must open its
sentence, for a quoted title or term closing a phrase before the sentence's own subject ('On
MSNBC's "Inside with Jen Psaki," Goldberg pushed back') is no statement.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from riftmap.nlp.attribution.content import opens_sentence
from riftmap.nlp.attribution.continuations import comma_closed
from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.inverted import speaker_after
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.quotemarks import QUOTE_MARKS
from riftmap.nlp.text.word_classes import FINITE_TAGS

# the most tokens a subject may take before or after its verb ("the White House press secretary")
MAX_SUBJECT = 8
# adverbs that may stand before an inverted verb ('," also remarked X')
MAX_ADVERBS = 2
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
CONFIDENCE = 0.5  # a rule's reading, as sure as the tagger's less certain ones


def with_trailing(facts: DocFacts, found: list[TokenAttribution]) -> list[TokenAttribution]:
    """The statements found, with each comma-closed quotation no statement holds given to the
    subject and verb right after it: a statement of its own, or, when that verb is already a
    statement's cue whose words follow it, the first part of those words in its sentence
    ('"By locking in China," Mr. Obama said, "it now allowed me ..."': one statement,
    interrupted by its attribution) and its words before the next sentence's ('"A," Ms. Moore
    said. "B."')."""
    doc = facts.doc
    held = {i for att in found if att.content for i in range(*att.content)}
    by_cue = {i: k for k, att in enumerate(found) for i in range(*att.cue)}
    found = list(found)
    for first, end in facts.region_spans:
        if first >= end or held & set(range(first, end)) or not comma_closed(facts, end):
            continue
        if not opens_sentence(facts, first):
            continue  # a title or scare quotes in a phrase: 'On MSNBC's "Inside," Goldberg said'
        after = end
        while after < len(doc) and doc[after].text in QUOTE_MARKS:
            after += 1
        if after >= len(doc) or facts.sent_index[after] != facts.sent_index[end - 1]:
            continue
        roles = _subject_then_verb(doc, after) or _verb_then_subject(facts, after)
        if roles is None:
            continue
        cue, source = roles
        k = by_cue.get(cue[1] - 1)  # the verb's statement, if the taggers found one
        if k is None:
            by_cue.update((i, len(found)) for i in range(*cue))
            found.append(TokenAttribution(cue, source, (first, end), CONFIDENCE))
            continue
        words = found[k].content
        if words is None or words[0] < cue[0]:
            continue
        if facts.sent_index[words[0]] == facts.sent_index[cue[0]]:
            found[k] = replace(found[k], content=(first, words[1]))
        else:  # '"A," she said. "B."': A is what she said; B carries it on (continuations)
            found[k] = replace(found[k], content=(first, end))
    return found


def _subject_then_verb(doc: Doc, at: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'she penned', 'the reporter persisted': a finite verb whose subject opens at ``at``."""
    for verb in doc[at : at + MAX_SUBJECT + 1]:
        if verb.tag_ in FINITE_TAGS and verb.pos_ == "VERB":
            subject = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
            if subject and subject[0].left_edge.i == at and _names_someone(subject[0]):
                return (verb.i, verb.i + 1), (at, verb.i)
            return None
    return None


def _verb_then_subject(facts: DocFacts, at: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'also remarked Sen. Kelly Ayotte': a past-tense verb, maybe after an adverb or two,
    then its speaker as an inverted verb of saying names them (``inverted.speaker_after``)."""
    doc, i = facts.doc, at
    while i < len(doc) and i - at < MAX_ADVERBS and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or doc[i].tag_ != "VBD":
        return None
    end = speaker_after(facts, i)
    return None if end is None else ((at, i + 1), (i + 1, end))


def _names_someone(subject: Token) -> bool:
    """A third-person pronoun, or a noun phrase headed by a name or a common noun."""
    return subject.lower_ in SUBJECT_PRONOUNS or subject.pos_ in ("PROPN", "NOUN")
