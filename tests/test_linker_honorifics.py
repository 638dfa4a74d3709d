"""An honorific before a surname says the person's gender: "Mrs. Clinton" is not the Bill
Clinton named last, "Mr. Trump" not the Ivanka Trump named last (PolNeAR train: NYT copy
writes every name so); and a title says the office: "President Biden" is not the Hunter
Biden named last."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor, owners
from spacy.language import Language


def test_mrs_clinton_is_not_the_husband_named_last(nlp: Language) -> None:
    text = (
        "Hillary Clinton campaigned in Ohio with her husband, Bill Clinton.\n\n"
        "Mrs. Clinton said the race was close."
    )
    assert owners(nlp, text, "Mrs. Clinton") == ["hillary-clinton"]


def test_mr_trump_is_not_the_daughter_named_last(nlp: Language) -> None:
    text = (
        "Donald J. Trump spoke on Monday. His daughter Ivanka Trump introduced him.\n\n"
        "Mr. Trump then attacked the press."
    )
    assert owners(nlp, text, "Mr. Trump") == ["donald-trump"]


def test_a_full_name_the_knowledge_base_knows_links_an_earlier_surname(nlp: Language) -> None:
    text = "Mr. Bush spoke in Iowa. John Ellis Bush, as he was born, is the former governor."
    assert owners(nlp, text, "Mr. Bush") == ["jeb-bush"]


def test_mr_before_a_name_the_knowledge_base_gives_a_woman_is_not_her(nlp: Language) -> None:
    text = "Mr. Clinton told the crowd in Ohio that the economy had grown."
    assert "hillary-clinton" not in owners(nlp, text, "Mr. Clinton")


def test_a_bare_surname_far_from_a_relative_is_the_one_the_kb_gives_it(nlp: Language) -> None:
    text = (
        "Hillary Clinton won Virginia on Tuesday. Former President Bill Clinton greeted"
        " voters in Boston. Clinton arrived at the gym with the mayor.\n\n"
        "Going into Super Tuesday, delegates from eleven states and American Samoa were at"
        " stake, and the polls had closed in most of the South by the evening news.\n\n"
        "Clinton held a 26-delegate advantage over Bernie Sanders."
    )
    doc = nlp(text)
    spans = {a.id: [m.start for m in a.mentions if m.text == "Clinton"] for a in doc._.actors}
    near, far = text.index("Clinton arrived"), text.index("Clinton held")
    assert near in spans["bill-clinton"]
    assert far in spans["hillary-clinton"]


def test_a_title_says_which_of_one_surname_holds_the_office(nlp: Language) -> None:
    # devset 047: the son named three times, then "President Biden"; the same for "Sen."
    text = (
        "President Joe Biden pardoned his son, Hunter Biden, on Sunday. Hunter Biden has been a "
        "focus of Republican probes, with House Republicans using his business dealings as a "
        "basis for their inquiry into President Biden."
    )
    assert owners(nlp, text, "President Biden") == ["joe-biden"]
    text = (
        "Senator Rand Paul spoke to his father, Ron Paul, on Monday. Ron Paul had run twice. "
        "The family said Sen. Paul would run again."
    )
    assert owners(nlp, text, "Sen. Paul") == ["rand-paul"]


def test_mr_clinton_is_the_husband_whom_the_bare_alias_does_not_name(nlp: Language) -> None:
    """The knowledge base gives the bare "Clinton" to Hillary Clinton (2016 news); "Mr.
    Clinton" is of the other gender, so it is the one male Clinton it knows, before any full
    name and after Hillary Clinton's (PolNeAR's NYT copy writes "Mr. Clinton" 77 times)."""
    assert owners(nlp, "Trump praised Mr. Clinton on Tuesday.", "Mr. Clinton") == ["bill-clinton"]
    found = mentions_by_actor(nlp, "Hillary Clinton spoke. Mr. Clinton said he was proud of her.")
    assert holders(found, "Mr. Clinton") == ["bill-clinton"]
    assert holders(found, "Hillary Clinton") == ["hillary-clinton"]


def test_a_title_picks_the_namesake_who_held_the_office(nlp: Language) -> None:
    """ "President Clinton" is Bill Clinton, who held the office, though the bare alias is
    Hillary Clinton's; "Secretary Clinton" stays hers, even after his (devset 404's headline
    "President Clinton’s straight talk about Obamacare", PolNeAR dev's Breitbart and USA Today
    copy)."""
    found = mentions_by_actor(nlp, "Trump praised President Clinton. Secretary Clinton said no.")
    assert holders(found, "President Clinton") == ["bill-clinton"]
    assert holders(found, "Secretary Clinton") == ["hillary-clinton"]


def test_an_honorific_that_fits_the_person_named_keeps_them(nlp: Language) -> None:
    """ "Mr. Powell" after "Colin Powell" is Colin Powell, though the bare alias "Powell" is
    the Fed chair's: the honorific fits the person the article names (guard)."""
    text = "Colin Powell wrote the email. Mr. Powell said it was private."
    assert owners(nlp, text, "Mr. Powell") == ["colin-powell"]
