"""An outlet's trailing report must not take over a quotation someone else speaks.

``"…," Mayor Lee said in a video statement, WXYZ-TV reported. "…"`` and ``"… Nobody wins,"
Lee said at her press conference, Reuters reported.``: the role tagger, looking for the
report's content, reaches into the speaker's quotation (before or after the sentence). The
quotation is the speaker's; the outlet only relays it, and its report has no content of its
own there. The report of a clause with no quotation of another speaker
(``"the charges come after …, WLBT-TV reported"``), or of a whole statement with its cue
(``"…," X said, CNN reported`` read as one content), is left alone, as PolNeAR annotates it.
"""

from __future__ import annotations

from dataclasses import replace

from riftmap.nlp.attribution.features import DocFacts
from riftmap.nlp.attribution.rules import second_hand
from riftmap.nlp.attribution.spans import TokenAttribution


def without_relayed_quotes(
    facts: DocFacts, found: list[TokenAttribution]
) -> list[TokenAttribution]:
    """``found`` less each outlet report after a speaker's own cue in its sentence, the cue
    following what the speaker said (``"…," X said, Y reported``), whose content cuts into
    that speaker's content or lies beyond its own sentence."""
    return [att for att in found if not _relays(facts, att, found)]


def _relays(facts: DocFacts, att: TokenAttribution, found: list[TokenAttribution]) -> bool:
    if att.content is None or att.continues is not None or not second_hand(facts, att):
        return False
    sent = facts.sent_index[att.cue[0]]
    lo, hi = facts.sent_bounds[sent]
    speakers = [
        other
        for other in found
        if other is not att
        and other.source is not None
        and other.content is not None
        and facts.sent_index[other.cue[0]] == sent
        and other.content[1] <= other.cue[0] < att.cue[0]
    ]
    if not speakers:
        return False
    c_lo, c_hi = att.content
    beyond = c_lo >= hi or c_hi <= lo
    return beyond or any(_cuts(att.content, o.content) for o in speakers if o.content)


def _cuts(content: tuple[int, int], other: tuple[int, int]) -> bool:
    """Does ``content`` overlap ``other`` without holding all of it? A report holding the
    whole of another's statement and its cue (``"Trump welcomed the news, saying …, CNN
    reported"``) is the outlet's, as PolNeAR annotates it; one cutting into a quotation is not."""
    lo, hi = content
    return other[0] < hi and lo < other[1] and not (lo <= other[0] and other[1] <= hi)


def whole_relayed_statements(
    facts: DocFacts, found: list[TokenAttribution]
) -> list[TokenAttribution]:
    """A trailing report of a statement whose cue comes before its words ("Scholz said Trump's
    remark is "false and dangerous", German newspaper Spiegel reported"; the tagger may take
    the outlet for a person, so the cue "reported" decides): the report's content is
    the whole statement, its speaker and cue included, as PolNeAR annotates such a report;
    the role tagger often gives it only the tail of the speaker's words."""
    return [_widened(facts, att, found) for att in found]


def _widened(
    facts: DocFacts, att: TokenAttribution, found: list[TokenAttribution]
) -> TokenAttribution:
    cue = {t.lemma_.lower() for t in facts.doc[att.cue[0] : att.cue[1]]}
    if att.content is None or att.continues is not None or "report" not in cue:
        return att
    sent = facts.sent_index[att.cue[0]]
    for other in found:
        if (
            other is att
            or other.source is None
            or other.content is None
            or facts.sent_index[other.cue[0]] != sent
            or not other.source[1] <= other.cue[0] < other.content[0] <= att.content[0]
            or not att.content[1] <= other.content[1] <= min(att.cue[0], *att.source or ())
        ):
            continue
        return replace(att, content=(other.source[0], other.content[1]))
    return att
