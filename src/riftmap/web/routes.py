"""The read-only API: actors, quotes, relations, articles, stats, network, factions, rifts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from riftmap.network.rows import Slice, parse_span
from riftmap.store import Store
from riftmap.web import actors, articles, graph, statements
from riftmap.web.context import Database
from riftmap.web.params import MAX_TEXT, Filters, Page, filters, page, slice_of

router = APIRouter(prefix="/api")

Span = Annotated[str, Query(pattern=r"^\d{1,4}[dwmy]?$", description="e.g. 30d, 2w, 1m")]
MaxNodes = Annotated[int, Query(ge=1, le=graph.MAX_NODES, description="busiest actors kept")]
Id = Annotated[str, Path(max_length=MAX_TEXT)]


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def reader(db: Annotated[Database, Depends(database)]) -> Iterator[Store]:
    with db.reader() as store:
        yield store


Reader = Annotated[Store, Depends(reader)]
Filtered = Annotated[Filters, Depends(filters)]
Paged = Annotated[Page, Depends(page)]
Sliced = Annotated[Slice, Depends(slice_of)]


@router.get("/config")
def config(db: Annotated[Database, Depends(database)]) -> dict[str, Any]:
    """What this server allows: the page shows correction controls only when edits are on."""
    return {"edits": db.writable}


@router.get("/stats")
def stats(store: Reader) -> dict[str, Any]:
    """Counts over the store (near-duplicates once), its topics and top speakers."""
    return articles.stats(store)


@router.get("/actors")
def actor_search(
    store: Reader,
    paged: Paged,
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="part of an id, name or alias")
    ] = None,
    type: Annotated[str | None, Query(pattern="^(person|organization|group)$")] = None,
) -> dict[str, Any]:
    """Corpus actors whose id, name or an alias holds ``q``, most quoted first."""
    return actors.search(store, q, type, paged)


@router.get("/actors/{actor_id}")
def actor_detail(store: Reader, actor_id: Id) -> dict[str, Any]:
    """One actor: aliases, descriptors (epithets), roles, affiliations, members and counts."""
    return actors.detail(store, actor_id)


@router.get("/quotes")
def quote_search(
    store: Reader,
    filtered: Filtered,
    paged: Paged,
    sort: statements.QuoteSort = "date",
    kind: Annotated[str | None, Query(pattern="^(direct|indirect|mixed)$")] = None,
) -> dict[str, Any]:
    """Quotes by speaker (``actor``), target, type or topic of the relations they carry, date
    range, outlet and words, corrections applied."""
    return statements.quotes(store, filtered, paged, sort, kind)


@router.get("/relations")
def relation_search(
    store: Reader,
    filtered: Filtered,
    paged: Paged,
    sort: statements.RelationSort = "date",
    polarity: Annotated[int | None, Query(ge=-1, le=1)] = None,
) -> dict[str, Any]:
    """Relations by source (``actor``), target, PLOVER type, topic, polarity, date range,
    outlet and words in the evidence, corrections applied."""
    return statements.relations(store, filtered, paged, sort, polarity)


@router.get("/articles")
def article_list(store: Reader, paged: Paged) -> dict[str, Any]:
    """Articles in the order they arrived, without their text."""
    return articles.listing(store, paged)


@router.get("/articles/{article_id}")
def article(store: Reader, article_id: Id) -> dict[str, Any]:
    """An article's text with the spans of its quotes, mentions and relations."""
    return articles.article(store, article_id)


@router.get("/network")
def network(store: Reader, sliced: Sliced, max_nodes: MaxNodes = 300) -> dict[str, Any]:
    """The slice's signed network, as ``riftmap network --format json`` prints it."""
    return graph.network(store, sliced, max_nodes)


@router.get("/layout")
def layout(request: Request, store: Reader) -> dict[str, Any]:
    """Node positions of the whole corpus's network, the same for every slice."""
    layouts: graph.Layouts = request.app.state.layouts
    return layouts.get(store, database(request).generation)


@router.get("/factions")
def factions(store: Reader, sliced: Sliced, max_nodes: MaxNodes = 300) -> dict[str, Any]:
    """The slice's signed partition, as ``riftmap factions --format json`` prints it."""
    return graph.factions(store, sliced, max_nodes)


@router.get("/rifts")
def rifts(
    store: Reader,
    sliced: Sliced,
    window: Span = "30d",
    step: Span = "7d",
    top: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    """The slice's ranked rifts, as ``riftmap rifts --format json`` prints them."""
    return graph.rifts(store, sliced, parse_span(window), parse_span(step), top)
