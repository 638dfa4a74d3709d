"""Where a name the tagger found begins and ends: the tagger's span loses a possessive, a
handle, a headline verb or a modifier it took in, and gains a suffix ("Jr."), a dropped-g
nickname ("Lyin' Ted") or a first name it left out ("Raheem Kassam", "Ana Navarro")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.actors import titles
from riftmap.nlp.actors.descriptors import YEAR
from riftmap.nlp.actors.kinds import INSTITUTION_KIND_WORDS
from riftmap.nlp.actors.names import PARTICLES, first_names
from riftmap.nlp.extensions import doc_text
from riftmap.nlp.text.word_classes import inflected_verb, verb_form

NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def name_bounds(start: int, end: int, doc: Doc, label: str) -> tuple[int, int]:
    """A name's tokens: without a possessive ending, and with a first name the tagger left
    out ("Raheem" of "longtime Bannon ally Raheem Kassam")."""
    if doc[end - 1].tag_ == "POS":
        end -= 1
    inner = [i for i in range(start + 1, end) if doc[i].tag_ == "POS"]
    if label == "PERSON" and inner:
        end = inner[0]  # "Boris Johnson’s Brexit": the name ends at its possessive
    bracket = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if bracket is not None and (label == "PERSON" or _unclosed(doc, bracket, end)):
        # "Ilhan Omar (@IlhanMN": a handle or party in brackets follows a name; "Black Lives
        # Matter (BLM", "the Democratic Alliance (DA": an organisation's acronym follows it
        end = bracket
    while end < len(doc) and doc[end].lower_ in NAME_SUFFIXES:
        end += 1  # "RFK Jr.": the tagger's span stopped before the suffix
    if label == "PERSON" and _dropped_g(doc, end):
        end += 2  # "Lyin’ Ted": the tagger's span stopped at the apostrophe of a nickname
    if label == "PERSON" and _tail_left_out(doc, start, end):
        end += 1  # "President Yoon Suk Yeol" tagged "Yoon Suk"
    if label == "PERSON" and _hyphen_tail(doc, end):
        end += 2  # "Yoon Suk-yeol" tagged "Yoon Suk"
    if label == "PERSON" and end - start > 2 and _compound_tail(doc, start, end):
        end -= 2  # "Donald Trump-style politics": the name ends before the compound's tail
    if label != "PERSON":
        end = _before_a_listed_person(doc, start, end)  # "NBC's Meet the Press, Walz said"
    while label == "PERSON" and end - start > 1 and doc[end - 1].lower_ in _headline_verbs():
        end -= 1  # "Obama Says" in a headline
    while label == "PERSON" and end - start > 1 and doc[start].is_lower:
        start += 1  # "longtime Bannon": the tagger's span took a modifier in
    if label == "PERSON":
        start = _particles_before(doc, start, end)
    start = _after_the_office_place(doc, start, end, label)
    while end - start > 1 and doc[start].text.startswith("@"):
        start += 1  # ".@JaneRoe France is strong": a handle is no word of a name
    if end - start > 1 and _sentence_opening(doc, start, end, label):
        start += 1  # "Between Walmart and China, they should ...": the sentence's first word
    while label == "PERSON" and end - start > 1 and doc[start].text in _state_abbreviations():
        start += 1  # "Bedminster, N.J. Roger Ailes": a place ending a sentence unsplit
    if label != "PERSON" and end - start == 1 and _given_name_before(doc, start):
        start -= 1  # "Ana Navarro" read as a given name and an organisation "Navarro"
    if label == "PERSON":
        while (
            start > 0
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].text[:1].isupper()  # "longtime" tagged NNP is no first name
            and doc[start - 1].dep_ == "compound"
            and not titles.is_title_word(doc[start - 1])
            and (
                doc[start - 1].lower_ in first_names()
                or (
                    doc[start - 1].head.i >= start
                    and not doc[start - 1].ent_type_
                    and not inflected_verb(doc[start - 1].text)
                )
            )
        ):
            start -= 1
    return start, max(end, start + 1)


def _unclosed(doc: Doc, bracket: int, end: int) -> bool:
    """Does the bracket opened at ``bracket`` stay open to the name's end? The tagger ran the
    name into the bracketed words after it (PolNeAR train, devset and checkset: 12 times in 11
    articles, "(NDC", "(CAIR", "(YAF", "(FBI")."""
    return all(doc[i].text != ")" for i in range(bracket + 1, end))


# words that open a time expression hung on a phrase ("on Thursday", "early Monday", "in 2015")
TIME_LEADS = frozenset(
    {"on", "in", "at", "since", "during", "until", "early", "late", "last", "this", "twice"}
)


def before_time(doc: Doc, start: int, end: int) -> int:
    """Where a phrase ends before the time expression the parser hung on it ("The Not1More
    campaign on Tuesday said", "A Kemp-backed group on Thursday released", "the groups who
    wrote to her on Thursday", "A judge last month"): the clause's time, which names no one,
    made part of a new actor's name, with the words that lead into it and an adverb or comma
    left before it ("also this week", "South Carolina, last year"). A time is a date the
    tagger found with a word or a year in it, not a bare number ("22 and 19": ages), and is
    left in place after "of" ("the class of 2016") or a conjunction, and when nothing else
    would remain."""
    i = end
    while i > start + 1 and doc[i - 1].ent_type_ in ("DATE", "TIME"):
        i -= 1
    if i == end or not any(t.is_alpha or YEAR.fullmatch(t.text) for t in doc[i:end]):
        return end
    while i > start + 1 and (
        doc[i - 1].lower_ in TIME_LEADS or doc[i - 1].is_punct or doc[i - 1].pos_ == "ADV"
    ):
        i -= 1
    if doc[i - 1].lower_ == "of" or doc[i - 1].pos_ == "CCONJ":
        return end
    return i


OFFICE_PLACE_PREPOSITIONS = frozenset({"in", "for", "to"})


def _after_the_office_place(doc: Doc, start: int, end: int, label: str) -> int:
    """Where a name begins that the tagger ran together with the place of the office before
    it ("Consul General in Osaka Xue Jian", "U.S. Attorney for New Jersey Alina Habba", the
    latter tagged an organisation): after a title and "in", "for" or "to", a run of three or
    more capitalised words is the place and then the name, from its first known given name,
    else (a run tagged a person) its last two words (development set 080 and 279)."""
    if end - start < 3 or start < 2 or doc[start - 1].lower_ not in OFFICE_PLACE_PREPOSITIONS:
        return start
    if not titles.is_title_word(doc[start - 2]) or not all(t.is_title for t in doc[start:end]):
        return start
    given = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in first_names()), None)
    if given is not None:
        return given
    return end - 2 if label == "PERSON" else start


def office_place_skipped(doc: Doc, ent_start: int, start: int, end: int) -> bool:
    """Did the name's bounds leave out the place of an office to begin at a given name
    (``_after_the_office_place`` read on a span not tagged a person)? Then the name is a
    person's, whatever the tagger said."""
    return start > ent_start and _after_the_office_place(doc, ent_start, end, "") == start


def _particles_before(doc: Doc, start: int, end: int) -> int:
    """Where a surname written with its lower-case particles begins ("de Blasio", "bin Laden",
    "von der Leyen"): the tagger leaves the particles out, and the surname alone ("Blasio")
    was another person than "Bill de Blasio". Taken in only where the document writes the
    whole name, a given name before the particles ("Mayor Bill de Blasio", "Osama bin
    Laden"), so that a phrase of another language ("la Casa") stays apart. PolNeAR train:
    "de Blasio" in 4 articles, "de Vos", "bin Laden" and "von der Leyen" in one each."""
    i = start
    while i > 0 and doc[i - 1].text in PARTICLES:
        i -= 1
    if i == start:
        return start
    words = [t.text for t in doc[i:end]]
    pattern = r"\b[A-Z][\w.’'-]* " + re.escape(" ".join(words)) + r"\b"
    return i if re.search(pattern, doc_text(doc)) else start


def _sentence_opening(doc: Doc, start: int, end: int, label: str) -> bool:
    """Did the tagger take a sentence's capitalised first word, no given name, into a name
    the document also writes without it: a function word (a stop word of spaCy's English
    list: "Between", "Without", "Among"), or the "-ing" verb of a participial clause before a
    person's name ("Scolding Trump, he continued", "Welcoming Platner's retort, Dean said")?
    PolNeAR train: "Without Bloomberg", "Among Latinos", "Painting Trump as a threat",
    "Asserting Clinton's role", "Entrusting Donald Trump with"; the development set: "Between
    Walmart", "Calling Petro 'drug leader,'", "Scolding Trump", "Welcoming Platner's". Of an
    organisation the verb may be its name ("Sporting News")."""
    first = doc[start]
    if not first.is_sent_start or first.lower_ in first_names():
        return False
    participle = label == "PERSON" and first.lower_.endswith("ing") and verb_form(first.text)
    if first.lower_ not in STOP_WORDS and not participle:
        return False
    if first.lower_ == "the":
        return False  # a title's own ("The Hill"): ``named`` decides what "The" belongs to
    rest = re.escape(doc[start + 1 : end].text)
    return len(re.findall(rf"(?<![\w-]){rest}(?![\w-])", doc_text(doc))) > 1


def _given_name_before(doc: Doc, start: int) -> bool:
    """Is the word before a one-word name a known first name the tagger left out of it, as
    the compound of that name ("Ana" of "Ana Navarro" tagged ORG)?"""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.tag_ == "NNP"
        and before.dep_ == "compound"
        and before.head.i == start
        and not before.ent_type_
        and before.text[:1].isupper()
        and before.lower_ in first_names()
    )


