"""Where a document defines what a name's bearer is: a title before the name ("White House
press secretary Karoline Leavitt"), an apposition ("Steve Bannon, Trump's one-time chief
strategist," or "CEO of OpenAI" after "Sam Altman,"), a predicate nominal ("Musk is the
Tesla CEO"). Each yields the span of the defining phrase and its head; the caller records
the phrase as a mention and a descriptor of the actor.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.descriptors import hyphenated
from riftmap.nlp.text.lines import line_break_between
from riftmap.nlp.text.quotemarks import OPENING_MARKS, QUOTE_MARKS

TITLE_TAGS = frozenset({"NN", "NNP", "JJ", "HYPH", "POS", "NNPS", "CD"})
COPULAS = frozenset({"be", "become", "remain"})
RIGHT_DEPS = frozenset({"prep", "pobj", "compound", "amod", "nummod", "npadvmod"})
# what the parser may hang before a noun that is no part of its phrase: a clause, its marker
LEFT_CLAUSE_DEPS = frozenset({"advcl", "mark", "ccomp", "csubj", "parataxis", "nsubj", "aux"})
# heads a "for" phrase naming an office belongs to, and offices named by no title word
CANDIDATE_HEADS = frozenset({"nominee", "candidate", "hopeful", "contender"})
OFFICES = frozenset({"presidency", "office", "senate", "house", "congress", "re-election"})
# honorifics no title comes before ("Mr. Trump"; but "Foreign Secretary Lord Cameron")
PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
# what closes a phrase in apposition ("Bannon, Trump's one-time chief strategist, said")
APPOSITION_STOPS = frozenset({",", ";", "—", "–", "(", ")", ":", "--", '"', "“", "”", "«", "»"})


def is_title_word(tok: Token) -> bool:
    lex = lexicon()
    low = tok.lower_
    return (
        low in lex.person_nouns
        or low in lex.title_words
        or low in lex.honorifics
        or is_person_word(tok)
    )


def is_person_word(tok: Token) -> bool:
    """A person noun, or the last part of a hyphenated one the tokenizer split ("the
    runner-up", "the party's standard-bearer": the parser's head is "up", "bearer")."""
    person = lexicon().person_nouns
    return tok.lower_ in person or hyphenated(tok) in person


def title_start(doc: Doc, start: int) -> int:
    """Start of a title written right before the name at ``start``, or ``start`` if none.

    The title is the run of nouns, adjectives, possessives and "of" before the name, with a
    person noun or title word in it, its last word a noun ("former Trump strategist")."""
    i = start - 1
    while i >= 0 and (doc[i].tag_ in TITLE_TAGS or doc[i].lower_ == "of"):
        if doc[i].text in QUOTE_MARKS or (doc[i].lower_ == "of" and _of_other(doc[i], start)):
            break
        if doc[i].lower_ == "of" and all(_honorific(t) for t in doc[i + 1 : start]):
            break  # "a close friend of Mrs. Clinton": a relation to her, her title is "Mrs."
        if doc[i].lower_ == "of" and i > 0 and _common_noun(doc[i - 1]):
            # "the vile bigotry of front-runner Donald Trump"; "Secretary of State John Kerry"
            # and "NBA Hall of Fame player Charles Barkley" are titles
            break
        if i == start - 1 and doc[i].ent_type_ == "PERSON":
            break  # another person's name right before: "Trump Steve Bannon" is no title
        if doc[i].lower_.rstrip(".") in PLAIN_HONORIFICS:
            i -= 1
            break  # nothing before "Mr." is his title: "the statement Mr. Trump issued"
        i -= 1
    i += 1
    quantifiers = lexicon().quantifiers  # "several of President X's allies": no title
    while i < start and (
        doc[i].lower_ == "of" or doc[i].tag_ in ("HYPH", "POS") or doc[i].lower_ in quantifiers
    ):
        i += 1
    if i >= start or doc[start - 1].pos_ not in ("NOUN", "PROPN"):
        return start
    if not any(is_title_word(t) for t in doc[i:start]):
        return start
    return i


def _common_noun(tok: Token) -> bool:
    """A lower-case word that names no office or person ("bigotry", "account")."""
    return tok.text.islower() and not is_title_word(tok)


def _honorific(tok: Token) -> bool:
    """An honorific or a title that stands before a name ("Mrs.", "President", "Sen.")."""
    lex = lexicon()
    return tok.lower_ in lex.honorifics or tok.lower_ in lex.title_words or tok.is_punct


def _of_other(of: Token, start: int) -> bool:
    """Does this "of" govern something beyond the name at ``start``? In "the architect of
    President Trump's tariffs" it governs the tariffs: no title of Trump's; in "Secretary of
    State Marco Rubio" it governs the name."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if not objects:
        return False
    head = objects[0]
    return any(t.tag_ == "POS" for t in head.doc[start : head.i])


