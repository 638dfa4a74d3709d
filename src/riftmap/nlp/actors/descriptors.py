"""Descriptors: what a phrase says an actor is ("Trump's one-time chief strategist").

A descriptor is reduced to its head words ("strategist") and its content words ("trump",
"chief"), with a flag for "former"-like markers. Two descriptors match when their heads fall
in one class of the lexicon ("chief" ~ "head" ~ "leader") and the epithet's content words are
all among the known descriptor's ("the former Breitbart chief" ~ "Executive chairman of
Breitbart News"). The same reduction serves phrases of the document (spaCy tokens), of the
knowledge base and of other documents (plain strings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

WORD = re.compile(r"[a-z0-9][a-z0-9.&]*")
# an age ("the 70-year-old mogul"): it says nothing of what the actor is, and the knowledge base
# keeps no birth dates, so it is left out of the words a descriptor is matched by
AGE = re.compile(r"^(\d+)-(year|month)s?-old$")  # groups: the number, the unit
# a year ("the 2008 GOP presidential nominee"): a role of that year only (``_years``)
YEAR = re.compile(r"(18|19|20)\d\d")
PREPOSITIONS = frozenset({"of", "to", "for", "at", "in", "on", "with", "from"})
_STRIP = "".join(sorted(QUOTE_MARKS)) + "(),:;"
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "our"})


# The time an article speaks of: its publication day as (day, day), or the first and last day
# its own titles leave (``riftmap.nlp.actors.era``); ISO dates or prefixes. A descriptor holds
# at such a time (``same_tense``, ``riftmap.nlp.actors.epithets.role_fit``).
Period = tuple[str, str]


@dataclass(frozen=True)
class Descriptor:
    """A descriptor reduced for matching; ``text`` is kept as written."""

    text: str
    heads: frozenset[str]
    words: frozenset[str]
    past: bool = False
    future: bool = False  # "the presumptive nominee": a role about to be held

    def match(self, known: Descriptor) -> float:
        """How well this epithet fits a known descriptor: 0 (heads differ, or only one names a
        lower rank: "vice", "deputy"), 0.5 (same kind of head, other details), 0.75 (same
        head, other details), else 1 plus one for each shared content word."""
        lex = lexicon()
        if not any(lex.same_head(h, k) for h in self.heads for k in known.heads):
            return 0.0
        if self.words & lex.rank_words != known.words & lex.rank_words:
            return 0.0  # "the vice president" is not the president, nor the reverse
        if (dated := _years(known.words)) and _years(self.words) != dated:
            return 0.0  # "the 2008 GOP presidential nominee" is not "the GOP nominee"
        exact = 0.5 if self.heads & known.heads else 0.0
        if not self.words <= known.words | known.heads:
            return 0.5 + exact / 2
        return 1.0 + exact + len(self.words & known.words)


def undated(desc: Descriptor) -> tuple[Descriptor, Period | None]:
    """An epithet without its years, and the period they name: a role title never holds a
    year, so "the 2012 GOP nominee" is read as "the GOP nominee" held in 2012 (PolNeAR train,
    devset 413: "the 2012 GOP nominee", "The 2012 Republican presidential nominee" after
    Romney's name, in articles dated 2016, when Trump held that title)."""
    years = sorted(_years(desc.words))
    if not years:
        return desc, None
    words = desc.words - frozenset(years)
    return Descriptor(desc.text, desc.heads, words, desc.past, desc.future), (years[0], years[-1])


def _years(words: frozenset[str]) -> frozenset[str]:
    """The years among a descriptor's words: a role of that year, such as a nomination or a
    candidacy, which a description without it ("the GOP nominee") is not (PolNeAR train:
    "the 2012 GOP nominee", "2008 GOP presidential nominee" in 21 articles)."""
    return frozenset(w for w in words if YEAR.fullmatch(w))


def _words(text: str) -> list[str]:
    """Lowercase words, possessive endings dropped; hyphenated words split unless the whole
    word is a marker ("one-time") or a lexicon noun ("front-runner"); a bound prefix is a
    word of its own ("vice-president": "vice", a rank; "ex-wife": "ex", a past marker); an
    age ("68-year-old") left out."""
    lex = lexicon()
    out: list[str] = []
    for raw in text.lower().replace("’", "'").split():
        raw = re.sub(r"'s?$", "", raw.strip(_STRIP))
        if AGE.match(raw):
            continue
        keep = raw in lex.past_markers or raw in lex.person_nouns or raw in lex.org_nouns
        keep = keep and lex.unprefixed(raw) is None
        out.extend([raw] if keep else WORD.findall(raw.replace("-", " ")))
    return [w for w in out if w]


def from_words(text: str, words: list[str], heads: Iterable[str]) -> Descriptor:
    """A descriptor from its words and its head words: markers and empty words set apart."""
    lex = lexicon()
    head_set = frozenset(heads)
    past = any(w in lex.past_markers or w == "ex" for w in words)
    future = any(w in lex.prospective_markers for w in words)
    offices = lex.office_adjectives
    content = frozenset(
        offices.get(w, _rank_spelled_out(w))
        for w in words
        if w not in head_set
        and w not in lex.past_markers
        and w not in lex.prospective_markers
        and w not in lex.empty_modifiers
        and w not in DETERMINERS
        and w != "ex"
        and w not in PREPOSITIONS
    )
    return Descriptor(text, head_set, content, past, future)


def _rank_spelled_out(word: str) -> str:
    """The rank an abbreviated title word stands for ("Lt." lieutenant), so that the rank
    sets the title apart as the word written out does: "Lt. Gov. Delgado" is not "the
    governor", and is "the lieutenant governor"."""
    lex = lexicon()
    spelled = lex.title_words.get(word, "")
    return spelled if spelled in lex.rank_words else word


@lru_cache(maxsize=65536)
def from_phrase(text: str) -> Descriptor:
    """A descriptor from a plain phrase: the knowledge base's "Chief executive of Tesla",
    "tech billionaire", or an epithet learned in another document. Heads are the person and
    organisation nouns before "of" of the last one's kind (``_head_nouns``; else the last
    word before it). Kept per phrase: the same knowledge-base descriptors are read for every
    epithet of every document."""
    words = _words(text)
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    before = words[:cut]
    nouns = _head_nouns(before)
    if "chief" in before and "executive" in before:
        nouns.add("ceo")
    heads = nouns or ({before[-1]} if before else set())
    return from_words(text, words, heads)


def _head_nouns(words: list[str]) -> set[str]:
    """The person and organisation nouns of a phrase's words that are of the kind of its last
    one: an organisation noun before a person noun only says whose ("campaign manager",
    "committee chair", "Senate majority leader" are persons; "the Trump campaign" is no
    campaign manager), and a person noun before an organisation noun likewise ("the
    governor's office")."""
    lex = lexicon()
    nouns = [w for w in words if w in lex.person_nouns or w in lex.org_nouns]
    if not nouns:
        return set()
    last = nouns[-1]
    kinds = [k for k in (lex.person_nouns, lex.org_nouns) if last in k]
    # a rank before another noun is the rank of that office ("Lieutenant Governor"), a
    # content word that sets it apart, not a head of its own
    ranks = {w for w in nouns[:-1] if w in lex.rank_words}
    return {w for w in nouns if any(w in k for k in kinds)} - ranks


def from_tokens(tokens: Iterable[Token], head: Token) -> Descriptor:
    """A descriptor from the tokens of a noun phrase with its syntactic head."""
    toks = list(tokens)
    text = "".join(t.text_with_ws for t in toks).strip()
    words = _words(text)
    head_word = head.lower_.replace("’", "'")
    heads = {head_word, head.lemma_.lower(), hyphenated(head)}
    parts = lexicon().unprefixed(head_word)
    if parts is not None:  # "co-founder" is a founder of a lower rank ("co" among the words)
        heads.add(parts[1])
    return from_words(text, words, heads | _spelled_out(heads))


def _spelled_out(heads: set[str]) -> set[str]:
    """The office an abbreviated title stands for ("Sen." senator, "Rep." representative,
    "Gov." governor, "PM" minister), so that "the senator" and "the congressman" find the
    one the article titled "Sen." or "Rep.", and "the PM" the one it called "the prime
    minister" (devset 029 and 037). PolNeAR train: "Sen./Rep./Gov. Name" titles in 347 of 840
    articles, "the senator/congressman/congresswoman/governor" in 58."""
    titles = lexicon().title_words
    return {titles[h] for h in heads if titles.get(h) and titles[h] != h}


def hyphenated(head: Token) -> str:
    """The whole hyphenated word a head token ends ("front-runner" for "runner", which the
    tokenizer splits off), lower case; the token itself when it ends none."""
    doc, i, word = head.doc, head.i, head.lower_
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        if doc[i - 1].whitespace_:
            break
        word, i = f"{doc[i - 2].lower_}-{word}", i - 2
    return word


def expand(words: Iterable[str], aliases: dict[str, tuple[str, ...]]) -> set[str]:
    """Words plus the words of every alias of an organisation they name ("doge" for
    "Department of Government Efficiency"), so that descriptors match either form."""
    out = set(words)
    for name, forms in aliases.items():
        content = _content_words(name)
        if content and content <= out:
            for form in forms:
                out.update(_word_set(form))
    return out


@lru_cache(maxsize=65536)
def _content_words(name: str) -> frozenset[str]:
    """An alias's words without prepositions and determiners, kept per name: ``expand``
    reads every alias of the knowledge base for each descriptor it expands."""
    return frozenset(_words(name)) - PREPOSITIONS - DETERMINERS


@lru_cache(maxsize=65536)
def _word_set(form: str) -> frozenset[str]:
    """The words of an alias's form, kept per form (see ``_content_words``)."""
    return frozenset(_words(form))


# an ordinal before an office ("the 42nd president"), which may name a past holder
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def is_office(desc: Descriptor) -> bool:
    """Does a descriptor name an office (a title word as head: "secretary", "spokesman")?"""
    lex = lexicon()
    return any(h in lex.title_words or h in lex.head_class.get("secretary", ()) for h in desc.heads)


def same_tense(epithet: Descriptor, known: Descriptor) -> bool:
    """Whether a known descriptor can tell what an epithet names, by tense: "the former
    secretary of State" is not the "State Department spokesman", and "the President" is
    not the one titled "former President John Mahama" ("the 42nd president" may be)."""
    if epithet.past:
        return known.past or not is_office(known)
    if any(ORDINAL.fullmatch(w) for w in epithet.words):
        return True
    return not (known.past and is_office(known))
