"""Rules that keep relations precise on unseen news: the whole set of triples each sentence
gives is asserted, so that nothing spurious passes."""

from __future__ import annotations

import pytest
from relations_support import quote, relations, triples
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        'Smith warned voters about the coming "disaster," describing Jones as a bully.',
        'Smith spoke of a dark "future," calling Jones a moron.',
    ],
)
def test_a_participle_after_a_comma_is_the_subjects_act(nlp: Language, text: str) -> None:
    # the parser hangs "describing ..." on the noun before the comma; it is Smith's act
    assert triples(relations(nlp, text)) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith criticized comments by Jones.", ("smith", "jones", "ACCUSE", -1)),
        ("Smith dismissed allegations from Garcia.", ("smith", "garcia", "REJECT", -1)),
    ],
)
def test_words_by_an_actor_are_theirs(
    nlp: Language, text: str, expected: tuple[str, str, str, int]
) -> None:
    assert triples(relations(nlp, text)) == {expected}


def test_praise_the_sentence_shows_without_a_listed_word_is_support(nlp: Language) -> None:
    """No listed friendly word, but the stance model reads praise (0.97) and the relation head,
    fitted on the development set's keys, follows it: such statements are keyed SUPPORT."""
    content = "Jones has done a great deal of work for the farmers"
    text = f"“{content},” Smith said."
    found = relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")])
    assert triples(found) == {("smith", "jones", "SUPPORT", 1)}
    content = "Jones stood with our farmers through the flood"
    text = f"“{content},” Smith said."
    found = relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")])
    assert triples(found) == {("jones", "smith", "SUPPORT", 1)}  # "stood with our": an act


def test_an_act_whose_doer_is_implied_is_not_the_speakers(nlp: Language) -> None:
    content = "Garcia was out of line to insult Jones's family"
    text = f"“{content},” Smith said."
    found = relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")])
    # Garcia insults; Smith judges Garcia, and takes no stance toward Jones
    assert triples(found) == {("garcia", "jones", "ACCUSE", -1), ("smith", "garcia", "ACCUSE", -1)}


def _stance(nlp: Language, text: str, cue: str) -> set[tuple[str, str, str, int]]:
    """Relations of Smith's statement: the quoted words, or what follows the cue."""
    if "“" in text:
        content = text.split("“")[1].split(",”")[0]
    else:
        content = text.split(f"{cue} ", 1)[1].rstrip(".")
    return triples(relations(nlp, text, quotes=[quote(text, content, cue, "Smith", "smith")]))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Smith didn't mention that Garcia had failed the farmers.", "mention"),
        ("Smith did not say that Jones had wrecked the talks.", "say"),
    ],
)
def test_what_a_speaker_did_not_say_takes_no_stance(nlp: Language, text: str, cue: str) -> None:
    assert _stance(nlp, text, cue) == set()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“If the vote fails, Jones will lose everything,” Smith said.", "said"),
        ("Smith warned that Garcia could suffer a humiliating defeat.", "warned"),
    ],
)
def test_a_prediction_about_an_actor_is_no_judgement(nlp: Language, text: str, cue: str) -> None:
    assert _stance(nlp, text, cue) == set()


def test_a_warning_with_hostile_words_still_judges(nlp: Language) -> None:
    text = "Smith warned that Jones would destroy the country."
    q = quote(text, "that Jones would destroy the country", "warned", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_a_cue_that_acts_on_the_actor_is_left_to_its_predicate(nlp: Language) -> None:
    text = "Smith defended Jones's much-criticized, disastrous actions."
    content = "Jones's much-criticized, disastrous actions"
    # even when the statement is given to another speaker (an attribution error), its
    # words' sentiment does not turn the defence into an attack
    q = quote(text, content, "defended", "Smith", "garcia")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "SUPPORT", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Smith blamed local politicians for the fires, including Jones and Garcia.",
            {("smith", "jones", "ACCUSE", -1), ("smith", "garcia", "ACCUSE", -1)},
        ),
        ("Smith praised the senators, including Jones.", {("smith", "jones", "SUPPORT", 1)}),
        (
            "Smith criticized Republicans, along with Jones, for the delay.",
            {("smith", "republicans", "ACCUSE", -1), ("smith", "jones", "ACCUSE", -1)},
        ),
        ("The plans were applauded by many critics, including Jones.", set()),
    ],
)
def test_members_listed_beside_the_object_are_targets(
    nlp: Language, text: str, expected: set[tuple[str, str, str, int]]
) -> None:
    assert triples(relations(nlp, text)) == expected


