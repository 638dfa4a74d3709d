"""The knowledge base's figures of the 2016 campaign that PolNeAR's articles name in several
articles each (justices, a judge, a sheriff, senators, governors, campaign staff, a Gold Star
family): their roles answer by date, and a description the knowledge base knows names them
rather than the salient candidate."""

from __future__ import annotations

from actor_support import holders, mentions_by_actor
from spacy.language import Language

from riftmap.kb import default_kb


def test_justices_by_date() -> None:
    kb = default_kb()
    title = "Associate Justice of the Supreme Court"
    early = {a.id for a, _ in kb.holders(title, "2016-01-15")}
    late = {a.id for a, _ in kb.holders(title, "2016-03-01")}
    assert "antonin-scalia" in early and "antonin-scalia" not in late
    assert {"ruth-bader-ginsburg", "sonia-sotomayor", "anthony-m-kennedy"} <= late


def test_a_known_description_names_the_sheriff_not_the_candidate(nlp: Language) -> None:
    text = (
        "Trump landed in Phoenix. Preceded at the lectern by Joe Arpaio, Trump launched into a"
        " lament. The Arizona sheriff had spoken for ten minutes."
    )
    found = mentions_by_actor(nlp, text, "2016-09-01")
    assert holders(found, "The Arizona sheriff") == ["joe-arpaio"]


def test_campaign_staff_by_role() -> None:
    kb = default_kb()
    assert [a.id for a, _ in kb.holders("Sanders campaign manager", "2016-05")] == ["jeff-weaver"]
    assert [a.id for a, _ in kb.holders("Mayor of London", "2016-06")] == ["sadiq-khan"]


def test_a_gold_star_fathers_wife_is_his_wife(nlp: Language) -> None:
    text = (
        "Khizr Khan spoke at the convention on Thursday. His wife stood beside him. Donald"
        " Trump later said she had not been allowed to speak."
    )
    found = mentions_by_actor(nlp, text, "2016-07-31")
    assert holders(found, "His wife") == ["ghazala-khan"]


def test_former_governors_by_date() -> None:
    kb = default_kb()
    assert [a.id for a, _ in kb.holders("Governor of Pennsylvania", "2008-01-01")] == ["ed-rendell"]
    assert "ed-rendell" not in {a.id for a, _ in kb.holders("Governor of Pennsylvania", "2016")}
    assert "howard-dean" in {a.id for a, _ in kb.holders("Governor of Vermont", "1995-06-01")}


def test_earlier_offices_of_2016_figures_by_date(nlp: Language) -> None:
    # the offices copy of the 2016 campaign names its figures by: Romney's governorship and
    # nomination, McCain's nomination, Gingrich's speakership (devset 211, 220, 249, 269;
    # checkset 018)
    kb = default_kb()
    assert [a.id for a, _ in kb.holders("Governor of Massachusetts", "2005-01-01")] == [
        "mitt-romney"
    ]
    nominees = {a.id for a, _ in kb.holders("Republican presidential nominee", "2008-10-01")}
    assert nominees == {"john-mccain"}
    assert [a.id for a, _ in kb.holders("Speaker of the House", "1996-01-01")] == ["newt-gingrich"]
    text = (
        "Mitt Romney attacked Donald Trump on Thursday. The former governor of Massachusetts"
        " called him a phony. Newt Gingrich defended Trump. The former Speaker said Romney was"
        " bitter."
    )
    found = mentions_by_actor(nlp, text, "2016-03-03")
    assert holders(found, "The former governor of Massachusetts") == ["mitt-romney"]
    assert holders(found, "The former Speaker") == ["newt-gingrich"]
