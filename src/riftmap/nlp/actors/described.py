"""Sources that describe before they name: a description closed by the name it describes,
set off by a comma ("The leader of the party, John Doe") or run straight into it ("White
House director of communications Steven Cheung", "right-wing cable channel Newsmax"), and a
name opening the source before its description ("John Smith, a spokesman for Senator Doe").
The name speaks; the description is a mention of its actor, whatever words in it name.
Also the actor type a common noun heads (``kind_of_noun``), by which a description is of a
person or an organisation."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from riftmap.kb.lexicon import lexicon
from riftmap.models import ActorType
from riftmap.nlp.actors.entities import Entity
from riftmap.nlp.actors.groups import PLURAL_TAGS
from riftmap.nlp.actors.state import ActorState


def appositive_name(state: ActorState, start: int, end: int) -> Entity | None:
    """A description closed by the name it describes ("The president of the party, Jane
    Roe"; "Counsellor to the President, John Doe"; "The leader of the party, former Prime
    Minister John Doe") speaks as that name, however the parser hangs the two together: the
    description's own words may name someone else (the party's leader, the President)."""
    doc = state.doc
    k = end
    while k > start and doc[k - 1].pos_ == "PROPN" and (k - 1) in state.owner:
        k -= 1
    if k == end:
        return None
    name = k
    while k > start and doc[k - 1].lower_ in lexicon().title_words:
        k -= 1  # the name's own title: ", former President John Doe"
    if k - 1 <= start or doc[k - 1].text != ",":
        return None
    owners = {id(state.owner[i]) for i in range(name, end)}
    described = [t for t in doc[start : k - 1] if t.pos_ == "NOUN"]
    if len(owners) != 1 or not described:
        return None
    entity = state.owner[end - 1]
    take_description(state, entity, start, k - 1)
    return entity


def leading_name(state: ActorState, start: int, end: int) -> Entity | None:
    """A name opening the source and a description after its comma ("Hwang Un-ha, floor
    leader of the Rebuilding Korea Party"; "John Smith, a spokesman for Senator Doe") speaks
    as that name, whoever the description's words name or an epithet match gave it to."""
    doc = state.doc
    entity = state.owner.get(start)
    if entity is None or entity.type != "person" or doc[start].pos_ != "PROPN":
        return None
    k = start  # the name: the tokens its actor owns (the tagger may call "-ha" anything)
    while k < end and state.owner.get(k) is entity and doc[k].text != ",":
        k += 1
    if k + 1 >= end or doc[k].text != "," or doc[k + 1].pos_ not in DESCRIPTION_OPENERS:
        return None
    return entity


def title_then_name(state: ActorState, start: int, end: int) -> Entity | None:
    """A description run straight into the full name it describes ("White House director of
    communications Steven Cheung in a post", "Vatican spokesman the Rev. Federico Lombardi",
    "lobbyist and GOP strategist Charlie Black, Manafort's partner") speaks as that name: the
    parser hangs the name under the description's last noun ("of communications Steven
    Cheung"), so the phrase's head is the description's. Not a name after a preposition ("a
    spokesman for Jane Doe") or one modifying a noun ("a Jane Doe adviser"), nor one after a
    verb ("the woman who accused Jane Doe")."""
    doc = state.doc
    lex = lexicon()
    for i in range(start + 1, end):
        entity = state.owner.get(i)
        if entity is None or entity.type != "person" or doc[i].ent_iob_ != "B":
            continue  # the name as the tagger found it, not a title the person also owns
        j = i + 1
        while j < end and doc[j].ent_iob_ == "I" and state.owner.get(j) is entity:
            j += 1
        full = entity.person is not None and entity.person.full and j - i >= 2
        if not full or (j < end and doc[j].pos_ in ("NOUN", "PROPN", "PART", "CCONJ")):
            return None  # "a Jane Doe adviser", "Jane Doe's", "Jane Doe and John Roe"
        k = i
        while k > start and _title_word(doc[k - 1]):
            k -= 1  # the name's own title: "spokesman the Rev. Federico Lombardi"
        prefix = doc[start:k]
        if not prefix or prefix[-1].pos_ not in ("NOUN", "PROPN"):
            return None
        if not _unbroken(prefix, CLAUSE_POS):
            return None
        if not any(t.lemma_.lower() in lex.person_nouns for t in prefix if t.pos_ == "NOUN"):
            return None
        take_description(state, entity, start, k)
        return entity
    return None


def described_organisation(state: ActorState, start: int, end: int) -> Entity | None:
    """A description run straight into the name of the organisation it describes, which
    closes the source ("right-wing cable channel Newsmax", "the advocacy group One Nation",
    "Spanish-language broadcaster Univision"), speaks as that organisation: the parser makes
    the description's noun the head, which named a second organisation by all the words.
    The description holds an organisation noun and nothing else that names: no name, no
    preposition ("a spokesman for committee Democrats", "Jane Doe of consulting firm Acme"),
    no verb."""
    doc = state.doc
    named = state.owner.get(end - 1)
    if named is None or named.type != "organization":
        return None
    i = end - 1
    while i > start and state.owner.get(i - 1) is named:
        i -= 1
    if i > start and doc[i - 1].lower_ == "the":
        i -= 1  # "the Daily Caller"
    prefix = doc[start:i]
    if not prefix or prefix[-1].pos_ != "NOUN":
        return None
    if not _unbroken(prefix, CLAUSE_POS | NAMING_POS):
        return None
    if not any(kind_of_noun(t) == "organization" for t in prefix if t.pos_ == "NOUN"):
        return None
    take_description(state, named, start, i)
    return named


def _title_word(tok: Token) -> bool:
    """A title or honorific a name may carry, or the article before it ("the Rev.")."""
    word = tok.lower_
    lex = lexicon()
    return word in lex.title_words or word.rstrip(".") in lex.honorifics or word == "the"


def _unbroken(prefix: SpacySpan, stops: frozenset[str]) -> bool:
    """Whether a description runs unbroken to the name: no word of the parts of speech in
    ``stops`` and no ``_break``."""
    return not any(t.pos_ in stops or _break(t) for t in prefix)


def _break(tok: Token) -> bool:
    """Where a description stops being one: punctuation between phrases (a comma, a dash
    before a list of names; not a hyphen inside a word), or a conjunction after a name
    ("Yahoo News and former anchor Jane Doe" is two sources)."""
    if tok.is_punct:
        inside_word = tok.text == "-" and not tok.whitespace_ and tok.i > 0
        return not (inside_word and not tok.nbor(-1).whitespace_)
    return tok.pos_ == "CCONJ" and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN"


# parts of speech no description holds: a clause's ("the woman who accused Jane Doe"); and,
# before an organisation's name, words that name something else ("a spokesman for committee
# Democrats", "Jane Doe of consulting firm Acme"), which a person's title may hold ("director
# of communications", "GOP strategist")
CLAUSE_POS = frozenset({"VERB", "AUX", "PRON"})
NAMING_POS = frozenset({"PROPN", "ADP"})
# how an appositive description opens: "a spokesman", "the party's leader", "floor leader",
# "former", "chief"
DESCRIPTION_OPENERS = frozenset({"DET", "NOUN", "ADJ"})


def take_description(state: ActorState, entity: Entity, start: int, end: int) -> None:
    """The description before an appositive name is a mention of that name's actor, taken
    from any actor an epithet match gave it to."""
    head = state.doc[start:end].root
    other = state.owner.get(head.i)
    if other is not None and other is not entity:
        other.mentions[:] = [m for m in other.mentions if not (start <= m[0] and m[1] <= end)]
        for i in range(start, end):
            if state.owner.get(i) is other and state.doc[i].pos_ != "PROPN":
                del state.owner[i]
    state.mention(entity, start, end, head.i)


def kind_of_noun(noun: Token) -> ActorType | None:
    """The actor type a common noun heads: people, organisations, groups; else None."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if noun.tag_ in PLURAL_TAGS:
        is_group = noun.lower_ in lex.group_nouns or lemma in lex.person_nouns
        return "group" if is_group or lemma in lex.org_nouns else None
    if lemma in lex.person_nouns:
        return "person"
    return "organization" if lemma in lex.org_nouns else None
