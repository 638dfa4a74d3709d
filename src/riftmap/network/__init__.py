"""The map layer: signed actor networks over time, factions, rifts and brokers.

Built from the store or from extraction JSON Lines; every edge keeps the ids of the relations
behind it, so every number leads back to sentences.
"""
