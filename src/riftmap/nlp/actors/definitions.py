"""Where a document defines what a name's bearer is beside the name: an apposition ("Steve
Bannon, Trump's one-time chief strategist," or "CEO of OpenAI" after "Sam Altman,") or a
predicate nominal ("Musk is the Tesla CEO"). Each yields the name token, the head of the
defining phrase and its span; the caller records the phrase as a mention and a descriptor of
the actor.

A title before the name ("White House press secretary Karoline Leavitt") is the third kind of
definition (``riftmap.nlp.actors.titles``); how far a phrase runs is
``riftmap.nlp.actors.phrases``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.phrases import noun_phrase
from riftmap.nlp.actors.titles import is_title_word
from riftmap.nlp.text.lines import line_break_between
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

COPULAS = frozenset({"be", "become", "remain"})
# what closes a phrase in apposition ("Bannon, Trump's one-time chief strategist, said")
APPOSITION_STOPS = frozenset({",", ";", "—", "–", "(", ")", ":", "--", '"', "“", "”", "«", "»"})


def appositions(
    tokens: Sequence[Token], owner: Mapping[int, object]
) -> Iterator[tuple[int, Token, int, int]]:
    """(name token, phrase head, start, end) for each phrase in apposition to a name: after
    it ("Bannon, Trump's one-time chief strategist") or before it ("his ally, Raheem Kassam")."""
    for tok in tokens:
        if tok.dep_ != "appos":
            continue
        head = tok.head
        if not comma_between(tok, head):
            continue
        if head.i in owner and tok.i not in owner and _is_noun(tok):
            yield (_last_conjunct(head, tok, owner).i, tok, *appositive_phrase(tok))
        elif tok.i in owner and head.i not in owner and _is_noun(head):
            start, _ = noun_phrase(head)
            yield (tok.i, head, start, _before_name(head, tok))


def _last_conjunct(name: Token, phrase: Token, owner: Mapping[int, object]) -> Token:
    """The name a singular phrase in apposition describes: the parser hangs it on the first
    of coordinated names ("Bill Clinton and Hillary Clinton, the presidential candidate,"),
    but it describes the one just before its comma. A plural phrase ("Trump and Clinton, the
    two nominees") describes them all and stays where it hangs."""
    if phrase.tag_ != "NN":
        return name
    return _nearest_conjunct(name, phrase.i, owner)


def _nearest_conjunct(name: Token, before: int, owner: Mapping[int, object] | None = None) -> Token:
    """The last of the names coordinated with ``name`` (and in ``owner``, if given) that
    stand before token ``before``; ``name`` itself when there is none."""
    found = [c for c in name.conjuncts if name.i < c.i < before and (owner is None or c.i in owner)]
    return max(found, key=lambda c: c.i) if found else name


def appositive_phrase(head: Token) -> tuple[int, int]:
    """Token range of a phrase in apposition after a name, as far as the commas that set it
    off: the phrase with its prepositions, participles and coordinated nouns ("Jason Miller,
    senior communications adviser for Donald Trump's campaign,", "Roxana Leon, an independent
    voter raised in Chile", "Clinton, a former senator and secretary of state"), without a
    relative clause ("a Sanders supporter who has criticized Clinton"), a coordinated noun or
    participle that brings in another person ("a Trump ally stung by his rejection ... to be
    Mr. Trump's running mate", "a conservative leader and close friend of Gov. Mike Pence":
    a second description, of a relation), or what follows a comma, a dash, a bracket or a
    line break. Appositions after a name in a sample of 150 PolNeAR train articles: about 180
    of 360 run past the plain noun phrase (73 by a preposition, 29 by a coordinated noun, 12
    by a participle, 57 by a relative clause)."""
    start, end = noun_phrase(head)
    doc = head.doc
    stop = head.right_edge.i + 1
    clauses = {c.left_edge.i for c in head.subtree if c.dep_ == "relcl" and c.i > head.i}
    clauses |= {c.left_edge.i for c in head.rights if c.dep_ in ("conj", "acl") and _names(c)}
    for i in range(end, stop):
        if doc[i].text in APPOSITION_STOPS or i in clauses or "\n" in doc[i].text:
            stop = i
            break
    while stop > end and (doc[stop - 1].dep_ == "cc" or doc[stop - 1].is_punct):
        stop -= 1
    return start, max(end, stop)


def _before_name(head: Token, name: Token) -> int:
    """End of a description set before the name it is in apposition to, with what follows
    its head up to the comma ("his most formidable rival from the primary campaign, Senator
    Ted Cruz"), if all of that belongs to the head's phrase and names no one."""
    end = name.left_edge.i
    doc = head.doc
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    tail = doc[head.i + 1 : end]
    inside = all(head.left_edge.i <= t.head.i <= head.right_edge.i for t in tail)
    if not inside or any(t.ent_type_ == "PERSON" or t.text in APPOSITION_STOPS for t in tail):
        return head.i + 1
    return end


def _names(tok: Token) -> bool:
    """Does the phrase ``tok`` heads name a person?"""
    return any(t.ent_type_ == "PERSON" for t in tok.subtree)


def _is_noun(tok: Token) -> bool:
    """A common noun, a role word the tagger took for a proper noun ("CEO"), "one of" some
    people (see ``one_of_people``), or a noun of people ("a Muslim", ``appositive_person``)."""
    return (
        tok.pos_ == "NOUN"
        or (tok.pos_ == "PROPN" and is_title_word(tok))
        or one_of_people(tok)
        or appositive_person(tok)
    )


def appositive_person(tok: Token) -> bool:
    """A noun that is mostly a person but also something else (``Lexicon.appositive_nouns``:
    "a cook at the Taj", "a Muslim", "a senior fellow"), with an article or a possessor:
    set off beside a person's name, it says what the bearer is."""
    return (
        tok.lower_ in lexicon().appositive_nouns
        and tok.tag_ in ("NN", "NNP")
        and any(c.dep_ in ("det", "poss") for c in tok.children)
    )


def one_of_people(tok: Token) -> bool:
    """ "one of President Bill Clinton's former aides", "one of Clinton's most vocal
    supporters": one of a plural of person nouns (after a name in 5 PolNeAR train articles)."""
    if tok.lower_ != "one":
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NNS" and o.lemma_ in lexicon().person_nouns for o in objects)


def comma_between(a: Token, b: Token) -> bool:
    """An apposition is set off by a comma or dash in the same paragraph, on the same side
    of every quotation mark ("... last night, Mr. President," Representative Steve Cohen
    said: the address is inside the quotation, the name outside it)."""
    lo, hi = sorted((a.i, b.i))
    between = a.doc[lo:hi]
    if any(t.tag_ in ("``", "''") and set(t.text) <= QUOTE_MARKS for t in between):
        return False
    return not line_break_between(a.doc, lo, hi) and any(
        t.text in (",", "—", "–", "(") for t in between
    )


def predicates(
    tokens: Sequence[Token], owner: Mapping[int, object]
) -> Iterator[tuple[int, Token, int, int]]:
    """(subject token, phrase head, start, end) for "X is/was/became the ..." with X a name
    (or ", becoming the ..." after a clause of X's: 31 sentences in 31 of the 1,005 articles
    of PolNeAR and the development sets), and for "X, who was the ...", whose subject is the
    name the relative clause hangs on (PolNeAR train: "Axelrod, who was Obama's chief election
    strategist", "Chelsea Clinton, who is its vice chairwoman": 36 sentences in 33 articles)."""
    for tok in tokens:
        if tok.dep_ != "attr" or tok.pos_ != "NOUN" or tok.head.lemma_ not in COPULAS:
            continue
        subjects = [_antecedent(c, tok) for c in tok.head.children if c.dep_ == "nsubj"]
        subjects = [s for s in subjects or _shared_subjects(tok.head) if s.i in owner]
        if subjects and tok.i not in owner:
            yield (subjects[0].i, tok, *noun_phrase(tok))


def _shared_subjects(verb: Token) -> list[Token]:
    """The subject a copula without its own shares: that of the clause a participle or a
    conjoined verb hangs on ("Hanna went one step further, becoming the first Republican
    lawmaker to ..."; "Kaine resigned and became ..."). Not an infinitive's or a modal's
    ("hopes to become the nominee", "would be a more hawkish president" say what he is not),
    nor a clause's with "there" for subject."""
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    finite = verb.dep_ == "conj" and verb.tag_ != "VB"  # not "... and would be a president"
    if not (participle or finite) or any(c.tag_ in ("EX", "MD") for c in verb.children):
        return []  # "If there had not been that intervention": no one's clause
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _antecedent(subject: Token, phrase: Token) -> Token:
    """The name a relative "who" before a singular description stands for: the one it
    follows ("Carter and Eric Fanning, who was his chief of staff": Fanning), never a
    possessor ("a friend of Mrs. Clinton's who was her chief of staff"); else the subject."""
    verb = subject.head
    if subject.lower_ != "who" or verb.dep_ != "relcl":
        return subject
    name = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "X, a friend of Y's who"
    if phrase.tag_ != "NN" or any(c.dep_ == "case" for c in name.children):
        return subject  # "Christie and Bush, who have been the governors": both, or no one
    return _nearest_conjunct(name, subject.i)
