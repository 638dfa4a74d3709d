"""Where a cue's content and source lie, once the role tagger has spoken.

The tagger marks chunks; these functions join the chunks that belong together, stop at
paragraph breaks no quotation spans, and fall back on the syntax (the quotation a cue sits
next to, the clause a reporting verb governs, the subject controlling a participle) when the
tagger marked nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.attribution.features import DocFacts, adjacent_region
from riftmap.nlp.text.lines import is_line_break, line_break_between
from riftmap.nlp.text.quotemarks import QUOTE_MARKS

# subjects that stand for no one who could speak ("it is said", "there were claims")
EXPLETIVES = frozenset({"it", "this", "that", "there"})


def adjacent_quotation(
    facts: DocFacts, cue: tuple[int, int], source: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The quotation a cue closes or opens (``"…," X, a long title, said`` / ``X said: "…"``),
    used when the role tagger marked no content: only the source and punctuation may separate
    a cue from the quotation it reports."""
    k = adjacent_region(facts, *cue)
    if k < 0 or not _reports(facts, cue, k):
        k = _region_beyond_source(facts, cue, source)  # checks _reports itself
    return facts.region_spans[k] if k >= 0 else None


def _reports(facts: DocFacts, cue: tuple[int, int], k: int) -> bool:
    """Can the cue report quotation ``k``? One after the cue, yes (``added:`` and a quotation
    in the next paragraph); one before it, not across a paragraph break, and from an earlier
    sentence only if it stands as a sentence of its own (``"A." She said.``, not ``… not
    "chaos." Democrats pounced.``)."""
    lo, hi = facts.region_spans[k]
    if hi > cue[0]:
        return True
    doc = facts.doc
    if line_break_between(doc, hi, cue[0]):
        return False
    return facts.sent_index[lo] == facts.sent_index[cue[0]] or _opens_sentence(facts, k)


def _region_beyond_source(
    facts: DocFacts, cue: tuple[int, int], source: tuple[int, int] | None
) -> int:
    doc = facts.doc
    skip = set(range(*source)) if source else set()
    for step, i in ((-1, cue[0] - 1), (1, cue[1])):
        while (
            0 <= i < len(doc)
            and facts.region[i] < 0
            and (i in skip or doc[i].is_punct or doc[i].is_space)
        ):
            i += step
        if 0 <= i < len(doc) and facts.region[i] >= 0 and _reports(facts, cue, facts.region[i]):
            return facts.region[i]
    return -1


COMPLEMENTS = frozenset(
    {"ccomp", "xcomp", "dobj", "pobj", "prep", "attr", "acomp", "advcl", "parataxis"}
)


def complement_of(
    doc: Doc, cue: tuple[int, int], source: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The cue verb's largest complement (its clause or object), when the role tagger marked
    no content for a cue it is sure of: what a reporting verb governs is what it reports."""
    head = head_of(doc, cue)
    taken = set(range(*cue)) | (set(range(*source)) if source else set())
    best: tuple[int, int] | None = None
    for child in head.children:
        if child.dep_ not in COMPLEMENTS or child.i in taken:
            continue
        span = (child.left_edge.i, child.right_edge.i + 1)
        if taken & set(range(*span)):
            continue
        if best is None or span[1] - span[0] > best[1] - best[0]:
            best = span
    return best


CONTROLLED = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})


def without_source(
    doc: Doc,
    content: tuple[int, int] | None,
    cue: tuple[int, int],
    source: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """A content never holds its own cue or source: cut them (and the punctuation around
    them) off the edge they stand at. A cue inside the content (an interrupted quotation)
    stays; ``split_at_cue`` deals with it."""
    if content is None:
        return None
    lo, hi = _strip_punct(doc, *content)
    for part in (cue, source, cue):  # the cue again: it may stand at the edge cut to
        if part is None:
            continue
        if part[0] <= lo < part[1]:
            lo = part[1]
        elif part[0] < hi <= part[1] or (lo < part[0] and hi == part[1]):
            hi = part[0]
        lo, hi = _strip_punct(doc, lo, hi)
    return (lo, hi) if lo < hi else content


def _strip_punct(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space) and not _is_mark(doc[lo]):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and not _is_mark(doc[hi - 1]):
        hi -= 1
    return lo, hi


def according_to_object(doc: Doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """ "According to X": X, the object of "to", is the source, whatever the tagger said."""
    words = [t.lower_ for t in doc[cue[0] : cue[1]]]
    if words[-2:] != ["according", "to"]:
        return None
    to = doc[cue[1] - 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    return (objects[0].left_edge.i, objects[0].right_edge.i + 1) if objects else None


def controller_subject(doc: Doc, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The source of a participle or infinitive cue is its controller's subject: in "critics
    rallied, saying that ..." the critics say it. Only for cues hanging off another verb."""
    tok = head_of(doc, cue)
    if tok.dep_ not in CONTROLLED or tok.tag_ not in ("VBG", "VB", "VBN"):
        return None
    for _ in range(3):
        tok = tok.head
        if tok.dep_ in ("prep", "agent") and tok.head.i != tok.i:
            tok = tok.head  # "responded ... by saying": through the preposition (or agent "by")
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            if subj[0].pos_ == "PRON" and subj[0].lower_ in EXPLETIVES:
                return None
            return subj[0].left_edge.i, subj[0].right_edge.i + 1
        if tok.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or tok.head.i == tok.i:
            return None
    return None


def controller_over_object(
    doc: Doc, cue: tuple[int, int], source: tuple[int, int], cue_lexicon: dict[str, float]
) -> tuple[int, int]:
    """A participle or conjoined cue continues the statement of the verb it hangs off, and
    speaks for that verb's subject, when the taggers took a noun of the verb's object
    instead: in "Booker objected to the bills introduced by Klobuchar, arguing that ..." and
    "He denied the claim and urged the President to ..." the subject argues and urges. Only
    under a verb that reports ("remain confident despite supporters now saying" does not)."""
    tok = head_of(doc, cue)
    if tok.dep_ not in ("advcl", "conj") or tok.tag_ not in ("VBG", "VBD", "VBZ"):
        return source
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return source  # a conjoined clause with a subject of its own
    governor = tok.head
    if not governor.i < source[0] < source[1] <= cue[0]:
        return source
    if not any(t.text == "," or t.dep_ == "cc" for t in doc[source[1] : cue[0]]):
        return source  # "... the U.S. Chris Christie added": a subject the parse lost
    rate = max(cue_lexicon.get(governor.lower_, 0.0), cue_lexicon.get(governor.lemma_, 0.0))
    if rate < REPORTING_RATE:
        return source
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].i > governor.i or subjects[0].lower_ in EXPLETIVES:
        return source
    return subjects[0].left_edge.i, subjects[0].right_edge.i + 1

