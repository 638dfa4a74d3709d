"""Relations told as a reaction received: "Smith's remarks drew criticism from Jones" (Jones
ACCUSE Smith), "his attacks gained him admirers such as Jones" (Jones SUPPORT him), "won the
endorsement of Jones", "Smith came under fire from Jones". The subject of the verb of
receiving (or its owner, or the indirect object) is the target; whoever the reaction comes
from is the source (``reactions.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from riftmap.nlp.relations.forms import keys, with_keys
from riftmap.nlp.relations.infinitives import infinitive_subject
from riftmap.nlp.relations.lookup import ActorLookup, np_actors
from riftmap.nlp.relations.modality import modality, settle
from riftmap.nlp.relations.plover import POLARITY, Lexicons
from riftmap.nlp.relations.stance import Candidate
from riftmap.nlp.relations.targets import agent, direct_objects

# Prepositions naming whom a reaction comes from: "from X", "of X", "such as X", "like X",
# "a stir with X", "outrage among X"; those that may hang on the verb instead of the noun.
FROM = frozenset({"from", "of", "as", "like", "with", "among"})
ON_VERB = frozenset({"from", "with", "among"})
# verbs a reaction is received "under" ("came under fire from Trump", "is under attack from")
UNDER_VERBS = frozenset({"come", "be", "remain"})
# A reaction someone acts amid or answers is aimed at them: "Cruz rose amid attacks from
# Rubio", "Wu responded to criticism from the White House". Only "from" names who reacts
# there: "amid criticism of Trump" names whom it is aimed at, and "after the attack on a
# nightclub by a gunman" who did a deed.
AMID = frozenset({"amid", "amidst", "despite", "after", "following"})
ANSWERS = frozenset({"respond", "reply", "react", "answer"})
FROM_ONLY = frozenset({"from"})


def reaction(noun: Token, lex: Lexicons) -> str | None:
    """The PLOVER type of a reaction noun received by a verb of receiving, else None."""
    return _reaction_type(noun, lex) if receiving_verb(noun, lex) is not None else None


def received_by(noun: Token, lex: Lexicons) -> Token | None:
    """The verb by which a reaction noun is received, or None (for a noun that is no
    reaction too)."""
    return receiving_verb(noun, lex) if _reaction_type(noun, lex) is not None else None


def _reaction_type(noun: Token, lex: Lexicons) -> str | None:
    return next((lex.reactions[k] for k in keys(noun) if k in lex.reactions), None)


def receiving_verb(noun: Token, lex: Lexicons) -> Token | None:
    """The verb by which a reaction noun is received: the verb of receiving it is the object
    of ("drew criticism from Jones"), or the one "under" hangs on ("came under fire from
    Jones": three relations in three PolNeAR articles, all right)."""
    if noun.dep_ == "dobj" and lex.reaction_verbs.intersection(keys(noun.head)):
        return noun.head
    amount = measure(noun, lex)
    if amount is not None:
        return receiving_verb(amount, lex)  # "drew a wave of criticism from Jones"
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.lemma_ in UNDER_VERBS:
        return prep.head
    return answered(noun)


def measure(noun: Token, lex: Lexicons) -> Token | None:
    """The noun a reaction is measured by ("a wave of criticism", "a barrage of attacks", "a
    chorus of criticism"), itself no reaction, which the verb of receiving takes as its
    object. PolNeAR train and dev: 10 such phrases in 10 articles; the development set 5."""
    amount = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or amount.dep_ != "dobj":
        return None
    return None if _reaction_type(amount, lex) is not None else amount


def answered(noun: Token) -> Token | None:
    """The verb of a clause done amid a reaction or in answer to it ("rose amid attacks from
    Rubio", "responded to criticism from the White House"), when the reaction says whom it
    comes from. PolNeAR train: "amid attacks from Senator Marco Rubio", "After fierce
    backlash from conservatives"; the development set: Wu's answer to the White House (118)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    if prep.lower_ not in AMID and not (prep.lower_ == "to" and verb.lemma_ in ANSWERS):
        return None
    return verb if any(c.dep_ == "prep" and c.lower_ in FROM_ONLY for c in noun.children) else None


def reaction_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """Every relation a received reaction of the document tells."""
    found: list[Candidate] = []
    for noun in with_keys(doc, ("NOUN",), lex.reactions.keys()):
        verb = receiving_verb(noun, lex)
        type_ = _reaction_type(noun, lex) if verb is not None else None
        flags = modality(verb, lex) if verb is not None and type_ else None
        if verb is None or type_ is None or flags is None:
            continue
        polarity = settle(POLARITY.get(type_, 0), flags)
        mode = "disapprove" if type_ == "ACCUSE" else None
        for source, s_tok in _reactors(noun, verb, measure(noun, lex), lookup):
            for target, t_tok in _receivers(verb, lookup):
                if source != target:
                    ev = _span(verb, s_tok, t_tok)
                    k = quote_at.get(verb.i)
                    found.append(
                        Candidate(source, target, type_, polarity, ev, verb.i, mode, k, 0.6, flags)
                    )
    return found


def provoked_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """ "Smith's remarks angered Jones" (Jones ACCUSE Smith), "Smith impressed Jones" (Jones
    SUPPORT Smith), and their passives ("Jones was angered by Smith")."""
    found: list[Candidate] = []
    for verb in with_keys(doc, ("VERB",), lex.provokes.keys()):
        type_ = next((lex.provokes[k] for k in keys(verb) if k in lex.provokes), None)
        if type_ is None:
            continue
        flags = modality(verb, lex)
        doer = agent(verb)
        if flags is None or doer is None:
            continue
        polarity = settle(POLARITY.get(type_, 0), flags)
        mode = "disapprove" if type_ == "ACCUSE" else None
        for obj in direct_objects(verb):
            for source, s_tok in np_actors(lookup, obj, possessor=False):
                for target, t_tok in np_actors(lookup, doer, possessor=True):
                    if source != target:
                        ev = _span(verb, s_tok, t_tok)
                        k = quote_at.get(verb.i)
                        found.append(
                            Candidate(
                                source, target, type_, polarity, ev, verb.i, mode, k, 0.55, flags
                            )
                        )
    return found


def walkout_candidates(
    doc: Doc, lookup: ActorLookup, lex: Lexicons, quote_at: dict[int, int]
) -> list[Candidate]:
    """ "Smith's gesture prompted Jones to back out of the event": Jones PROTEST Smith."""
    found: list[Candidate] = []
    for verb in with_keys(doc, ("VERB",), lex.prompts):
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and _walkout(c, lex)]
        flags = modality(verb, lex)
        doer = agent(verb)
        if not acts or flags is None or doer is None:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] or infinitive_subject(verb)
        for source, _ in [a for o in objects for a in np_actors(lookup, o, possessor=False)]:
            for target, t_tok in np_actors(lookup, doer, possessor=True):
                if source != target:
                    ev = _span(verb, t_tok, acts[0])
                    pol = settle(-1, flags)
                    k = quote_at.get(verb.i)
                    found.append(
                        Candidate(
                            source, target, "PROTEST", pol, ev, verb.i, "boycott", k, 0.55, flags
                        )
                    )
    return found


def _walkout(act: Token, lex: Lexicons) -> bool:
    nxt = act.doc[act.i + 1] if act.i + 1 < len(act.doc) else None
    phrase = f"{act.lemma_.lower()} {nxt.lower_}" if nxt is not None else ""
    return phrase in lex.walkouts or act.lemma_.lower() in lex.walkouts


def _reactors(
    noun: Token, verb: Token, amount: Token | None, lookup: ActorLookup
) -> list[tuple[str, Token]]:
    """Who reacts: the objects of "from", "of", "such as" on the noun, on the noun it is
    measured by (``amount``: "a wave of criticism from Jones") or on its verb; else the noun
    itself when it names a group ("drew critics"). Named reactors who are no actors of the
    document ("such as the women on The View") leave no one."""
    asked = answered(noun)  # tokens are made anew at each access: compare positions
    froms = FROM_ONLY if asked is not None and asked.i == verb.i else FROM
    holders = [noun] if amount is None else [noun, amount]
    named = [
        g
        for holder in (*holders, verb)
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in froms and c.i != noun.head.i
        and (holder.i != verb.i or c.lower_ in ON_VERB)
        for g in c.children
        if g.dep_ == "pobj"
    ]  # fmt: skip
    if named:
        return [a for tok in named for a in np_actors(lookup, tok, possessor=False)]
    return np_actors(lookup, noun, possessor=False, conjuncts=False)


def _receivers(verb: Token, lookup: ActorLookup) -> list[tuple[str, Token]]:
    """Who receives it: the indirect object ("earned him praise"), else the subject or the
    owner of the subject ("Smith's remarks drew criticism")."""
    datives = [c for c in verb.children if c.dep_ == "dative"]
    if datives:
        return np_actors(lookup, datives[0], possessor=True)
    doer = agent(verb)
    return np_actors(lookup, doer, possessor=True) if doer is not None else []


def _span(verb: Token, source: Token, target: Token) -> tuple[int, int]:
    sent = verb.sent
    lo = min(source.left_edge.i, verb.i, target.left_edge.i)
    hi = max(source.right_edge.i, verb.i, target.right_edge.i) + 1
    return max(lo, sent.start), min(hi, sent.end)
