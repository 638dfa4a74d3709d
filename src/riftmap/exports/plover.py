"""PLOVER event records as JSON Lines, one event per line (keys in a fixed order).

Fields follow the PLOVER data interchange record: ``id``, ``date``, ``actor`` and
``recipient`` as entity objects (``identifier_id`` is the Wikidata id where the knowledge base
knows it), ``event``, ``mode``, ``context``, ``event_text``, ``quad_code``, ``text_info``
(where in the article) and ``cite_info`` (which article). ``context`` is PLOVER's closed list
of policy areas; riftmap's topics are free words, so it stays empty and the topic travels in
``topic``. See docs/exports.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from riftmap.exports.catalogue import Party
from riftmap.exports.events import Event, cameo_of, full_date
from riftmap.network.model import Node


def plover_record(event: Event) -> dict[str, Any]:
    r = event.record
    cameo = cameo_of(r.type, r.polarity)
    return {
        "id": r.id,
        "date": full_date(r.date),
        "actor": _entity(event.source, r.source),
        "recipient": _entity(event.target, r.target),
        "event": r.type,
        "mode": r.mode or "",
        "context": [],
        "topic": r.topic,
        "polarity": r.polarity,
        "event_text": r.text,
        "quad_code": cameo.quad if cameo else 0,
        "text_info": {"doc": r.doc, "start": r.start, "end": r.end},
        "cite_info": {
            "url": r.url,
            "title": r.title or r.document,
            "publication": r.outlet,
            "date": r.date,
        },
    }


def _entity(node: Node, party: Party) -> dict[str, Any]:
    return {
        "entity": node.name,
        "entity_type": node.type,
        "actor_id": node.id,
        "text": party.name,
        "identifier_id": party.wikidata,
        "identifier_source": "wikidata" if party.wikidata else None,
    }


def plover_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(plover_record(e), ensure_ascii=False) + "\n" for e in events)
