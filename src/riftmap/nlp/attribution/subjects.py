"""Sources the role tagger left out, read off the parse of the cue's clause.

The role tagger sees a window around each cue and learned from PolNeAR which spans are
sources; when it marks none, the statement has no speaker although the sentence names one.
These are the clause shapes where the speaker is plain in the parse: the cue verb's own
subject far to its left ("The head of a mission ..., which arrived ..., said"); the subject
of the first of two coordinated verbs ("X highlighted his plans ... but claimed ..."); the
main clause's subject for a participle the parser hung on the last noun ("X told reporters
that ... the 'abyss,' describing Y as ..."); a name the parser took as the head of its
own verb ("President Donald Trump on Thursday called ..."); and the noun phrase right before
a gerund ("the House speaker telling lawmakers ..."). Each is only asked when the
tagger, "according to" and a controlling verb gave nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon, reporting_verbs, speech_verbs
from riftmap.nlp.attribution.content import head_of
from riftmap.nlp.text.quotemarks import QUOTE_MARKS
from riftmap.nlp.text.word_classes import FINITE_TAGS

# subjects that stand for no speaker the reader knows: "it said", "this shows", "there are";
# and the first and second person, which speak only inside someone's quotation
EXPLETIVES = frozenset({"it", "this", "that", "there", "which", "what", "i", "we", "you"})
# "X seems to ...", "X appears to ...": the writer's hedge about X, no statement of X's
HEDGES = frozenset({"seem", "appear"})
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def clause_subject(
    doc: Doc, cue: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int] | None:
    """The speaker of a cue verb as the parse gives it, or None. A subject inside the
    content is a misparse of the quotation ("'Very good reporter,' Trump said")."""
    tok = head_of(doc, cue)
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in HEDGES:
        return None
    source = (
        _own_subject(tok, cue)
        or _second_verb_subject(tok, cue)
        or _first_conjunct_subject(tok, cue)
        or _main_clause_subject(doc, tok, cue)
        or _name_before(doc, tok)
        or _gerund_subject(doc, tok)
    )
    if source is None or (source[0] < content[1] and content[0] < source[1]):
        return None
    return source


def _subject_span(subj: Token) -> tuple[int, int] | None:
    """The subject's noun phrase, up to the comma that opens an apposition or a relative
    clause; None for a subject that names no one."""
    if subj.lower_ == "who" and subj.head.dep_ == "relcl" and subj.head.head.i < subj.i:
        return _antecedent(subj.head.head)
    if subj.lower_ in EXPLETIVES or subj.tag_ in ("WDT", "WP"):
        return None
    end = subj.right_edge.i + 1
    for t in subj.doc[subj.i + 1 : end]:
        if t.text == ",":
            end = t.i
            break
    return subj.left_edge.i, end


def _antecedent(noun: Token) -> tuple[int, int] | None:
    """ "Sen. Steve Daines, R-Mont., who leads … and said …": the one "who" stands for, the
    noun it describes without its apposition or clause; only a name or a noun for a person."""
    if noun.ent_type_ != "PERSON" and not (noun.pos_ == "NOUN" and agent_noun(noun)):
        return None
    return noun.left_edge.i, noun.i + 1


def _own_subject(tok: Token, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The cue verb's active subject ("was asked" has the one asked as its subject)."""
    subj = [c for c in tok.children if c.dep_ == "nsubj" and not cue[0] <= c.i < cue[1]]
    return _subject_span(subj[0]) if subj else None


def _first_conjunct_subject(tok: Token, cue: tuple[int, int]) -> tuple[int, int] | None:
    """ "X highlighted ... but claimed ...": a finite verb coordinated with another and with
    no subject of its own shares the first verb's."""
    if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return _own_subject(first, cue) if first.pos_ in ("VERB", "AUX") else None


def _main_clause_subject(doc: Doc, tok: Token, cue: tuple[int, int]) -> tuple[int, int] | None:
    """ "…, describing Y as …" closing a sentence: a participle after a comma tells more of
    what the main clause's subject did, wherever the parser attached it."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl", "conj"):
        return None
    j = tok.i - 1
    while j >= 0 and (doc[j].text in QUOTE_MARKS or doc[j].is_space):
        j -= 1
    if j < 0 or doc[j].text != ",":
        return None
    root = tok.sent.root
    if root.i == tok.i or root.pos_ not in ("VERB", "AUX") or root.i > tok.i:
        return None
    return _own_subject(root, cue)


def main_over_embedded(doc: Doc, cue: tuple[int, int], source: tuple[int, int]) -> tuple[int, int]:
    """ "X dismissed claims that Y is undermining …, describing the claims as …", "He added
    that those with cases should defend themselves …, noting that …": the parser hangs the
    closing participle on the verb of the reported clause, and the role tagger then takes
    that clause's subject as the source. A participle after a comma tells more of what the
    main clause's subject did; a source inside a reported clause (a "that" clause, a
    verb's complement) or an agent ("bills introduced by Y, arguing …") is not its speaker."""
    tok = head_of(doc, cue)
    main = _main_clause_subject(doc, tok, cue) or _second_verb_subject(tok, cue)
    if main is None or _overlaps(main, source) or not _embedded(doc, source, tok.sent.root):
        return source
    if _reported_speaker(doc, source, tok):
        return source
    return main