def noun_phrase(head: Token, *, coordinated: bool = True) -> tuple[int, int]:
    """Token range of the noun phrase ``head`` heads, without relative clauses, appositions
    or anything after a comma ("CEO of OpenAI" of "CEO of OpenAI, who joined ..."), with a
    second role of the same person after "and" unless ``coordinated`` is false."""
    start = _left_start(head)
    doc = head.doc
    while start < head.i and (
        (doc[start].is_punct and doc[start].lower_ not in OPENING_MARKS)
        or _sentence_adverb(doc[start], head)
    ):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if _in_chief(child):
            end = max(end, child.i + 2)
            continue
        if child.tag_ == "HYPH" and child.i + 1 < len(doc) and _hyphen_joined(doc[child.i + 1]):
            continue
        if child.dep_ == "prep" and _hyphen_joined(child):
            end = max(end, child.right_edge.i + 1)  # "nominee-in-waiting", "son-in-law"
            continue
        if child.dep_ not in RIGHT_DEPS or (child.dep_ == "prep" and not _part_of_name(child)):
            break
        if child.dep_ == "prep" and _holds_a_clause(child):
            break  # "accused the vice president of picking fights": no part of the name
        end = max(end, child.right_edge.i + 1)
    for i in range(head.i + 1, end):
        if head.doc[i].text in (",", ";", "—", "–", "(") or head.doc[i].dep_ == "relcl":
            return start, i
    return start, _coordinated_end(head, end) if coordinated else end


def _sentence_adverb(tok: Token, head: Token) -> bool:
    """An adverb the parser hangs on a noun that belongs to the clause, not to the phrase
    ("Lewandowski, now a paid CNN commentator,"; "Kaine, also a senator,"; "then the
    secretary of state"; "even some allies"): the description is what follows it. PolNeAR
    train: 67 descriptions in 58 articles open so ("even" 23, "now" 14, "then" 5)."""
    return tok.dep_ == "advmod" and tok.head.i == head.i and tok.pos_ == "ADV"


def _coordinated_end(head: Token, end: int) -> int:
    """End of a description that goes on with a second role of the same person after "and"
    ("the brash billionaire and political novice", "his former primary foe and secretary of
    state"): one person, so one phrase. A second noun with its own determiner ("the governor
    and the legislature"), a plural, a kinship or other relation ("his wife and daughter"),
    or a lower rank ("the president and vice president") is someone else."""
    conj = next((c for c in head.rights if c.dep_ == "conj"), None)
    if conj is None or not _same_bearer(head, conj):
        return end
    conj_start, conj_end = noun_phrase(conj)
    if [t.lower_ for t in head.doc[end:conj_start]] != ["and"]:
        return end
    return conj_end


def conjunct_spans(doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, head) of each description a coordinated description of one person holds
    ("the nephew of one president" and "the cousin of another" in "the nephew of one president
    and the cousin of another"; "a physician from Massachusetts" and "longtime Green Party
    activist"): each names that person as well as the whole does, and writers and keys cite
    either. A person noun joined by "and" inside the phrase starts the second one, as does
    any noun with its own "a" joined to a person noun ("a strong supporter of gay marriage
    as well as a giant in the technology community")."""
    person = lexicon().person_nouns
    out: list[tuple[int, int, int]] = []
    for conj in doc[start:end]:
        if conj.dep_ != "conj" or not start <= conj.head.i < conj.i or conj.tag_ != "NN":
            continue
        parallel = conj.head.lower_ in person and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in conj.children
        )
        if not (conj.lower_ in person or parallel) or conj.ent_type_:
            continue
        second, last = noun_phrase(conj, coordinated=False)
        cc = second - 1
        while cc > start and (doc[cc].is_punct or _sentence_adverb(doc[cc], conj)):
            cc -= 1
        first_end = _coordinator_start(doc, start, cc)
        if first_end is None:
            continue
        while first_end > start and doc[first_end - 1].is_punct:
            first_end -= 1
        out.append((start, first_end, conj.head.i))
        # the second runs as far as the whole does ("a giant in the technology community")
        out.append((second, min(max(last, conj.right_edge.i + 1), end), conj.i))
    return out


def _coordinator_start(doc: Doc, start: int, cc: int) -> int | None:
    """Where the word joining two descriptions begins, if token ``cc`` ends one: "and", or
    "as well as" ("a strong supporter of gay marriage as well as a giant in the technology
    community": 2 PolNeAR train articles join two descriptions so)."""
    if start < cc and doc[cc].lower_ == "and":
        return cc
    words = [t.lower_ for t in doc[max(cc - 2, start) : cc + 1]]
    return cc - 2 if start < cc - 2 and words == ["as", "well", "as"] else None


def _same_bearer(head: Token, conj: Token) -> bool:
    lex = lexicon()
    if head.tag_ != "NN" or conj.tag_ not in ("NN", "NNP") or conj.ent_type_:
        return False
    if head.lower_ not in lex.person_nouns or not is_title_word(conj):
        return False
    if conj.lower_ in lex.relation_nouns or head.lower_ in lex.relation_nouns - {
        "rival",
        "opponent",
        "foe",
        "challenger",
        "adversary",
    }:
        return False
    return not any(c.dep_ in ("det", "poss") or c.lower_ in lex.rank_words for c in conj.lefts)


def _left_start(head: Token) -> int:
    """Where the words before a noun that belong to its phrase begin: after any clause or
    clause word the parser hung on the noun ("While Mr. Trump was being nominated, his most
    formidable rival ...": the "while" clause is no part of the rival's description)."""
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in LEFT_CLAUSE_DEPS:
            start = max(start, child.right_edge.i + 1)
    return start


def _in_chief(prep: Token) -> bool:
    """ "in chief" after an office ("the Commander in Chief", "the editor in chief": 5 definite
    uses in 4 articles of PolNeAR train), however the parser attached "chief"."""
    doc = prep.doc
    return prep.lower_ == "in" and prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "chief"


def _hyphen_joined(prep: Token) -> bool:
    """A preposition written with hyphens into the noun before it, one word the tokenizer
    split ("son-in-law", "the Republican nominee-in-waiting")."""
    doc = prep.doc
    i = prep.i
    if i < 2 or i + 2 >= len(doc) or doc[i - 1].text != "-" or doc[i + 1].text != "-":
        return False
    return not any(doc[j].whitespace_ for j in range(i - 2, i + 2))


def _part_of_name(prep: Token) -> bool:
    """A preposition whose phrase belongs to a description: "of" ("chief of staff"), "from"
    with a place after a person noun ("the senator from Vermont", "a Democrat from Ohio"),
    which says which seat or state the person stands for, and "for" with an office after a
    candidacy ("the GOP nominee for president", "a candidate for governor"), and "in" with a
    place after a plural group noun."""
    if prep.lower_ == "of":
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    if prep.lower_ == "for" and prep.head.lower_ in CANDIDATE_HEADS:
        return objects[0].lower_ in OFFICES or objects[0].lower_ in lexicon().title_words
    if prep.lower_ == "in" and prep.head.tag_ in ("NNS", "NNPS"):
        # a group by where it is: "political leaders in Guinea", "Democrats in California"
        return objects[0].ent_type_ == "GPE"
    if prep.lower_ != "from" or prep.head.lower_ not in lexicon().person_nouns:
        return False
    return objects[0].ent_type_ == "GPE"


def _holds_a_clause(prep: Token) -> bool:
    """Does this "of" phrase hold a verb or a quotation ("of 'picking fights'") rather than a
    noun phrase ("of the Breitbart news site")?"""
    return any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in prep.subtree)


