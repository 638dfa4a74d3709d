"""A title-case headline runs a name into the verb after it ("Donald Trump Ties Clinton",
"Trump Stands Tall"): the name ends where a verb form follows a name the knowledge base
knows, or a first name and a surname; a first word that is a modal, or a second that names
an organisation, is no person's name ("Will Twitter Be Next")."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language
from test_actors import actor_of, run


def test_name_ends_before_the_headline_verb(nlp: Language) -> None:
    text = (
        "Bernie Sanders Suffered A Loss As Donald Trump Ties Clinton\n\n"
        "Bernie Sanders lost the primary. Donald Trump is tied with Hillary Clinton."
    )
    found = mentions_by_actor(nlp, text, "2016-05-01")
    assert found["bernie-sanders"] == ["Bernie Sanders", "Bernie Sanders"]
    assert found["donald-trump"][0] == "Donald Trump"
    assert not [a for a in found if a.endswith(("suffered", "ties"))]


def test_first_and_surname_of_someone_unknown(nlp: Language) -> None:
    text = "Ada Holt Endorses The Mayor\n\nAda Holt, a state senator, endorsed the mayor."
    found = mentions_by_actor(nlp, text, "2016-05-01")
    assert holders(found, "Ada Holt") == ["ada-holt"]
    assert found["ada-holt"].count("Ada Holt") == 2


def test_no_name_of_a_modal_or_an_organisation(nlp: Language) -> None:
    text = (
        "As Its Rivals Pair Up, Will Twitter Be Next?\n\n"
        "Twitter has struggled to grow. Analysts expect Twitter to be sold."
    )
    found = mentions_by_actor(nlp, text, "2016-06-17")
    assert holders(found, "Twitter") == ["twitter"]
    assert "will-twitter" not in found


def test_a_title_case_headline_phrase_the_text_never_repeats_is_no_organisation(
    nlp: Language,
) -> None:
    """ "The Unhappy Campaign Of Paul Manafort": the tagger's organisation is the headline's
    words; it must not take the text's "the Trump campaign"."""
    doc = run(
        nlp,
        "The Unhappy Campaign Of Paul Manafort\n\nPaul Manafort ran Donald Trump's campaign for"
        " months. The Trump campaign said on Monday that it had hired him in March.",
    )
    assert actor_of(doc, "The Unhappy Campaign Of Paul Manafort") is None
    campaign = actor_of(doc, "The Trump campaign")
    assert campaign is not None and "unhappy" not in campaign.id


def test_a_name_the_body_gives_alone_ends_before_the_headline_verb(nlp: Language) -> None:
    """ "Lula Rejects …": the knowledge base does not know the name, but the body writes it
    alone as a person's; the headline's next clause ("Defends Brazil’s …") opens with a verb
    that is no part of the country's name."""
    text = (
        "Lula Rejects Trump’s Tariff Threats, Defends Brazil’s Sovereignty\n\n"
        "Brazilian President Luiz Inacio Lula da Silva rejected the tariff on Wednesday. "
        "Lula said Brazil would respond."
    )
    found = mentions_by_actor(nlp, text, "2025-07-10")
    assert holders(found, "Lula") == ["luiz-inacio-lula-da-silva"]
    assert found["luiz-inacio-lula-da-silva"].count("Lula") == 2
    assert found["brazil"].count("Brazil") == 2
    assert not [a for a in found if a.endswith("rejects") or a.startswith("defends")]


def test_a_place_or_an_organisation_below_does_not_cut_a_headline_name(nlp: Language) -> None:
    """The body names "Judicial Watch" whole, and "Charleston" only as a place: neither
    headline name is cut before its verb-like word."""
    text = (
        "Judicial Watch: State Department Hid Key Email For Years\n\n"
        "Judicial Watch said on Monday that the State Department hid the email."
    )
    found = mentions_by_actor(nlp, text, "2016-04-26")
    assert "judicial" not in found


