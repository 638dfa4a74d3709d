"""Relations: one test per pattern on hand-written sentences, flags, and the contract."""

from __future__ import annotations

import pytest
from relations_support import name_actors, parse, quote, relations, triples
from spacy.language import Language

from riftmap.models import Actor, Article, Relation, Span
from riftmap.nlp.pipeline import extraction_of
from riftmap.nlp.relations import plover
from riftmap.nlp.relations.component import find_relations


def test_direct_object(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith criticized Jones on Tuesday.")) == {
        ("smith", "jones", "ACCUSE", -1)
    }


def test_preposition_and_particle(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith reached out to Jones last week.")) == {
        ("smith", "jones", "CONSULT", 0)
    }
    assert triples(relations(nlp, "Smith tore into Jones.")) == {("smith", "jones", "ACCUSE", -1)}


def test_request_needs_an_infinitive(nlp: Language) -> None:
    # asking Jones to drop out is a hostile request (an "ouster", threats.tsv)
    assert triples(relations(nlp, "Smith urged Jones to drop out of the race.")) == {
        ("smith", "jones", "REQUEST", -1)
    }
    assert not relations(nlp, "Smith told Jones about the plan.")


def test_directing_instructing_or_inviting_someone_to_act_is_a_request(nlp: Language) -> None:
    """ "directed the Labor Department to work", "instructed the Fed to focus", "invited
    Russia to dig", "invited President Trump to visit" (PolNeAR train and the devset): the
    object is asked to act; the act asked for is not the asker's ("invited Garcia to attack
    Jones" is no attack by Smith, but asks for one)."""
    for text in (
        "Smith directed Jones to investigate the leak.",
        "Smith instructed Jones to stop the audit.",
        "Smith invited Jones to visit the state.",
    ):
        assert triples(relations(nlp, text)) == {("smith", "jones", "REQUEST", 0)}, text
    assert triples(relations(nlp, "Smith invited Garcia to attack Jones.")) == {
        ("smith", "garcia", "REQUEST", 0),
        ("smith", "jones", "ACCUSE", -1),  # asking for the attack is hostile to Jones
    }
    assert not relations(nlp, "Smith directed the film about Jones.")


def test_asking_for_a_hostile_act_on_someone_is_hostile_to_them(nlp: Language) -> None:
    """ "Obama directed the Labor Department to ...", "urged Bondi to investigate Comey": the
    one asked is asked (REQUEST); the one the act would be done to is the asker's target,
    the act only intended. Asking that an attack stop takes the other side."""
    found = relations(nlp, "Smith directed Garcia to investigate Jones.")
    assert triples(found) == {("smith", "garcia", "REQUEST", 0), ("smith", "jones", "ACCUSE", -1)}
    assert [r.flags for r in found if r.target == "jones"] == [("intended",)]
    found = relations(nlp, "Smith urged Garcia to stop attacking Jones.")
    assert ("smith", "jones", "SUPPORT", 1) in triples(found)
    assert not relations(nlp, "Smith did not ask anyone to investigate Jones.")


def test_asking_for_a_friendly_act_toward_someone_is_friendly_to_them(nlp: Language) -> None:
    """ "Trump urged voters to support Van Epps", "called on Republicans to back Trump",
    "pledged to support Clinton": the stance the asked-for or pledged act shows is the
    asker's, as with a hostile act; the act itself is only intended."""
    found = relations(nlp, "Smith urged Garcia to support Jones.")
    assert triples(found) == {("smith", "garcia", "REQUEST", 0), ("smith", "jones", "SUPPORT", 1)}
    assert [r.flags for r in found if r.target == "jones"] == [("intended",)]
    assert ("smith", "jones", "SUPPORT", 1) in triples(
        relations(nlp, "Smith has pledged to support Jones.")
    )
    assert not relations(nlp, "Smith did not ask anyone to endorse Jones.")