def _tail_left_out(doc: Doc, start: int, end: int) -> bool:
    """Did the tagger end a person's name one word short, a capitalised word outside any
    entity, where it tags the whole name elsewhere in the document ("President Yoon Suk
    Yeol" tagged "Yoon Suk", "Enrique Peña Nieto" tagged "Enrique Peña": names of three
    words, of Korean or Spanish form)? Read short, the name makes a second person, who
    takes the bare surnames ("Yoon") from the first."""
    if end >= len(doc) or end - start < 2:
        return False
    after = doc[end]
    if after.ent_iob_ != "O" or after.tag_ != "NNP" or not (after.is_title and after.is_alpha):
        return False
    if titles.is_title_word(after) or after.lower_ in _headline_verbs():
        return False
    if _heads_the_name(doc, start, end):
        return True
    if after.head.i > end:
        return False  # "Ted Cruz Super PAC": the word leads a noun after it
    whole = doc[start : end + 1].text
    return any(e.label_ == "PERSON" and whole in e.text for e in doc.ents if e.start != start)


def _heads_the_name(doc: Doc, start: int, end: int) -> bool:
    """Does the parser read the name's words as modifiers of the capitalised word after it,
    which heads the phrase itself ("Foreign Minister Lars Løkke Rasmussen firmly rejected":
    "Lars Løkke" compounds of "Rasmussen", the subject)? Then it is the surname the tagger
    left out; not a word that says an organisation's kind ("Donald Trump Foundation")."""
    after = doc[end]
    if after.lower_ in INSTITUTION_KIND_WORDS or after.dep_ in ("compound", "amod", "poss"):
        return False
    return all(doc[i].dep_ == "compound" and doc[i].head.i <= end for i in range(start, end))


