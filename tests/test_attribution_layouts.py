"""Attribution layouts of 2024-25 news copy (issue 10, fourth round), one rule per test, on
hand-written sentences with invented actors: each asserts the statement found, its speaker or
its content, and that nothing is given to the wrong speaker."""

from __future__ import annotations

from pathlib import Path

from actor_support import speakers
from spacy.language import Language
from test_actors import actor_id, actor_of, run


def test_inverted_verb_after_a_quotation(nlp: Language) -> None:
    """'"…," tweeted actress Vera Lind.': the verb after the closing mark is the cue and the
    name after it the speaker, though the parser reads "tweeted" as a modifier of the name."""
    doc = run(
        nlp,
        "Senator Ada Holt posted a photograph of the meeting on Tuesday.\n\n"
        '"The men on your right reflect the shame we all feel," tweeted actress Vera Lind.',
    )
    lind = actor_of(doc, "Vera Lind")
    assert lind is not None
    assert speakers(doc, "the shame we all feel") == {lind.id}
    assert all(q.source is None or "shame" not in q.source.text for q in doc._.quotes)


def test_content_past_the_medium(nlp: Language) -> None:
    """'wrote on X that …': the platform is where it was said; the clause is what was said."""
    doc = run(nlp, "Governor Lena Brook wrote on X that the ruling was a disgrace.")
    [quote] = [q for q in doc._.quotes if "ruling" in q.content.text]
    assert quote.content.text.startswith("that the ruling")
    assert "X" not in quote.content.text.split()


def test_source_past_an_object_relative(nlp: Language) -> None:
    """'Kaine, whom Trump derided as …': the one deriding speaks, not the one derided."""
    doc = run(
        nlp,
        "Senator Ralf Oster spoke in Ohio on Monday. The rally was held in the home state of "
        'Oster, whom Governor Peter Haller derided as a "weird little dude" and a political '
        '"hack."',
    )
    haller, oster = actor_of(doc, "Governor Peter Haller"), actor_of(doc, "Ralf Oster")
    assert haller is not None and oster is not None
    assert speakers(doc, "weird little dude") == {haller.id}


DEVSET_046 = (
    Path(__file__).resolve().parent.parent / "eval/devset/texts/046_koreaherald_lee_hwang_yoon.txt"
)


def test_name_before_its_description_speaks(nlp: Language) -> None:
    """'Hwang Un-ha, floor leader of the Rebuilding Korea Party, said …' (devset 046): the
    name speaks, not the party leader named later whom an epithet match gave the description."""
    doc = run(nlp, DEVSET_046.read_text(encoding="utf-8"))
    hwang, lee = actor_of(doc, "Hwang"), actor_of(doc, "Lee Jae-myung")
    assert hwang is not None and lee is not None
    assert speakers(doc, "an act tantamount to treason") == {hwang.id}


def test_speaker_pronoun_past_a_sentence_naming_nobody(nlp: Language) -> None:
    """'Hwang urged … . Such a motion must be voted on within 24 to 72 hours … "…," he said.'
    (devset 046): the pronoun is the previous statement's speaker, not the president the
    article talks about most."""
    doc = run(nlp, DEVSET_046.read_text(encoding="utf-8"))
    hwang = actor_of(doc, "Hwang")
    assert hwang is not None
    assert speakers(doc, "suspend the president's duties") == {hwang.id}


def test_quotation_continues_past_a_lone_closing_mark(nlp: Language) -> None:
    """The quoted paragraph after '… he said, "… Act."' (devset 046) continues Lee's
    statement, though the parser leaves its closing mark as a sentence of its own."""
    doc = run(nlp, DEVSET_046.read_text(encoding="utf-8"))
    lee = actor_of(doc, "Lee Jae-myung")
    assert lee is not None
    assert speakers(doc, "has betrayed the people") == {lee.id}


def test_quotation_continues_after_a_statement_the_parser_split(nlp: Language) -> None:
    """'She said: "… two questions and then he gets on to … before us.' then '"That is …':
    the parser ends a sentence inside the long quotation, and the paragraph after it carries
    the statement on all the same (devset 410; 118, 144, 367, 382 and PolNeAR dev's AFP and
    Breitbart copy run quotations so)."""
    doc = run(
        nlp,
        "First Minister Ada Holt described the attacks as weak.\n\n"
        'She said: "Isn’t it interesting that Mr Brand’s interest in the workers lasted two '
        "questions and then he gets on to his usual posturing in this chamber of little "
        "substance that is before us.\n\n"
        '"That is the performance of a weak man in front of the chamber today.\n\n'
        '"We have seen a rise in positive destinations for school leavers.',
    )
    paragraphs = ("Isn’t it interesting", "performance of a weak man", "positive destinations")
    assert [speakers(doc, words) for words in paragraphs] == [{actor_id(doc, "Ada Holt")}] * 3


