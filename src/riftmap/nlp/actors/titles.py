"""Titles written before a name ("White House press secretary Karoline Leavitt", "Secretary
of State Marco Rubio", "former Trump strategist Steve Bannon"): where such a title begins, and
the word tests behind it, whether a word is a title or person word.

A title is one of the three ways a document defines what a name's bearer is (the others,
appositions and predicate nominals, are in ``riftmap.nlp.actors.definitions``). The word tests
are asked by every stage that must tell a description of a person from one of a thing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import KnowledgeBase
from riftmap.nlp.actors.descriptors import hyphenated
from riftmap.nlp.actors.kinds import ALL_KIND_WORDS, INSTITUTION_KIND_WORDS
from riftmap.nlp.actors.names import first_names
from riftmap.nlp.text.headline_shape import capitalised_below, title_case_headline
from riftmap.nlp.text.quotemarks import QUOTE_MARKS
from riftmap.nlp.text.word_classes import inflected_verb

TITLE_TAGS = frozenset({"NN", "NNP", "JJ", "HYPH", "POS", "NNPS", "CD"})
# honorifics no title comes before ("Mr. Trump"; but "Foreign Secretary Lord Cameron")
PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})


def is_title_word(tok: Token) -> bool:
    lex = lexicon()
    low = without_elect(tok.lower_)
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
        if headline_verb(doc[i]):
            break
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


def headline_verb(tok: Token) -> bool:
    """The verb of a title-case headline, which the tagger calls a proper noun like the
    words around it: no title or description runs across it ("MSNBC Host Grills RNC
    Communications Director Over Trump’s …", "Gold Star Mom Corners Obama"). A word the text
    below writes with its capital inside a sentence is a name's ("Warren Hammers Wells Fargo
    CEO" over "of Wells Fargo"). PolNeAR dev and the development set: a dozen headline
    titles and descriptions ran so across the verb."""
    return (
        title_case_headline(tok.doc, tok.i)
        and inflected_verb(tok.text)
        and not is_title_word(tok)
        and tok.text not in capitalised_below(tok.doc)
    )


def titled_person(name: Span) -> bool:
    """Whether a name the tagger did not call a person is a title, a given name and a
    surname ("Spokeswoman Haley Morris", "Phoenix Mayor Greg Stanton", "Pastor Darrell
    Scott" read as organisations or titles of works), or a given name and a surname right
    after a title ("BJP spokesperson [Sambit Patra]"). Read so, the person and the surname
    the article goes on to use were two actors. The surname must end the name ("King
    Solomon Missionary Baptist Church" is a church), and a name the article introduces
    with "the" is no person ("the King James Bible")."""
    words = [t for t in name if not t.is_punct]
    if len(name) == 2 and len(words) == 2 and name.start > 0:
        # two words, not one joined by a hyphen ("former Hewlett-Packard", "Jean-Marie")
        return _title_given_surname(name.doc[name.start - 1], *words)
    if not 3 <= len(words) <= 5 or words[0].lower_ == "the":
        return False
    return _title_given_surname(*words[-3:])


def _title_given_surname(title: Token, given: Token, surname: Token) -> bool:
    """A title, a given name and a surname. The given name is one the first-name list
    knows, or any capitalised word after a person noun written in lower case ("BJP
    spokesperson Sambit Patra"), as no organisation's name has one, unless the last word
    names a kind of institution ("former Indiana University"): the list holds names given
    in the United States, and copy from abroad names people it does not."""
    known = given.lower_ in first_names() or (
        title.is_lower
        and title.pos_ == "NOUN"
        and given.is_title
        and given.is_alpha
        and surname.lower_ not in INSTITUTION_KIND_WORDS
        and surname.lower_ not in lexicon().org_nouns
        and surname.tag_ != "NNPS"  # "immigrant New Yorkers": a people, not a person
    )
    return (
        is_title_word(title)
        and known
        and surname.is_title
        and surname.is_alpha
        and surname.lower_ not in ALL_KIND_WORDS
    )


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


def without_elect(word: str) -> str:
    """A title without the "-elect" of one chosen but not yet sworn in ("Rep.-elect",
    "governor-elect"): still the title."""
    return word.removesuffix("-elect")


def strip_titles(name: str, person: bool) -> str:
    """A name without the honorifics and titles the tagger sometimes includes; of a name
    tagged a person, a person noun goes too when a given name and a surname remain ("Rabbi
    Marvin Hier", "Actress Amandla Stenberg"), not when it may be the given name itself
    ("Hunter Biden"). An organisation keeps its words ("Republican National Committee")."""
    lex = lexicon()
    words = name.split()
    while (
        len(words) > 1
        and not _kind_after(words)
        and (
            without_elect(words[0].lower()) in lex.honorifics
            or without_elect(words[0].lower()) in lex.title_words
            or (person and len(words) > 2 and _person_noun_before(words))
            or (person and len(words) > 2 and _party_member_before(words))
        )
    ):
        words = words[1:]
    if person:
        words = words[_title_run(words) :]
    return " ".join(words)


def _title_run(words: list[str]) -> int:
    """Where a name begins after a capitalised title the tagger took into it ("Border Czar
    Tom Homan", "AI Czar David Sacks"): after the last person noun or title word that a
    known first name and a surname follow; 0 when there is none."""
    lex, given = lexicon(), first_names()
    for j in range(len(words) - 3, -1, -1):
        low = words[j].lower()
        if (low in lex.person_nouns or low in lex.title_words) and words[j + 1].lower() in given:
            return j + 1
    return 0


def known_tail(kb: KnowledgeBase, name: str) -> str:
    """A person's name the knowledge base does not know, ending in one it knows ("House
    Speaker Emerita Nancy Pelosi", "Klan Grand Wizard David Duke"): the words before it are a
    title no word list holds, and the name is the known one."""
    words = name.split()
    if len(words) < 3 or kb.lookup(name):
        return name
    for j in range(1, len(words) - 1):
        tail = " ".join(words[j:])
        if any(known.type == "person" for known in kb.lookup(tail)):
            return tail
    return name


def _kind_after(words: list[str]) -> bool:
    """A title word before the one word that says an organisation's kind is that
    organisation's name ("Justice Department"), not a title on a name."""
    return len(words) == 2 and words[1].lower() in ALL_KIND_WORDS


def _party_member_before(words: list[str]) -> bool:
    """A party's member ("Independent", "Libertarian") before a known given name."""
    return words[0].lower() in lexicon().party_members and words[1].lower() in first_names()


def _person_noun_before(words: list[str]) -> bool:
    """A person noun ("Rabbi", "Founder", "Kentuckian") before a capitalised word."""
    return words[0].lower() in lexicon().person_nouns and words[1][:1].isupper()


def office_alone(ent: Span) -> bool:
    """A title word the tagger took for a name, standing alone for its holder ("the
    Taoiseach said", "the Taoiseach's absence" after "Taoiseach Micheál Martin"): an office,
    for the epithet passes to resolve. After "the", or a word the document writes as a title
    before a name elsewhere; a surname that is also a title ("King said" after "Rep. Steve
    King") is neither."""
    tok = ent[0]
    if len(ent) != 1 or not lexicon().title_words.get(tok.lower_):
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return True
    return any(
        t.lower_ == tok.lower_ and t.i + 1 < len(t.doc) and _name_word(t.doc[t.i + 1])
        for t in tok.doc
        if t.i != tok.i
    )


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name (the tagger often reads a title and the name after it as
    one organisation: "Taoiseach Micheál Martin")."""
    return tok.is_title and tok.ent_type_ in ("PERSON", "ORG")
