"""Every ``Language.factory`` registration of riftmap, with its default config and what each
component reads (``requires``) and writes (``assigns``), so that ``nlp.analyze_pipes()``
checks the order of a pipeline. The factories are also registered as ``spacy_factories``
entry points (pyproject.toml), so that ``spacy.load`` finds them in a saved pipeline.

Only attributes that the English model's components declare are required: part-of-speech
tags (``token.pos``, which the attribute ruler sets without declaring it) are read too.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import Model

from riftmap.nlp.actors.component import SpeakerComponent
from riftmap.nlp.attribution.component import AttributionComponent
from riftmap.nlp.relations.component import RelationComponent
from riftmap.nlp.text.attribute_table import AttributeTable
from riftmap.nlp.text.lemma_table import LemmaTable
from riftmap.nlp.text.sentence_breaks import SentenceBreaks

# what the parse gives every component after it
PARSE = ["token.tag", "token.dep", "token.head", "token.lemma", "doc.sents"]
ENTITIES = ["token.ent_iob", "token.ent_type"]


@Language.factory("riftmap_sentence_breaks", assigns=["token.is_sent_start"], default_config={})
def make_sentence_breaks(nlp: Language, name: str) -> SentenceBreaks:
    """Start a new sentence after a blank line or at a quotation after a full stop."""
    return SentenceBreaks()


@Language.factory(
    "riftmap_attribution",
    assigns=["doc._.quotes"],
    requires=[*PARSE, "token.ent_type"],
    default_config={"model_dir": None},
)
def make_attribution(nlp: Language, name: str, model_dir: str | None) -> AttributionComponent:
    """Find attributed statements; results on ``doc._.quotes``."""
    return AttributionComponent(model_dir=model_dir)


@Language.factory(
    "riftmap_speakers",
    assigns=["doc._.actors", "doc._.token_actor", "doc._.quotes"],
    requires=["doc._.quotes", *PARSE, *ENTITIES],
    default_config={},
)
def make_speakers(nlp: Language, name: str) -> SpeakerComponent:
    """Resolve each statement's source to an actor of the document; results on ``doc._.actors``."""
    return SpeakerComponent()


@Language.factory(
    "riftmap_relations",
    assigns=["doc._.relations", "doc._.flagged_relations"],
    requires=["doc._.quotes", "doc._.actors", "doc._.token_actor", *PARSE, *ENTITIES],
    default_config={"topics": None, "include_flagged": False},
)
def make_relations(
    nlp: Language, name: str, topics: str | None, include_flagged: bool
) -> RelationComponent:
    """Who acts on whom: PLOVER-typed, dated relations with a topic; on ``doc._.relations``.
    ``topics`` is an optional topic list file (see ``riftmap.nlp.relations.topics``); negated
    and hypothetical relations go to ``doc._.flagged_relations`` unless ``include_flagged``."""
    return RelationComponent(topics=topics, include_flagged=include_flagged)


@Language.factory(
    "riftmap_attribute_ruler",
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep"],
    default_config={"validate": False},
)
def make_attribute_table(nlp: Language, name: str, validate: bool) -> AttributeTable:
    """The English model's attribute ruler, applied through a table (same values, faster)."""
    return AttributeTable(nlp.vocab, name, validate=validate)


@Language.factory(
    "riftmap_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False},
)
def make_lemma_table(
    nlp: Language, model: Model[Any, Any] | None, name: str, mode: str, overwrite: bool
) -> LemmaTable:
    """The English rule lemmatizer, its lemmas kept by token kind (same lemmas, faster)."""
    return LemmaTable(nlp.vocab, model, name, mode=mode, overwrite=overwrite)