def test_quotation_continues_the_speaker_not_the_outlet_relaying(nlp: Language) -> None:
    """'"…," Cruz wrote in a Facebook post, CNN reported.' then '"A year ago, …"': the outlet
    relays the senator's words, and the quotation after them is his (devset 424; 147's
    "…," Hunter said, and 327's transcript "according to" Bloomberg)."""
    doc = run(
        nlp,
        "Senator Ada Holt spoke on Friday.\n\n"
        "“After many months of careful consideration, I have decided that on Election Day, I "
        "will vote for the nominee, Tom Lin,” Holt wrote in a Facebook post on Friday, CNN "
        "reported.\n\n"
        "“A year ago, I pledged to endorse the nominee, and I am honoring that commitment.”",
    )
    assert speakers(doc, "honoring that commitment") == {actor_id(doc, "Ada Holt")}


def test_closing_participle_speaks_for_the_main_subject(nlp: Language) -> None:
    """'The ministry has dismissed claims by its critics that Governor Ana Ruiz is ruining
    the port, describing the claims as …': the parser hangs the participle on the reported
    clause, whose subject does not describe anything; the ministry does."""
    doc = run(
        nlp,
        "Health Minister Tomas Vell has dismissed claims by rival lawmakers that Governor Ana "
        "Ruiz is undermining the hospital board, describing the claims as a desperate attempt "
        "to find scapegoats for their own failure.",
    )
    vell = actor_of(doc, "Health Minister Tomas Vell")
    assert vell is not None
    [describing] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == "describing"]
    assert describing.speaker == vell.id
    assert describing.source is not None and "Ruiz" not in describing.source.text


def test_relative_pronoun_speaker_is_its_antecedent(nlp: Language) -> None:
    """'Among them was Sen. Lena Ortiz, R-Mont., who leads … and said …': the second verb of
    the relative clause shares its subject "who", and "who" stands for the senator."""
    doc = run(
        nlp,
        "Several senators were uneasy. Among them was Sen. Lena Ortiz, R-Mont., who leads the "
        "party's campaign arm and said she would rather colleagues talk about the budget.",
    )
    ortiz = actor_of(doc, "Sen. Lena Ortiz") or actor_of(doc, "Lena Ortiz")
    assert ortiz is not None
    assert speakers(doc, "would rather colleagues talk about the budget") == {ortiz.id}


def test_gerund_after_for_speaks_for_the_one_criticised(nlp: Language) -> None:
    """'Senator Dana Cole criticized Governor Ravi Mehta for suggesting that …': what follows
    the gerund is the governor's statement, reported inside the senator's criticism."""
    doc = run(
        nlp,
        "Senator Dana Cole criticized Governor Ravi Mehta for suggesting that all of her aides "
        "would have been in jail if his alliance had won.",
    )
    mehta = actor_of(doc, "Governor Ravi Mehta")
    assert mehta is not None
    assert any(
        q.speaker == mehta.id and q.content.text.startswith("that all of her aides")
        for q in doc._.quotes
    )


def test_quotation_over_paragraphs_is_read_once(nlp: Language) -> None:
    """'He said: "A? ¶ "B? ¶ "C," he said to …': the last paragraph is both the carried-on
    quotation and the statement of its own cue; it is one quote, the one with the cue."""
    doc = run(
        nlp,
        "Minister Paul Drew said the leader was on government business.\n\n"
        "He said: “She was at the summit in Lagos, should she not go to that?\n\n"
        "“Should she not go to the trade talks?\n\n"
        "“I know you’re just back from Boston as well,” he said to Ms Kerr.",
    )
    spans = [(q.content.start, q.content.end) for q in doc._.quotes]
    assert len(spans) == len(set(spans))
    [boston] = [q for q in doc._.quotes if "back from Boston" in q.content.text]
    assert boston.cue is not None and boston.cue.text == "said"


DEVSET_052 = DEVSET_046.parent / "052_nyt_senate_republicans_trump_harris.txt"


