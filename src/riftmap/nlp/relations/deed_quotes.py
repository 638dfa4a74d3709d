"""A deed reported like a statement is no quote: "Ten Democrats voted for it",
"Republicans backed the nomination", "California sues to challenge Trump's clawback".

The attribution tagger, trained on PolNeAR's broad reading of attribution, reports such an
act with its object as content. Only a verb of saying, thinking or feeling reports a
statement or an attitude whose content is a bare noun phrase ("praised Turner's leadership",
"cited a poll", "prefers Clinton"): one with such a sense in WordNet
(``kb.lexicon.reporting_verbs``) or one of our speech verbs, or a cue whose noun has a sense
of communication ("heaped praise on"). Any other tells a deed. The relations found in it
stand (an act relates two actors as a statement does); the quote goes, and with it the
relations' pointer to it. In the development set's first 675 articles, 74 quotes of 67
articles go, 22 of them quotes its keys hold.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import communication_nouns, reporting_verbs, speech_verbs
from riftmap.models import Quote, Relation, Span
from riftmap.nlp.text.quotemarks import DOUBLE_MARKS, SINGLE_OPEN

# the marks that make a content quoted words: an apostrophe ("Ellison's") quotes nothing
QUOTING_MARKS = DOUBLE_MARKS | {SINGLE_OPEN}


def without_deeds(
    doc: Doc, quotes: list[Quote], relations: list[Relation]
) -> tuple[list[Quote], list[Relation]]:
    """The quotes that report statements, and the relations pointing to them anew."""
    gone = {k for k, q in enumerate(quotes) if _deed(doc, q)}
    gone |= {k for k, q in enumerate(quotes) if q.continues in gone}
    if not gone:
        return quotes, relations
    kept_at = [k for k in range(len(quotes)) if k not in gone]
    index = {k: n for n, k in enumerate(kept_at)}
    kept = [
        replace(q, continues=None if q.continues is None else index[q.continues])
        for k, q in enumerate(quotes)
        if k not in gone
    ]
    moved = [replace(r, quote=None if r.quote is None else index.get(r.quote)) for r in relations]
    return kept, moved


def _deed(doc: Doc, quote: Quote) -> bool:
    """Is the quote a deed: content a noun phrase with no verb and no quotation mark, and a
    cue whose verbs are none of saying, thinking or feeling?"""
    if quote.cue is None or any(ch in QUOTING_MARKS for ch in quote.content.text):
        return False
    content = _tokens(doc, quote.content)
    if content is None or any(t.pos_ in ("VERB", "AUX") for t in content):
        return False
    cue = _tokens(doc, quote.cue) or []
    verbs = [t.lemma_.lower() for t in cue if t.pos_ == "VERB"]
    saying = any(v in reporting_verbs() or v in speech_verbs() for v in verbs)
    # the saying may be in the cue's noun: "heaped praise on", "started his rant against"
    said = any(t.pos_ == "NOUN" and t.lemma_.lower() in communication_nouns() for t in cue)
    return bool(verbs) and not saying and not said


def _tokens(doc: Doc, span: Span) -> list[Token] | None:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return None if found is None else list(found)
