"""How far a description runs: the noun phrase a head noun heads ("CEO of OpenAI" of "CEO
of OpenAI, who joined ..."), the roles of one person coordinated in it ("the nephew of one
president and the cousin of another"), and whether it is definite or a plain description of a
kind ("the country", "the security firm").

Definitions, epithets, groups and leading descriptions all take their extent from here, so a
mention spans the same words whichever rule found it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors.titles import headline_verb, is_title_word
from riftmap.nlp.text.quotemarks import OPENING_MARKS, QUOTE_MARKS

RIGHT_DEPS = frozenset({"prep", "pobj", "compound", "amod", "nummod", "npadvmod"})
# how a name modifies a noun ("a Christie administration", "a KGB agent", "Trump's plan")
NAME_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
# what the parser may hang before a noun that is no part of its phrase: a clause, its marker
LEFT_CLAUSE_DEPS = frozenset({"advcl", "mark", "ccomp", "csubj", "parataxis", "nsubj", "aux"})
# heads a "for" phrase naming an office belongs to, and offices named by no title word
CANDIDATE_HEADS = frozenset({"nominee", "candidate", "hopeful", "contender"})
OFFICES = frozenset({"presidency", "office", "senate", "house", "congress", "re-election"})


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
    verbs = [t.i for t in head.doc[start : head.i] if headline_verb(t)]
    # a title-case headline's verb, which the parser took for a word of the noun's name:
    # "MSNBC Host Grills RNC Communications Director" (``titles.headline_verb``)
    return verbs[-1] + 1 if verbs else start


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


def is_definite(head: Token) -> bool:
    """Whether a noun phrase is definite: "the ...", a possessor ("Trump's", "his"), or a
    title addressed with an honorific ("Mr. President", "Madam Secretary"), which is the
    office's holder as "the president" is. Not with "a" or "an": "Hegseth's a decorated
    veteran" is "Hegseth is", not a veteran of Hegseth's (the parser reads the contraction as
    a possessive)."""
    if contracted_is(head):
        return False
    return addressed(head) or any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in head.children
    )


def contracted_is(head: Token) -> bool:
    """Whether a noun the parser gave a possessor in "'s" ("Hegseth's") also has "a" or "an":
    no possessed noun takes an indefinite article, so the "'s" is "is" ("Bernie's a
    socialist"). A possessive pronoun is no such case ("calls her an intelligent woman")."""
    children = list(head.children)
    owned = any(c.dep_ == "poss" and any(_clitic(g) for g in c.children) for c in children)
    return owned and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children)


def _clitic(tok: Token) -> bool:
    return tok.dep_ == "case" and tok.text.replace("’", "'").lower() == "'s"


def addressed(head: Token) -> bool:
    """Whether the noun is a title addressed with an honorific right before it ("Mr.
    President")."""
    return (
        head.i > 0 and head.doc[head.i - 1].lower_ in VOCATIVE and head.doc[head.i - 1].head == head
    )


# honorifics that address a title as a name ("Mr. President"; "Mr. Trump" is a name)
VOCATIVE = frozenset({"mr.", "mr", "mister", "madam", "madame"})


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