def test_speaker_description_is_no_content(nlp: Language) -> None:
    """'Sen. John Barrasso, R-Wyo., the chair of …, said … and added, "…"' (devset 052): the
    apposition the tagger marks before the cue describes the speaker; the quotation after
    "added" is what he added."""
    doc = run(nlp, DEVSET_052.read_text(encoding="utf-8"))
    barrasso = actor_of(doc, "Sen. John Barrasso") or actor_of(doc, "John Barrasso")
    assert barrasso is not None
    assert speakers(doc, "her record helps Republicans win") == {barrasso.id}


DEVSET_040 = DEVSET_046.parent / "040_thegrio_booker_klobuchar_police.txt"


def test_plural_title_ends_no_sentence(nlp: Language) -> None:
    """'… the bills … introduced by fellow Democratic Sens. Amy Klobuchar of New Mexico, and
    Catherine Cortez Masto …, arguing that …' (devset 040): the sentence runs on past "Sens.",
    so Booker, who objected, argues, not the senators his objection names."""
    doc = run(nlp, DEVSET_040.read_text(encoding="utf-8"))
    booker = actor_of(doc, "Booker")
    assert booker is not None
    assert speakers(doc, "would not reach Democratic-controlled states") == {booker.id}
    assert not any(s.text.rstrip().endswith("Sens.") for s in doc.sents)


def test_abbreviated_president_ends_no_sentence(nlp: Language) -> None:
    """"Pres. Trump and VP Vance's words to Pres. Zelenskyy are rude" (devset 077; "Pres.
    Obama" in three PolNeAR train articles): the tokenizer split "Pres." and the parser ended
    the sentence there, leaving an actor "Pres"; "VP" is a title as "Sen." is."""
    doc = run(
        nlp,
        'Sen. Dick Durbin wrote: "Pres. Walter Harmon and VP Ada Holt\u2019s words to Pres. '
        'Ivan Petrenko are rude and utterly shameful."',
    )
    assert not any(s.text.rstrip().endswith("Pres.") for s in doc.sents)
    names = {a.name for a in doc._.actors}
    assert {"Walter Harmon", "Ada Holt", "Ivan Petrenko"} <= names
    assert not names & {"Pres", "VP Ada Holt"}


def test_second_verb_after_a_that_clause_is_the_subjects(nlp: Language) -> None:
    """'He denied that the opposition was behind … and urged the President to …': the parser
    coordinates "urged" with the reported clause's verb; the one who denied urges."""
    doc = run(
        nlp,
        "Dr. Kwame Osei, the party's director of elections, spoke after the rally. He denied "
        "that the opposition was behind any negative campaigns against the government and "
        "urged the President to reflect on the document's contents.",
    )
    osei = actor_of(doc, "Dr. Kwame Osei") or actor_of(doc, "Kwame Osei")
    assert osei is not None
    assert speakers(doc, "the President to reflect") == {osei.id}


def test_outlet_report_does_not_take_the_speakers_quote(nlp: Language) -> None:
    """'"…," Mayor Lee said in a video, WXYZ-TV reported. "…"' (devset 048, 050): the outlet
    relays the mayor's words; neither the quotation after its cue nor the part of one before
    it is the outlet's. A report of the whole statement, its cue with it, is the outlet's own
    (``outlets.without_relayed_quotes``)."""
    doc = run(
        nlp,
        "The mayor of Harbor City said Wednesday that he had been charged.\n\n"
        "\u201cMy lawyers have told me that prosecutors have charged me with fraud,\u201d Harbor "
        "City Mayor Tomas Velde said in a video statement Wednesday, WXYZ-TV reported. "
        "\u201cTo be clear, I have never taken a bribe of any kind.\u201d\n\n"
        "\u201cThere is no reason for this charge ... No one wins with it,\u201d Velde said at "
        "his press conference, the Harbor Courier reported.",
    )
    velde = actor_of(doc, "Tomas Velde")
    assert velde is not None
    assert speakers(doc, "never taken a bribe") == {velde.id}
    assert velde.id in speakers(doc, "No one wins")
    assert all(q.source is None or "WXYZ" not in q.source.text for q in doc._.quotes)
    # the outlet may report the whole statement with its cue, as PolNeAR annotates such a
    # report, but never the quotation alone
    for q in doc._.quotes:
        if q.source is not None and "Courier" in q.source.text:
            assert q.content.text.startswith("There is no reason")
            assert "Velde said" in q.content.text


