"""Salience of a document's actors at a point of the text, and the syntactic limits on
coreference that pronouns and epithets obey.

Salience follows the spirit of Lappin and Leass (1994): every mention adds a weight by its
grammatical role (subjects count most), halved for every sentence back; the most salient
compatible actor is the best antecedent. Binding: an epithet or object pronoun does not
corefer with the subject of its own clause ("Bannon taunted the billionaire": not Bannon),
nor with its own possessor ("his former chief strategist": not "his").
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from riftmap.nlp.actors.phrases import contracted_is

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
ROLE_WEIGHT = {"nsubj": 2.0, "nsubjpass": 2.0, "dobj": 1.3, "attr": 1.2, "appos": 1.2}
WINDOW = 4  # sentences back that still count
# weight of a mention inside a quotation when the reference to resolve is outside one: in
# '"Without me, Trump would have lost," the billionaire posted. He later ...', he is the
# billionaire; a name in someone's words is not the narrative's topic
QUOTED_WEIGHT = 0.5


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token (from the sentence starts, without Span objects)."""
    starts = doc.to_array("SENT_START").tolist() if len(doc) else []
    out, n = [], -1
    for i, flag in enumerate(starts):
        n += flag == 1 or i == 0
        out.append(n)
    return out


def role_weight(tok: Token) -> float:
    """Weight of a mention headed by ``tok``: subjects 2, objects 1.3, modifiers 0.5."""
    if tok.dep_ == "compound":
        return 0.5
    if tok.dep_ in SUBJECTS and tok.head.dep_ == "ROOT":
        return 3.0  # the subject of a main clause is the topic
    return ROLE_WEIGHT.get(tok.dep_, 1.0)


@dataclass
class Salience:
    """Mention events in text order: (token index, weight, actor key)."""

    sent_of: list[int]
    events: list[tuple[int, float, int]] = field(default_factory=list)
    quoted: frozenset[int] = frozenset()  # tokens inside quotation marks

    def add(self, tok: int, weight: float, key: int) -> None:
        insort(self.events, (tok, weight, key))

    def forget(self, key: int) -> None:
        """Drop every mention event of actor ``key`` (its mentions went to another actor)."""
        self.events = [e for e in self.events if e[2] != key]

    def ranked(self, before: int, accept: Callable[[int], bool]) -> list[tuple[float, int]]:
        """Accepted actor keys with their salience just before token ``before``, best first
        (ties go to the most recent)."""
        here = self.sent_of[before] if before < len(self.sent_of) else self.sent_of[-1]
        outside = before not in self.quoted
        score: dict[int, float] = {}
        last: dict[int, int] = {}
        for tok, weight, key in reversed(self.events):
            if tok >= before:
                continue
            back = here - self.sent_of[tok]
            if back > WINDOW:
                break
            if not accept(key):
                continue
            if outside and tok in self.quoted:
                weight *= QUOTED_WEIGHT
            score[key] = score.get(key, 0.0) + weight * 0.5**back
            last.setdefault(key, tok)
        ranked = sorted(score, key=lambda k: (score[k], last[k]), reverse=True)
        return [(score[k], k) for k in ranked]


def clause_subjects(tok: Token, *, pronoun: bool = False) -> list[Token]:
    """Subjects whose clause contains ``tok``, up to the first finite clause (a conjoined verb
    without its own subject shares its head's). Subjects containing ``tok`` are skipped.

    A pronoun is bound in its own clause only, which may be finite by its auxiliary alone
    ("Walz recently demonstrated why Americans didn't want him ...": "didn't want"; the
    development set 090, 406 and three more). A description is kept from more: from the
    subjects above that clause as well, the speaker of "Poilievre appeared ... to tell
    Canadians they should see no difference between Trudeau and the former central banker"
    being no more the banker than "they" are."""
    out: list[Token] = []
    node = tok
    while node.head.i != node.i:
        child, node = node, node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in node.children if c.dep_ in SUBJECTS]
        # object control: "urged Bannon to meet X", "accused Clinton of directing business to
        # his wife's firm": Bannon meets, Clinton directs. That clause is a pronoun's own, so
        # the verb's own subject may be the pronoun ("Trump urged Bannon to meet him")
        controllers = _controllers(node, child)
        if pronoun and controllers:
            out += controllers
            break
        subjects += controllers
        out += [s for s in subjects if not s.left_edge.i <= tok.i <= s.right_edge.i]
        finite = _finite(node) if pronoun else node.tag_ in FINITE
        if any(s.dep_ in SUBJECTS for s in subjects) and finite:
            break
        if not subjects and node.tag_ in FINITE and child.dep_ != "conj" and node.dep_ != "conj":
            break
    return out


