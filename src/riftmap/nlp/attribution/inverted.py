"""Quotations attributed after the fact by a verb of saying and its speaker, in that order:
'"…," tweeted actress Mia Farrow.' News copy inverts subject and verb after a quotation; the
parser, seeing no subject before the verb, often reads the verb as a modifier of the name."""

from __future__ import annotations

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.spans import TokenAttribution
from riftmap.nlp.text.lines import is_line_break

# the most tokens a speaker named after the verb may take ('," tweeted actress Mia Farrow.')
INVERTED_SOURCE_TOKENS = 12
QUOTATION_ENDS = frozenset({",", "?", "!"})
SPEAKER_OPENERS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})


def inverted_speech_cues(facts: DocFacts, verbs: frozenset[str]) -> list[TokenAttribution]:
    """A verb of saying right after a quotation closing on a comma, question or exclamation
    mark, with its speaker after it up to the sentence's end or a comma ('"…," tweeted actress
    Mia Farrow.'). The parser often reads such a verb as a modifier of the name ("tweeted"
    an adjective of "Farrow"), and the taggers then miss it or take the quotation for its
    source."""
    doc = facts.doc
    out = []
    for first, end in facts.region_spans:
        j = end + 1  # the token after the closing mark
        if first >= end or j + 1 >= len(doc) or doc[end - 1].text not in QUOTATION_ENDS:
            continue
        if facts.lemmas[j] not in verbs:
            continue
        k = speaker_after(facts, j)
        if k is not None:
            out.append(TokenAttribution((j, j + 1), (j + 1, k), (first, end), 0.6))
    return out


def speaker_after(facts: DocFacts, verb: int) -> int | None:
    """The end of the speaker named right after an inverted verb of saying, up to the
    sentence's end or a comma ('tweeted actress Mia Farrow.'), or None: '," said he' the
    taggers read; '," note that …' names no speaker."""
    doc = facts.doc
    if verb + 1 >= len(doc) or doc[verb + 1].pos_ not in SPEAKER_OPENERS:
        return None
    k = verb + 1
    while k < len(doc) and k - verb <= INVERTED_SOURCE_TOKENS and doc[k].text not in (".", ","):
        if is_line_break(doc[k]) or facts.region[k] >= 0:
            break
        k += 1
    names = [t for t in doc[verb + 1 : k] if t.pos_ in ("PROPN", "NOUN")]
    return k if k < len(doc) and doc[k].text in (".", ",") and names else None