def test_british_spelling_of_a_cue(nlp: Language) -> None:
    """'criticised': the models learned the American "criticized" from PolNeAR; the British
    spelling of Irish, British and Australian outlets is read as that one."""
    doc = run(
        nlp,
        "Opposition leader Ada Holt has criticised Premier Ralf Oster for not appearing "
        "in parliament on Tuesday.",
    )
    holt = actor_of(doc, "Ada Holt")
    assert holt is not None
    assert speakers(doc, "not appearing in parliament") == {holt.id}


def test_joint_speakers(nlp: Language) -> None:
    """'Mary Holt and Susan Lind said …': the pair speaks, as one group named by the surnames,
    and the same group when the pair is named again."""
    doc = run(
        nlp,
        "Mary Holt and Susan Lind said the budget was a betrayal of working families. "
        "Later, Holt and Lind said the minister should resign.",
    )
    found = speakers(doc, "betrayal") | speakers(doc, "should resign")
    assert found == {"holt-and-lind"}
    pair = next(a for a in doc._.actors if a.id == "holt-and-lind")
    assert pair.name == "Holt and Lind"


def test_name_taken_by_a_headline_epithet(nlp: Language) -> None:
    """'Strong blasts governor for backing Oster': the headline read as one noun phrase, an
    epithet of the governor, leaves the name "Strong" to the governor; the name names Lena
    Strong."""
    doc = run(
        nlp,
        "Strong blasts governor for backing Oster in Ohio race\n\n"
        "Lena Strong criticized Ohio’s Democratic governor on Monday for endorsing mayoral "
        "candidate Ralf Oster.\n\nOster remains the front-runner in polls.\n\n"
        "“Governor Kathy Vale of Ohio has Endorsed the Communist,” the former senator wrote.",
    )
    strong = actor_of(doc, "Lena Strong")
    assert strong is not None
    assert speakers(doc, "backing Oster in Ohio race") == {strong.id}


def test_long_title_ending_on_the_name(nlp: Language) -> None:
    """'Deputy Prime Minister and Leader of the National Unity Party Professor Ralf Oster
    says …': the parser makes a title word the head; the name closing the title speaks, not
    the party the title is of."""
    doc = run(
        nlp,
        "Deputy Prime Minister and Leader of the National Unity Party Professor Ralf Oster "
        "says Opposition Leader Lena Brook is completely confused.",
    )
    oster = actor_of(doc, "Ralf Oster")
    assert oster is not None
    assert speakers(doc, "completely confused") == {oster.id}


def test_colon_after_the_place_of_saying(nlp: Language) -> None:
    """'raged on Truth Social: "…"', 'The Tesla boss, 53, fumed on X: "…"': a verb whose
    subject can speak, its place of saying, a colon and a quotation; the verb is the cue."""
    doc = run(
        nlp,
        "Senator Ada Holt criticized the bill on Monday.\n\n"
        'Governor Lena Brook raged on Truth Social: "Holt is a disgrace."\n\n'
        'The shipping magnate, 53, fumed in a post on X: "This bill is pork."',
    )
    brook = actor_of(doc, "Lena Brook")
    assert brook is not None
    assert speakers(doc, "Holt is a disgrace") == {brook.id}
    [pork] = [q for q in doc._.quotes if "pork" in q.content.text]
    assert pork.content.text == "This bill is pork"
    assert pork.source is not None and pork.source.text.startswith("The shipping magnate")


def test_no_colon_statement_of_a_passive_or_a_subordinate_clause(nlp: Language) -> None:
    """'He was asked on Fox: "…"' is the interviewer's question; 'a headline which hits
    liberals where they live: "…"' is the headline's, not the liberals'."""
    doc = run(
        nlp,
        "Senator Ada Holt spoke in Ohio.\n\n"
        'She was asked on Fox: "Will you run again?"\n\n'
        'A new headline hits liberals where they live: "Crime alters routines."',
    )
    holt = actor_of(doc, "Ada Holt")
    assert holt is not None
    assert holt.id not in speakers(doc, "Will you run again")
    assert not any("Crime alters" in q.content.text for q in doc._.quotes)


