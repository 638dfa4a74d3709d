"""Verbs the tagger or the parser read as nouns. In a headline's "Trump rips Joe
Scarborough", "Clinton swipes at Trump over Brexit" or "Newsom mocks Trump in a post" the
present-tense verb between two names is tagged a plural noun, or parsed as a modifier of the
name after it, and the sentence has no verb, so the predicate finder (``acts``) finds
nothing. Read here off the words' order instead: an actor's
name, a word that is the "-s" form of a lexicon verb WordNet knows, then (after the entry's
particle and preposition) another actor's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.lookup import ActorLookup
from riftmap.nlp.relations.plover import Lexicons, Predicate
from riftmap.nlp.relations.stance import Candidate
from riftmap.nlp.text.headline_shape import first_line_end, title_case_headline
from riftmap.nlp.text.select import with_tag
from riftmap.nlp.text.word_classes import present_stems, verbs

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
READ_TAGS = PLURAL_TAGS | {"VBZ"}
# a title-case headline's verb: any of these or a proper noun, as every word there looks
# like a name
TITLE_TAGS = READ_TAGS | {"NNP"}
# the types read so: "Morning Joe hosts Joe Scarborough" is a noun after all, and a meeting
# ("hosts", "visits") is told so more often than a judgement is
JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})
# what a verb read as one has: an object, a preposition or a particle
OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "prt", "oprd", "ccomp", "xcomp"})


def misread_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """A relation for each "Name verbs [prep] Name" whose verb was tagged a plural noun."""
    found: list[Candidate] = []
    by_token = lookup.by_token
    # a tag column read once, not every token made
    misread = [t for t in with_tag(doc, READ_TAGS) if t.is_lower and _misread(t)]
    for tok in [*misread, *_headline_words(doc)]:
        if tok.i == 0 or tok.i - 1 not in by_token:
            continue
        source = by_token[tok.i - 1]
        for entry in _entries(tok, lex):
            target = _target(doc, tok.i + 1, entry, lookup)
            if target is None or target[0] == source:
                continue
            ev = (_mention_start(lookup, tok.i - 1), target[1])
            found.append(
                Candidate(source, target[0], entry.type, entry.polarity, ev, tok.i, entry.mode,
                          quote_at.get(tok.i), 0.65, ())
            )  # fmt: skip
            break
    return found


def _headline_words(doc: Doc) -> list[Token]:
    """The capitalised words of a title-case headline that may be its verb ("Obama Praises
    Hillary Clinton", "Cruz Blasts Donald Trump Over Remarks": the tagger reads the verb as
    one more name); none when the first line is no such headline."""
    if len(doc) == 0 or not title_case_headline(doc, 0):
        return []
    return [t for t in doc[: first_line_end(doc)] if t.is_title and t.tag_ in TITLE_TAGS]


def _misread(tok: Token) -> bool:
    """Read as a noun: tagged a plural noun, or a verb the parse gave no object or
    preposition ("Newsom mocks Trump", parsed as a modifier of "Trump"; "Trump praises
    Bondi", with "Bondi" an adverbial)."""
    if tok.tag_ in PLURAL_TAGS:
        return True
    return tok.tag_ == "VBZ" and not any(c.dep_ in OBJECT_DEPS for c in tok.children)


def _entries(tok: Token, lex: Lexicons) -> list[Predicate]:
    """The lexicon's judgements for the verb whose "-s" form the word is ("rips", "blasts",
    "swipes", "bashes"), taking an object or a preposition (no infinitive, no affix)."""
    for stem in present_stems(tok.lower_):
        if stem in verbs() and stem in lex.by_lemma:
            entries = lex.by_lemma[stem]
            return [e for e in entries if e.type in JUDGEMENTS and not e.infinitive and not e.affix]
    return []


def _target(doc: Doc, i: int, entry: Predicate, lookup: ActorLookup) -> tuple[str, int] | None:
    """The actor named from token ``i`` on, after the entry's particle and preposition (and
    a "the"), with the end of its mention."""
    needed: list[tuple[str, ...]] = [(entry.particle,)] if entry.particle else []
    needed += [entry.preps] if entry.preps else []
    for words in needed:
        if i >= len(doc) or doc[i].lower_ not in words:
            return None
        i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    ident = lookup.by_token.get(i)
    if ident is None:
        return None
    end = i
    while end < len(doc) and lookup.by_token.get(end) == ident:
        end += 1
    return ident, end


def _mention_start(lookup: ActorLookup, i: int) -> int:
    ident = lookup.by_token[i]
    while i > 0 and lookup.by_token.get(i - 1) == ident:
        i -= 1
    return i
