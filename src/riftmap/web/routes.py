"""The read-only API: actors, quotes, relations, articles, stats, network, factions, rifts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from riftmap.network.rows import Slice, parse_span
from riftmap.store import Store
from riftmap.web import actors, articles, graph, statements
from riftmap.web.context import Database
from riftmap.web.params import MAX_TEXT, Filters, Page, filters, page, slice_of

router = APIRouter(prefix="/api")

Span = Annotated[str, Query(pattern=r"^\d{1,4}[dwmy]?$", description="e.g. 30d, 2w, 1m")]
MaxNodes = Annotated[int, Query(ge=1, le=graph.MAX_NODES, description="busiest actors kept")]
Id = Annotated[str, Path(max_length=MAX_TEXT)]


def as_json(body: Any) -> Response:
    """The body as JSON, encoded once: FastAPI's own validation and encoding of a returned dict
    walks it in Python, several times slower than the query for a large network."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=str)
    return Response(text, media_type="application/json")


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
def config(db: Annotated[Database, Depends(database)]) -> Response:
    """What this server allows: the page shows correction controls only when edits are on."""
    return as_json({"edits": db.writable})


@router.get("/stats")
def stats(store: Reader) -> Response:
    """Counts over the store (near-duplicates once), its topics and top speakers."""
    return as_json(articles.stats(store))


@router.get("/actors")
def actor_search(
    store: Reader,
    paged: Paged,
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="part of an id, name or alias")
    ] = None,
    type: Annotated[str | None, Query(pattern="^(person|organization|group)$")] = None,
) -> Response:
    """Corpus actors whose id, name or an alias holds ``q``, most quoted first."""
    return as_json(actors.search(store, q, type, paged))


@router.get("/actors/{actor_id}")
def actor_detail(store: Reader, actor_id: Id) -> Response:
    """One actor: aliases, descriptors (epithets), roles, affiliations, members and counts."""
    return as_json(actors.detail(store, actor_id))


@router.get("/quotes")
def quote_search(
    store: Reader,
    filtered: Filtered,
    paged: Paged,
    sort: statements.QuoteSort = "date",
    kind: Annotated[str | None, Query(pattern="^(direct|indirect|mixed)$")] = None,
) -> Response:
    """Quotes by speaker (``actor``), target, type or topic of the relations they carry, date
    range, outlet and words, corrections applied."""
    return as_json(statements.quotes(store, filtered, paged, sort, kind))


@router.get("/relations")
def relation_search(
    store: Reader,
    filtered: Filtered,
    paged: Paged,
    sort: statements.RelationSort = "date",
    polarity: Annotated[int | None, Query(ge=-1, le=1)] = None,
) -> Response:
    """Relations by source (``actor``), target, PLOVER type, topic, polarity, date range,
    outlet and words in the evidence, corrections applied."""
    return as_json(statements.relations(store, filtered, paged, sort, polarity))


@router.get("/articles")
def article_list(store: Reader, paged: Paged) -> Response:
    """Articles in the order they arrived, without their text."""
    return as_json(articles.listing(store, paged))


@router.get("/articles/{article_id}")
def article(store: Reader, article_id: Id) -> Response:
    """An article's text with the spans of its quotes, mentions and relations."""
    return as_json(articles.article(store, article_id))


@router.get("/network")
def network(store: Reader, sliced: Sliced, max_nodes: MaxNodes = 300) -> Response:
    """The slice's signed network, as ``riftmap network --format json`` prints it."""
    return as_json(graph.network(store, sliced, max_nodes))


@router.get("/layout")
def layout(request: Request, store: Reader) -> Response:
    """Node positions of the whole corpus's network, the same for every slice."""
    layouts: graph.Layouts = request.app.state.layouts
    return as_json(layouts.get(store, database(request).generation))


@router.get("/factions")
def factions(store: Reader, sliced: Sliced, max_nodes: MaxNodes = 300) -> Response:
    """The slice's signed partition, as ``riftmap factions --format json`` prints it."""
    return as_json(graph.factions(store, sliced, max_nodes))


@router.get("/rifts")
def rifts(
    store: Reader,
    sliced: Sliced,
    window: Span = "30d",
    step: Span = "7d",
    top: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Response:
    """The slice's ranked rifts, as ``riftmap rifts --format json`` prints them."""
    return as_json(graph.rifts(store, sliced, parse_span(window), parse_span(step), top))