def appositions(
    tokens: Sequence[Token], owner: Mapping[int, object]
) -> Iterator[tuple[int, Token, int, int]]:
    """(name token, phrase head, start, end) for each phrase in apposition to a name: after
    it ("Bannon, Trump's one-time chief strategist") or before it ("his ally, Raheem Kassam")."""
    for tok in tokens:
        if tok.dep_ != "appos":
            continue
        head = tok.head
        if not _comma_between(tok, head):
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
    """A common noun, a role word the tagger took for a proper noun ("CEO"), or "one of"
    some people (see ``one_of_people``)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and is_title_word(tok)) or one_of_people(tok)


def one_of_people(tok: Token) -> bool:
    """ "one of President Bill Clinton's former aides", "one of Clinton's most vocal
    supporters": one of a plural of person nouns (after a name in 5 PolNeAR train articles)."""
    if tok.lower_ != "one":
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(o.tag_ == "NNS" and o.lemma_ in lexicon().person_nouns for o in objects)


def _comma_between(a: Token, b: Token) -> bool:
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
    """(subject token, phrase head, start, end) for "X is/was/became the ..." with X a name,
    and for "X, who was the ...", whose subject is the name the relative clause hangs on
    (PolNeAR train: "Axelrod, who was Obama's chief election strategist", "Chelsea Clinton,
    who is its vice chairwoman": 36 sentences in 33 articles)."""
    for tok in tokens:
        if tok.dep_ != "attr" or tok.pos_ != "NOUN" or tok.head.lemma_ not in COPULAS:
            continue
        subjects = [_antecedent(c, tok) for c in tok.head.children if c.dep_ == "nsubj"]
        subjects = [s for s in subjects if s.i in owner]
        if subjects and tok.i not in owner:
            yield (subjects[0].i, tok, *noun_phrase(tok))


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


def is_definite(head: Token) -> bool:
    """Whether a noun phrase is definite: "the ...", a possessor ("Trump's", "his")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in head.children
    )


def plain_opening(
    head: Token,
    openers: frozenset[str],
    opener_deps: frozenset[str],
    plain_deps: frozenset[str],
    other_markers: frozenset[str],
) -> bool:
    """Do the words before ``head`` make a plain definite description of a kind ("the
    country", "the security firm")? One of ``openers`` under one of ``opener_deps``, the rest
    only ``plain_deps``, none of ``other_markers`` ("the other country") and no name or entity
    ("the Baltic nation"), which would say which one is meant."""
    lefts = list(head.lefts)
    if not any(c.lower_ in openers and c.dep_ in opener_deps for c in lefts):
        return False
    if any(c.dep_ not in plain_deps or c.lower_ in other_markers for c in lefts):
        return False
    return not any(c.tag_ in ("NNP", "NNPS") or c.ent_type_ for c in lefts)
