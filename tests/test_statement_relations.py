"""Relations from every statement: the speaker toward each actor the content names, with
the stance of the clause naming it, and nothing more."""

from __future__ import annotations

from dataclasses import replace

import pytest
from relations_support import name_actors, parse, quote, relations, smith_says, triples
from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article, Role
from riftmap.nlp.relations import plover
from riftmap.nlp.relations.component import find_relations


def test_a_judgement_without_a_listed_verb_relates_speaker_and_actor(nlp: Language) -> None:
    text = "“Jones is a disaster for this city,” Smith said."
    q = quote(text, "Jones is a disaster for this city", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_a_statement_that_takes_no_stance_relates_no_one(nlp: Language) -> None:
    text = "“Jones will travel to Ohio on Monday,” Smith said."
    q = quote(text, "Jones will travel to Ohio on Monday", "said", "Smith", "smith")
    assert relations(nlp, text, quotes=[q]) == []


def test_a_speaker_is_never_their_own_target(nlp: Language) -> None:
    text = "“Smith is a disaster, and I know it,” Smith said."
    q = quote(text, "Smith is a disaster, and I know it", "said", "Smith", "smith")
    assert relations(nlp, text, quotes=[q]) == []


def test_a_spokesman_does_not_attack_the_one_he_speaks_for(nlp: Language) -> None:
    text = "“It is outrageous to misrepresent Jones's reasons,” Jones spokesman Garcia said."
    q = quote(
        text,
        "It is outrageous to misrepresent Jones's reasons",
        "said",
        "Jones spokesman Garcia",
        "garcia",
    )
    assert all(r.target != "jones" or r.polarity >= 0 for r in relations(nlp, text, quotes=[q]))


def test_a_role_held_in_the_past_is_no_side_spoken_for(nlp: Language) -> None:
    """ "Meg Whitman, who was National Finance Co-Chair for Christie's campaign" (devset 246):
    a role given in the past tense is a former one, as "former" says; her attack on Christie
    is hers."""
    text = (
        "Governor Ralf Oster spoke on Monday.\n\n"
        "Ada Holt, who was finance chair for Oster's campaign, said Oster is a dishonest "
        "demagogue.\n\nHolt said Oster had failed the state."
    )
    [extraction] = extract([Article(doc="holt.txt", text=text, published="2016-03-01")], nlp)
    attacks = [
        r.evidence.text
        for r in extraction.relations
        if (r.source, r.target, r.polarity) == ("ada-holt", "ralf-oster", -1)
    ]
    assert any("demagogue" in e for e in attacks)
    assert any("failed the state" in e for e in attacks)


def test_a_body_of_the_actors_own_does_not_attack_the_actor(nlp: Language) -> None:
    """A campaign, office or aides named after an actor speak for that actor: hostile words
    in their statements are aimed at someone else (PolNeAR train: 11 such relations in 11
    articles, all wrong). A body named against the actor ("Stop Holt Now") still attacks."""
    text = (
        "Senator Ada Holt and Governor Ralf Oster debated on Monday.\n\n"
        "The Holt campaign said Oster's vicious attack on her was a disgraceful lie.\n\n"
        "Holt's aides said the smears against Holt were shameful.\n\n"
        "A group called Stop Holt Now said Holt is a liar and a fraud."
    )
    [extraction] = extract([Article(doc="holt.txt", text=text, published="2025-06-05")], nlp)
    hostile_to_holt = {r.source for r in extraction.relations if r.target == "ada-holt"}
    assert hostile_to_holt == {"ralf-oster", "group-called-stop-holt-now"}
    assert ("holt-campaign", "ralf-oster", "ACCUSE", -1) in triples(extraction.relations)


def test_a_side_named_against_the_actor_still_attacks_it(nlp: Language) -> None:
    text = "“Jones is a fraud and a liar,” a spokesman for the campaign against Jones said."
    source = "a spokesman for the campaign against Jones"
    q = quote(text, "Jones is a fraud and a liar", "said", source, "spokesman")
    assert triples(relations(nlp, text, quotes=[q])) == {("spokesman", "jones", "ACCUSE", -1)}


def test_an_official_of_the_actors_campaign_speaks_for_the_actor(nlp: Language) -> None:
    # the parser hangs both "Jones" and "campaign" on "official"
    text = "“Jones is a fraud and a liar,” a Jones campaign official said."
    q = quote(text, "Jones is a fraud and a liar", "said", "a Jones campaign official", "aide")
    assert relations(nlp, text, quotes=[q]) == []


def test_a_campaign_speaks_for_its_owner_only(nlp: Language) -> None:
    source = "Smith, who worked with Jones on the Garcia campaign"
    text = f"“Jones is a fraud and a liar,” said {source}."
    q = quote(text, "Jones is a fraud and a liar", "said", source, "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_a_third_actors_act_is_not_the_speakers_stance(nlp: Language) -> None:
    text = "“Garcia has been attacking Jones's plan for weeks,” Smith said."
    q = quote(text, "Garcia has been attacking Jones's plan for weeks", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("garcia", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # subjects joined by "and" act together: neither is a third party to the other
        (
            "Jones and Garcia are doing the dirty work of the cartels",
            {("smith", "jones", "ACCUSE", -1), ("smith", "garcia", "ACCUSE", -1)},
        ),
        # doing what no lexicon lists as an act, with another actor's name on the object
        (
            "Jones is doing Garcia's dirty work in this city",
            {("smith", "jones", "ACCUSE", -1)},
        ),
    ],
)
def test_what_is_said_of_a_doer_of_no_listed_act_is_a_stance(
    nlp: Language, content: str, expected: set[tuple[str, str, str, int]]
) -> None:
    assert smith_says(nlp, f"“{content},” Smith said.", content) == expected


@pytest.mark.parametrize(
    "content",
    [
        # the parser hangs the first of two possessors on the noun as a modifier
        "Jones and Garcia's words to Republicans were rude and shameful",
        "Jones's and Garcia's words to Republicans were rude and shameful",
    ],
)
def test_whose_words_are_judged_are_judged_not_whom_they_were_said_to(
    nlp: Language, content: str
) -> None:
    expected = {("smith", "jones", "ACCUSE", -1), ("smith", "garcia", "ACCUSE", -1)}
    assert smith_says(nlp, f"“{content},” Smith said.", content) == expected


def test_words_another_speaker_said_are_no_stance_of_the_one_relaying_them(
    nlp: Language,
) -> None:
    text = "Smith said Garcia's claim that Jones is a disgraceful liar was absurd."
    outer = quote(text, "Garcia's claim that Jones is a disgraceful liar was absurd", "said",
                  "Smith", "smith")  # fmt: skip
    inner = quote(text, "Jones is a disgraceful liar", "claim", "Garcia", "garcia")
    found = triples(relations(nlp, text, quotes=[outer, inner]))
    assert not {t for t in found if t[:2] == ("smith", "jones")}
    assert ("garcia", "jones", "ACCUSE", -1) in found


def test_the_platform_a_statement_went_through_is_not_judged(nlp: Language) -> None:
    # the role tagger may run a content over the medium ("cautioned on X that ...")
    text = "Smith cautioned on X that Jones is a disgraceful liar."
    q = quote(text, "on X that Jones is a disgraceful liar", "cautioned", "Smith", "smith")
    found = relations(nlp, text, quotes=[q], pronouns={"X": "x"})
    assert triples(found) == {("smith", "jones", "ACCUSE", -1)}
    # "on" before someone judged is no medium ("sounded off on Jones")
    text = "Smith sounded off on Garcia, saying Jones is a disgraceful liar."
    q = quote(text, "on Garcia, saying Jones is a disgraceful liar", "sounded", "Smith", "smith")
    assert ("smith", "garcia") in {t[:2] for t in triples(relations(nlp, text, quotes=[q]))}


def test_the_speakers_own_act_in_the_statement_is_the_speakers_stance(nlp: Language) -> None:
    """ "Holt called Oster 'a coward'": the content's clause has the speaker as its subject;
    that act is the speaker's stance, read by the model (a third actor's is not, above)."""
    text = (
        "Senator Ada Holt met Governor Ralf Oster on Monday.\n\n"
        'Holt called Oster "a coward."\n\nThe row continued.'
    )
    [extraction] = extract([Article(doc="holt.txt", text=text, published="2025-06-05")], nlp)
    found = triples(extraction.relations)
    assert found == {
        ("ada-holt", "ralf-oster", "CONSULT", 0),  # they met
        ("ada-holt", "ralf-oster", "ACCUSE", -1),
    }


def test_an_outlets_report_takes_no_stance(nlp: Language) -> None:
    text = "“Jones is a fraud,” the Times reported."
    q = quote(text, "Jones is a fraud", "reported", "the Times", "the-times")
    assert relations(nlp, text, quotes=[q]) == []


def test_the_one_a_hostile_act_befalls_is_not_judged_hostile(nlp: Language) -> None:
    # "whether Nigeria's democracy was threatened" (devset 055): the threat is someone else's
    text = "“Jones has been viciously attacked and smeared for months,” Smith said."
    q = quote(text, "Jones has been viciously attacked and smeared for months", "said", "Smith",
              "smith")  # fmt: skip
    assert relations(nlp, text, quotes=[q]) == []
    text = "Smith questioned whether Jones's democracy was threatened by the corrupt politicians."
    content = "whether Jones's democracy was threatened by the corrupt politicians"
    q = quote(text, content, "questioned", "Smith", "smith")
    assert relations(nlp, text, quotes=[q]) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [  # devset 070 and 203
        (
            "“It is simply wrong and dangerous to deny Jones his democratic legitimacy,” Smith"
            " said.",
            "It is simply wrong and dangerous to deny Jones his democratic legitimacy",
        ),
        (
            "“It was wrong to insult Jones,” Smith said.",
            "It was wrong to insult Jones",
        ),
        (
            "Smith said that blaming Jones for these floods is a depraved lie.",
            "blaming Jones for these floods is a depraved lie",
        ),
    ],
)
def test_condemning_a_hostile_act_done_to_the_actor_sides_with_the_actor(
    nlp: Language, text: str, content: str
) -> None:
    q = quote(text, content, "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "SUPPORT", 1)}


def test_an_act_judged_as_a_whole_that_favours_the_actor_judges_the_actor(nlp: Language) -> None:
    text = "“It was a shameful mistake to praise Jones,” Smith said."
    q = quote(text, "It was a shameful mistake to praise Jones", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("text", "published", "own", "other"),
    [
        (
            'Senator Paul Okafor said the United States should send more troops. "America is'
            ' in decline," Okafor said. "The U.S. is a threat to the world," Nicolas Maduro'
            " said.",
            "2016-03-01",
            ("paul-okafor", "united-states"),
            ("nicolas-maduro", "united-states"),
        ),
        (  # devset 065, 048, 070: Carney on Canada, Sheinbaum on Mexico, Zelensky on Ukraine
            'Canadian Prime Minister Mark Carney said the tariffs were unjustified. "Canada is'
            ' in decline and the United States is a bully," Carney said.',
            "2025-05-07",
            ("mark-carney", "canada"),
            ("mark-carney", "united-states"),
        ),
        (  # devset 146: a president the knowledge base does not know, placed by his title
            "Colombian President Rafael Ortega accused the U.S. of killing a fisherman."
            ' "Colombia is a disgrace," Ortega said.',
            "2025-10-19",
            ("rafael-ortega", "colombia"),
            ("rafael-ortega", "united-states"),
        ),
    ],
)
def test_a_speakers_own_country_is_no_party_to_what_they_say(
    nlp: Language, text: str, published: str, own: tuple[str, str], other: tuple[str, str]
) -> None:
    """What a US speaker says the United States should do is policy, not a stance toward
    another actor, and so is what a speaker holding an office of a country abroad says of it;
    a speaker's words about another country are one."""
    (found,) = extract([Article(doc="t.txt", text=text, published=published)], nlp)
    pairs = {(r.source, r.target) for r in found.relations}
    assert own not in pairs
    assert other in pairs


def test_a_label_no_word_list_holds_is_read_as_the_statement(nlp: Language) -> None:
    # the predicate finder reads a label only by listed words; the statement path reads
    # "unreasonable" with the stance model, as it reads any statement
    text = "Smith called Jones “unreasonable” on Monday."
    q = quote(text, "Jones “unreasonable", "called", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_a_label_that_takes_no_stance_relates_no_one(nlp: Language) -> None:
    text = "Smith called Jones a farmer from Ohio."
    q = quote(text, "Jones a farmer from Ohio", "called", "Smith", "smith")
    assert relations(nlp, text, quotes=[q]) == []


def test_what_the_actor_does_to_its_own_is_said_of_the_actor(nlp: Language) -> None:
    # an act on the actor's own ("his Republicans") is no act between two actors, whose
    # stance would be the doer's: the words judge the doer
    text = "“Jones is driving his Republicans off a cliff,” Smith said."
    q = quote(text, "Jones is driving his Republicans off a cliff", "said", "Smith", "smith")
    found = triples(relations(nlp, text, quotes=[q], pronouns={"his": "jones"}))
    assert ("smith", "jones", "ACCUSE", -1) in found


def test_a_demand_that_a_hostile_act_be_done_to_actors_is_hostile(nlp: Language) -> None:
    text = "Smith wrote that Jones and Garcia should be jailed."
    q = quote(text, "that Jones and Garcia should be jailed", "wrote", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {
        ("smith", "jones", "ACCUSE", -1),
        ("smith", "garcia", "ACCUSE", -1),
    }


def test_asking_someone_to_do_a_hostile_act_to_actors_is_hostile_to_them(
    nlp: Language,
) -> None:
    # "urged Attorney General Pam Bondi to investigate ..." (devset 098, 129), "asked
    # Republican leaders to disavow Mr. Trump" (PolNeAR train): a request to the one asked,
    # hostility toward whom the act would be done to
    text = "Smith urged Jones to investigate Garcia and Brown."
    q = quote(text, "Jones to investigate Garcia and Brown", "urged", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q], pronouns={"Brown": "brown"})) == {
        ("smith", "jones", "REQUEST", 0),
        ("smith", "garcia", "ACCUSE", -1),
        ("smith", "brown", "ACCUSE", -1),
    }
    # a friendly act asked for is no hostility, and the one asked is only asked
    text = "Smith urged Jones to meet Garcia."
    q = quote(text, "Jones to meet Garcia", "urged", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "REQUEST", 0)}


def test_a_white_house_spokesman_speaks_for_the_president(nlp: Language) -> None:
    # the source names the White House, not the president; the president of the article's
    # date is who the White House speaks for
    text = "“Jones has failed this country at every turn,” White House spokesman Garcia said."
    q = quote(text, "Jones has failed this country at every turn", "said",
              "White House spokesman Garcia", "garcia")  # fmt: skip
    president = (Role("President of the United States", "2021-01-20", "2025-01-20"),)

    def found(roles: tuple[Role, ...]) -> set[tuple[str, str, str, int]]:
        doc = name_actors(parse(nlp, [text])[0])
        doc._.actors = [replace(a, roles=roles) if a.id == "jones" else a for a in doc._.actors]
        doc._.quotes, doc._.published = [q], "2022-05-01"
        return triples(find_relations(doc, plover.load()))

    assert ("garcia", "jones", "ACCUSE", -1) in found(())
    assert not found(president)


@pytest.mark.parametrize(
    ("source", "speaks_for_them"), [("The White House", True), ("A White House reporter", False)]
)
def test_the_white_house_speaks_for_the_president(
    nlp: Language, source: str, speaks_for_them: bool
) -> None:
    """ "The White House called it a 'depraved lie' to blame President Trump" defends him
    (devset 123, 172, 203): the White House is the president's own office, whatever its
    words read like, as its spokesman is; one named after it ("a White House reporter")
    is not."""
    text = f"{source} called it a “depraved lie” to blame Jones for the floods."
    q = quote(text, "it a “depraved lie” to blame Jones for the floods", "called", source,
              "white-house")  # fmt: skip
    president = (Role("President of the United States", "2025-01-20", None),)
    hostile = ("white-house", "jones", "ACCUSE", -1)

    def found(roles: tuple[Role, ...]) -> set[tuple[str, str, str, int]]:
        doc = name_actors(parse(nlp, [text])[0], {"White": "white-house", "House": "white-house"})
        doc._.actors = [replace(a, roles=roles) if a.id == "jones" else a for a in doc._.actors]
        doc._.quotes, doc._.published = [q], "2025-07-08"
        return triples(find_relations(doc, plover.load()))

    assert hostile in found(())
    assert (hostile in found(president)) is not speaks_for_them


def test_what_someone_should_have_done_is_blame_not_a_request(nlp: Language) -> None:
    # "should have" + participle is past: nothing can be asked of Jones any more
    text = "Smith said Jones “should never have started” the war."
    assert smith_says(nlp, text, "Jones “should never have started” the war") == {
        ("smith", "jones", "ACCUSE", -1)
    }
    text = "Smith said Jones “should start” talks."
    assert smith_says(nlp, text, "Jones “should start” talks") == {("smith", "jones", "REQUEST", 0)}


def test_a_question_put_to_the_speaker_is_not_their_stance(nlp: Language) -> None:
    # "Asked if Trump's comments had rattled them, Ryan said ..." (PolNeAR train): the
    # question's words are the asker's, whoever the tagger gives them to
    text = "Asked whether Jones should be jailed, Smith said: “I would do it.”"
    asked = quote(text, "whether Jones should be jailed", "Asked", "Smith", "smith")
    said = quote(text, "I would do it", "said", "Smith", "smith")
    assert not triples(relations(nlp, text, quotes=[asked, said]))


def test_an_obligation_asked_about_is_no_demand(nlp: Language) -> None:
    # "a referendum on whether Britain should exit", "asking the directors whether HP should
    # proceed" (PolNeAR train)
    text = "Smith wondered whether Jones should proceed with the deal."
    assert ("smith", "jones", "REQUEST", 0) not in smith_says(
        nlp, text, "whether Jones should proceed with the deal", "wondered"
    )


def test_a_valence_said_of_the_actor_itself_decides_the_stance(nlp: Language) -> None:
    # "The White House is unhinged and out of control" (devset 081), "Trump and Vance's words
    # ... are rude and utterly shameful" (devset 077): the predicate says it of the actor (or
    # of what is theirs), whatever the model reads of an organisation or a possessor
    text = (
        "Walter Harmon spoke on Monday.\n\n“The White House is unhinged and out of control,”"
        " said Rep. Mark Reyes."
    )
    (ex,) = extract([Article(doc="t.txt", text=text, published="2025-06-12")], nlp)
    assert ("mark-reyes", "white-house", "ACCUSE", -1) in triples(ex.relations)
    text = "“Jones's words are rude and utterly shameful,” Smith wrote."
    assert smith_says(nlp, text, "Jones's words are rude and utterly shameful", "wrote") == {
        ("smith", "jones", "ACCUSE", -1)
    }
    # a feeling is the subject's own, no judgement of it ("Our members are frustrated with
    # Secretary Perez", PolNeAR train)
    text = "“Republicans are frustrated with Garcia,” Smith said."
    assert ("smith", "republicans", "ACCUSE", -1) not in smith_says(
        nlp, text, "Republicans are frustrated with Garcia"
    )
    # an act done to the actor is no predicate of theirs
    text = "“Jones was attacked by thugs,” Smith said."
    assert ("smith", "jones", "ACCUSE", -1) not in smith_says(
        nlp, text, "Jones was attacked by thugs"
    )


def test_not_only_is_no_negation(nlp: Language) -> None:
    # "He is not only a racist, but a danger to the free world" (PolNeAR train)
    text = "“Jones is not only corrupt, but a danger to the city,” Smith said."
    assert smith_says(nlp, text, "Jones is not only corrupt, but a danger to the city") == {
        ("smith", "jones", "ACCUSE", -1)
    }


def test_a_name_after_a_possessive_naming_the_first_conjunct_is_a_target_of_its_own(
    nlp: Language,
) -> None:
    """ "an attack on Congress and its leader Rahul Gandhi" (development set 027) attacks both:
    the possessive names Congress, and the name after it is a person of its own."""
    text = (
        "Prime Minister Narendra Modi launched a scathing attack on Congress and its leader"
        " Rahul Gandhi."
    )
    (result,) = extract([Article(doc="t.txt", text=text, published="2024-05-02")], nlp)
    found = {(r.source, r.target) for r in result.relations}
    assert ("narendra-modi", "rahul-gandhi") in found


def test_a_clause_told_to_someone_judges_whom_it_names(nlp: Language) -> None:
    # "telling a conference of disability advocates that President Donald Trump and Elon
    # Musk's DOGE crew have 'taken a hatchet' to the program" (devset 116), "told reporters
    # that ..." (PolNeAR train): the one told is the audience, and the clause a statement
    # about whom it names, also when the parser hangs it on the audience
    text = "Smith told Jones that Garcia has destroyed the retirement program."
    q = quote(text, "Jones that Garcia has destroyed the retirement program", "told", "Smith",
              "smith")  # fmt: skip
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "garcia", "ACCUSE", -1)}
    # a verb with a stance of its own is the act: its object is its target
    text = "Smith accused Jones of saying that Garcia has destroyed the program."
    q = quote(text, "Jones of saying that Garcia has destroyed the program", "accused", "Smith",
              "smith")  # fmt: skip
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a statement judges at a later mention than one a hostile act befalls: "I absolutely
        # love that Colbert got fired. His talent was even less than his ratings" (devset
        # 066), "claiming Monarez was fired because she wasn't aligned" (167)
        ("“I love that Jones got fired. His talent was even less than his ratings,” Smith "
         "said.", "I love that Jones got fired. His talent was even less than his ratings",
         {("smith", "jones", "ACCUSE", -1)}),
        # mentioned only as the one the act befalls, the actor is judged by no one
        ("“I hear that Jones got fired on Monday,” Smith said.",
         "I hear that Jones got fired on Monday", set()),
        # a phrase of time judging an actor's deed judges the actor: "But you would never
        # know that after President Trump's shameful display" (devset 077), "Recalls Envoy
        # after Erdogan's 'Unacceptable' Remarks" (002); not one that judges nothing
        ("“You would never know that after Jones's shameful display,” Smith said.",
         "You would never know that after Jones's shameful display",
         {("smith", "jones", "ACCUSE", -1)}),
        ("“We met for lunch after Jones's speech in Ohio,” Smith said.",
         "We met for lunch after Jones's speech in Ohio", set()),
        # the one a hostile deed named by a noun is aimed at is not judged: "the charges
        # against James are not yet clear" (devset 098), "The attacks on Ms. Haley show
        # ..." (PolNeAR train)
        ("“The attacks on Jones are not yet explained,” Smith said.",
         "The attacks on Jones are not yet explained", set()),
    ],
)  # fmt: skip
def test_which_mention_of_an_actor_a_statement_judges(
    nlp: Language, text: str, content: str, expected: set[tuple[str, str, str, int]]
) -> None:
    q = quote(text, content, "said", "Smith", "smith")
    found = triples(relations(nlp, text, quotes=[q], pronouns={"His": "jones"}))
    assert found == expected


def test_a_negated_verb_of_opinion_negates_its_complement(nlp: Language) -> None:
    """'I don't think the president is a racist' (devset 006) says he is not one."""
    text = "“I don’t think Jones is a racist,” Smith said."
    q = quote(text, "I don’t think Jones is a racist", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "SUPPORT", 1)}
    text = "“I think Jones is a racist,” Smith said."
    q = quote(text, "I think Jones is a racist", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}
