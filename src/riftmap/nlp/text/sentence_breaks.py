"""Sentence starts the parser must not miss: after a blank line, and at a quotation opening
right after a full stop.

The statistical parser sometimes runs a sentence across a blank line (a byline such as "By Jane
Doe" then swallows the next paragraph's subject, and the statement in it loses its speaker) or
across a full stop followed by a quotation (``… on her site, X. "It is a mistake."``, where the
quotation then reads as the object of the verb before it). News text never continues a sentence
in either place, so this component marks those tokens as sentence starts before the parser
runs; the parser keeps sentence starts that are already set. The other way round, a plural
title ("Sens.", "Reps.") is no sentence end, though its full stop looks like one to the parser.
"""

from __future__ import annotations

from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from riftmap.nlp.text.lines import is_blank_line
from riftmap.nlp.text.quotemarks import DOUBLE_OPENERS

FULL_STOPS = frozenset({".", "!", "?"})
# plural office titles ("fellow Democratic Sens. Amy Klobuchar …", "Reps. Ilhan Omar, …"):
# spaCy's tokenizer keeps "Sen." whole but splits "Sens." into a word and a full stop, and the
# parser then ends the sentence before the names (PolNeAR train: 21 such titles in 21 articles)
TITLE_PLURALS = ("Sens.", "Reps.", "Govs.")
# singular titles the tokenizer splits the same way ("Pres. Trump and VP Vance's words to Pres.
# Zelenskyy are rude": PolNeAR train "Pres. Obama" in 3 articles, devset 077)
TITLE_SINGULARS = ("Pres.",)
# prepositions before a platform's one-letter name ending a sentence ("posted to X.")
PLATFORM_PREPOSITIONS = frozenset({"on", "to", "via"})
# abbreviations that end in a full stop but no sentence, mostly before a name
# fmt: off
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "st", "jr", "sr", "inc",
    "co", "corp", "ltd", "prof", "rev", "sgt", "capt", "adm", "maj", "cmdr", "pres", "supt",
    "atty", "vs", "etc", "no", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}) | {title.rstrip(".").lower() for title in TITLE_PLURALS}
# fmt: on


def keep_whole_titles(tokenizer: Tokenizer) -> None:
    """Make each plural title one token, as the singular is, so no sentence ends in it; and
    the singular titles the tokenizer does not keep whole."""
    for title in TITLE_PLURALS + TITLE_SINGULARS:
        tokenizer.add_special_case(title, [{ORTH: title}])


class SentenceBreaks:
    """spaCy component, run before the parser."""

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if is_blank_line(prev) or _opens_quoted_sentence(tok):
                tok.is_sent_start = True
            elif prev.text in TITLE_PLURALS:
                tok.is_sent_start = False  # "Reps. Ilhan Omar": the names go on the sentence
        return doc


def _opens_quoted_sentence(tok: Token) -> bool:
    """``. "I think …`` : an opening mark after a full stop, before a capitalised word."""
    doc = tok.doc
    if tok.text not in DOUBLE_OPENERS or tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_title:
        return False
    prev = doc[tok.i - 1]
    if not prev.whitespace_ or tok.i < 2:
        return False
    return prev.text in FULL_STOPS or _word_and_full_stop(prev)


def _word_and_full_stop(tok: Token) -> bool:
    """ "SpaceX." as one token: a word of two letters or more and a full stop, which is no
    abbreviation ("Gov.", "Inc.") and no initial ("J."); or the platform "X." after the
    preposition that says where words were posted ("posted to X.", "wrote on X."), where no
    initial stands."""
    text = tok.text
    stem = text[:-1]
    if not text.endswith(".") or not stem.isalpha():
        return False
    if len(stem) == 1:
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ in PLATFORM_PREPOSITIONS
    return stem.lower() not in ABBREVIATIONS
