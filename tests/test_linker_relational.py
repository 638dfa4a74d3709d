"""Descriptions that define or relate (``riftmap.nlp.actors.relational`` and the fronted
descriptions of ``riftmap.nlp.actors.leading``): each test states the exact links it
expects and the near miss that must make none."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language


def test_a_fronted_description_is_a_mention_of_the_subject(nlp: Language) -> None:
    text = (
        "Marcel Lehel Lazar was sentenced on Thursday.\n\n"
        "A high school graduate, Lazar had no formal training. A few minutes later, Lazar left."
    )
    found = mentions_by_actor(nlp, text, "2016-09-03")
    assert holders(found, "A high school graduate") == ["marcel-lehel-lazar"]
    # a time phrase runs on past its noun ("later"): no description of anyone
    assert not holders(found, "A few minutes") and not holders(found, "A few minutes later")


def test_a_description_starts_after_a_clause_hung_on_it(nlp: Language) -> None:
    text = (
        "While Mr. Trump was being formally nominated, his most formidable rival from the "
        "primary campaign, Senator Ted Cruz of Texas, mingled with donors."
    )
    found = mentions_by_actor(nlp, text, "2016-07-21")
    assert "his most formidable rival from the primary campaign" in found["ted-cruz"]
    assert not any(m.startswith("While") for ms in found.values() for m in ms)


def test_coordinated_roles_of_one_person_are_one_description(nlp: Language) -> None:
    text = (
        "Obama will contrast Donald Trump with his more experienced rival Hillary Clinton.\n\n"
        "Obama, acting as a character reference for his former primary foe and secretary of "
        "state, praised her record. Clinton thanked her husband and daughter."
    )
    found = mentions_by_actor(nlp, text, "2016-07-27")
    assert "his former primary foe and secretary of state" in found["hillary-clinton"]
    # a kinship noun after "and" is someone else: "her husband" stays alone
    assert "her husband and daughter" not in [m for ms in found.values() for m in ms]


def test_the_rival_of_a_nominee_is_the_other_nominee(nlp: Language) -> None:
    text = (
        "Donald Trump called on Russia on Wednesday to find emails Hillary Clinton deleted.\n\n"
        "“This has to be the first time that a major presidential candidate has encouraged "
        "a foreign power to conduct espionage against his political opponent,” said Jake "
        "Sullivan."
    )
    found = mentions_by_actor(nlp, text, "2016-07-27")
    assert holders(found, "his political opponent") == ["hillary-clinton"]


def test_our_president_is_the_office_holder_at_the_date(nlp: Language) -> None:
    text = (
        "Donald Trump said he may not get along with David Cameron, the British prime "
        "minister.\n\n"
        "“I’m a unifier, unlike our president right now,” Trump said. “I will be our next "
        "president,” he added."
    )
    found = mentions_by_actor(nlp, text, "2016-05-16")
    assert holders(found, "our president") == ["barack-obama"]
    assert not holders(found, "our next president")  # another time: no holder at the date


def test_an_unnamed_aide_or_relative_is_an_actor_of_their_own(nlp: Language) -> None:
    text = (
        "Donald Trump said he may not get along with David Cameron.\n\n"
        "Cameron’s spokesman said the prime minister stood by his comments.\n\n"
        "Amadou Magassa, 12, sold water to the marchers.\n\n"
        '"My mom says I have to save up for college," Amadou said.'
    )
    found = mentions_by_actor(nlp, text, "2016-05-16")
    # not the White House press secretary of the date: the aide of another than the president
    assert holders(found, "Cameron’s spokesman") == ["david-cameron-spokesman"]
    assert holders(found, "My mom") == ["amadou-magassa-mother"]


def test_an_opponent_is_never_an_unnamed_actor(nlp: Language) -> None:
    text = (
        "Peter Dutton attacked the government's energy plan on Monday.\n\n"
        "Dutton said his opponent had no plan for power prices."
    )
    found = mentions_by_actor(nlp, text, "2025-04-01")
    assert not any(actor.endswith("-opponent") for actor in found)


def test_a_handle_mention_leaves_out_invisible_marks(nlp: Language) -> None:
    text = (
        "Paul Ryan will meet Donald Trump on Thursday.\n\n"
        "“I’ve invited \u202a@realDonaldTrump for a meeting,” Ryan tweeted Friday."
    )
    found = mentions_by_actor(nlp, text, "2016-05-06")
    assert "@realDonaldTrump" in found["donald-trump"]
    assert "\u202a@realDonaldTrump" not in found["donald-trump"]


def test_a_description_set_before_a_name_is_its_mention(nlp: Language) -> None:
    text = (
        "The online publication of DNC emails by WikiLeaks led to the resignation of the "
        "committee's chair, Rep. Debbie Wasserman Schultz (Fla.), in July.\n\n"
        "At another juncture, another Republican governor who has not backed Mr. Trump, "
        "Susana Martinez of New Mexico, appeared poised to reconcile with him."
    )
    found = mentions_by_actor(nlp, text, "2016-09-03")
    assert holders(found, "the committee's chair") == ["debbie-wasserman-schultz"]
    assert holders(found, "another Republican governor") == ["susana-martinez"]


def test_a_description_before_the_subject_of_a_clause_is_not_its_mention(
    nlp: Language,
) -> None:
    # the name is followed by its verb: the description ends a fronted phrase, and names
    # someone else (Trump), not Sanders
    text = (
        "Donald Trump spoke at the debate.\n\n"
        "In a fiery takedown of the businessman, Sen. Bernie Sanders called him divisive."
    )
    found = mentions_by_actor(nlp, text, "2015-12-20")
    assert "the businessman" not in found.get("bernie-sanders", [])


def test_each_role_of_a_coordinated_description_is_a_mention(nlp: Language) -> None:
    text = (
        "Jill Stein, a physician from Massachusetts and longtime Green Party activist, said "
        "she would run. Hillary Clinton thanked her husband and the voters."
    )
    found = mentions_by_actor(nlp, text, "2016-07-27")
    stein = found["jill-stein"]
    assert "a physician from Massachusetts and longtime Green Party activist" in stein
    assert "a physician from Massachusetts" in stein and "longtime Green Party activist" in stein
    assert not any("the voters" in m for ms in found.values() for m in ms if "husband" in m)


def test_a_name_ends_before_a_bracket(nlp: Language) -> None:
    text = (
        "Omar called her colleague “sis.”\n\n"
        "Sorry not sorry. — Ilhan Omar (@IlhanMN) July 7, 2019"
    )
    found = mentions_by_actor(nlp, text, "2019-07-08")
    assert found["ilhan-omar"][-2:] == ["Ilhan Omar", "@IlhanMN"]
    assert not any("(" in m for ms in found.values() for m in ms)


def test_a_writer_by_trade_is_described(nlp: Language) -> None:
    text = (
        "“I would not discount it,” Mr. Kaplan, a"
        " screenwriter and former studio executive, said."
    )
    found = mentions_by_actor(nlp, text, "2016-05-17")
    assert holders(found, "a screenwriter") == ["kaplan"]
    assert holders(found, "former studio executive") == ["kaplan"]


def test_a_headline_description_is_the_person_the_body_so_describes(nlp: Language) -> None:
    text = (
        "Hacker who exposed Clinton's use of private email gets 52-month sentence.\n\n"
        "The Romanian hacker who first revealed that Hillary Clinton used a private email "
        "address was sentenced on Thursday. Marcel Lehel Lazar, 44, was extradited in 2014."
    )
    found = mentions_by_actor(nlp, text, "2016-09-03")
    assert holders(found, "Hacker") == ["marcel-lehel-lazar"]


def test_a_headline_description_of_two_people_is_no_one(nlp: Language) -> None:
    # two people of the body are hackers: the headline's hacker is neither by this rule
    text = (
        "Hacker admits to other intrusions.\n\n"
        "Marcel Lehel Lazar, a Romanian hacker, pleaded guilty on Wednesday. Andrei Tunsu, "
        "another hacker, was also charged."
    )
    found = mentions_by_actor(nlp, text, "2016-05-26")
    assert "a Romanian hacker" in found["marcel-lehel-lazar"]
    assert not set(holders(found, "Hacker")) & {"marcel-lehel-lazar", "andrei-tunsu"}


def test_a_title_with_a_determiner_is_a_description_of_its_own(nlp: Language) -> None:
    text = (
        "Many of Bernie Sanders' supporters were drawn to the race.\n\n"
        "Supporters of Clinton's former rival Bernie Sanders booed. Sen. Tim Kaine spoke."
    )
    found = mentions_by_actor(nlp, text, "2016-07-30")
    assert "Clinton's former rival" in found["bernie-sanders"]
    assert "Clinton's former rival Bernie Sanders" in found["bernie-sanders"]
    # a bare title ("Sen.") makes no description of its own
    assert "Sen." not in found["tim-kaine"]


def test_one_of_some_people_describes_a_person(nlp: Language) -> None:
    text = (
        "Sidney Blumenthal, one of President Bill Clinton's former aides, was hacked. "
        "Ed Rendell, one of the reasons for the delay, spoke."
    )
    found = mentions_by_actor(nlp, text, "2016-05-26")
    assert holders(found, "one of President Bill Clinton's former aides") == ["sidney-blumenthal"]
    assert "President Bill Clinton" in found["bill-clinton"]
    # "reasons" are no people: no description of Rendell
    assert not holders(found, "one of the reasons for the delay")


def test_a_party_member_in_apposition_is_a_description(nlp: Language) -> None:
    text = (
        "New York has not voted Republican in 32 years.\n\n"
        "Mr. Kasich, a Republican, has not endorsed Mr. Trump. The Republican Party met."
    )
    found = mentions_by_actor(nlp, text, "2016-07-21")
    assert holders(found, "a Republican") == ["john-kasich"]
    assert "Republican" not in found.get("john-kasich", [])


def test_descriptions_joined_by_as_well_as_are_each_a_mention(nlp: Language) -> None:
    text = (
        "Silicon Valley billionaire Peter Thiel, a strong supporter of gay marriage as well as "
        "a giant in the technology community, will speak at the convention."
    )
    found = mentions_by_actor(nlp, text, "2016-07-14")
    assert holders(found, "a strong supporter of gay marriage") == ["peter-thiel"]
    assert holders(found, "a giant in the technology community") == ["peter-thiel"]
    # "the convention" is no part of any description of Thiel
    assert not any("convention" in m for m in found["peter-thiel"])