# a verb that is a reporting cue at least this often in PolNeAR train (the cue lexicon):
# "condemned" 0.80, "denied" 0.59, "object" 0.17; not "chose" 0.12, "remain" 0.05, "be" 0.08
REPORTING_RATE = 0.15


def head_of(doc: Doc, span: tuple[int, int]) -> Token:
    for tok in doc[span[0] : span[1]]:
        if not (span[0] <= tok.head.i < span[1]) or tok.head.i == tok.i:
            return tok
    return doc[span[0]]


def join_content(
    facts: DocFacts,
    chunks: list[tuple[int, int]],
    cue: tuple[int, int],
    source: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """Hull of the content chunk nearest the cue and the chunks that continue it.

    A chunk continues another when only the cue, the source, punctuation and a few words lie
    between them (an interrupted quotation); a chunk beyond other text is another statement.
    """
    if not chunks:
        return None
    chunks = sorted(chunks)
    best = min(range(len(chunks)), key=lambda k: _gap_past_source(facts, chunks[k], cue, source))
    lo, hi = chunks[best]
    for a, b in chunks[best + 1 :]:
        if _filler(facts, hi, a, cue, source) > 3 or _new_sentence_outside_quotes(facts, hi, a):
            break
        hi = b
    for a, b in reversed(chunks[:best]):
        if _filler(facts, b, lo, cue, source) > 3:
            break
        lo = a
    lo, hi = _within_paragraph(facts, lo, hi, cue)
    lo = _from_cue_sentence(facts, lo, hi, cue)
    hi = _to_cue_sentence_end(facts, lo, hi, cue)
    return _fill_quotation(facts, lo, hi) if lo < hi else None


def _gap_past_source(
    facts: DocFacts, chunk: tuple[int, int], cue: tuple[int, int], source: tuple[int, int] | None
) -> int:
    """The words between a chunk and its cue, the source's not counted within the cue's
    sentence: a quotation its speaker's long name and titles part from the cue ('"A," Sen.
    Mike Crapo, R-Idaho, said in a statement Saturday. "B."') is as near as one right after
    it; one in another sentence is not brought nearer (a paragraph's last quotation is no
    content of the next paragraph's 'Biden said Friday he's "praying" ...')."""
    between = gap(chunk, cue)
    same = facts.sent_index[chunk[1] - 1] == facts.sent_index[cue[0]]
    if source is None or between == 0 or not same:
        return between
    lo, hi = (chunk[1], cue[0]) if chunk[1] <= cue[0] else (cue[1], chunk[0])
    return between - max(0, min(hi, source[1]) - max(lo, source[0]))


def _to_cue_sentence_end(facts: DocFacts, lo: int, hi: int, cue: tuple[int, int]) -> int:
    """Drop the part of a content lying in sentences after the cue's own, unless a quotation
    opens right where the next sentence begins (``"A," she said. "B."``) and the content does
    not open after the cue with words outside quotation marks (in ``she criticized the
    budget. "B."`` the budget is what she criticized; B is a statement of its own)."""
    end = facts.sent_bounds[facts.sent_index[cue[1] - 1]][1]
    if hi <= end:
        return hi
    after = _region_near(facts, end - 1, 1)
    if after >= 0 and after == _region_near(facts, end, -1):
        return hi  # one quotation runs on across the break
    if after >= 0 and not (lo >= cue[1] and _plain_words(facts, lo, end)):
        return hi
    return end if end > lo else hi


def _plain_words(facts: DocFacts, lo: int, hi: int) -> bool:
    """Any word outside quotation marks in tokens ``lo`` to ``hi``?"""
    doc = facts.doc
    return any(
        facts.region[i] < 0 and not (doc[i].is_punct or doc[i].is_space) for i in range(lo, hi)
    )


def _from_cue_sentence(facts: DocFacts, lo: int, hi: int, cue: tuple[int, int]) -> int:
    """Drop the part of a content lying in sentences before the cue's own, unless a quotation
    ends right where the cue's sentence begins (``"A. B." She said.``): an earlier sentence
    outside quotation marks said something else."""
    start = facts.sent_bounds[facts.sent_index[cue[0]]][0]
    if lo >= start or _whole_quotation_before(facts, start):
        return lo
    return start if start < hi else hi  # all of it said before: not this cue's content


def _whole_quotation_before(facts: DocFacts, start: int) -> bool:
    """Does a quotation end right before token ``start`` and open its own sentence? (``"A.
    B." She said.`` yes; ``He wanted calm, not "chaos." Critics pounced.`` no: the quoted
    word belongs to the sentence around it.)"""
    k = _region_near(facts, start, -1)
    return k >= 0 and _opens_sentence(facts, k)


def _opens_sentence(facts: DocFacts, k: int) -> bool:
    """Does quotation ``k`` open its sentence (only punctuation before it)?"""
    return opens_sentence(facts, facts.region_spans[k][0])


def opens_sentence(facts: DocFacts, i: int) -> bool:
    """Is there only punctuation between the start of token ``i``'s sentence and ``i``?"""
    doc = facts.doc
    start = facts.sent_bounds[facts.sent_index[i]][0]
    return all(doc[j].is_punct or doc[j].is_space for j in range(start, i))


def _within_paragraph(facts: DocFacts, lo: int, hi: int, cue: tuple[int, int]) -> tuple[int, int]:
    """Cut a content at paragraph breaks that no quotation runs across, keeping the side
    nearest the cue: a new paragraph outside quotation marks is a new statement."""
    doc = facts.doc
    for i in range(lo, hi):
        tok = doc[i]
        if not is_line_break(tok) or _quoted_across(facts, i):
            continue
        if i < cue[0]:
            lo = i + 1
        elif i >= cue[1]:
            return lo, i
    return lo, hi


def _quoted_across(facts: DocFacts, i: int) -> bool:
    """Is the paragraph break at token ``i`` inside one quotation (marks and blanks skipped)?"""
    return _region_near(facts, i, -1) >= 0 and _region_near(facts, i, -1) == _region_near(
        facts, i, 1
    )


def _region_near(facts: DocFacts, i: int, step: int) -> int:
    doc = facts.doc
    j = i + step
    while 0 <= j < len(doc) and facts.region[j] < 0 and (doc[j].is_space or _is_mark(doc[j])):
        j += step
    return facts.region[j] if 0 <= j < len(doc) else -1


def _is_mark(tok: Token) -> bool:
    return tok.text in QUOTE_MARKS


def _fill_quotation(facts: DocFacts, lo: int, hi: int) -> tuple[int, int]:
    """A content that starts (or ends) a quotation runs to that quotation's other end: the
    tagger sometimes stops at a paragraph break inside a long quotation."""
    doc = facts.doc
    first, last = lo, hi - 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    k = facts.region[first]
    if k >= 0 and facts.region_spans[k][0] == first:
        hi = max(hi, facts.region_spans[k][1])
    k = facts.region[last]
    if k >= 0 and facts.region_spans[k][1] == last + 1:
        lo = min(lo, facts.region_spans[k][0])
    return lo, hi


def _new_sentence_outside_quotes(facts: DocFacts, end: int, start: int) -> bool:
    """A later chunk opening a new sentence that no quotation carries over is a new statement."""
    if facts.sent_index[start] == facts.sent_index[max(0, end - 1)]:
        return False
    return facts.region[start] < 0 and (start + 1 >= len(facts.doc) or facts.region[start + 1] < 0)


def _filler(
    facts: DocFacts, start: int, end: int, cue: tuple[int, int], source: tuple[int, int] | None
) -> int:
    """Words between two chunks that belong to neither the cue nor the source."""
    skip = set(range(*cue)) | (set(range(*source)) if source else set())
    doc = facts.doc
    return sum(
        1 for i in range(start, end) if i not in skip and not (doc[i].is_punct or doc[i].is_space)
    )


def gap(span: tuple[int, int], cue: tuple[int, int]) -> int:
    return max(cue[0] - span[1], span[0] - cue[1], 0)
