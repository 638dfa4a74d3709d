"""A statement its cue tells is a reply ("Mills replied", "Mace shot back") is a REJECT
toward the author of the statement it answers (`nlp/relations/replies.py`)."""

from __future__ import annotations

from relations_support import quote, relations, triples
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article


def test_a_reply_rejects_the_last_statement_of_someone_else(nlp: Language) -> None:
    # devset 136 "“I am no child!” Mace shot back", 293 "Cruz retorted", 301 "The Reform
    # UK chair responded:"
    text = "“She is a child,” Jones said on Monday. “I am no child!” Smith shot back."
    said = quote(text, "She is a child", "said", "Jones", "jones")
    reply = quote(text, "I am no child!", "shot back", "Smith", "smith")
    found = triples(relations(nlp, text, quotes=[said, reply]))
    assert ("smith", "jones", "REJECT", -1) in found


def test_a_question_in_several_sentences_is_answered_whole(nlp: Language) -> None:
    # devset 071: the question put in three sentences, then "Mills replied"
    text = (
        "Jones asked Smith if her state would comply. “Is Maine here? Is the governor here? "
        "Are you not going to comply with it?” “I’m complying with the law,” Smith replied."
    )
    asked = quote(text, "Is Maine here? Is the governor here? Are you not going to comply "
                  "with it?", "asked", "Jones", "jones")  # fmt: skip
    reply = quote(text, "I’m complying with the law", "replied", "Smith", "smith")
    found = triples(relations(nlp, text, quotes=[asked, reply]))
    assert ("smith", "jones", "REJECT", -1) in found


def test_no_reply_to_oneself_to_nothing_or_twice(nlp: Language) -> None:
    # the speaker's own earlier words, or none said before, are answered by no one
    text = "“I will win,” Smith said on Monday. “We will see,” Smith responded later."
    first = quote(text, "I will win", "said", "Smith", "smith")
    reply = quote(text, "We will see", "responded", "Smith", "smith")
    assert not relations(nlp, text, quotes=[first, reply])
    text = "“We will see,” Smith responded on Monday."
    reply = quote(text, "We will see", "responded", "Smith", "smith")
    assert not relations(nlp, text, quotes=[reply])
    # a reply whose words take a stance toward the one answered carries that stance only
    text = "“She is a child,” Jones said on Monday. “Jones is a disgrace,” Smith shot back."
    said = quote(text, "She is a child", "said", "Jones", "jones")
    reply = quote(text, "Jones is a disgrace", "shot back", "Smith", "smith")
    found = triples(relations(nlp, text, quotes=[said, reply]))
    assert ("smith", "jones", "ACCUSE", -1) in found
    assert ("smith", "jones", "REJECT", -1) not in found


def test_a_plain_statement_is_no_reply(nlp: Language) -> None:
    text = "“She is a child,” Jones said on Monday. “I am tired,” Smith said."
    said = quote(text, "She is a child", "said", "Jones", "jones")
    other = quote(text, "I am tired", "said", "Smith", "smith")
    assert ("smith", "jones", "REJECT", -1) not in triples(
        relations(nlp, text, quotes=[said, other])
    )


def test_an_answering_verb_with_no_words_of_its_own_is_a_reply(nlp: Language) -> None:
    # devset 008 "ProPublica hit back on Monday", 298 "Hochul's office hit back."
    text = "“The report is false,” Jones said on Sunday. Smith hit back on Monday."
    said = quote(text, "The report is false", "said", "Jones", "jones")
    assert ("smith", "jones", "REJECT", -1) in triples(relations(nlp, text, quotes=[said]))


def test_a_reply_to_what_someone_named_said_answers_them(nlp: Language) -> None:
    # the examples: Musk "responded to the OpenAI post"; devset 287 "responded to Paxton's
    # salvos"; not the last speaker, and not oneself ("replied to his own post", 107)
    text = "“It is a scam,” Jones said. Smith responded to the Garcia post on Monday."
    said = quote(text, "It is a scam", "said", "Jones", "jones")
    found = triples(relations(nlp, text, quotes=[said]))
    assert ("smith", "garcia", "REJECT", -1) in found
    assert ("smith", "jones", "REJECT", -1) not in found
    text = "“It is a scam,” Jones said. Smith replied to his own post on Monday."
    said = quote(text, "It is a scam", "said", "Jones", "jones")
    found = triples(relations(nlp, text, quotes=[said], pronouns={"his": "smith"}))
    assert not [t for t in found if t[2] == "REJECT"]


def test_an_answer_to_the_press_is_no_attack_on_it(nlp: Language) -> None:
    # devset 247 "MSNBC moderator and Hardball host Chris Matthews", 257 "host Chuck Todd":
    # the same exchange with a senator asking is a reply
    asked = "“Should a president's faith matter to voters?” {} Chuck Todd asked Ben Carson. "
    answer = "“Well, I guess it depends on what that faith is,” Carson replied."
    for title, replies in (("host", False), ("Senator", True)):
        (found,) = extract([Article(doc="d", text=asked.format(title) + answer)], nlp)
        rejects = {(r.source, r.target) for r in found.relations if r.type == "REJECT"}
        assert (("ben-carson", "chuck-todd") in rejects) is replies
