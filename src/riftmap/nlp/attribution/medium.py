"""The medium and circumstances of a statement, told apart from what was said.

A cue's verb may carry where, when and through what the words were said ("wrote in a post on
Truth Social on Sunday", "said in an interview with CNN"). The role tagger, trained on
PolNeAR, sometimes takes that phrase for the content, or runs a content on past its cue and
source into it ('"…," Trump wrote in a post on his platform'), or reads only the last
sentence of a quotation the cue closes. These rules put the content back on what was said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.attribution.content import adjacent_quotation, head_of
from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.text.lines import line_break_between

# Prepositions of where, when and through what something was said; not those of what a cue
# is about or takes ("called for", "derided as", "is seen by").
CIRCUMSTANCE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "via", "through"})
# What words are said in ("in a post", "in an interview"), beside a named platform or outlet.
MEDIA = frozenset(
    {"post", "tweet", "statement", "interview", "message", "video", "thread", "podcast",
     "broadcast", "appearance", "column", "letter", "email", "speech", "release", "posting",
     "op-ed", "remark", "briefing", "conference", "rally", "event", "hearing", "show"}
)  # fmt: skip


def past_medium(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """A content opening on the medium of the statement ("wrote on X that …", "said in a post
    on Truth Social that …"): the prepositional phrase of the verb is where it was said, and
    the clause after "that" is what was said."""
    head = head_of(doc, cue)
    lo, hi = content
    media = [c for c in head.children if c.dep_ == "prep" and c.i < lo <= c.right_edge.i]
    if not media:
        return content
    for clause in head.children:
        start = clause.left_edge.i
        if clause.dep_ == "ccomp" and doc[start].lower_ == "that" and lo < start < hi:
            return start, hi
    return content


def _circumstances(doc: Doc, cue: tuple[int, int]) -> list[Token]:
    """The prepositions of the cue's verb after it that open where, when and through what the
    words were said, whether or not the cue tagger took them into the cue ("wrote in a post
    on Truth Social", "said in an interview with CNN")."""
    head = head_of(doc, cue)
    return [
        c
        for c in head.children
        if c.dep_ == "prep" and c.i > head.i and c.lower_ in CIRCUMSTANCE_PREPOSITIONS
    ]


def circumstance(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """Whether the content lies inside such a phrase of the cue's verb whose preposition
    takes a name or a medium ("Truth Social" of '"…," Trump wrote on Truth Social on
    Sunday' or of '… wrote in a post on Truth Social'): then the quotation beside the cue
    is what was said. A phrase of what a cue is about ("fixates on the line", "erred in
    saying that …") takes neither, and stays the content."""
    lo, hi = content
    if lo < cue[0]:
        return False  # a phrase after the verb holds no content that starts before it
    if head_of(doc, cue).pos_ not in ("VERB", "AUX"):
        return False  # "an argument in favor of …"
    for prep in _circumstances(doc, cue):
        if not (prep.left_edge.i <= lo and hi <= prep.right_edge.i + 1):
            continue
        taken = [o for o in prep.children if o.dep_ == "pobj"]
        if taken and all(o.pos_ == "PROPN" or o.lemma_.lower() in MEDIA for o in taken):
            return True
    return False


def whole_quotation(
    facts: DocFacts,
    cue: tuple[int, int],
    source: tuple[int, int] | None,
    content: tuple[int, int],
) -> tuple[int, int]:
    """The whole quotation a cue closes or opens, when the content is only its last or first
    sentences ('"A. B," Trump wrote' read as B): a cue reports all of it. Only within a
    paragraph: a quotation mark left open runs on over the writer's own paragraphs."""
    if facts.region[content[0]] < 0:
        return content  # not inside a quotation (asked first: most contents are not)
    whole = adjacent_quotation(facts, cue, source)
    if whole is None or not (whole[0] <= content[0] and content[1] <= whole[1] + 1):
        return content
    if line_break_between(facts.doc, whole[0], whole[1]):
        return content
    return whole


def before_circumstance(
    doc: Doc, cue: tuple[int, int], content: tuple[int, int] | None
) -> tuple[int, int] | None:
    """A content that runs on past its cue into such a phrase ('"…," Trump wrote in a post
    on his platform') ends where the phrase begins; the cue and source left at its edge are
    then cut as ever (``without_source``)."""
    if content is None or content[0] >= cue[0]:
        return content
    lo, hi = content
    end = hi  # the last word, past the sentence's closing punctuation
    while end > lo and doc[end - 1].is_punct:
        end -= 1
    for prep in _circumstances(doc, cue):
        if lo < prep.left_edge.i < end <= prep.right_edge.i + 1:
            hi = prep.left_edge.i
    return lo, hi
