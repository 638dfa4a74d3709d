"""Statements reported by a noun: "Trump's claims that Clinton was the real racist", "President
Akufo-Addo's accusations that his opponents were orchestrating a campaign", "calls from House
Democrats to step down", "Lammy made a poisonous claim that Mr Farage had ...". The noun is the
cue, the clause it introduces the content, and its possessor (or the "from"/"by" phrase, or
the subject of the verb that makes the claim) the source. The taggers, which learn cues
that are mostly verbs, miss most of these.
"""

from __future__ import annotations

from spacy.tokens import Token

from riftmap.kb.lexicon import nominal_cues
from riftmap.nlp.attribution.content import EXPLETIVES
from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.select import with_pos

CLAUSE_DEPS = frozenset({"acl", "ccomp", "xcomp"})
AGENT_PREPOSITIONS = frozenset({"from", "by"})
# subjects that name no maker of a claim: expletives, and relative pronouns pointing elsewhere
NOT_MAKERS = EXPLETIVES | {"which", "who"}


def nominal_attributions(facts: DocFacts) -> list[TokenAttribution]:
    """Every statement a reporting noun outside quotation marks introduces, with its source."""
    doc = facts.doc
    found = []
    for noun in with_pos(doc, ("NOUN",)):
        if noun.lemma_.lower() not in nominal_cues() or facts.region[noun.i] >= 0:
            continue
        content = _clause(noun)
        source = _possessor(noun) or _agent(noun) or _maker(noun)
        if content is not None and source is not None:
            found.append(TokenAttribution((noun.i, noun.i + 1), source, content, 0.5))
    return found


def _clause(noun: Token) -> tuple[int, int] | None:
    """The that-clause (without "that") or the to-infinitive the noun introduces."""
    for child in noun.rights:
        if child.dep_ not in CLAUSE_DEPS or child.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ == "that"]
        if marks and marks[0].i == child.left_edge.i:
            return marks[0].i + 1, child.right_edge.i + 1
        if any(
            c.dep_ == "aux" and c.tag_ == "TO" and c.i == child.left_edge.i for c in child.children
        ):
            return child.left_edge.i, child.right_edge.i + 1
    return None


def _possessor(noun: Token) -> tuple[int, int] | None:
    """ "Trump's claims", "his accusations": the possessor without its "'s"."""
    for child in noun.children:
        if child.dep_ == "poss":
            end = child.right_edge.i + 1
            if child.doc[end - 1].tag_ == "POS":
                end -= 1
            return (child.left_edge.i, end) if end > child.left_edge.i else None
    return None


def _agent(noun: Token) -> tuple[int, int] | None:
    """ "calls from House Democrats", "a claim by the campaign"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in AGENT_PREPOSITIONS:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                # "calls from politicians for Comey to resign": the agent stops at "for"
                stop = obj.right_edge.i + 1
                cut = [t.i for t in obj.doc[obj.i + 1 : stop] if t.lower_ == "for"]
                return obj.left_edge.i, min([stop, *cut])
    return None


def _maker(noun: Token) -> tuple[int, int] | None:
    """ "Lammy made a claim that ...", "she issued a warning that ...": the subject of the verb
    whose object the noun is."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    # the subject nearest the verb: a parse may hang a second one on it
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[-1].lower_ in NOT_MAKERS:
        return None
    return subjects[-1].left_edge.i, subjects[-1].right_edge.i + 1