def test_no_title_runs_across_the_headline_verb(nlp: Language) -> None:
    """ "MSNBC Host Grills RNC Communications Director Over Trump's Tactics" (devset 033): the
    tagger calls every word a proper noun, so the title before "Trump" ran back across
    "Grills" to the headline's start, and the descriptions before the verb and after it were
    one. The verb ends the subject's description, which is the host's."""
    text = (
        "MSNBC Host Grills RNC Communications Director Over Trump’s Campaign Tactics\n\n"
        "MSNBC Live host Stephanie Ruhle pressed Republican National Committee Communications"
        " Director Sean Spicer on Friday about Donald Trump’s tactics. Spicer said the"
        " campaign would go on."
    )
    found = mentions_by_actor(nlp, text, "2016-08-26")
    assert found["stephanie-ruhle"][0] == "MSNBC Host"
    assert not [m for ms in found.values() for m in ms if "Grills" in m]


def test_a_word_the_body_writes_capitalised_is_no_headline_verb(nlp: Language) -> None:
    """ "Elizabeth Warren Hammers Wells Fargo CEO" (PolNeAR dev): "Wells" has a verb's form,
    but the text below writes it with its capital inside a sentence, as part of a name; the
    verb is "Hammers"."""
    text = (
        "Elizabeth Warren Hammers Wells Fargo CEO\n\n"
        "Sen. Elizabeth Warren on Tuesday questioned the chief executive of Wells Fargo,"
        " John Stumpf, at a hearing. Stumpf said he was sorry."
    )
    found = mentions_by_actor(nlp, text, "2016-09-20")
    assert "Wells Fargo CEO" in found["john-stumpf"]
    assert not [m for ms in found.values() for m in ms if "Hammers" in m]


def test_a_name_run_over_a_headlines_keywords_is_the_person_the_body_names(
    nlp: Language,
) -> None:
    """Search-engine headlines string keywords together ("Dick Schoof Dutch PM Geert
    Wilders", "Donald Trump Demands Hillary Clinton Apology Disgusting Story"): the tagger's
    run is the person the body names, at its start or its end, and takes no one's mentions."""
    text = (
        "Dick Schoof Dutch PM Geert Wilders\n\n"
        "Dutch prime minister Dick Schoof steps down as Geert Wilders quits the government. "
        "Mr Wilders said his party would leave."
    )
    found = mentions_by_actor(nlp, text, "2025-06-03")
    assert found["dick-schoof"][0] == "Dick Schoof"
    assert found["geert-wilders"][0] == "Geert Wilders"
    assert "Mr Wilders" in found["geert-wilders"]
    assert not [a for a in found if a.startswith("dick-schoof-")]
    text = (
        "Donald Trump Demands Hillary Clinton Apology Disgusting Story Made Up\n\n"
        "Donald Trump demanded that Hillary Clinton apologise. Hillary said nothing. "
        "She left."
    )
    found = mentions_by_actor(nlp, text, "2015-12-21")
    assert holders(found, "Hillary") == ["hillary-clinton"]
    assert found["hillary-clinton"][0] == "Hillary Clinton"
    assert not [a for a in found if "apology" in a]


def test_a_full_name_the_tagger_missed_after_a_headline_surname_is_that_person(
    nlp: Language,
) -> None:
    """A headline names the person by surname; the body's full name, which the tagger leaves
    untagged, is the same person named in full, and gives the actor its name (development
    set 695; PolNeAR train: "Democracy Corps' Stan Greenberg" had become the knowledge
    base's Hank Greenberg)."""
    text = (
        "Feijóo Calls for Sánchez's Resignation Amid Corruption Allegations\n\n"
        "In a rally in Málaga, the leader of the Partido Popular accused Sánchez of complicity"
        " in corruption scandals, demanding accountability from the current government.\n\n"
        "Alberto Núñez Feijóo, leader of the Partido Popular (PP), delivered a forceful speech"
        " in Málaga before an audience of approximately 5,000 supporters, calling for the"
        " resignation of Spanish Prime Minister Pedro Sánchez.\n\n"
        "Feijóo characterized Sánchez as both a liar and an accomplice."
    )
    found = mentions_by_actor(nlp, text, "2025-06-15")
    assert holders(found, "Alberto Núñez Feijóo") == ["alberto-nunez-feijoo"]
    assert found["alberto-nunez-feijoo"].count("Feijóo") == 2
