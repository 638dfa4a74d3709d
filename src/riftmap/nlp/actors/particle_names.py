"""Names whose surname opens with lower-case particles ("Ursula von der Leyen", "Caroline van
der Plas", "Oscar de la Renta"), read whole.

The tagger splits such names at a particle ("Ursula von der" a person and "Leyen" a place;
"Caroline van" and "Plas" two persons), which made two or three actors of one person and gave
her statements to a fragment. A given name the first-name list knows, one or more particles and
a capitalised word are one person's name; so is the surname alone with its particles ("von der
Leyen", "Van der Plas" at a sentence's start) where the document writes the whole name. Any
entity of the tagger's that overlaps such a name gives way to it. A given name is required so
that a phrase of another language ("Cinco de Mayo", "Tour de France") stays apart.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from riftmap.nlp.actors.names import PARTICLES, first_names
from riftmap.nlp.extensions import doc_text

_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
_WORD = r"[A-Z][\w’'-]*[\w]"
# a capitalised word, one or more particles, and a capitalised surname
_WHOLE = re.compile(rf"\b({_WORD}) ((?:(?:{_PARTICLE}) )+{_WORD})\b")
GIVEN_WINDOW = 40  # characters before a surname where its given name is looked for


def particle_names(doc: Doc) -> list[SpacySpan]:
    """The names with particles the document writes, whole or as the surname alone, as
    person spans in text order (those that do not fall on token boundaries are left out)."""
    text = doc_text(doc)
    surnames = {m.group(2) for m in _WHOLE.finditer(text) if m.group(1).lower() in first_names()}
    if not surnames:
        return []
    longest_first = sorted(surnames, key=len, reverse=True)
    bare = re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b", re.IGNORECASE)
    found: list[SpacySpan] = []
    for m in bare.finditer(text):
        start = m.start()
        # a given name just before: a window, not the text before, so that a long text
        # writing the name often is still read in time linear in its size
        window = max(0, start - GIVEN_WINDOW)
        given = re.search(rf"\b({_WORD}) $", text[window:start])
        if given and given.group(1).lower() in first_names():
            start = window + given.start(1)  # the whole name, its given name included
        elif not m.group(0).split()[-1][0].isupper():
            continue  # the surname keeps its capital, whatever case its particles take
        span = doc.char_span(start, m.end(), label="PERSON")
        if span is not None:
            found.append(span)
    return found


def with_particle_names(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """The tagger's entities, those overlapping a name with particles replaced by it; a
    person's name the tagger read longer is kept whole ("Luiz Inacio Lula da Silva"). The
    names come in text order and the entities do not overlap, so each name is checked
    against the last one taken and the entities on its own tokens only."""
    found = particle_names(doc)
    if not found:
        return spans
    at = {i: s for s in spans for i in range(s.start, s.end)}
    names: list[SpacySpan] = []
    for name in found:
        if names and name.start < names[-1].end:
            continue  # inside a longer name already read ("Lula da Silva" twice over)
        persons = {at[i] for i in range(name.start, name.end) if i in at}
        persons = {p for p in persons if p.label_ == "PERSON"}
        start = min([name.start, *(p.start for p in persons)])
        end = max([name.end, *(p.end for p in persons)])
        names.append(SpacySpan(doc, start, end, label="PERSON"))
    covered = {i for n in names for i in range(n.start, n.end)}
    kept = [s for s in spans if not covered.intersection(range(s.start, s.end))]
    return sorted([*kept, *names], key=lambda s: s.start)
