"""Partisans: a person the copy describes as someone's critic or ally. "Adam Schiff, a
California Democrat and longtime Trump critic", "Swalwell has been a vocal critic of Trump",
"Pelosi became one of Trump's fiercest critics", "Gingrich, one of Donald Trump's most loyal
supporters".

The description states a standing stance of the person toward the one it names, as "critical
of X" does (the lexicon's state): a critic ACCUSEs (-1), an ally or supporter SUPPORTs (+1).
A former one states a stance no more ("a former Trump ally"), and an opponent is one in a race
unless "of" names what is opposed ("Cuellar had been a vocal opponent of Biden's policies").
The development set keys such a relation in 9 articles, PolNeAR train has "critic of",
"supporter of", "ally of" and the like in 42.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.kb.lexicon import lexicon
from riftmap.nlp.relations.lookup import ActorLookup, np_actors
from riftmap.nlp.relations.stance import Candidate

# each set off or predicated of a name in two or more articles of PolNeAR, the development
# set or the checkset
HOSTILE = frozenset({"critic", "foe", "opponent"})
FRIENDLY = frozenset({"ally", "supporter", "backer", "defender", "champion", "confidant"})
PARTISANS = HOSTILE | FRIENDLY
# nouns that name a rival in a race when the target is their possessor ("his opponent")
ONLY_WITH_OF = frozenset({"opponent"})
COPULAS = frozenset({"be", "become", "remain"})
SETTERS = frozenset({",", "—", "–", "-", "("})
RELATIVES = frozenset({"who", "that"})
# a name before the noun, as the tagger reads it: "Trump critic", "Clinton ally"
NAME_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
CONFIDENCE = 0.65


def partisan_candidates(doc: Doc, lookup: ActorLookup, quote_at: dict[int, int]) -> list[Candidate]:
    """A relation for every person described as the critic or ally of an actor."""
    found: list[Candidate] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in PARTISANS or _past(tok):
            continue
        holder = _holder(tok)
        if holder is None:
            continue
        sources = np_actors(lookup, holder, possessor=False, conjuncts=False)
        hostile = lemma in HOSTILE
        own = lookup.actor(tok)  # the group the noun may name: "Trump's critics"
        for source, s_tok in sources:
            for target, t_tok in _targets(tok, lookup, lemma in ONLY_WITH_OF):
                if target in (source, own):
                    continue
                lo = min(s_tok.i, tok.i, t_tok.i)
                hi = max(s_tok.i, tok.right_edge.i, t_tok.i) + 1
                found.append(
                    Candidate(source, target, "ACCUSE" if hostile else "SUPPORT",
                              -1 if hostile else 1, (lo, hi), tok.i,
                              "disapprove" if hostile else None, quote_at.get(tok.i),
                              CONFIDENCE)
                )  # fmt: skip
    return found


def _past(tok: Token) -> bool:
    """ "a former Trump ally", "a one-time Cruz backer" (the tokenizer splits the hyphen): the
    lexicon's markers of a past role."""
    before = tok.doc[tok.left_edge.i : tok.i]
    past = lexicon().past_markers
    return any(t.lower_ in past for t in before) or "one-time" in before.text.lower()


def _holder(noun: Token) -> Token | None:
    """The person the noun describes: the name it stands in apposition to ("Schiff, a Trump
    critic"), or the subject of a copula it is the predicate of (or the name a relative
    clause hangs on: "Rosie, who has long been a critic of Trump"); through "one of" ("one
    of Trump's fiercest critics"). (A title before a name, "Trump ally Lindsey Graham", is
    part of the name's mention, so the actor it names is not told apart.)"""
    tok = noun
    while tok.dep_ == "conj":  # "a California Democrat and longtime Trump critic"
        tok = tok.head
    tok = _one_of(tok) or tok
    if tok.dep_ == "appos":
        return tok.head if _set_off(tok) else None
    verb = tok.head
    if tok.dep_ != "attr" or verb.lemma_.lower() not in COPULAS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "is not a critic of Trump"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return subject


def _one_of(noun: Token) -> Token | None:
    """The "one" of "one of Trump's fiercest critics", whose phrase the person is."""
    of = noun.head
    one = noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one"
    return of.head if one else None


def _set_off(appos: Token) -> bool:
    """Whether an apposition follows its name right after a comma or dash ("Schiff, a
    longtime Trump critic"): the parser also hangs words further off on a name so."""
    start = appos.left_edge.i
    return start >= 2 and appos.doc[start - 1].text in SETTERS and start - 2 == appos.head.i


def _targets(noun: Token, lookup: ActorLookup, only_of: bool) -> list[tuple[str, Token]]:
    """The actors the noun is of: its "of" object (or that object's owner: "a critic of
    Trump's policies") and, unless only "of" may name them, a name before it."""
    found: list[tuple[str, Token]] = []
    one = _one_of(noun)
    for head in (noun, one) if one is not None else (noun,):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj" and o is not noun):
                found += np_actors(lookup, obj, possessor=True)
    if not only_of:
        for mod in (c for c in noun.children if c.dep_ in NAME_MODIFIERS):
            ident = lookup.actor(mod)
            if ident is not None:
                found.append((ident, mod))
    return found
