"""A small hand-made corpus for the export and report tests: extraction JSON Lines with dates,
outlets and Wikidata ids, and the network, factions and rifts that go with it, built by hand
so these tests do not depend on how the network layer computes them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from riftmap.network.model import (
    Edge,
    Evidence,
    Faction,
    Factions,
    Network,
    Node,
    Rift,
    WindowPoint,
)

XSS = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'

ACTORS = {
    "steve-bannon": ("Steve Bannon", "person", None, ["MAGA movement"]),
    "elon-musk": ("Elon Musk", "person", "Q317521", ["DOGE"]),
    "donald-trump": ("Donald Trump", "person", "Q22686", ["Republican Party"]),
    "tech-bros": ("tech bros", "group", None, []),
}


def _rel(source: str, target: str, type_: str, pol: int, text: str, start: int,
         topic: str | None = None, quote: int | None = None) -> dict[str, Any]:
    return {"source": source, "target": target, "type": type_, "polarity": pol,
            "mode": "disapprove" if type_ == "ACCUSE" else None, "topic": topic, "when": None,
            "evidence": {"start": start, "end": start + len(text), "text": text},
            "quote": quote, "confidence": 0.8, "flags": []}


def documents() -> list[dict[str, Any]]:
    actors = [{"id": k, "name": v[0], "type": v[1], "wikidata": v[2], "affiliations": v[3],
               "mentions": []} for k, v in ACTORS.items()]
    quote = {"speaker": "steve-bannon", "kind": "direct", "confidence": 0.9,
             "source": None, "cue": None, "content": {"start": 0, "end": 10, "text": "x"}}
    return [
        {"doc": "a.txt", "title": "Bannon on Musk", "published": "2025-01-05",
         "outlet": "Politico", "url": "https://example.org/a", "actors": actors,
         "quotes": [quote],
         "relations": [
             _rel("steve-bannon", "elon-musk", "ACCUSE", -1, "Musk is a parasite.", 10,
                  "h-1b-visas", 0),
             _rel("donald-trump", "steve-bannon", "REQUEST", 0, "Trump asked Bannon to stop.",
                  50),
             _rel("elon-musk", "donald-trump", "SUPPORT", 1, "Musk praised Trump.", 90),
         ]},
        {"doc": "b.txt", "title": "The feud goes on", "published": "2025-02-10",
         "outlet": "The Independent", "url": "javascript:alert(1)", "actors": actors,
         "quotes": [],
         "relations": [
             _rel("steve-bannon", "elon-musk", "ACCUSE", -1, XSS, 5, "h-1b-visas"),
             _rel("steve-bannon", "elon-musk", "THREATEN", -1, "Bannon vowed to take Musk down.",
                  80),
             _rel("tech-bros", "donald-trump", "SUPPORT", 1, "Tech bros back Trump.", 130),
         ]},
    ]


def write_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in documents()), encoding="utf-8")
    return path


def network() -> Network:
    nodes = tuple(Node(k, v[0], v[1], n) for (k, v), n in zip(ACTORS.items(), (4, 4, 4, 1),
                                                                strict=True))
    edges = (
        Edge("donald-trump", "steve-bannon", 1, 0.0, {"REQUEST": 1}, "2025-01-05",
             "2025-01-05", ("a.txt:1",)),
        Edge("elon-musk", "donald-trump", 1, 1.0, {"SUPPORT": 1}, "2025-01-05", "2025-01-05",
             ("a.txt:2",)),
        Edge("steve-bannon", "elon-musk", 3, -1.0, {"ACCUSE": 2, "THREATEN": 1}, "2025-01-05",
             "2025-02-10", ("a.txt:0", "b.txt:0", "b.txt:1")),
        Edge("tech-bros", "donald-trump", 1, 1.0, {"SUPPORT": 1}, None, None, ("b.txt:2",)),
    )
    return Network(nodes, edges)


def factions() -> Factions:
    return Factions((Faction(0, ("donald-trump", "elon-musk", "tech-bros")),
                     Faction(1, ("steve-bannon",))), 0.0, 0.75)


def rifts() -> list[Rift]:
    evidence = Evidence("a.txt", 10, 29, "Musk is a parasite.", "steve-bannon", "2025-01-05",
                        "Politico", "https://example.org/a", "Bannon on Musk")
    timeline = (WindowPoint("2025-01-01", "2025-01-31", 1, 1),
                WindowPoint("2025-02-01", "2025-02-28", 2, 2))
    return [Rift(("steve-bannon", "elon-musk"), 3.2, "2025-01-05", "2025-02-01",
                 ("h-1b-visas",), ("donald-trump",), (evidence,), timeline)]
