"""Cleaning: boilerplate and repeated paragraphs are blanked, and every offset stays valid."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from riftmap.ingest.clean import clean, default_rules, normalise, phrases

EXAMPLES = Path(__file__).parent / "fixtures" / "boilerplate_examples.txt"
PHRASE_FILE = files("riftmap").joinpath("data", "ingest", "boilerplate.txt").read_text("utf-8")
ENTRIES = [
    line.strip() for line in PHRASE_FILE.splitlines() if line[:2] in ("= ", "^ ", "~ ", "! ")
]
STORY = (
    "Ana Ruiz attacked the budget on Monday, saying the plan would close three hospitals.\n"
    "“It is a disgrace and a betrayal of every nurse in this city,” Ruiz said outside the hall.\n"
)


def removed_text(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in clean(text).removed]


@pytest.mark.parametrize("entry", ENTRIES)
def test_each_boilerplate_entry_is_used(entry: str) -> None:
    """Every phrase is exercised by an example line, and that line is (partly) removed."""
    only = phrases(entry)
    examples = EXAMPLES.read_text("utf-8").splitlines()
    hits = [
        line
        for line in examples
        if only.match(normalise(line)) or any(p.search(line) for p in only.inline)
    ]
    assert hits, f"no example in {EXAMPLES.name} uses {entry!r}"
    for line in hits:
        assert removed_text(STORY + line + "\n" + STORY), line


def test_every_example_is_removed() -> None:
    for line in EXAMPLES.read_text("utf-8").splitlines():
        assert removed_text(f"{STORY}{line}\n"), line


def test_story_lines_are_kept() -> None:
    assert clean(STORY).removed == ()


def test_an_appeal_goes_whole_with_the_lines_between_its_phrases() -> None:
    appeal = (
        "Your support helps us to tell the story\n"
        "From courts to city hall, the Chronicle is there when news breaks.\n"
        "Your donation keeps our reporters on the ground.\n"
        "Read more\n"
    )
    text = appeal + STORY
    cleaned = clean(text)
    assert cleaned.text[: len(appeal)].strip() == ""
    assert cleaned.text[len(appeal) :] == STORY


def test_a_repeated_paragraph_is_blanked_once_and_a_contained_one_too() -> None:
    quote = "“We do not comment on private conversations that may or may not have occurred.”"
    text = f"{quote[:-1]},” the spokesperson said.\n{STORY}{quote}\n{STORY}"
    removed = removed_text(text)
    assert removed == [quote, STORY.splitlines()[0], STORY.splitlines()[1]]


def test_short_lines_may_repeat() -> None:
    text = "He said no.\nThen she spoke.\nHe said no.\n"
    assert clean(text).removed == ()


def test_an_inline_widget_phrase_goes_alone() -> None:
    text = "The media makes everything up! SIGN UP FOR OUR NEWSLETTER — Donald J. Trump\n"
    cleaned = clean(text)
    assert removed_text(text) == ["SIGN UP FOR OUR NEWSLETTER"]
    assert cleaned.text.startswith("The media makes everything up! ")
    assert cleaned.text.endswith("— Donald J. Trump\n")


def test_rules_load_from_the_shipped_file() -> None:
    rules = default_rules()
    assert "read more" in rules.whole and rules.appeals and rules.starts and rules.inline


LINES = st.sampled_from(
    [
        "Read more",
        "Your support helps us to tell the story",
        "Your donation allows us to keep going.",
        "Sign up for our newsletter",
        STORY.splitlines()[0],
        STORY.splitlines()[1],
        "",
        "  ",
    ]
)


# the characters cleaning may change, one for one
REMARKED = frozenset({("'", "“"), ("'", "”"), ("’", "'")})


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(LINES | st.text(max_size=40), max_size=12), end=st.sampled_from(["", "\n"]))
def test_cleaning_keeps_length_line_ends_and_kept_characters(lines: list[str], end: str) -> None:
    text = "\n".join(lines) + end
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    blanked = set()
    for start, stop, _ in cleaned.removed:
        assert 0 <= start < stop <= len(text)
        blanked.update(range(start, stop))
    for i, (before, after) in enumerate(zip(text, cleaned.text, strict=True)):
        if i in blanked and before != "\n":
            assert after == " "
        else:  # a single mark setting a quotation may become a double one (single_quotes),
            # a name's curly apostrophe a straight one (apostrophes)
            assert after == before or (before, after) in REMARKED


def test_a_names_curly_apostrophe_is_made_straight_for_the_parser() -> None:
    text = "Martin O’Malley and Dinesh D’Souza spoke. “It’s over,” O’Malley said. ’Tis so.\n"
    assert clean(text).text == text.replace("O’M", "O'M").replace("D’S", "D'S")


def test_a_name_with_a_curly_apostrophe_is_one_person(nlp: Language) -> None:
    """ "Mayor Freddie O’Connell" (devset 274; PolNeAR and the keyed sets set 33 articles' such
    names curly): the model did not know the word, which fell out of the name; each mention
    still shows the article's own characters."""
    from riftmap.api import extract
    from riftmap.models import Article

    text = "Nashville Mayor Freddie O’Connell said the order was wrong. O’Connell added more."
    [result] = extract([Article(doc="a.txt", text=text)], nlp)
    [actor] = [a for a in result.actors if a.id == "freddie-o-connell"]
    assert [m.text for m in actor.mentions][-2:] == ["Freddie O’Connell", "O’Connell"]