def test_a_trailing_report_of_a_statement_holds_the_whole_statement(nlp: Language) -> None:
    """'Scholz said Trump calling Zelensky a "dictator" is "false and dangerous", German
    newspaper Spiegel reported.' (devset 070; PolNeAR train "Manafort acknowledged that …,
    X reported"): the report's content is the whole statement, speaker and cue included, and
    the speaker keeps his own words."""
    text = (
        "Chancellor Otto Brandt said the leader's remark was \u201cfalse and dangerous\u201d,"
        " German newspaper Tagesblatt reported."
    )
    doc = run(nlp, text)
    contents = {q.content.text: q for q in doc._.quotes}
    whole = "Chancellor Otto Brandt said the leader's remark was \u201cfalse and dangerous"
    assert whole in contents, list(contents)
    assert contents[whole].cue is not None and contents[whole].cue.text == "reported"
    brandt = actor_of(doc, "Otto Brandt") or actor_of(doc, "Chancellor Otto Brandt")
    assert brandt is not None
    inner = [q for q in doc._.quotes if q.content.text.startswith("the leader's remark")]
    assert [q.speaker for q in inner] == [brandt.id]


def test_a_question_put_to_the_source_is_not_their_statement(nlp: Language) -> None:
    """'When asked about the report, Trump said …' (devset 074, 078; PolNeAR train: 72 such
    questions in 65 articles): the question is an unnamed asker's, not the words of the one
    asked; the answer stays theirs, and a named asker keeps their question."""
    doc = run(
        nlp,
        "When asked about the leaked report, Senator Ada Holt said she had never seen it. "
        "Mayor Tom Reyes was asked about the budget and said it was fine. Reporters asked "
        "Holt about the memo.",
    )
    contents = {q.content.text for q in doc._.quotes}
    assert not {"the leaked report", "the budget"} & contents
    assert "she had never seen it" in contents
    assert any(c.endswith("about the memo") for c in contents)


def test_an_embedded_post_is_its_signers_statement(nlp: Language) -> None:
    """An embedded post on X, its markup gone: "words — Name (@handle) June 3, 2025" at a
    paragraph's end (devset 201, 193, 172): the words before the dash, links left out, are
    the signer's; a post that is only a link is nothing, and a dash before a name without
    the handle and date is no signature."""
    doc = run(
        nlp,
        "Senator Ada Holt ordered the museum closed on Monday.\n\n"
        "This spiteful move is a disgrace. https://t.co/AbCd123— Vera Lind (@veralind) "
        "June 3, 2025\n\n"
        "pic.twitter.com/xYz987 — Ralf Oster (@ralfoster) June 3, 2025\n\n"
        "The museum will reopen in the fall — Ada Holt said nothing more.",
    )
    lind = actor_of(doc, "Vera Lind")
    assert lind is not None
    [post] = [q for q in doc._.quotes if "spiteful" in q.content.text]
    assert post.speaker == lind.id and post.content.text == "This spiteful move is a disgrace"
    assert not [q for q in doc._.quotes if "pic.twitter" in q.content.text]
    assert not [q for q in doc._.quotes if "reopen" in q.content.text]


def test_a_signature_alone_on_its_line_signs_the_paragraph_before(nlp: Language) -> None:
    """Devset 172 and 186: the signature on a line of its own, after the post's last
    paragraph (the one holding its link); the paragraph before that is the article's own."""
    doc = run(
        nlp,
        "Senator Ada Holt ordered the museum closed on Monday.\n\n"
        "This spiteful move is a disgrace to the city. pic.twitter.com/xYz987\n\n"
        "— Sen. Vera Lind (@veralind) June 3, 2025\n\n"
        "The museum will reopen in the fall.",
    )
    lind = actor_of(doc, "Vera Lind")
    assert lind is not None
    [post] = [q for q in doc._.quotes if q.speaker == lind.id]
    assert post.content.text == "This spiteful move is a disgrace to the city"
    assert not [q for q in doc._.quotes if "ordered the museum" in q.content.text]


def test_a_transcript_line_is_its_names_statement(nlp: Language) -> None:
    """ "Sen. Ada Holt (D-OR): “…”" and "Holt: “…”" opening a line (devset 205, 136;
    PolNeAR train "Rep. Trey Gowdy (R-S.C.):"): the name before the colon speaks the
    quotation after it; a label in capitals before a colon ("QUESTION:") is no name."""
    doc = run(
        nlp,
        "Title\n\n"
        "Senator Ada Holt questioned Secretary Ralf Oster at the hearing on Tuesday.\n\n"
        "Sen. Ada Holt (D-OR): “You are citing data that you will not produce.”\n\n"
        "Oster: “You are making things up to scare people.”\n\n"
        "QUESTION: “Will the hearing go on?”",
    )
    holt, oster = actor_of(doc, "Ada Holt"), actor_of(doc, "Oster")
    assert holt is not None and oster is not None
    assert speakers(doc, "citing data") == {holt.id}
    assert speakers(doc, "making things up") == {oster.id}
    assert not [q for q in doc._.quotes if "hearing go on" in q.content.text]


