"""Extraction JSON Lines with a known structure, for the map layer's tests.

``planted`` writes three blocs of eight actors over twenty weeks: statements inside a bloc are
friendly and across blocs hostile, each flipped with probability ``noise``; one pair inside
bloc 0 talks to each other more, friendly at first and hostile in the last ``turn`` weeks.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST = ["Ada", "Ben", "Cora", "Dan", "Eve", "Finn", "Gia", "Hal"]
LAST = [
    "Abbot", "Baird", "Cole", "Dunn", "Ellis", "Frost", "Grant", "Hale",
    "Irwin", "Judd", "Kerr", "Lowe", "Marsh", "Nash", "Orr", "Pike",
    "Quinn", "Reed", "Shaw", "Tate", "Upton", "Vance", "Wade", "Yates",
]  # fmt: skip
START = date(2025, 1, 6)


def actor(i: int) -> dict[str, Any]:
    name = f"{FIRST[i % 8]} {LAST[i]}"
    return {"id": name.lower().replace(" ", "-"), "name": name, "type": "person", "mentions": []}


def planted(
    path: Path,
    *,
    blocs: int = 3,
    size: int = 8,
    weeks: int = 20,
    turn: int = 4,
    noise: float = 0.1,
    talk: float = 0.35,
    seed: int = 11,
) -> tuple[dict[str, int], tuple[str, str]]:
    """Write the corpus to ``path``; return each actor id's bloc and the planted pair."""
    rng = random.Random(seed)
    actors = [actor(i) for i in range(blocs * size)]
    bloc = {a["id"]: i // size for i, a in enumerate(actors)}
    pair = (actors[0]["id"], actors[1]["id"])
    with path.open("w", encoding="utf-8") as out:
        for week in range(weeks):
            relations = []
            for i, a in enumerate(actors):
                for b in actors[i + 1 :]:
                    ends = (a["id"], b["id"])
                    if ends == pair:
                        hostile = week >= weeks - turn
                        times = 3 if hostile else 1
                    else:
                        hostile = bloc[ends[0]] != bloc[ends[1]]
                        times = 1 if rng.random() < talk else 0
                    for _ in range(times):
                        flip = rng.random() < noise
                        relations.append(_relation(rng, ends, hostile != flip))
            out.write(json.dumps(_doc(week, actors, relations)) + "\n")
    return bloc, pair


def _relation(rng: random.Random, ends: tuple[str, str], hostile: bool) -> dict[str, Any]:
    source, target = ends if rng.random() < 0.5 else ends[::-1]
    return {
        "source": source,
        "target": target,
        "type": "ACCUSE" if hostile else "SUPPORT",
        "polarity": -1 if hostile else 1,
        "topic": "budget" if hostile else None,
        "when": None,
        "confidence": 0.8,
        "evidence": {"start": 0, "end": 4, "text": "said"},
        "quote": None,
    }


def _doc(week: int, actors: list[dict[str, Any]], relations: list[Any]) -> dict[str, Any]:
    return {
        "doc": f"week-{week:02d}.txt",
        "title": f"Week {week}",
        "published": (START + timedelta(weeks=week)).isoformat(),
        "outlet": "Test Wire",
        "actors": actors,
        "quotes": [],
        "relations": relations,
    }