# prepositions whose gerund after a verb's object has that object as its subject ("accused
# Clinton of directing", "blamed Biden for letting", "stop Musk from", "credited Maher with
# inspiring"); after "by", "after", "while" ... the verb's subject acts ("rocked the party by
# winning its primary")
OBJECT_CONTROL = frozenset({"of", "for", "from", "with", "into"})


def _controllers(verb: Token, child: Token) -> list[Token]:
    """The objects of ``verb`` that are the unstated subject of its clause ``child``: an
    infinitive ("urged Bannon to meet") or a gerund after a preposition of
    ``OBJECT_CONTROL``."""
    gerund = child.dep_ == "prep" and child.lower_ in OBJECT_CONTROL and _bare_gerund(child)
    if child.dep_ != "xcomp" and not gerund:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _bare_gerund(prep: Token) -> bool:
    """Does the preposition take a gerund with no subject of its own (not "with
    RealClearPolitics showing her ahead")?"""
    return any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and not any(g.dep_ in SUBJECTS for g in c.children)
        for c in prep.children
    )


def _finite(verb: Token) -> bool:
    """A finite verb, or one made finite by its auxiliary ("has issued", "was fired")."""
    return verb.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in verb.children
    )


# a verb's objects, "dep" for the object the parser leaves unlabelled ("called d'Entremont a
# liar"); "attr" is left out, as a predicate noun is its subject ("X is the leader")
OBJECTS = frozenset({"dobj", "dative", "dep"})


def clause_objects(tok: Token) -> list[Token]:
    """The objects of the verb whose subject ``tok`` is: one verb's subject and object are two
    actors ("Trump's spokesman called Dorsey a liar": the spokesman is not Dorsey)."""
    verb = tok.head
    if tok.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.tag_ not in FINITE and verb.dep_ != "ROOT":
        return []  # "the Ohio native nicknamed “King James”": a participle names its noun
    return [c for c in verb.children if c.dep_ in OBJECTS]


def coarguments(tok: Token) -> list[Token]:
    """The other argument of the verb an object or a passive's agent belongs to: the subject
    of "criticized the former governor", the patient of "was sued by the agency head" or of a
    participle ("Trump sued by ex-whistleblower agency head", a headline's reduced clause).
    One verb's two arguments are two actors, as ``clause_objects`` has it from the subject's
    side. Only the verb's own arguments: a clause around it may be about either."""
    verb = tok.head
    if tok.dep_ in ("dobj", "dative") and verb.pos_ in ("VERB", "AUX"):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if tok.dep_ != "pobj" or verb.dep_ != "agent":
        return []
    passive = verb.head
    if passive.dep_ == "acl" and passive.tag_ == "VBN":
        return [passive.head]
    return [c for c in passive.children if c.dep_ == "nsubjpass"]


def governing_subjects(tok: Token) -> list[Token]:
    """Heads of the subjects of every clause above ``tok`` in its sentence: in "Bannon has been
    critical of Musk, taunting him over what he said", the clauses above "he" have Bannon as
    subject. Subjects containing ``tok`` are skipped; the possessor the parser gave a noun for
    a contracted "is" ("Hegseth's a decorated veteran and he vowed ...") is a subject."""
    out: list[Token] = []
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            out += [
                c
                for c in node.children
                if c.dep_ in SUBJECTS and not c.left_edge.i <= tok.i <= c.right_edge.i
            ]
        elif node.pos_ == "NOUN" and contracted_is(node):
            out += possessors(node)
    return out


def possessors(head: Token) -> list[Token]:
    """The possessor of a noun phrase ("his", "the president's")."""
    return [c for c in head.children if c.dep_ == "poss"]
