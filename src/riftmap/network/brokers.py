"""Brokers: actors in the middle of a rift.

A broker of the pair (a, b) is tied to both (a relation in either direction with each), does
not attack either (its own relations to each side are not hostile on balance), and reaches
out to at least one side with a request, consultation or support (``OUTREACH``). Brokers who
reach out to both sides come first, then those with more outreach, then more ties.

``brokerage`` scores every actor over the whole signed graph: the number of hostile pairs it
brokers in that sense, each weighted by the hostile statements between the pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from riftmap.network.rows import OUTREACH, RelationRow


class Ties:
    """Who addresses whom, how often, with what net polarity and how much outreach."""

    def __init__(self, rows: Iterable[RelationRow]) -> None:
        self.count: dict[tuple[str, str], int] = defaultdict(int)
        self.net: dict[tuple[str, str], int] = defaultdict(int)
        self.outreach: dict[tuple[str, str], int] = defaultdict(int)
        self.hostile: dict[frozenset[str], int] = defaultdict(int)
        self.neighbours: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            key = (r.source, r.target)
            self.count[key] += 1
            self.net[key] += r.polarity
            self.outreach[key] += r.type in OUTREACH and r.polarity >= 0
            self.hostile[frozenset(key)] += r.hostile
            self.neighbours[r.source].add(r.target)
            self.neighbours[r.target].add(r.source)

    @classmethod
    def of_counts(cls, counts: Iterable[tuple[str, str, int, int, int, int]]) -> Ties:
        """The ties of directed pairs counted elsewhere (a store): ``(source, target,
        relations, summed polarity, outreach relations, hostile relations)``."""
        ties = cls(())
        for source, target, count, net, outreach, hostile in counts:
            key = (source, target)
            ties.count[key] += int(count)
            ties.net[key] += int(net)
            ties.outreach[key] += int(outreach)
            ties.hostile[frozenset(key)] += int(hostile)
            ties.neighbours[source].add(target)
            ties.neighbours[target].add(source)
        return ties

    def ties(self, a: str, b: str) -> int:
        return self.count.get((a, b), 0) + self.count.get((b, a), 0)


def brokers(ties: Ties, a: str, b: str) -> list[str]:
    """The brokers of the pair (a, b), best first (see the module docstring)."""
    ranked = []
    for c in sorted((ties.neighbours[a] & ties.neighbours[b]) - {a, b}):
        if ties.net.get((c, a), 0) < 0 or ties.net.get((c, b), 0) < 0:
            continue
        reach = [ties.outreach.get((c, a), 0), ties.outreach.get((c, b), 0)]
        if not any(reach):
            continue
        sides = sum(1 for n in reach if n)
        ranked.append((-sides, -sum(reach), -(ties.ties(c, a) + ties.ties(c, b)), c))
    return [c for *_, c in sorted(ranked)]


def brokerage(rows: Iterable[RelationRow]) -> dict[str, float]:
    """Each actor's signed brokerage: the hostile statements of the pairs it brokers."""
    ties = Ties(rows)
    score: dict[str, float] = defaultdict(float)
    for pair, hostile in sorted(ties.hostile.items(), key=lambda kv: sorted(kv[0])):
        if hostile == 0 or len(pair) != 2:
            continue
        a, b = sorted(pair)
        for c in brokers(ties, a, b):
            score[c] += hostile
    return dict(sorted(score.items(), key=lambda kv: (-kv[1], kv[0])))
