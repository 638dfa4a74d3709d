"""Strip what belongs to no story, keeping every offset into the original text valid.

Four things are removed, line by line (a line is a paragraph in news text):

- boilerplate: donation and subscription appeals, newsletter prompts, share widgets, matched by
  the phrases of ``data/ingest/boilerplate.txt``;
- a paragraph repeated inside the article (or contained in an earlier one, as when a quote is
  printed again as a pull quote), which would otherwise yield every statement in it twice;
- a wire dateline opening one of the first paragraphs ("WASHINGTON (AP) — "), which the parser
  would otherwise read as the subject of the first sentence;
- markup tags left in a text file (``<tweet author="x" id="1">``, ``</a>``), which the
  tokenizer would otherwise glue to the words they enclose ('id="1">.@JaneRoe').

Quotations a house style sets in straight single marks are given double marks, one character
for one (``riftmap.ingest.single_quotes``): the parser reads them as the quotations they are;
and the curly apostrophe of a name ("O’Malley") is made straight, as the model knows names
(``riftmap.ingest.apostrophes``).

Removed lines are blanked, not cut: each of their characters becomes a space (line ends stay),
so the cleaned text has the original's length and every offset found in it indexes the
original text too. (For the same reason a lone surrogate, which no parser takes, becomes one
U+FFFD.)
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from riftmap.ingest.apostrophes import straight_name_apostrophes
from riftmap.ingest.single_quotes import as_double_marks
from riftmap.kb.lexicon import capitals, country_names, lexicon
from riftmap.resources import read_text

# A repeated line shorter than this many words may repeat by chance ("He said no.").
MIN_REPEAT_WORDS = 8
# Appeal lines at most this many lines apart enclose lines that belong to the same appeal.
APPEAL_GAP = 2
# Above this many lines, repeats are found by equality only (containment is quadratic).
MAX_CONTAINMENT_LINES = 2000

# curly quotation marks and dashes folded to their plain forms, for comparing lines and texts
# that differ only in typography (also used by ``riftmap.ingest.dedupe``)
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
# A dateline: a place in capitals, maybe a state or country, maybe a date ("WASHINGTON, Dec.
# 8 (UPI) —"), maybe an agency, then a dash (a horizontal bar in some copy, spaces maybe
# non-breaking).
_DASH = r"[ \xa0]?(?:—|–|―|--|-)[ \xa0]?"
_DATELINE_DASH = _DASH + r"(?=[A-Z\"“])"
_AGENCY = r"\([A-Za-z .&/]{1,30}\)"
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'\-]{2,}|[A-Z]{2}\.)(?: [A-Z][A-Z.'\-]+){0,3}"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:, [A-Z][a-z]{2,3}\.? \d{1,2})?"
    rf"(?: {_AGENCY})?(?:{_DASH}{_AGENCY})?" + _DATELINE_DASH
)  # the agency may follow the place's dash: "WASHINGTON — (AP) — " (development set 076)
# A dateline whose place is written in title case: with a date and an agency ("New Delhi, Jul
# 19 (PTI) ", as Indian outlets print wire copy: development set 178), or with its state or
# country and a dash ("Palm Beach, Florida - ": 159). The place alone in title case, or with
# an unknown second name, is too often the first words of a sentence.
_TITLE_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
_DATED_DATELINE = re.compile(
    _TITLE_PLACE + rf"(?:, [A-Z][a-z]+)?, [A-Z][a-z]{{2,3}}\.? \d{{1,2}} {_AGENCY}[ \xa0]+(?=[A-Z])"
)
_STATE_DATELINE = re.compile(_TITLE_PLACE + r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)" + _DATELINE_DASH)
# ... or with an agency's name in brackets and a dash, which no sentence opens with
# ("Washington (AP) — ", "New York (AFP) – ", "Tokyo (Jiji Press) — ": PolNeAR's AFP copy,
# development set 334, 346), whose place the parser took for a subject of the first verb.
_TITLE_AGENCY_DATELINE = re.compile(
    _TITLE_PLACE + r"(?:, [A-Z][a-z]+)? \([A-Z][A-Za-z .&/]{0,29}\)" + _DATELINE_DASH
)
# An agency's dateline with no place ("(Reuters) - ", "(CNN) — ", "(The Center Square) – ";
# development set 094, 118, 157): a name in brackets, not a place in capitals (a bracketed
# place changed the first sentence's parse for the worse), then a dash.
_AGENCY_DATELINE = re.compile(
    r"\((?:[A-Z]{2,5}|[A-Z][a-z]+)(?: [A-Z][A-Za-z]+){0,3}\)" + _DATELINE_DASH
)
# A dateline with a colon ("NEW DELHI: ...", "WASHINGTON, DC: ..."), as some outlets print
# them; the place must be a capital, for a name in capitals before a colon is more often a
# transcript's speaker ("TAPPER: ...") or a kicker ("EXCLUSIVE: ...").
_COLON_DATELINE = re.compile(
    r"([A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]+){0,2})(?:, [A-Z][A-Za-z.]+)? ?: (?=[A-Z\"“])"
)
# Datelines are looked for at the start of the first lines only.
DATELINE_LINES = 8
# A markup tag within one line: a name after "<" or "</", attributes, ">" (no "<" inside).
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
# Lone surrogates (from "\ud800" in JSON) break the parser; each becomes U+FFFD, same length.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Rules:
    """Boilerplate phrases by kind: whole line (``=``), line start (``^``), appeal (``~``) and
    phrases removed alone wherever they stand (``!``, as patterns over the original text)."""

    whole: frozenset[str]
    starts: tuple[str, ...]
    appeals: tuple[str, ...]
    inline: tuple[re.Pattern[str], ...] = ()

    def match(self, line: str) -> str | None:
        """The kind of boilerplate ``line`` (already normalised) is, or ``None``."""
        if line in self.whole or line.startswith(self.starts):
            return "boilerplate"
        if any(phrase in line for phrase in self.appeals):
            return "appeal"
        return None


@dataclass(frozen=True)
class Cleaned:
    """The text with removed lines blanked, and what was removed: ``(start, end, reason)``."""

    text: str
    removed: tuple[tuple[int, int, str], ...]


def normalise(line: str) -> str:
    """Lower case, one kind of quote and dash, no punctuation, single spaces."""
    folded = line.translate(FOLD).lower()
    return _SPACE.sub(" ", _NON_WORD.sub(" ", folded)).strip()


def phrases(source: str) -> Rules:
    """Parse the phrase file format documented at the top of ``boilerplate.txt``."""
    found: dict[str, list[str]] = {"=": [], "^": [], "~": [], "!": []}
    for raw in source.splitlines():
        kind, _, phrase = raw.strip().partition(" ")
        if kind in found and phrase.strip():
            found[kind].append(normalise(phrase))
    inline = tuple(_phrase_pattern(phrase) for phrase in found["!"])
    return Rules(frozenset(found["="]), tuple(found["^"]), tuple(found["~"]), inline)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Match a normalised phrase in raw text: any case, any punctuation between its words."""
    words = (re.escape(word) for word in phrase.split())
    return re.compile(r"\b" + r"[\W_]+".join(words) + r"\b", re.IGNORECASE)


