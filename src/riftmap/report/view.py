"""What the report shows, as plain values the templates lay out (no logic in templates)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteView:
    """A quotation a reporter can cite: who, to whom, when, where, and the words."""

    speaker: str
    target: str
    text: str
    type: str
    polarity: int
    date: str | None
    outlet: str | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class RiftView:
    rank: int
    actors: tuple[str, str]
    score: float
    first_hostile: str | None
    peak: str | None
    topics: tuple[str, ...]
    brokers: tuple[str, ...]
    statements: int
    hostile: int
    chart: str
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class FactionView:
    id: int
    size: int
    members: tuple[str, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class BrokerView:
    name: str
    between: tuple[str, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class TieView:
    source: str
    target: str
    statements: int
    polarity: float
    types: str
    quote: QuoteView | None


@dataclass(frozen=True)
class Brief:
    """The whole report: headline, rifts, factions, brokers, strongest ties, the picture."""

    title: str
    scope: str
    headline: str
    actors: int
    ties: int
    statements: int
    documents: int
    rifts: tuple[RiftView, ...]
    factions: tuple[FactionView, ...]
    frustration: float | None
    polarisation: float | None
    brokers: tuple[BrokerView, ...]
    hostile: tuple[TieView, ...]
    friendly: tuple[TieView, ...]
    network_chart: str