def subject_over_relative(
    doc: Doc, cue: tuple[int, int], source: tuple[int, int]
) -> tuple[int, int]:
    """ "'…,' Palin, who will appear at a rally with Trump tonight, said": a source inside a
    relative clause on the cue verb's own subject is a word of that clause, which the role
    tagger (trained on shorter subjects) took for the speaker; the subject speaks."""
    words = [t for t in doc[source[0] : source[1]] if not t.is_punct]
    tok = head_of(doc, cue)
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not words or not subj:
        return source
    head = head_of(doc, (words[0].i, words[-1].i + 1))
    clause = next((a for a in (head, *head.ancestors) if a.dep_ == "relcl"), None)
    if clause is None or clause.head.i != subj[0].i:
        return source
    if not clause.left_edge.i <= words[0].i <= words[-1].i <= clause.right_edge.i:
        return source
    return _subject_span(subj[0]) or source


def _reported_speaker(doc: Doc, source: tuple[int, int], cue: Token) -> bool:
    """ "The Post reported that Pelosi said she wanted …, saying that …": a source that is
    the subject of a verb of saying inside the report, with the participle in that verb's
    clause, is a speaker the report quotes, and the participle tells more of what she said."""
    subj = head_of(doc, source)
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_ not in speech_verbs() or verb.i > cue.i:
        return False
    return any(t.i == verb.i for t in cue.ancestors)


def _second_verb_subject(tok: Token, cue: tuple[int, int]) -> tuple[int, int] | None:
    """ "He denied that the opposition was behind … and urged the President to …": a finite
    verb after "and", with no subject of its own, that the parser coordinated with the verb
    of a reported "that" clause is the main clause's second verb: its subject speaks. Without
    "that" ("Police say he posed a threat and refused to drop the gun") the second verb may
    well be reported too, and is left to the first conjunct's subject, unless it is a verb
    of saying after one of no saying, thinking or feeling ("Poilievre said a Conservative
    government would chop away at the deficit, and claimed ...", "Even China ... said it was
    'resolutely opposed' to the test and warned North Korea ..."): what one reports is told
    with the main clause's verbs ("Merrill says Machado promised to continue supporting
    Clinton and said she would ..." tells Machado's)."""
    if tok.dep_ != "conj" or tok.tag_ not in FINITE_TAGS or tok.head.dep_ != "ccomp":
        return None
    said = tok.lemma_ in speech_verbs() and tok.head.lemma_ not in reporting_verbs()
    if not said and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.head.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in ("and", "but"):
        return None
    root = tok.sent.root
    if root.i > tok.i or root.pos_ not in ("VERB", "AUX") or tok.head.head.i != root.i:
        return None
    return _own_subject(root, cue)


def modifies_subject(
    doc: Doc, region: list[int], cue: tuple[int, int], chunk: tuple[int, int]
) -> bool:
    """Does a content chunk the role tagger marked before its cue open inside the speaker's
    own long subject ("Sen. John Barrasso, R-Wyo., the chair of the Senate Republican
    Conference, said … and added, '…'")? Trained on shorter subjects, the tagger takes the
    apposition for what was said. A chunk opening inside quotation marks is a quotation the
    parser folded into the subject, and stays."""
    if chunk[0] >= cue[0] or region[chunk[0]] >= 0 or doc[chunk[0]].text in QUOTE_MARKS:
        return False
    tok = head_of(doc, cue)
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head  # "… said … and added": the first verb's subject is the speaker
    subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    return bool(subj) and subj[0].left_edge.i <= chunk[0] <= subj[0].right_edge.i


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# the dependencies that put a noun phrase inside a clause reported by (or hung on) the verb
# above it rather than among the main clause's own participants
EMBEDDING_DEPS = frozenset({"ccomp", "agent"})


def _embedded(doc: Doc, source: tuple[int, int], root: Token) -> bool:
    """Does the path from the source's head up to ``root`` pass through a reported clause
    (a complement clause, a "that" clause on a noun) or a passive's agent?"""
    tok = head_of(doc, source)
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in EMBEDDING_DEPS or (
            tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        ):
            return True
        if tok.dep_ == "relcl":
            return False  # "X attacked Y, who replied, saying …": Y may well speak
        tok = tok.head
    return False


def _name_before(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """ "President Donald Trump on Thursday called …": the parser made the verb a clause of
    the name before it; with only a time phrase between them, the name is its subject."""
    head = tok.head
    if tok.dep_ not in ("relcl", "acl") or tok.tag_ not in ("VBD", "VBN") or head.i >= tok.i:
        return None
    if head.ent_type_ not in NAME_ENTS or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        return None
    between = doc[head.i + 1 : tok.i]
    if any(t.text == "," or t.pos_ in ("VERB", "AUX", "PRON") for t in between):
        return None
    if len(between) > 4 or (between and not any(t.ent_type_ in ("DATE", "TIME") for t in between)):
        return None
    start = head.left_edge.i
    return start, head.i + 1


def _gerund_subject(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """ "in response to the House speaker telling lawmakers …", "with former Maryland Gov.
    Martin O'Malley calling Trump a fascist": a gerund right after a noun phrase, with no
    comma between, has that noun phrase as its subject (PolNeAR marks it so)."""
    if tok.tag_ != "VBG" or tok.i == 0:
        return None
    noun = doc[tok.i - 1]
    if not agent_noun(noun) or (noun.dep_ == "compound" and noun.head.i > noun.i):
        return None
    return noun.left_edge.i, noun.i + 1


def agent_noun(noun: Token) -> bool:
    """A noun that can speak: a name of a person, organisation or people, or a common noun
    for people, organisations or groups ("the House speaker", "a group", "staff members");
    not "robo-calls saying …"."""
    if noun.ent_type_ in NAME_ENTS:
        return True
    if noun.pos_ != "NOUN":
        return False
    lex = lexicon()
    lemma = noun.lemma_.lower()
    return lemma in lex.person_nouns or lemma in lex.org_nouns or lemma in lex.group_nouns
