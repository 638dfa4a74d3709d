"""Whose side a speaker is on: a spokesperson's, aide's or lawyer's words speak for the one
they work for ("Trump spokeswoman Hope Hicks", "a lawyer for Cohen", "Gowdy's office"), and
an actor's own staff or organisation is no second side of theirs ("told his aides to ...").
Word valence cannot tell whose side words are on; the source's role can."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from riftmap.models import Quote
from riftmap.nlp.actors.possessed import BODIES
from riftmap.nlp.relations.lookup import ActorLookup
from riftmap.nlp.relations.polarity import mention
from riftmap.nlp.relations.stance import Candidate
from riftmap.nlp.relations.targets import np_head


def on_their_side(
    doc: Doc, found: list[Candidate], quotes: list[Quote], lookup: ActorLookup
) -> list[Candidate]:
    """Drop a hostile stance a spokesperson's words seem to take toward the actor they speak
    for ("It is outrageous to misrepresent Jones's reasons," Jones spokesman Garcia said),
    whether read from the words or from a label the statement gives ("The White House
    called it a 'depraved lie' to blame Jones"): word valence cannot tell whose side the
    words are on; the source's role can."""
    # whom a speaker is once presented as speaking for, they speak for in all their
    # statements ("a spokesperson for Rhimes confirmed ..." then "'…,' the statement read")
    sides: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker is not None:
            sides.setdefault(q.speaker, set()).update(spoken_for(doc, q, lookup))
    return [
        c
        for c in found
        if not (
            c.polarity < 0
            and c.quote is not None
            and c.source == quotes[c.quote].speaker  # the side's own stance, not an act it tells
            and c.target in sides.get(c.source, ())
        )
    ]


def own_bodies(doc: Doc, found: list[Candidate], lookup: ActorLookup) -> list[Candidate]:
    """Drop a friendly or neutral relation toward the source's own staff or organisation
    ("told his aides to ...", "said his administration made a great decision"): the source
    directs or speaks for it, which ties no two sides together. Hostile acts stay ("fired
    his aides", "criticized his campaign"), and so do hostile statements, except about a
    body named after the source (``riftmap.nlp.actors.possessed``): what its head says of
    "his campaign" is an account of their own effort ("his campaign was about confronting
    ugly truths", "the negative coverage has helped his campaign"), and a stance model reads
    its words, not whose side they are on."""
    return [c for c in found if not _own_body(doc, c, lookup)]


def _own_body(doc: Doc, c: Candidate, lookup: ActorLookup) -> bool:
    span = mention(doc, c, lookup.by_token)
    if span is None:
        return False
    head = np_head(doc[span[1] - 1])
    lemma = head.lemma_.lower()
    spoken_of = c.origin == "quote" and lemma in BODIES
    if lemma not in OWN_BODIES or (c.polarity < 0 and not spoken_of):
        return False
    return any(o.dep_ == "poss" and lookup.actor(o) == c.source for o in head.children)


# What an actor heads or employs: "his administration", "her campaign", "their aides".
OWN_BODIES = frozenset(
    {"administration", "government", "campaign", "team", "staff", "staffer", "aide", "cabinet",
     "adviser", "advisor", "office"}
)  # fmt: skip
# Roles that speak for someone or stand by them: the words of "Trump's spokeswoman" or of
# "longtime Trump ally X" are on Trump's side.
SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
     "attorney", "secretary", "surrogate", "manager", "representative", "counsel", "ally",
     "friend", "confidant", "loyalist", "supporter"}
)  # fmt: skip
FORMER = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})
PRESIDENCY = "President of the United States"  # the office the White House speaks for


def _president(doc: Doc) -> set[str]:
    """The president the document names, holding the office at its date (any, undated),
    when there is exactly one."""
    published = doc._.published
    found = {
        actor.id
        for actor in doc._.actors or ()
        if any(
            r.title == PRESIDENCY and (not published or r.active(str(published)))
            for r in actor.roles
        )
    }
    return found if len(found) == 1 else set()


def _owners(body: Token) -> list[Token]:
    """The possessor or name before a body word ("Trump's campaign", "the Clinton
    campaign"), also when the body word itself modifies a noun and the parser hung the name
    on that noun ("a Clinton campaign official")."""
    holders = [body, body.head] if body.dep_ == "compound" else [body]
    return [
        c for h in holders for c in h.children if c.dep_ in ("poss", "compound") and c.i < body.i
    ]


def _white_house(span: Span) -> bool:
    """Whether the source is the White House itself ("The White House on Monday"), not
    someone named by it ("a White House reporter", "White House correspondents")."""
    root = span.root
    return root.lower_ == "house" and root.i > span.start and span.doc[root.i - 1].lower_ == "white"


def _against(span: Span) -> bool:
    """Whether the phrase names a side against someone ("the anti-Trump team", "a lawyer for
    the campaign against Cohen"): whoever it names is not the one it speaks for."""
    return any(t.lower_ in ("anti", "against") or t.lower_.startswith("anti-") for t in span)


def _past_role(span: Span) -> bool:
    """Whether the phrase gives its role in the past tense ("Meg Whitman, who was National
    Finance Co-Chair for Christie's campaign"): a former role, as "former" says."""
    return any(t.dep_ == "relcl" and t.lemma_ == "be" and t.tag_ == "VBD" for t in span)


def spoken_for(doc: Doc, quote: Quote, lookup: ActorLookup) -> set[str]:
    """Actors the speaker is presented as speaking for: named beside a spokesperson role in
    the statement's source ("Trump spokeswoman Hope Hicks", "a lawyer for Cohen", "Mrs.
    Clinton's aides"), or as the owner of a body of theirs that speaks ("the Clinton
    campaign", "Gowdy's office"; not "Bennett, who worked with Bannon on the campaign");
    not a former one, nor one named against them ("a lawyer for the campaign against
    Cohen")."""
    if quote.source is None:
        return set()
    span = doc.char_span(quote.source.start, quote.source.end, alignment_mode="expand")
    if span is None:
        return set()
    words = {t.lower_ for t in span}
    if words & FORMER or _against(span) or _past_role(span):
        return set()
    if (words | {t.lemma_.lower() for t in span}) & SPOKESPEOPLE:
        found = {ident for t in span if (ident := lookup.actor(t)) is not None}
        if "white house" in span.text.lower():
            found |= _president(doc)  # "White House press secretary X" speaks for them
    elif _white_house(span):
        # "The White House called it a 'depraved lie' to blame President Trump": the
        # president's own office, whose words about the president defend them
        found = _president(doc)
    else:
        found = {
            ident
            for body in span
            if body.lemma_.lower() in OWN_BODIES
            for owner in _owners(body)
            if (ident := lookup.actor(owner)) is not None
        }
    return found - {quote.speaker}
