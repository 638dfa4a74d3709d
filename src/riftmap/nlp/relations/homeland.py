"""The speaker's own country is no party to a statement about it.

US political news quotes its speakers on what "the U.S. should" do, what "America must"
decide, or how someone "cares about America": a speaker's statement about their own country
is policy, not a stance toward another actor, and the statement and request finders had
made it one. So the United States is the target of what is said only for a speaker the
document or the knowledge base places abroad: a country itself ("Venezuela accuses US"), an
actor whose name holds another country or its demonym ("China's delegation", "Iranian
officials"), or one holding another country's office ("President of Venezuela"). PolNeAR
train: 76 relations in 56 articles go; of 25 read, 24 were a speaker's own country and one
a foreign agency its name does not place abroad ("the KGB ... alleging that the U.S. had
invented HIV"). The same holds abroad: what Canada's prime minister says of Canada, or
"Indian officials" of India, is no stance toward it (development set: 5 relations in 4
articles, Carney on Canada, Sheinbaum on Mexico, Zelensky on Ukraine, all wrong).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from riftmap.kb import default_kb
from riftmap.kb.ids import slug
from riftmap.kb.lexicon import lexicon
from riftmap.kb.loader import norm
from riftmap.models import Actor
from riftmap.nlp.actors.places import countries
from riftmap.nlp.relations.stance import Candidate

# the country whose news this is: the demonym "American" names it in the lexicon
HOME_DEMONYM = "american"


@cache
def home() -> str:
    """The knowledge-base id of the home country ("united-states")."""
    return slug(lexicon().demonyms[HOME_DEMONYM])


@cache
def _foreign_words() -> frozenset[str]:
    """Other countries' normalised names and their demonyms."""
    lex = lexicon()
    own = norm(lex.demonyms[HOME_DEMONYM])
    names = {c for c in countries() if c != own}
    demonyms = {norm(d) for d, country in lex.demonyms.items() if norm(country) != own}
    return frozenset(names | demonyms)


def abroad(ident: str, name: str) -> bool:
    """Whether the actor ``ident`` (named ``name`` in the document) speaks from abroad."""
    return bool(_countries(ident, name))


@cache
def _by_demonym() -> dict[str, str]:
    """Normalised demonym -> normalised country."""
    return {norm(d): norm(c) for d, c in lexicon().demonyms.items()}


def _countries(ident: str, name: str) -> set[str]:
    """The countries abroad (normalised) that an actor's name holds, by name or demonym
    ("South Korea's president", "Iranian officials"), or whose office the knowledge base
    says the actor holds ("President of Venezuela")."""
    words = norm(name.replace("’", "'").replace("'s ", " ").removesuffix("'s"))
    foreign, by_demonym = _foreign_words(), _by_demonym()
    found = {w for w in words.split() if w in foreign}
    found |= {c for c in foreign if " " in c and f" {c} " in f" {words} "}
    known = default_kb().actors.get(ident)
    if known is not None:
        offices = (norm(r.title).rpartition(" of ")[2] for r in known.roles)
        found |= {o for o in offices if o in foreign}
    return {by_demonym.get(c, c) for c in found}


def not_own_country(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """The candidates without what a speaker says about their own country: statements and
    requests in quoted or reported words (``Candidate.quote``) whose target is the home
    country, unless the speaker is abroad, or the country abroad that the speaker holds an
    office of or is named after ("Canada is 'not for sale'," Prime Minister Carney said;
    "the very nations criticising India," India's foreign ministry said)."""
    names = {a.id: _with_titles(a) for a in doc._.actors or ()}

    def own(c: Candidate) -> bool:
        if c.quote is None:
            return False
        if c.target == home():
            return not abroad(c.source, names[c.source])
        return c.target == homeland(c.source, names[c.source])

    return [c for c in found if c.source not in names or not own(c)]


def _with_titles(actor: Actor) -> str:
    """An actor's name with the words its mentions put before it ("Colombian President" of
    "Colombian President Gustavo Petro", "Danish Prime Minister"): a person the knowledge
    base does not know is placed abroad by the title the copy gives them. Development set:
    4 relations toward the United States come back in 3 articles (Petro's, two of
    Ramaphosa's; one, Starmer's, wrong); PolNeAR train: one goes, a Chinese spokesman's on
    China, rightly."""
    titles = {
        m.text[: -len(actor.name)]
        for m in actor.mentions
        if actor.type == "person" and actor.name and m.text.endswith(f" {actor.name}")
    }
    return " ".join([*sorted(titles), actor.name])


def homeland(ident: str, name: str) -> str | None:
    """The id of the one country abroad that an actor's name holds (or its demonym's), or
    whose office the knowledge base says the actor holds; None for none or several."""
    found = _countries(ident, name)
    return slug(found.pop()) if len(found) == 1 else None
