"""Link each new article to an earlier near-duplicate, through the LSH bands in the store.

Candidates are the stored articles and the earlier articles of the same batch that share a
band key with the new one; the most similar candidate at or above the threshold wins (ties go
to the earlier article), and the link points to that candidate's own original, so that every
copy of a story points to the first one stored.
"""

from __future__ import annotations

from collections import defaultdict

import duckdb

from riftmap.ingest.dedupe import THRESHOLD, bands, similarity

Link = tuple[str, str, float]


class NearDuplicates:
    """Finds near-duplicate links for a batch; expects the batch's ``batch_bands`` registered."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def link(self, new: list[tuple[str, bytes | None]]) -> list[Link]:
        """Links for ``new`` (id, signature), in arrival order: (id, duplicate_of, similarity)."""
        signed = [(aid, sig) for aid, sig in new if sig is not None]
        if not signed:
            return []
        stored = self._stored_candidates([aid for aid, _ in signed])
        known = self._stored_articles({old for olds in stored.values() for old in olds})
        seen: dict[tuple[int, int], list[str]] = defaultdict(list)
        links: list[Link] = []
        for aid, sig in signed:
            keys = list(enumerate(bands(sig)))
            earlier = {old for key in keys for old in seen[key]}
            best = self._best(sig, sorted(stored.get(aid, set()) | earlier), known)
            if best is not None:
                links.append((aid, known[best[0]][1], best[1]))
            known[aid] = (sig, links[-1][1] if best is not None else aid, len(known))
            for key in keys:
                seen[key].append(aid)
        return links

    @staticmethod
    def _best(
        sig: bytes, candidates: list[str], known: dict[str, tuple[bytes, str, int]]
    ) -> tuple[str, float] | None:
        scored = [(similarity(sig, known[c][0]), -known[c][2], c) for c in candidates]
        passing = [s for s in scored if s[0] >= THRESHOLD]
        if not passing:
            return None
        score, _, best = max(passing)
        return best, score

    def _stored_candidates(self, ids: list[str]) -> dict[str, set[str]]:
        rows = self.con.execute(
            "SELECT DISTINCT b.article_id, s.article_id FROM batch_bands b"
            " JOIN article_bands s ON b.band = s.band AND b.key = s.key"
            " WHERE b.article_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
        found: dict[str, set[str]] = defaultdict(set)
        for new, old in rows:
            if new != old:
                found[new].add(old)
        return found

    def _stored_articles(self, ids: set[str]) -> dict[str, tuple[bytes, str, int]]:
        """Signature, original and arrival rank of stored articles (rank: earlier is lower)."""
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT a.id, a.minhash, coalesce(d.duplicate_of, a.id), a.seq"
            " FROM articles a LEFT JOIN duplicates d ON d.article_id = a.id"
            " WHERE a.id IN (SELECT unnest(?::VARCHAR[])) AND a.minhash IS NOT NULL",
            [sorted(ids)],
        ).fetchall()
        # Stored articles rank before the batch's, whose ranks count up from zero.
        return {aid: (bytes(sig), original, seq - 2**62) for aid, sig, original, seq in rows}
