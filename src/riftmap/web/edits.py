"""Corrections (``--allow-edits``): fix or reject a quote or relation, merge or split actors.

Each is stored beside the machine's output (``riftmap.store.corrections``, and the network
layer's ``actor_overrides`` for merges and splits), never over it; a server opened read-only
answers 403.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, Field

from riftmap.network.store import add_override
from riftmap.store import corrections
from riftmap.web.context import Database
from riftmap.web.routes import Reader, database

router = APIRouter(prefix="/api")

Db = Annotated[Database, Depends(database)]
ActorId = Annotated[str, Field(min_length=1, max_length=200)]


class CorrectionIn(BaseModel):
    """Which item (a quote or relation of an article, by its index), which field, the value.

    Fields: ``wrong`` (true/false); a quote's ``speaker`` (an actor id, or "" for nobody) and
    its ``content``, ``source`` or ``cue`` span ("start:end"); a relation's ``source``,
    ``target``, ``type``, ``polarity`` (-1, 0, 1) or ``topic``.
    """

    item: Literal["quote", "relation"]
    article_id: str = Field(min_length=1, max_length=200)
    idx: int = Field(ge=0, le=1_000_000)
    field: str = Field(min_length=1, max_length=20)
    value: str = Field(max_length=200)
    note: str | None = Field(default=None, max_length=2000)


class MergeIn(BaseModel):
    """Join ``ids[1:]`` into ``ids[0]`` for good."""

    ids: list[ActorId] = Field(min_length=2, max_length=50)


class SplitIn(BaseModel):
    """Let ``id`` (an article's actor id, or a merged corpus id) stand alone again."""

    id: ActorId


@router.get("/corrections")
def listing(store: Reader) -> list[dict[str, Any]]:
    """Every correction, oldest first."""
    return corrections.listing(store.con)


@router.post("/corrections", status_code=201)
def add(body: CorrectionIn, db: Db) -> dict[str, Any]:
    """Store a correction; it wins in every view, network and export from now on."""
    correction = corrections.Correction(
        body.item, body.article_id, body.idx, body.field, body.value, body.note
    )
    with db.writer() as store:
        seq = corrections.add(store.con, correction)
    return {"seq": seq}


@router.delete("/corrections/{seq}")
def undo(seq: Annotated[int, Path(ge=1, le=2**31 - 1)], db: Db) -> dict[str, Any]:
    """Take a correction back: the field returns to the previous correction or the machine."""
    with db.writer() as store:
        corrections.undo(store.con, seq)
    return {"undone": seq}


@router.post("/actors/merge")
def merge(body: MergeIn, db: Db) -> dict[str, Any]:
    """Merge actors (``riftmap actors merge``): kept across re-ingests."""
    with db.writer(transaction=False) as store:
        add_override(store, "merge", body.ids)
    return {"merged": body.ids[1:], "into": body.ids[0]}


@router.post("/actors/split")
def split(body: SplitIn, db: Db) -> dict[str, Any]:
    """Split an actor out of its merge (``riftmap actors split``)."""
    with db.writer(transaction=False) as store:
        add_override(store, "split", [body.id])
    return {"split": body.id}