def _hyphen_tail(doc: Doc, end: int) -> bool:
    """Did the tagger end a name inside a word written with a hyphen, before its lower-case
    tail ("Yoon Suk-yeol" tagged "Yoon Suk": a Korean given name, which the tokenizer splits
    at the hyphen)? Read short, the name's bearer became a second person."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end - 1].is_title
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and doc[end + 1].tag_ == "NNP"  # a common noun is a compound's: "a Graham-type"
        and not _modifies_next(doc, end + 2)  # "a Graham-type candidate"
    )


def _modifies_next(doc: Doc, after: int) -> bool:
    """Is the word at ``after`` a noun or adjective, which a compound before it modifies?"""
    return after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN", "ADJ")


def _compound_tail(doc: Doc, start: int, end: int) -> bool:
    """Does a name the tagger found end in the tail of a compound ("Donald Trump-style
    politics", "a Lindsey Graham-type candidate", "cut a deal, Donald Trump-style,"), not in
    a given name's second syllable ("Moon-soo", "Un-ha", which the tagger may call a common
    noun too)? The compound modifies the noun after it, or the name is written elsewhere
    without the tail."""
    hyphen, tail = doc[end - 2], doc[end - 1]
    if not (
        hyphen.text == "-"
        and not doc[end - 3].whitespace_
        and not hyphen.whitespace_
        and tail.is_lower
        and tail.tag_ != "NNP"
    ):
        return False
    if _modifies_next(doc, end):
        return True
    name = re.escape(doc[start : end - 2].text)
    return re.search(rf"(?<![\w-]){name}(?![\w-])", doc_text(doc)) is not None


def _before_a_listed_person(doc: Doc, start: int, end: int) -> int:
    """Where a name the tagger ran on past a comma into a person's surname ends: at the comma
    ("Speaking to NBC's Meet the Press, Walz shared", "Christie, Rubio and Bush", "Carson,
    Huckabee": PolNeAR train has 8 such organisations in 8 articles), when the words after
    it end as a person the tagger finds elsewhere in the document ("Tim Walz"). A comma
    inside a name ("University of California, Berkeley") is followed by no person's name."""
    commas = [i for i in range(start + 1, end - 1) if doc[i].text == ","]
    if not commas:
        return end
    last = doc[end - 1]
    if not (last.is_title and last.is_alpha):
        return end
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    return commas[-1] if last.text in surnames else end


def _dropped_g(doc: Doc, end: int) -> bool:
    """Does a word with its final g dropped end at ``end``, its apostrophe and a capitalised
    word after it ("Lyin’ Ted", "Cryin’ Chuck": the nickname's adjective and a given name)?"""
    return (
        end + 1 < len(doc)
        and doc[end - 1].lower_.endswith("in")
        and not doc[end - 1].whitespace_
        and doc[end].text in ("'", "’")
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
    )


def _state_abbreviations() -> frozenset[str]:
    return lexicon().us_state_abbreviations


def _headline_verbs() -> frozenset[str]:
    return lexicon().headline_verbs
