"""The map layer: signed actor networks over time, factions, rifts and brokers.

Built from the store or from extraction JSON Lines; every edge keeps the ids of the relations
behind it, so every number leads back to sentences.
"""

from riftmap.network.brokers import brokerage, brokers
from riftmap.network.build import build_network
from riftmap.network.dna import DnaViews, dna_views
from riftmap.network.factions import factions
from riftmap.network.identity import ActorRecord, Identity, Override, merge_actors
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
from riftmap.network.rifts import rifts
from riftmap.network.rows import RelationRow, Relations, Slice
from riftmap.network.windows import Window, windows

__all__ = [
    "ActorRecord",
    "DnaViews",
    "Edge",
    "Evidence",
    "Faction",
    "Factions",
    "Identity",
    "Network",
    "Node",
    "Override",
    "RelationRow",
    "Relations",
    "Rift",
    "Slice",
    "Window",
    "WindowPoint",
    "brokerage",
    "brokers",
    "build_network",
    "dna_views",
    "factions",
    "merge_actors",
    "rifts",
    "windows",
]