@pytest.mark.parametrize(
    ("content", "polarity"),
    [
        ("Jones should resign in disgrace after this shameful failure", -1),
        ("Jones should visit the flooded towns next week", 0),
    ],
)
def test_a_demand_takes_the_stance_of_its_words(nlp: Language, content: str, polarity: int) -> None:
    text = f"“{content},” Smith said."
    found = relations(nlp, text, quotes=[quote(text, content, "said", "Smith", "smith")])
    assert triples(found) == {("smith", "jones", "REQUEST", polarity)}


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        ("Smith told Jones: “You are a disgrace to this city.”", "You are a disgrace to this city",
         "told", {("smith", "jones", "ACCUSE", -1)}),
        ("Jones spoke. “You are a disgrace, @JonesOfficial,” Smith wrote.",
         "You are a disgrace, @JonesOfficial", "wrote", {("smith", "jones", "ACCUSE", -1)}),
        ("“You are a disgrace to this city,” Smith said.", "You are a disgrace to this city",
         "said", set()),
    ],
)  # fmt: skip
def test_you_is_the_one_addressed(
    nlp: Language, text: str, content: str, cue: str, expected: set[tuple[str, str, str, int]]
) -> None:
    found = relations(nlp, text, quotes=[quote(text, content, cue, "Smith", "smith")])
    assert triples(found) == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("shot back", {("smith", "jones", "ACCUSE", -1)}),
        ("replied", {("smith", "jones", "ACCUSE", -1)}),
        ("wrote", set()),  # no answer: "you" may be anyone
    ],
)
def test_you_in_an_answer_is_the_one_answered(
    nlp: Language, cue: str, expected: set[tuple[str, str, str, int]]
) -> None:
    text = f"“The plan will work,” Jones said.\n\n“You are a disgrace to this city,” Smith {cue}."
    first = quote(text, "The plan will work", "said", "Jones", "jones")
    answer = quote(text, "You are a disgrace to this city", cue, "Smith", "smith")
    found = relations(nlp, text, quotes=[first, answer])
    assert {t for t in triples(found) if t[0] == "smith"} == expected


def test_an_ally_does_not_attack_the_one_they_stand_by(nlp: Language) -> None:
    text = "“Jones has made a terrible mess of the campaign,” longtime Jones ally Smith said."
    content = "Jones has made a terrible mess of the campaign"
    q = quote(text, content, "said", "longtime Jones ally Smith", "smith")
    assert all(r.polarity >= 0 for r in relations(nlp, text, quotes=[q]))
    text = "“Jones has made a terrible mess of the campaign,” Smith said."
    q = quote(text, content, "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Smith said Garcia had attacked Jones at the rally.", "said"),
        ("Smith said that Garcia had repeatedly insulted Jones.", "said"),
    ],
)
def test_a_reported_act_is_the_doers_not_the_speakers(nlp: Language, text: str, cue: str) -> None:
    # Smith reports Garcia's attack: Garcia -> Jones, and no stance of Smith's toward either
    assert _stance(nlp, text, cue) == {("garcia", "jones", "ACCUSE", -1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith, who was standing behind Jones, looked stunned.", set()),
        ("Smith held up a copy of the speech as she stood behind Jones.", set()),
        ("Smith stands behind Jones.", {("smith", "jones", "SUPPORT", 1)}),
        ("Smith is standing with Jones.", {("smith", "jones", "SUPPORT", 1)}),
    ],
)
def test_standing_behind_someone_is_support_only_when_not_a_place(
    nlp: Language, text: str, expected: set[tuple[str, str, str, int]]
) -> None:
    found = relations(nlp, text, pronouns={"she": "smith"})
    assert triples(found) == expected