@cache
def default_rules() -> Rules:
    """The rules of the ``boilerplate.txt`` shipped with riftmap."""
    return phrases(read_text("ingest", "boilerplate.txt"))


def clean(text: str, rules: Rules | None = None) -> Cleaned:
    """Blank out boilerplate and repeated paragraphs of ``text`` (see the module docstring)."""
    lines = _lines(text)
    norms = [normalise(text[start:end]) for start, end in lines]
    rules = rules or default_rules()
    reasons = _boilerplate(norms, rules)
    _repeats(norms, reasons)
    removed = [
        (start, end, reason)
        for (start, end), reason in zip(lines, reasons, strict=True)
        if reason and end > start
    ]
    removed.extend(_inline(text, rules, removed))
    removed.extend(_datelines(text, lines[:DATELINE_LINES], removed))
    removed.extend(_tags(text, removed))
    spans = tuple(sorted(removed))
    blanked = _SURROGATE.sub("\ufffd", _blank(text, spans))
    return Cleaned(as_double_marks(straight_name_apostrophes(blanked)), spans)


def _inline(
    text: str, rules: Rules, removed: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Inline phrases outside the lines already removed."""
    found = []
    for pattern in rules.inline:
        for m in pattern.finditer(text):
            if not any(start <= m.start() < end for start, end, _ in removed):
                found.append((m.start(), m.end(), "boilerplate"))
    return found


def _datelines(
    text: str, lines: list[tuple[int, int]], removed: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A wire dateline opening one of the first paragraphs ("TALLAHASSEE, Fla. (AP) — ",
    "WASHINGTON -- ", "NEW DELHI: "): the place and agency are no part of the first sentence,
    whose subject the parser would otherwise take them for."""
    found = []
    for start, end in lines:
        m = _DATELINE.match(text, start, end) or _AGENCY_DATELINE.match(text, start, end)
        m = m or _colon_dateline(text, start, end) or _DATED_DATELINE.match(text, start, end)
        m = m or _TITLE_AGENCY_DATELINE.match(text, start, end)
        m = m or _state_dateline(text, start, end)
        if m and not any(a <= start < b for a, b, _ in removed):
            found.append((m.start(), m.end(), "dateline"))
    return found


def _state_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _STATE_DATELINE.match(text, start, end)
    known = m is not None and (m.group(1) in lexicon().us_states or m.group(1) in country_names())
    return m if known else None


def _colon_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _COLON_DATELINE.match(text, start, end)
    return m if m and m.group(1).title() in capitals() else None


def _tags(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Markup tags outside what is already removed (PolNeAR's texts print embedded posts so:
    57 of 840 train articles)."""
    if "<" not in text:
        return []
    return [
        (m.start(), m.end(), "markup")
        for m in _TAG.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b, _ in removed)
    ]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _boilerplate(norms: list[str], rules: Rules) -> list[str | None]:
    kinds = [rules.match(line) if line else None for line in norms]
    appeals = [i for i, kind in enumerate(kinds) if kind == "appeal"]
    reasons: list[str | None] = [kind and "boilerplate" for kind in kinds]
    for before, after in itertools.pairwise(appeals):
        between = [i for i in range(before + 1, after) if norms[i]]
        if len(between) <= APPEAL_GAP:
            for i in between:
                reasons[i] = "boilerplate"
    return reasons


def _repeats(norms: list[str], reasons: list[str | None]) -> None:
    """Mark lines repeated in (or contained by) an earlier line that is kept."""
    seen: list[str] = []
    exact: set[str] = set()
    containment = len(norms) <= MAX_CONTAINMENT_LINES
    for i, line in enumerate(norms):
        if reasons[i] or not line:
            continue
        long_enough = line.count(" ") + 1 >= MIN_REPEAT_WORDS
        if long_enough and (line in exact or (containment and _contained(line, seen))):
            reasons[i] = "repeated paragraph"
            continue
        seen.append(f" {line} ")
        exact.add(line)


def _contained(line: str, earlier: list[str]) -> bool:
    padded = f" {line} "
    return any(padded in other for other in earlier)


def _blank(text: str, removed: tuple[tuple[int, int, str], ...]) -> str:
    if not removed:
        return text
    parts, last = [], 0
    for start, end, _ in removed:
        parts.append(text[last:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)