def test_the_quotation_of_the_cues_own_sentence_is_its_content(nlp: Language) -> None:
    """'"A," Sen. Ada Holt, R-Idaho, said in a statement Saturday. "B."' (devset 297): with a
    long name and title between the first quotation and the cue, the next sentence's was
    nearer, and the first went unread; the cue's own sentence holds what it reports."""
    doc = run(
        nlp,
        "“This is not a decision that I have reached lightly, but his pattern of behavior has "
        "left me no choice,” Sen. Ada Holt, R-Idaho, said in a statement Saturday. “His "
        "repeated actions and comments toward women have been demeaning.”",
    )
    holt = actor_id(doc, "Ada Holt")
    assert speakers(doc, "This is not a decision") == {holt}
    assert speakers(doc, "His repeated actions") == {holt}


def test_a_comma_closed_quotation_is_the_subject_and_verb_after_it(nlp: Language) -> None:
    """'"…," she penned', '"…," the reporter persisted', '"… by —" Holt began', '"…," also
    remarked Sen. Vera Lind' (devset 242, 109, 297): a verb the taggers do not know as one of
    saying still attributes the quotation that hands itself to it, which went to the speaker
    before (or to no one)."""
    doc = run(
        nlp,
        "Press secretary Abigail Moss took to X to voice some criticism of her own. \"The "
        "tweets are very weird,\" she penned.\n\n"
        "“Please answer that question. Please,” the reporter persisted.\n\n"
        "“OK, fine. I do believe that the governor is intimidated by —” Ada Holt began before "
        "the reporter cut in.\n\n"
        "“I cannot support him,” also remarked Sen. Vera Lind, R-N.H.",
    )
    moss, holt, lind = (actor_id(doc, n) for n in ("Abigail Moss", "Ada Holt", "Vera Lind"))
    assert speakers(doc, "The tweets are very weird") == {moss}
    assert speakers(doc, "OK, fine") == {holt}
    assert speakers(doc, "I cannot support him") == {lind}
    [asked] = [q for q in doc._.quotes if q.content.text.startswith("Please answer")]
    assert asked.cue is not None and asked.cue.text == "persisted"
    assert asked.speaker not in {moss, holt, lind}


def test_scare_quotes_closed_on_a_comma_are_no_statement(nlp: Language) -> None:
    doc = run(nlp, 'Senator Ada Holt called the plan "unacceptable," saying it would fail.')
    assert all(q.content.text != "unacceptable" for q in doc._.quotes)


def test_a_quoted_title_closing_a_fronted_phrase_is_no_statement(nlp: Language) -> None:
    """'On MSNBC's "Inside with Jen Psaki," Goldberg pushed back' (devset 078, 243, 055,
    108): the quotation closes a phrase before the sentence's subject; the subject says the
    rest, not the title."""
    doc = run(
        nlp,
        'On MSNBC\'s "Inside with Jen Psaki," Ada Holt pushed back on the denial. On the '
        "allegations of “weaponisation,” Ben Lowry said the agency remained independent.",
    )
    quoted = {q.content.text for q in doc._.quotes}
    assert not quoted & {"Inside with Jen Psaki", "weaponisation"}


def test_a_quotation_before_its_cue_is_what_the_cue_reports(nlp: Language) -> None:
    """'"A," Ms. Holt said. "B."' and '"A," Ms. Holt said, "B."' (PolNeAR dev: Minyon Moore,
    Mr. Obama, Zero Hedge): the role tagger gave the cue only B; A, closing on a comma before
    the cue, is its statement, and B carries it on, once."""
    for text in (
        '"Are we where we need to be? Probably not," Ms. Ada Holt said. "Are we going to get '
        'there? Absolutely."',
        '"By locking in the deal," Ms. Ada Holt said, "it now allowed me to go to India."',
    ):
        doc = run(nlp, text)
        holt = actor_id(doc, "Ada Holt")
        firsts = [q for q in doc._.quotes if q.cue is not None and q.cue.text == "said"]
        assert len(firsts) == 1 and firsts[0].speaker == holt
        assert firsts[0].content.text.startswith(("Are we where", "By locking"))
        assert {q.speaker for q in doc._.quotes} == {holt}