def test_told_that_he_wanted_him_to_is_a_request(nlp: Language) -> None:
    found = relations(nlp, "Smith told Jones that he wanted him to stop the attacks.")
    assert triples(found) == {("smith", "jones", "REQUEST", 0)}
    assert not relations(nlp, "Smith told Jones that the policy would extend to single mothers.")
    assert not relations(nlp, "Smith told Jones that she did not want the escort.")


def test_conjoined_verbs_share_the_subject(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith reached out to Jones and urged Garcia to resign."))
    assert ("smith", "garcia", "REQUEST", -1) in found  # to resign: a hostile request


def test_possessor_of_the_object_is_the_target(nlp: Language) -> None:
    found = triples(relations(nlp, "Republicans challenged Jones's authority."))
    assert found == {("republicans", "jones", "REJECT", -1)}


def test_noun_with_possessor_source(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith's vocal disdain for Jones was noticed."))
    assert found == {("smith", "jones", "ACCUSE", -1)}


def test_noun_as_object_of_a_light_verb(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith has long expressed skepticism towards Jones."))
    assert found == {("smith", "jones", "ACCUSE", -1)}


def test_adjective(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith has been sharply critical of Jones."))
    assert found == {("smith", "jones", "ACCUSE", -1)}


def test_passive(nlp: Language) -> None:
    found = triples(relations(nlp, "Jones was praised by Smith."))
    assert found == {("smith", "jones", "SUPPORT", 1)}


def test_affixes(nlp: Language) -> None:
    assert triples(
        relations(nlp, "Smith stepped up his anti-Jones rhetoric.", pronouns={"his": "smith"})
    ) == {("smith", "jones", "ACCUSE", -1)}
    assert triples(relations(nlp, "Many Jones-backing Republicans stayed home.")) == {
        ("republicans", "jones", "SUPPORT", 1)
    }


def test_label_is_typed_by_its_valence(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith called Jones a liar.")) == {
        ("smith", "jones", "ACCUSE", -1)
    }
    assert triples(relations(nlp, "Smith called Jones a genius.")) == {
        ("smith", "jones", "SUPPORT", 1)
    }
    assert not relations(nlp, "Smith called Jones a farmer.")


def test_threat_of_a_hostile_act(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith vowed to rip his face off and boot Jones."))
    assert ("smith", "jones", "THREATEN", -1) in found


def test_would_of_reported_speech_is_what_was_said_will_be_done(nlp: Language) -> None:
    """ "Trump announced that he would raise tariffs on India": the "will" of the speech,
    shifted back by the past tense of the verb reporting it, is no hypothesis; the act is
    said to come (flagged intended). A condition or a past counterfactual stays
    hypothetical, and so does a "would" nothing reports or one quoted as it was said."""
    he = {"he": "smith"}
    found = relations(nlp, "Smith announced that he would impose tariffs on Jones.", pronouns=he)
    assert triples(found) == {("smith", "jones", "THREATEN", -1)}
    assert found[0].flags == ("intended",)
    assert triples(relations(nlp, "Smith said he would endorse Jones.", pronouns=he)) == {
        ("smith", "jones", "SUPPORT", 1)
    }
    for text in (
        "Smith said he would endorse Jones if he won the primary.",
        "Smith said he would have endorsed Jones.",
        "Smith would endorse Jones.",
        "“Smith would endorse Jones,” Garcia said.",  # the speaker's own "would", quoted
    ):
        assert not any(r.polarity for r in relations(nlp, text, pronouns=he)), text


def test_relative_clause_source(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith, who praised Jones in 2017, spoke first."))
    assert ("smith", "jones", "SUPPORT", 1) in found


def test_participle_takes_the_subject_of_its_clause(nlp: Language) -> None:
    found = triples(relations(nlp, "Smith labeled the plan a disaster, while defending Jones."))
    assert ("smith", "jones", "SUPPORT", 1) in found


def test_apposition_names_the_target(nlp: Language) -> None:
    text = "Smith called on party chair Mary Jones to resign."
    assert triples(relations(nlp, text)) == {("smith", "jones", "REQUEST", -1)}


def test_no_relation_to_oneself_or_without_actors(nlp: Language) -> None:
    assert not relations(nlp, "Smith praised himself.", pronouns={"himself": "smith"})
    assert not relations(nlp, "The senator praised the plan.")


def test_negated_and_hypothetical_are_flagged_not_plain(nlp: Language) -> None:
    negated = relations(nlp, "Smith did not criticize Jones.")
    assert [(r.type, r.polarity, r.flags) for r in negated] == [("ACCUSE", 0, ("negated",))]
    never = relations(nlp, "Smith would never endorse Jones.")
    assert [(r.type, r.polarity) for r in never] == [("SUPPORT", 0)]
    assert set(never[0].flags) == {"negated", "hypothetical"}
    hedged = relations(nlp, "Smith has seemingly praised Jones.")
    assert [(r.polarity, r.flags) for r in hedged] == [(1, ("hedged",))]


def test_unreal_meetings_and_requested_acts_are_dropped(nlp: Language) -> None:
    assert not relations(nlp, "Smith has yet to meet with Jones.")
    found = triples(relations(nlp, "Smith urged Garcia to stop attacking Jones."))
    # the attack is not Smith's: asking that it stop takes Jones's side (test_cessation.py)
    assert found == {("smith", "garcia", "REQUEST", 0), ("smith", "jones", "SUPPORT", 1)}


def test_quote_judging_an_actor(nlp: Language) -> None:
    text = "“Jones is a corrupt fraud,” Smith said."
    q = quote(text, "Jones is a corrupt fraud", "said", "Smith", "smith")
    found = relations(nlp, text, quotes=[q])
    assert [(r.source, r.target, r.type, r.polarity, r.quote) for r in found] == [
        ("smith", "jones", "ACCUSE", -1, 0)
    ]


def test_quote_feelers_are_not_targets(nlp: Language) -> None:
    text = "“Garcia is thrilled with Jones's historic work,” Smith said."
    q = quote(text, "Garcia is thrilled with Jones's historic work", "said", "Smith", "smith")
    found = relations(nlp, text, quotes=[q])
    assert triples(found) == {("smith", "jones", "SUPPORT", 1)}
    assert all(r.target != "garcia" for r in found)


def test_quote_about_an_actor_named_by_the_cue(nlp: Language) -> None:
    text = "“It is a disaster,” Smith said of Jones."
    q = quote(text, "It is a disaster", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_first_person_in_a_quote_is_its_speaker(nlp: Language) -> None:
    text = "“We support Jones,” Garcia said."
    q = quote(text, "We support Jones", "said", "Garcia", "garcia")
    assert triples(relations(nlp, text, quotes=[q])) == {("garcia", "jones", "SUPPORT", 1)}


def test_quote_demanding_an_act_is_a_request(nlp: Language) -> None:
    text = "“Jones must visit the farms today,” Smith said."
    q = quote(text, "Jones must visit the farms today", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "REQUEST", 0)}
    text = "Smith said that was one of the reasons that Jones should get excited."
    q = quote(text, "that was one of the reasons that Jones should get excited", "said", "Smith",
              "smith")  # fmt: skip
    assert not relations(nlp, text, quotes=[q])
    text = "Smith said taxes might rise, should Jones be elected."
    q = quote(text, "taxes might rise, should Jones be elected", "said", "Smith", "smith")
    # a condition, not a demand: whatever stance the warning takes, it asks nothing
    assert all(r.type != "REQUEST" for r in relations(nlp, text, quotes=[q]))


def test_reporting_cues_take_no_stance(nlp: Language) -> None:
    text = "“Jones is a corrupt fraud,” the Times reported."
    q = quote(text, "Jones is a corrupt fraud", "reported", "the Times", "the-times")
    assert not relations(nlp, text, quotes=[q])


def test_one_relation_per_sentence_and_statement(nlp: Language) -> None:
    found = relations(nlp, "Smith attacked Jones and criticized Jones.")
    assert len(found) == 1


def test_evidence_is_cut_from_the_text(nlp: Language) -> None:
    text = "Yesterday, Smith tore into Jones over taxes."
    (found,) = relations(nlp, text)
    assert found.evidence.text == text[found.evidence.start : found.evidence.end]
    assert found.evidence.text == "Smith tore into Jones"


def test_contract_json() -> None:
    rel = Relation(
        "a", "b", "ACCUSE", -1, Span(0, 1, "x"), "disapprove", "t", "2025-01", "month", 2, 0.8
    )
    assert rel.to_json() == {
        "source": "a",
        "target": "b",
        "type": "ACCUSE",
        "mode": "disapprove",
        "polarity": -1,
        "topic": "t",
        "when": "2025-01",
        "when_precision": "month",
        "evidence": {"start": 0, "end": 1, "text": "x"},
        "quote": 2,
        "confidence": 0.8,
        "flags": [],
    }
    assert Relation.from_json(rel.to_json()) == rel


def test_extraction_takes_dict_relations_and_the_file_name_date(nlp: Language) -> None:
    (doc,) = nlp.pipe(["Smith criticized Jones."])
    doc._.relations = [
        {"source": "a", "target": "b", "type": "ACCUSE", "polarity": -1, "evidence": None}
    ]
    article = Article(doc="politico_2016-09-08_debate.txt", text=doc.text)
    extraction = extraction_of(doc, article)
    assert extraction.article.published == "2016-09-08"
    assert isinstance(extraction.relations[0], Relation)
    assert extraction.to_json()["relations"][0]["type"] == "ACCUSE"


@pytest.mark.parametrize("published", ["2025-03-10", None])
def test_relations_are_dated_from_their_clause(nlp: Language, published: str | None) -> None:
    (found,) = relations(nlp, "Smith tore into Jones last month.", published=published)
    expected = ("2025-02", "month") if published else (None, None)
    assert (found.when, found.when_precision) == expected


def test_a_feeling_ascribed_by_a_speaker_is_the_speakers_stance(nlp: Language) -> None:
    text = "“Garcia is thrilled with Jones,” Smith said."
    q = quote(text, "Garcia is thrilled with Jones", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "SUPPORT", 1)}


def test_acts_reported_in_a_quote_keep_their_agent(nlp: Language) -> None:
    text = "“Garcia attacked Jones,” Smith said."
    q = quote(text, "Garcia attacked Jones", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("garcia", "jones", "ACCUSE", -1)}


def test_places_and_circumstances_are_not_judged(nlp: Language) -> None:
    text = "“It was a corrupt deal made during a visit to Garcia,” Smith said of Jones."
    q = quote(text, "It was a corrupt deal made during a visit to Garcia", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_a_subset_of_a_phrase_acts_for_its_last_member(nlp: Language) -> None:
    text = "Smith warned that Garcia and other Republicans — many of whom supported Jones — lie."
    found = triples(relations(nlp, text))
    assert ("garcia", "jones", "SUPPORT", 1) not in found


def test_negation_reaches_a_noun_through_its_verb(nlp: Language) -> None:
    found = relations(nlp, "Smith shied away from taking any shots at Jones.")
    assert [(r.type, r.polarity, r.flags) for r in found] == [("ACCUSE", 0, ("negated",))]


def test_refusing_a_friendly_act_is_a_rebuff(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith refused to endorse Jones.")) == {
        ("smith", "jones", "REJECT", -1)
    }
    assert triples(relations(nlp, "Smith declined to meet with Jones.")) == {
        ("smith", "jones", "REJECT", -1)
    }
    found = relations(nlp, "Smith refused to criticize Jones.")
    assert [(r.type, r.polarity, r.flags) for r in found] == [("ACCUSE", 0, ("negated",))]


def test_taking_back_a_friendly_act_is_a_rebuff(nlp: Language) -> None:
    his = {"his": "smith"}
    found = relations(nlp, "Smith rescinded his endorsement of Jones on Saturday.", pronouns=his)
    assert [(r.type, r.polarity, r.flags) for r in found] == [("REJECT", -1, ())]
    assert found[0].evidence.text == "rescinded his endorsement of Jones"
    for text in (
        "Smith withdrew his support for Jones.",
        "Smith cancelled his meeting with Jones.",
    ):
        assert triples(relations(nlp, text, pronouns=his)) == {("smith", "jones", "REJECT", -1)}
    # not taken back: the support stands, or its withdrawal is only denied or possible
    for text in (
        "Smith did not withdraw his support for Jones.",
        "Smith could withdraw his support for Jones.",
    ):
        found = relations(nlp, text, pronouns=his)
        assert {(r.type, r.polarity) for r in found} == {("SUPPORT", 0)}
    found = relations(nlp, "Smith renewed his support for Jones.", pronouns=his)
    assert triples(found) == {("smith", "jones", "SUPPORT", 1)}


def test_a_participle_after_a_refusal_happened(nlp: Language) -> None:
    found = relations(nlp, "Smith declined to comment, accusing Jones of lying.")
    assert [(r.type, r.polarity, r.flags) for r in found] == [("ACCUSE", -1, ())]


def test_a_gerund_clause_belongs_to_the_one_shown_doing(nlp: Language) -> None:
    text = "The rally featured Smith waving a flag while defending Jones."
    assert triples(relations(nlp, text)) == {("smith", "jones", "SUPPORT", 1)}


def test_a_judgement_on_a_pronoun_needs_a_named_antecedent(nlp: Language) -> None:
    text = (
        "Smith spoke after Garcia, an aide.\n\n"
        '"There is something fundamentally wrong about his understanding," Jones said.'
    )
    q = quote(text, "There is something fundamentally wrong about his understanding", "said",
              "Jones", "jones")  # fmt: skip
    assert not [
        r for r in relations(nlp, text, quotes=[q], pronouns={"his": "garcia"}) if r.quote == 0
    ]
    again = text.replace("an aide.", "an aide. Garcia left.")
    q = quote(again, "There is something fundamentally wrong about his understanding", "said",
              "Jones", "jones")  # fmt: skip
    found = relations(nlp, again, quotes=[q], pronouns={"his": "garcia"})
    assert triples(found) == {("jones", "garcia", "ACCUSE", -1)}


def test_a_noun_after_a_light_verb_takes_its_modality(nlp: Language) -> None:
    found = relations(nlp, "Smith would not come to the defense of Jones.")
    assert [(r.polarity, set(r.flags)) for r in found] == [(0, {"negated", "hypothetical"})]
    assert triples(relations(nlp, "Smith came to the defense of Jones.")) == {
        ("smith", "jones", "SUPPORT", 1)
    }


def test_a_subject_run_into_the_byline_above(nlp: Language) -> None:
    text = "By Ann Lee\n\nSome Republicans are furious over Jones's remarks."
    assert triples(relations(nlp, text)) == {("republicans", "jones", "ACCUSE", -1)}


def test_a_conjunct_inside_a_group_mention_is_no_second_actor(nlp: Language) -> None:
    doc_text = "Some Republicans and Garcia loyalists condemned Jones."
    found = relations(nlp, doc_text, pronouns={"loyalists": "republicans"})
    assert {r.source for r in found} == {"republicans"}


def test_not_agreeing_with_someone_is_disagreeing(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith does not agree with Jones.")) == {
        ("smith", "jones", "REJECT", -1)
    }
    found = relations(nlp, "Smith would not agree with Jones.")
    assert [(r.type, r.polarity) for r in found] == [("AGREE", 0)]


def test_a_reaction_received_is_the_reactor_s_act(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith's remarks drew sharp criticism from Jones.")) == {
        ("jones", "smith", "ACCUSE", -1)
    }
    text = "Smith's attacks have also gained him some admirers, such as Jones."
    found = triples(relations(nlp, text, pronouns={"him": "smith"}))
    assert found == {("jones", "smith", "SUPPORT", 1)}
    text = "Smith is thrilled to receive the endorsement of Jones."
    assert triples(relations(nlp, text)) == {("jones", "smith", "SUPPORT", 1)}
    assert not relations(nlp, "Smith drew praise from the women on the show.")


def test_a_reaction_received_by_its_measure_is_the_reactor_s_act(nlp: Language) -> None:
    # "Trump's words have sparked a wave of criticism among American politicians" (devset
    # 173), "a chorus of criticism", "a barrage of attacks" (PolNeAR train): the measure is
    # no reaction, the reaction after its "of" is
    text = "Smith's remarks drew a storm of criticism from Jones."
    assert triples(relations(nlp, text)) == {("jones", "smith", "ACCUSE", -1)}
    text = "Smith faced a barrage of attacks from Jones."
    assert triples(relations(nlp, text)) == {("jones", "smith", "ACCUSE", -1)}
    # the reaction a statement's cue receives is no statement of its subject
    text = "Smith's words have sparked criticism among Jones and Garcia."
    q = quote(text, "among Jones and Garcia", "have sparked criticism", "Smith's words", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {
        ("jones", "smith", "ACCUSE", -1),
        ("garcia", "smith", "ACCUSE", -1),
    }


def test_a_reaction_received_under_a_verb_is_the_reactor_s_act(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith came under fire from Jones over the remarks.")) == {
        ("jones", "smith", "ACCUSE", -1)
    }
    assert triples(relations(nlp, "Smith has come under attack from Jones.")) == {
        ("jones", "smith", "ACCUSE", -1)
    }
    # under fire, but from no one named; and fire that is no reaction
    assert not relations(nlp, "Smith came under fire over the remarks.")
    assert not relations(nlp, "Smith and Jones exchanged fire at the border.")


def test_opposition_faced_is_the_opponents_rejection(nlp: Language) -> None:
    # PolNeAR train: "faced stern opposition from some of the club's homeowners", "faced
    # scorched-earth opposition from Republicans", "face full-throated opposition from many
    # prominent Republicans"
    text = "Smith faced stern opposition from Jones over the plan."
    assert triples(relations(nlp, text)) == {("jones", "smith", "REJECT", -1)}
    # a meeting is no reaction received
    assert triples(relations(nlp, "Smith met with Jones on Monday.")) == {
        ("smith", "jones", "CONSULT", 0)
    }


def test_a_reaction_acted_amid_or_answered_is_aimed_at_the_one_who_acts(
    nlp: Language,
) -> None:
    text = "Smith rose in the polls amid attacks from Jones over immigration."
    assert triples(relations(nlp, text)) == {("jones", "smith", "ACCUSE", -1)}
    text = "Smith responded to Tuesday's criticism from Jones."
    assert triples(relations(nlp, text)) == {("jones", "smith", "ACCUSE", -1)}
    # "of" names whom the criticism is aimed at there, not who makes it
    found = triples(relations(nlp, "Smith defended the plan amid criticism of Jones."))
    assert not {t for t in found if t[0] == "jones"}
    text = "Smith rose in the polls amid criticism of Garcia from Jones."
    assert triples(relations(nlp, text)) == {("jones", "smith", "ACCUSE", -1)}
    # "by" names the doer of a deed there, not a critic
    assert not relations(nlp, "After the attack on a nightclub by Jones, Smith spoke.")
    # only what is answered: a criticism merely mentioned is no reaction to the subject
    assert not relations(nlp, "Smith wrote about criticism from Jones.")


def test_a_provoked_actor_turns_against_the_provoker(nlp: Language) -> None:
    assert triples(relations(nlp, "Smith's remarks angered Jones.")) == {
        ("jones", "smith", "ACCUSE", -1)
    }
    assert triples(relations(nlp, "Jones was angered by Smith.")) == {
        ("jones", "smith", "ACCUSE", -1)
    }
    assert triples(relations(nlp, "Smith caused a stir with Jones over the plan.")) == {
        ("jones", "smith", "ACCUSE", -1)
    }
    assert triples(relations(nlp, "Smith impressed Jones.")) == {("jones", "smith", "SUPPORT", 1)}


def test_the_victim_of_a_bad_act_is_not_the_one_judged(nlp: Language) -> None:
    text = "“Garcia betrayed Jones,” Smith said."
    q = quote(text, "Garcia betrayed Jones", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "garcia", "ACCUSE", -1)}
    text = "“We will destroy Jones,” Smith said."
    q = quote(text, "We will destroy Jones", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "ACCUSE", -1)}


def test_an_intended_act_keeps_its_stance(nlp: Language) -> None:
    found = relations(nlp, "Smith tried to undermine Jones.")
    assert [(r.type, r.polarity, r.flags) for r in found] == [("ACCUSE", -1, ("intended",))]
    assert not relations(nlp, "Smith wants to meet with Jones.")
    found = relations(nlp, "Smith needs to challenge Jones.")
    assert [(r.polarity, r.flags) for r in found] == [(0, ("hypothetical",))]


def test_prompted_to_walk_out_is_a_protest(nlp: Language) -> None:
    text = "Smith's gesture prompted Jones to back out of the event."
    found = relations(nlp, text)
    assert [(r.source, r.target, r.type, r.mode) for r in found] == [
        ("jones", "smith", "PROTEST", "boycott")
    ]
    assert not relations(nlp, "The storm prompted Jones to back out of the event.")
    found = triples(relations(nlp, "Smith's remarks prompted Jones to praise Garcia."))
    assert found == {("jones", "garcia", "SUPPORT", 1)}


def test_measures_and_groups_in_passing_are_not_judged(nlp: Language) -> None:
    text = "“Jones has done a great job,” Smith said."
    q = quote(text, "Jones has done a great job", "said", "Smith", "smith")
    assert triples(relations(nlp, text, quotes=[q])) == {("smith", "jones", "SUPPORT", 1)}
    text = "“Their friends are wonderful,” Smith said."
    (doc,) = parse(nlp, [text])
    name_actors(doc, {"friends": "friends"})
    doc._.actors = [
        Actor(a.id, a.name, "group" if a.id == "friends" else a.type) for a in doc._.actors
    ]
    doc._.quotes = [quote(text, "Their friends are wonderful", "said", "Smith", "smith")]
    assert not find_relations(doc, plover.load())


def test_an_act_someone_should_or_must_do_is_hypothetical(nlp: Language) -> None:
    # "Harris must defend the failed administration" (a rival's words): no defence yet
    for text in ("Smith must defend Jones.", "Smith should criticize Jones."):
        found = relations(nlp, text)
        assert [r.polarity for r in found] == [0], text
        assert "hypothetical" in found[0].flags, text


def test_labels_of_unlawfulness_bigotry_and_fitness_carry_valence(nlp: Language) -> None:
    # words of the news' most common charges (and of fitness for office), valence.tsv
    for text, expected in (
        ("Smith called Jones's move unnecessary, counterproductive and unlawful.", -1),
        ("Smith called Jones divisive and irresponsible.", -1),
        ("Smith branded Jones a bigot.", -1),
        ("Smith described Jones as qualified and competent.", 1),
    ):
        assert [r.polarity for r in relations(nlp, text)] == [expected], text


def test_questioning_someone_or_what_is_theirs_accuses_them(nlp: Language) -> None:
    # plover_additions.tsv: "questioned Trump's temperament", "questioning Clinton's judgment"
    found = triples(relations(nlp, "Smith questioned Jones's temperament on Monday."))
    assert found == {("smith", "jones", "ACCUSE", -1)}


def test_breaking_with_someone_rejects_them(nlp: Language) -> None:
    # plover_additions.tsv overrides PETRARCH's threat: "to break with Mr. Obama", "breaking
    # with the Fed's chairwoman" (PolNeAR train)
    found = triples(relations(nlp, "Smith broke with Jones over the budget."))
    assert found == {("smith", "jones", "REJECT", -1)}


def test_pardoning_someone_supports_them(nlp: Language) -> None:
    # plover_additions.tsv reads PETRARCH's concession as support: "he will pardon
    # ex-president Juan Orlando Hernandez" (devset 159), "pardoned hundreds of violent cop
    # assaulters" (devset 100)
    found = triples(relations(nlp, "Smith pardoned Jones on Friday."))
    assert found == {("smith", "jones", "SUPPORT", 1)}


def test_dismissing_someone_as_a_label_accuses_them(nlp: Language) -> None:
    # "Pelosi dismissed the women ... as a tiny squad" (devset 019); "dismissing him as the
    # latest ..." (PolNeAR train); what someone said, dismissed, is still a rejection
    found = triples(relations(nlp, "Smith dismissed Jones as a tiny squad with no support."))
    assert found == {("smith", "jones", "ACCUSE", -1)}
    found = triples(relations(nlp, "Smith dismissed Jones's claims as false."))
    assert found == {("smith", "jones", "REJECT", -1)}
    assert triples(relations(nlp, "Smith dismissed Jones.")) == {("smith", "jones", "REJECT", -1)}


def test_anger_and_fury_at_someone_accuse_them(nlp: Language) -> None:
    # nouns of the feelings whose adjectives are listed ("angry at", "furious with"):
    # "expressed fury at Schumer" (devset 059), "their anger toward Senator Jeff Sessions",
    # "anger over President Lyndon Johnson's ..." (PolNeAR train)
    found = triples(relations(nlp, "Smith expressed fury at Jones on Friday."))
    assert found == {("smith", "jones", "ACCUSE", -1)}
    found = triples(relations(nlp, "Smith's anger toward Jones grew."))
    assert found == {("smith", "jones", "ACCUSE", -1)}
    # the verb "anger" with the means of angering names no target
    found = triples(relations(nlp, "Smith angered Garcia with comments on Jones."))
    assert ("smith", "jones", "ACCUSE", -1) not in found


def test_members_listed_after_a_clause_describing_the_group(nlp: Language) -> None:
    # the parser hangs "including" on the clause describing the group ("progressive leaders
    # backing Mamdani, including Representative Alexandria Ocasio-Cortez", devset 075), not
    # on the group
    text = (
        "Smith also took aim at progressive leaders backing Garcia, including Representative Jones."
    )
    assert triples(relations(nlp, text)) == {("smith", "jones", "ACCUSE", -1)}
    text = "Smith attacked the donors funding Garcia, including Jones."
    assert triples(relations(nlp, text)) == {("smith", "jones", "ACCUSE", -1)}


def test_a_verb_the_tagger_read_as_a_plural_noun_still_relates(nlp: Language) -> None:
    # headlines in the present: "Trump rips Joe Scarborough", "Clinton swipes at Trump over
    # Brexit" (PolNeAR train), "Trump rips Canada" (devset 065): the verb is tagged NNS and
    # the sentence has no verb; the words' order still says who did what to whom
    doc = parse(nlp, ["Smith rips Jones."])[0]
    assert doc[1].tag_ == "NNS"  # the misreading this rule is for
    assert triples(relations(nlp, "Smith rips Jones.")) == {("smith", "jones", "ACCUSE", -1)}
    # a plural noun that is no lexicon verb's form, between names, relates no one
    assert not relations(nlp, "Smith aides Jones.")