@pytest.mark.parametrize(
    "dateline",
    [
        "TALLAHASSEE, Fla. (AP) — ", "WASHINGTON -- ", "NEW YORK (Reuters) - ", "ST. LOUIS — ",
        "NEW DELHI: ", "WASHINGTON, DC: ", "WASHINGTON, Dec. 8 (UPI) — ",
        "PASADENA, Calif., Jan. 1 (UPI) — ", "WASHINGTON ― ", "CHARLESTON, S.C.\xa0— ",
        "(Reuters) - ", "(CNN) — ", "(The Center Square) – ",
        "WASHINGTON — (AP) — ", "New Delhi, Jul 19 (PTI) ", "Palm Beach, Florida - ",
        "Lyon, France — ", "Washington (AP) — ", "New York (AFP) – ", "Tokyo (Jiji Press) — ",
    ],
)  # fmt: skip
def test_a_wire_dateline_is_blanked(dateline: str) -> None:
    text = f"Headline\n\n{dateline}Gov. Ann Lee said the plan would pass.\n"
    cleaned = clean(text)
    assert cleaned.text == text.replace(dateline, " " * len(dateline))
    assert [reason for *_, reason in cleaned.removed] == ["dateline"]


@pytest.mark.parametrize(
    "line",
    [
        "CNN - the network said", "U.S. - China talks resumed", "The FBI — which said",
        "TAPPER: Do you think", "EXCLUSIVE: In a memo",  # a speaker's label, a kicker
        "(WASHINGTON) -- President Lee",  # a bracketed place: kept, the parse reads it better
        "Donald Trump, Hillary Clinton - the debate",  # names in title case, no state
        "Trump Tower, New York",  # no dash
        "Washington (and Trump) — Obama",  # words in brackets, no agency's name
    ],
)  # fmt: skip
def test_an_opening_that_is_no_dateline_is_kept(line: str) -> None:
    assert clean(f"{line} so.\n").text == f"{line} so.\n"


def test_a_dateline_no_longer_stands_as_the_speaker(nlp: Language) -> None:
    from riftmap.api import extract
    from riftmap.models import Article

    text = "DENVER (AP) — Colorado Gov. Jared Polis on Monday said the state would appeal."
    [result] = extract([Article(doc="a.txt", text=text)], nlp)
    assert [q.speaker for q in result.quotes] == ["jared-polis"]  # not "denver"


def test_markup_tags_are_blanked_and_comparisons_kept() -> None:
    tweet = '<tweet pic="" author="manuelvalls" tweet_id="758356620346810369">'
    text = f"Valls wrote:\n{tweet}.@realDonaldTrump France is strong</tweet>. If a < b > c, so.\n"
    cleaned = clean(text)
    assert removed_text(text) == [tweet, "</tweet>"]
    assert [reason for *_, reason in cleaned.removed] == ["markup", "markup"]
    assert cleaned.text == text.replace(tweet, " " * len(tweet)).replace("</tweet>", " " * 8)


def test_a_handle_in_a_post_is_its_bearer_by_its_own_characters(nlp: Language) -> None:
    from riftmap.api import extract
    from riftmap.models import Article

    text = (
        "Manuel Valls replied to Donald Trump.\n"
        '<tweet author="manuelvalls" id="7">.@realDonaldTrump France is still France</tweet>.\n'
    )
    [result] = extract([Article(doc="a.txt", text=text)], nlp)
    trump = next(a for a in result.actors if a.id == "donald-trump")
    assert [m.text for m in trump.mentions] == ["Donald Trump", "@realDonaldTrump"]
