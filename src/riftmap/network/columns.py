"""A store network's edges kept as columns, each ``Edge`` object made when it is read.

A month of a large store holds tens of thousands of edges; the figures of every one of them
(statements, net polarity, type counts, first and last day, node totals, the order) are
computed at once with numpy over the relation rows DuckDB returns sorted by edge. What costs
is the Python objects: an ``Edge`` with its type dict and its tuple of relation ids. Most
readers look at a few edges (a report quotes a handful, a table shows the busiest), so
``EdgeTable`` makes an edge's object the first time it is asked for and keeps it; a reader
that walks every edge (JSON, exports) gets the same objects a tuple would have held.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any, overload

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from riftmap.network.bulk import bulk
from riftmap.network.model import Edge, Node

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]
_EPOCH = date(1970, 1, 1)
_NO_DAY = np.iinfo(np.int64).max


@dataclass(frozen=True)
class EdgeArrays:
    """Edges as arrays, edge i being ``source[i]`` -> ``target[i]`` (codes into ``actors``,
    whose ``ranks`` sort as the ids do), with its statements and net polarity (the same
    floats ``Edge.polarity`` holds); ``documents`` counts the articles behind all of them."""

    actors: list[str]
    ranks: Ints
    source: Ints
    target: Ints
    statements: Ints
    polarity: Floats
    documents: int

    def ids(self, codes: Ints) -> list[str]:
        return [self.actors[c] for c in codes.tolist()]

    @cached_property
    def _index(self) -> dict[str, int]:
        return {a: i for i, a in enumerate(self.actors)}

    def codes(self, actors: Iterable[str]) -> dict[str, int]:
        """The codes of those ``actors`` that have edges here."""
        index = self._index
        return {a: index[a] for a in actors if a in index}


def edge_arrays(edges: Sequence[Edge]) -> EdgeArrays:
    """The arrays of any network's edges: an ``EdgeTable``'s own, else made from the edges."""
    if isinstance(edges, EdgeTable):
        return edges.arrays()
    actors = sorted({a for e in edges for a in (e.source, e.target)})
    index = {a: i for i, a in enumerate(actors)}
    return EdgeArrays(
        actors=actors,
        ranks=np.arange(len(actors), dtype=np.int64),
        source=np.array([index[e.source] for e in edges], dtype=np.int64),
        target=np.array([index[e.target] for e in edges], dtype=np.int64),
        statements=np.array([e.statements for e in edges], dtype=np.int64),
        polarity=np.array([e.polarity for e in edges], dtype=np.float64),
        documents=len({rid.rpartition(":")[0] for e in edges for rid in e.relations}),
    )


class EdgeTable(Sequence[Edge]):
    """The edges of relation rows sorted by source, target, article and index (see
    ``from_rows``), busiest first, then by source and target."""

    def __init__(self, rows: pa.Table, order: Ints, bounds: Ints, figures: dict[str, Any]):
        self._rows = rows
        self._order = order  # edge number (in this order) -> edge in row order
        self._bounds = bounds  # row-order edge e holds rows bounds[e] .. bounds[e + 1]
        self._figures = figures
        self._built: list[Edge | None] = [None] * len(order)
        self._lists: dict[str, list[Any]] = {}

    @classmethod
    def from_rows(cls, rows: pa.Table) -> EdgeTable:
        """The edges of ``rows`` (columns source, target, type, polarity, day, doc, idx; one
        per relation, in any order): grouped here by source and target; an edge's own rows
        are put in article and index order when its object is made."""
        actors, (source, target) = string_codes(rows, "source", "target")
        by_actor = string_ranks(actors)
        perm = np.lexsort((by_actor[target], by_actor[source]))
        source, target = source[perm], target[perm]
        count = len(rows)
        change = np.ones(count, dtype=bool)
        change[1:] = (source[1:] != source[:-1]) | (target[1:] != target[:-1])
        starts = np.flatnonzero(change).astype(np.int64)
        bounds = np.append(starts, count).astype(np.int64)
        sizes = np.diff(bounds)
        figures = _figures(rows, perm, starts, sizes)
        figures.update(
            actors=actors.to_pylist(),
            ranks=by_actor,
            source=source[starts],
            target=target[starts],
            perm=perm,
        )
        order = np.argsort(-sizes, kind="stable").astype(np.int64)
        return cls(rows, order, bounds, figures)

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> Edge: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Edge, ...]: ...

    def __getitem__(self, index: int | slice) -> Edge | tuple[Edge, ...]:
        if isinstance(index, slice):
            with bulk():
                return tuple(self._edge(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("edge index out of range")
        return self._edge(index)

    def __iter__(self) -> Iterator[Edge]:
        with bulk():
            edges = [self._edge(i) for i in range(len(self))]
        return iter(edges)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EdgeTable({len(self)} edges)"

    def arrays(self) -> EdgeArrays:
        """The edges' figures as arrays, in this table's order (no ``Edge`` made)."""
        f, order = self._figures, self._order
        sizes = f["statements"][order]
        return EdgeArrays(
            actors=f["actors"],
            ranks=f["ranks"],
            source=f["source"][order],
            target=f["target"][order],
            statements=sizes,
            polarity=f["polarity"][order] / np.maximum(sizes, 1),
            documents=pc.count_distinct(self._rows.column("doc")).as_py(),
        )

    def nodes(self, names: dict[str, tuple[str, str | None]]) -> tuple[Node, ...]:
        """The edges' actors with the statements each made or received, busiest first, then
        by id (as ``riftmap.network.build.nodes_of`` orders them)."""
        f = self._figures
        actors: list[str] = f["actors"]
        totals = np.bincount(f["source"], weights=f["statements"], minlength=len(actors))
        totals += np.bincount(f["target"], weights=f["statements"], minlength=len(actors))
        by_id = f["ranks"]
        present = np.flatnonzero(totals > 0)
        ranked = present[np.lexsort((by_id[present], -totals[present]))]
        out = []
        for code, total in zip(
            ranked.tolist(), totals[ranked].astype(np.int64).tolist(), strict=True
        ):
            actor = actors[code]
            name, kind = names.get(actor, (actor, None))
            out.append(Node(id=actor, name=name, type=kind, statements=total))
        return tuple(out)

    def _column(self, name: str) -> list[Any]:
        """A row column as a list, in edge order (made once, when an edge is first read)."""
        if name not in self._lists:
            column = self._rows.column(name).take(pa.array(self._figures["perm"]))
            self._lists[name] = column.to_pylist()
        return self._lists[name]

    def _edge(self, number: int) -> Edge:
        built = self._built[number]
        if built is None:
            built = self._built[number] = self._make(int(self._order[number]))
        return built

    def _make(self, e: int) -> Edge:
        f = self._figures
        lo, hi = int(self._bounds[e]), int(self._bounds[e + 1])
        docs, idxs, kinds = self._column("doc"), self._column("idx"), self._column("type")
        rows = sorted(range(lo, hi), key=lambda r: (docs[r], idxs[r]))
        types: dict[str, int] = {}
        for r in rows:
            types[kinds[r]] = types.get(kinds[r], 0) + 1
        n = hi - lo
        return Edge(
            source=f["actors"][f["source"][e]],
            target=f["actors"][f["target"][e]],
            statements=n,
            polarity=int(f["polarity"][e]) / n,
            types=types,
            first=_iso(int(f["first"][e])),
            last=_iso(int(f["last"][e])),
            relations=tuple(f"{docs[r]}:{idxs[r]}" for r in rows),
        )


def string_codes(rows: pa.Table, *names: str) -> tuple[pa.Array, tuple[Ints, ...]]:
    """The distinct values of string columns, and each column's rows as codes into them."""
    columns = [rows.column(n) for n in names]
    columns = [c if c.type == pa.string() else c.cast(pa.string()) for c in columns]
    joined = pa.chunked_array([chunk for c in columns for chunk in c.chunks], type=pa.string())
    encoded = pc.dictionary_encode(joined).combine_chunks()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    count = len(rows)
    parts = tuple(codes[i * count : (i + 1) * count] for i in range(len(names)))
    return encoded.dictionary, parts


