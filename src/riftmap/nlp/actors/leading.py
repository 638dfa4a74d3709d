"""Descriptions written before the name they describe, which the parser often fails to tie
to it:

- a fronted indefinite description, set off by a comma before the subject of its clause ("A
  high school graduate, Lazar had no formal training");
- a description set off by a comma before a name in apposition ("the committee's chair, Rep.
  Debbie Wasserman Schultz (Fla.), in July", "another Republican governor who has not backed
  Mr. Trump, Susana Martinez of New Mexico, appeared"), where the parser hangs the name on
  another word (the relative clause's object, the verb).

Each yields (name token, phrase head, start, end), as ``riftmap.nlp.actors.definitions`` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.phrases import is_definite, noun_phrase
from riftmap.nlp.text.lines import is_line_break, line_break_between
from riftmap.nlp.text.quotemarks import OPENING_MARKS, QUOTE_MARKS

# determiners an indefinite description before a name opens with ("another Republican governor")
INDEFINITE = frozenset({"a", "an", "another"})
# what may follow a name set off in apposition: the closing comma, a bracket, the sentence end
SET_OFF = frozenset({",", ".", ";", "—", "–", ":"})


def fronted(
    determiners: Sequence[Token], owner: Mapping[int, object]
) -> Iterator[tuple[int, Token, int, int]]:
    """(subject token, phrase head, start, end) for an indefinite description that opens a
    sentence before the name it describes, the subject of its clause ("A high school
    graduate, Lazar had no formal training", "An enthusiastic Sanders supporter, Seacord
    complained"): the parser hangs it on the verb, not on the name, so ``appositions`` does
    not see it. The phrase must end at the comma ("A few minutes later, Murphy followed" and
    "A short distance away, China is" run on past their noun)."""
    for det in determiners:
        if det.lower_ not in ("a", "an") or not _opens_sentence(det):
            continue
        head = det.head
        if head.tag_ != "NN" or head.i <= det.i or head.i in owner or head.ent_type_:
            continue
        start, end = noun_phrase(head)
        if start != det.i or end + 1 >= len(det.doc) or det.doc[end].text != ",":
            continue
        subject = _subject_after(det.doc[end + 1], head.head, owner)
        if subject is not None:
            yield subject, head, start, end


def _opens_sentence(tok: Token) -> bool:
    doc = tok.doc
    return (
        tok.is_sent_start
        or tok.i == 0
        or is_line_break(doc[tok.i - 1])
        or (doc[tok.i - 1].text in OPENING_MARKS and (tok.i < 2 or is_line_break(doc[tok.i - 2])))
    )


def _subject_after(first: Token, verb: Token, owner: Mapping[int, object]) -> int | None:
    """The name that follows a fronted description, when it is the subject of the verb the
    description hangs on."""
    if first.i not in owner:
        return None
    entity = owner[first.i]
    for tok in first.doc[first.i : first.i + 6]:
        if owner.get(tok.i) is not entity:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head == verb:
            return tok.i
    return None


def before_names(
    doc: Doc, spans: Iterable[tuple[int, int]], owner: Mapping[int, object]
) -> Iterator[tuple[int, Token, int, int]]:
    """(name token, phrase head, start, end) for a description headed by a person noun set off
    by a comma right before a person's name, itself set off after ("the committee's chair, Rep.
    Debbie Wasserman Schultz (Fla.),"). ``spans`` are the person's name mentions, titles
    included."""
    for start, end in spans:
        if start < 3 or doc[start - 1].text != "," or not _is_name(doc, start, end):
            continue
        if not _set_off_after(doc, end):
            continue
        comma = start - 1
        found = _head_before(doc[_skip_brackets(doc, comma - 1)])
        if found is None or found[0].i in owner or found[0].ent_type_:
            continue
        head, clause = found
        first, last = noun_phrase(head, coordinated=False)
        last = _through_prepositions(doc, first, last, comma)
        if clause is not None:  # the clause runs from the noun's phrase to the comma
            reaches = clause.left_edge.i == last and clause.right_edge.i + 1 >= comma
        else:
            reaches = last == comma
        if not reaches or not _opens_description(head, doc[first]):
            continue
        commas = [t.i for t in doc[first : head.i] if t.text == ","]
        first = commas[-1] + 1 if commas else first  # "Weeks later, Russia's leader"
        if any(t.text in QUOTE_MARKS for t in doc[first:start]):
            continue
        if not line_break_between(doc, first, start):
            yield end - 1, head, first, last


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """A name mention, titled or not ("Rep. Debbie Wasserman Schultz", "former President Bill
    Clinton"), not a description ("a Democrat")."""
    return doc[start].pos_ not in ("DET", "PRON") and doc[end - 1].pos_ == "PROPN"


def _through_prepositions(doc: Doc, first: int, last: int, comma: int) -> int:
    """The phrase's end moved to the comma when all between is a prepositional phrase of the
    description with no verb and no name ("his most formidable rival from the primary
    campaign, Senator Ted Cruz")."""
    tail = doc[last:comma]
    if not len(tail) or tail[0].dep_ != "prep":
        return last
    if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in tail):
        return last
    return comma if all(first <= t.head.i < comma for t in tail) else last


def _skip_brackets(doc: Doc, i: int) -> int:
    """The last token before a bracketed acronym that closes a phrase ("the National
    Democratic Congress (NDC)")."""
    if doc[i].text != ")":
        return i
    for j in range(i - 1, max(i - 8, 0), -1):
        if doc[j].text == "(":
            return j - 1
    return i


def _head_before(tok: Token) -> tuple[Token, Token | None] | None:
    """(person noun, relative clause or None) for the phrase that ends at ``tok``: ``tok``
    itself, the noun of the phrase it ends ("the flagbearer of the National Democratic
    Congress"), or the noun a relative clause ending at ``tok`` describes ("another
    Republican governor who has not backed Mr. Trump"); the caller checks that the phrase
    or the clause does end there."""
    person = lexicon().person_nouns
    for anc in (tok, *tok.ancestors):
        if anc.tag_ == "NN" and anc.lower_ in person and anc.i <= tok.i:
            return anc, None
        if anc.dep_ == "relcl" and anc.head.i < anc.i:
            noun = anc.head
            return (noun, anc) if noun.tag_ == "NN" and noun.lower_ in person else None
        if anc.dep_ not in ("pobj", "prep", "compound", "appos", "dobj"):
            return None
    return None


def _opens_description(head: Token, first: Token) -> bool:
    """A definite or indefinite description: "the", a possessor, "a", "another"."""
    return is_definite(head) or (first.dep_ == "det" and first.lower_ in INDEFINITE)


def _set_off_after(doc: Doc, end: int) -> bool:
    """Is the name followed by what closes an apposition (a comma, the sentence end), after
    "of" and a place ("Susana Martinez of New Mexico,") or a bracket ("(Fla.)")? A name
    followed by its verb is the subject of the clause, and the description before it the end
    of a fronted phrase ("In a fiery takedown of the businessman, Sen. Bernie Sanders called
    him divisive")."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        end += 1
        while end < len(doc) and doc[end].ent_type_ == "GPE":
            end += 1
    if end < len(doc) and doc[end].text == "(":
        close = next((j for j in range(end, min(end + 8, len(doc))) if doc[j].text == ")"), None)
        end = close + 1 if close is not None else end
    return end >= len(doc) or doc[end].text in SET_OFF or "\n" in doc[end].text
