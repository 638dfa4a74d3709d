"""Actors across documents: one id per person, and descriptors learned in one article used
in the next (riftmap.nlp.corpus.CorpusActors through riftmap.api.extract)."""

from __future__ import annotations

from spacy.language import Language

from riftmap.api import extract
from riftmap.models import Article, Extraction
from riftmap.nlp.actors.corpus import CorpusActors


def extractions(nlp: Language, *texts: str, corpus: CorpusActors | None = None) -> list[Extraction]:
    articles = [Article(doc=f"d{n}", text=t) for n, t in enumerate(texts)]
    return list(extract(articles, nlp, corpus=corpus))


def ids_with(extraction: Extraction, surface: str) -> set[str]:
    return {a.id for a in extraction.actors if any(m.text == surface for m in a.mentions)}


def test_three_articles_name_one_person_three_ways(nlp: Language) -> None:
    found = extractions(
        nlp,
        "Margaret H. Delacroix, the port authority chair, opened the new terminal.",
        "Peggy Delacroix told reporters the terminal would double capacity.",
        "Delacroix said on Friday that shipping fees would not rise.",
    )
    assert ids_with(found[0], "Margaret H. Delacroix") == {"margaret-delacroix"}
    assert ids_with(found[1], "Peggy Delacroix") == {"margaret-delacroix"}
    assert ids_with(found[2], "Delacroix") == {"margaret-delacroix"}


def test_people_sharing_a_surname_stay_apart_across_articles(nlp: Language) -> None:
    found = extractions(
        nlp,
        "Rosa Vance announced her candidacy in Denver.",
        "Tom Vance, her brother, endorsed a rival candidate.",
        "Vance said the race would be close.",  # the first full name seen is Rosa Vance
    )
    assert ids_with(found[0], "Rosa Vance") == {"rosa-vance"}
    assert ids_with(found[1], "Tom Vance") == {"tom-vance"}


def test_descriptor_learned_in_one_article_resolves_another(nlp: Language) -> None:
    found = extractions(
        nlp,
        "Ruth Kowalski, the Zenith Motors CEO, said the plant would stay open.",
        "Workers gathered outside the plant on Monday. The Zenith Motors CEO promised "
        "higher wages.",
    )
    assert ids_with(found[1], "The Zenith Motors CEO") == {"ruth-kowalski"}


def test_an_office_learned_years_apart_names_no_one(nlp: Language) -> None:
    """Offices change hands: whom a 2025 article called "the Ruritanian ambassador" is not
    whom a 2016 article means, and a role a later article gives is no "former" role of an
    earlier one (devset 256 and 295: 2015-16 articles took 2025's senator and president);
    what is no office ("the Zenith Motors CEO" of a company) holds across the years."""
    texts = {
        "a": "Ruth Kowalski, the Ruritanian ambassador and Zenith Motors CEO, said the plant "
        "would stay open.",
        "b": "Workers gathered outside the plant. The Ruritanian ambassador promised more pay.",
        "c": "Workers left the plant. The former Ruritanian ambassador stayed silent.",
        "d": "Workers gathered again. The Ruritanian ambassador promised a bonus.",
        "e": "Workers gathered at dawn. The Zenith Motors CEO promised a bonus.",
    }
    published = {"a": "2025-03-01", "b": "2016-03-01", "c": "2024-06-01", "d": "2024-06-01"}
    published["e"] = "2016-03-01"
    articles = [Article(doc=k, text=t, published=published[k]) for k, t in texts.items()]
    found = {e.article.doc: e for e in extract(articles, nlp)}
    assert "ruth-kowalski" not in {a.id for a in found["b"].actors}
    assert "ruth-kowalski" not in {a.id for a in found["c"].actors}
    assert ids_with(found["d"], "The Ruritanian ambassador") == {"ruth-kowalski"}
    assert ids_with(found["e"], "The Zenith Motors CEO") == {"ruth-kowalski"}


def test_corpus_counts_documents_mentions_and_quotes(nlp: Language) -> None:
    corpus = CorpusActors()
    extractions(
        nlp,
        '"The port is ready," Margaret Delacroix said.',
        '"Fees will not rise," Delacroix said on Friday.',
        corpus=corpus,
    )
    actor = corpus.actors["margaret-delacroix"]
    assert actor.documents == 2 and actor.quotes == 2 and actor.mentions >= 2
    assert corpus.top_speakers(1)[0].id == "margaret-delacroix"


def test_a_short_name_taken_in_by_its_full_name_keeps_its_descriptors(nlp: Language) -> None:
    """A surname first seen alone (with a description) and then in full is one record; an
    epithet in a later article that fits the description finds the full name's record (the
    short record's id must not survive in the descriptor index)."""
    corpus = CorpusActors()
    found = extractions(
        nlp,
        "Delacroix, the Zenith Motors CEO, opened the new plant.",
        "Margaret Delacroix told reporters the plant would double capacity.",
        "Workers gathered outside the plant. The Zenith Motors CEO promised higher wages.",
        corpus=corpus,
    )
    assert "delacroix" not in corpus.actors
    assert any(d.heads & {"ceo"} for d, _ in corpus.actors["margaret-delacroix"].descriptors)
    assert ids_with(found[2], "The Zenith Motors CEO") == {"margaret-delacroix"}


def test_a_spouse_in_one_article_keeps_her_own_id(nlp: Language) -> None:
    # PolNeAR train (wash-post 2016-09-03, paraphrased): the wife's full name shares the
    # husband's surname, and the surname alone must not make her him
    text = (
        "Marcel Lehel Lazar was sentenced on Thursday.\n\n"
        "His lawyer wrote that Lazar is a devoted father and husband.\n\n"
        '"We need him," his wife, Gabriela Violeta Lazar, wrote in a letter to the court.\n\n'
        "A high school graduate, Lazar had no formal training."
    )
    (found,) = extractions(nlp, text)
    assert ids_with(found, "Gabriela Violeta Lazar") == {"gabriela-violeta-lazar"}
    assert ids_with(found, "Marcel Lehel Lazar") == {"marcel-lehel-lazar"}