def string_ranks(values: pa.Array) -> Ints:
    """Each value's position in sorted order (codes sort as their strings do: by code point,
    as Python compares them)."""
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[pc.array_sort_indices(values).to_numpy()] = np.arange(len(values))
    return ranks


def _figures(rows: pa.Table, perm: Ints, starts: Ints, sizes: Ints) -> dict[str, Any]:
    """Per edge (rows in ``perm`` order): statements, summed polarity, first and last day."""
    if not len(starts):
        empty = np.zeros(0, dtype=np.int64)
        return {"statements": empty, "polarity": empty, "first": empty, "last": empty}
    polarity = rows.column("polarity").to_numpy().astype(np.int64)[perm]
    days = rows.column("day").cast(pa.int32())
    known = pc.is_valid(days).to_numpy(zero_copy_only=False)[perm]
    values = pc.fill_null(days, 0).to_numpy().astype(np.int64)[perm]
    first = np.minimum.reduceat(np.where(known, values, _NO_DAY), starts)
    last = np.maximum.reduceat(np.where(known, values, -_NO_DAY), starts)
    return {
        "statements": sizes,
        "polarity": np.add.reduceat(polarity, starts),
        "first": first,
        "last": np.where(last == -_NO_DAY, _NO_DAY, last),
    }


def _iso(day: int) -> str | None:
    return None if day == _NO_DAY else (_EPOCH + timedelta(days=day)).isoformat()
