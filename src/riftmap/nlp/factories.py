"""Every ``Language.factory`` registration of riftmap, with its default config."""

from __future__ import annotations

from spacy.language import Language

from riftmap.nlp.actors.component import SpeakerComponent
from riftmap.nlp.attribution.component import AttributionComponent
from riftmap.nlp.relations.component import RelationComponent
from riftmap.nlp.text.sentence_breaks import SentenceBreaks


@Language.factory("riftmap_sentence_breaks", default_config={})
def make_sentence_breaks(nlp: Language, name: str) -> SentenceBreaks:
    """Start a new sentence after a blank line or at a quotation after a full stop."""
    return SentenceBreaks()


@Language.factory("riftmap_attribution", default_config={"model_dir": None})
def make_attribution(nlp: Language, name: str, model_dir: str | None) -> AttributionComponent:
    """Find attributed statements; results on ``doc._.quotes``."""
    return AttributionComponent(model_dir=model_dir)


@Language.factory("riftmap_speakers", default_config={})
def make_speakers(nlp: Language, name: str) -> SpeakerComponent:
    """Resolve each statement's source to an actor of the document; results on ``doc._.actors``."""
    return SpeakerComponent()


@Language.factory("riftmap_relations", default_config={"topics": None, "include_flagged": False})
def make_relations(
    nlp: Language, name: str, topics: str | None, include_flagged: bool
) -> RelationComponent:
    """Who acts on whom: PLOVER-typed, dated relations with a topic; on ``doc._.relations``.
    ``topics`` is an optional topic list file (see ``riftmap.nlp.relations.topics``); negated and
    hypothetical relations go to ``doc._.flagged_relations`` unless ``include_flagged``."""
    return RelationComponent(topics=topics, include_flagged=include_flagged)
