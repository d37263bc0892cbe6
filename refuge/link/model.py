"""What linking takes in and gives back: plain frozen records, ready for the store and the UI.

Why a hand-set Fellegi-Sunter scorer and not Splink on DuckDB: Splink learns m/u weights by EM
over column comparisons, and our labelled data is a few hundred claims in a few dozen events,
too few for stable estimates. The rules that decide our events are not column comparisons: a
figure for one crossing inside the total of four, co-type pairs (an asylum bid and its arrest),
cannot-link vetoes between any two members (Splink's clustering is connected components, so
one count-less claim would chain two events), the context of one document, and event ids kept
from earlier runs. We keep Splink's good parts, log2 likelihood-ratio weights that explain each
link, as data: every weight, tolerance and threshold is in `rules.toml`, so a reviewer (or,
once reviewers' decisions accumulate, an estimator) changes the numbers, not the code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from refuge.records import Claim, Count, Place

Weight = tuple[str, float]
"""One readable reason and its match weight in bits (log2 of the likelihood ratio)."""


@dataclass(frozen=True, slots=True)
class LinkInput:
    """One claim and what linking needs to know about where it was read.

    `key` must be stable across runs (the store's claim key). `outlet` is the site or
    publisher when the pipeline knows it (an unattributed claim is the outlet's own word).
    `fingerprint` is `refuge.link.fingerprint()` of the claim's paragraph; left None, it is
    computed from the evidence sentence, which is enough to spot reposts of one text.
    """

    key: str
    claim: Claim
    document: str
    published: date | None = None
    title: str | None = None
    outlet: str | None = None
    fingerprint: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """One source's account of the event, as printed beside it: never averaged, never dropped."""

    key: str
    document: str
    published: date | None
    language: str
    type: str
    count: Count | None
    figure: str
    attribution: str | None
    source: str
    modality: str
    quote: str
    partial_of: str | None = None
    copy_of: str | None = None
    copy_reason: str | None = None

    @property
    def partial(self) -> bool:
        return self.partial_of is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "document": self.document,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "type": self.type,
            "count": self.count.to_json() if self.count else None,
            "figure": self.figure,
            "attribution": self.attribution,
            "source": self.source,
            "modality": self.modality,
            "quote": self.quote,
            "partial_of": self.partial_of,
            "copy_of": self.copy_of,
            "copy_reason": self.copy_reason,
        }


@dataclass(frozen=True, slots=True)
class Link:
    """Why a claim is in its event: the member it matched best and the weights of that match.

    The claim that founds an event has `partner` None and no weights.
    """

    key: str
    event: str
    partner: str | None
    score: float
    reasons: tuple[Weight, ...]

    def explain(self) -> str:
        if self.partner is None:
            return "first report of the event"
        parts = ", ".join(text for text, _ in self.reasons)
        return f"{parts} (match weight {self.score:+.1f})"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "event": self.event,
            "partner": self.partner,
            "score": round(self.score, 2),
            "reasons": [{"reason": t, "weight": w} for t, w in self.reasons],
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world incident: its members, when and where, and every figure by source."""

    id: str
    type: str
    types: tuple[str, ...]
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    places: tuple[Place, ...]
    claims: tuple[str, ...]
    figures: tuple[Figure, ...]
    sources: tuple[str, ...]
    independent_sources: int

    @property
    def country(self) -> str | None:
        return next((p.country for p in self.places if p.country), None)

    @property
    def copies(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.copy_of is not None)

    @property
    def partials(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.partial_of is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "types": list(self.types),
            "date": {
                "start": self.date_start.isoformat() if self.date_start else None,
                "end": self.date_end.isoformat() if self.date_end else None,
                "precision": self.date_precision,
            },
            "places": [p.to_json() for p in self.places],
            "claims": list(self.claims),
            "figures": [f.to_json() for f in self.figures],
            "sources": list(self.sources),
            "independent_sources": self.independent_sources,
        }


@dataclass(frozen=True)
class Linking:
    """The result of `link()`: claim key -> event id, the events, and why each claim is where it is."""

    assignments: Mapping[str, str]
    events: tuple[Event, ...]
    links: Mapping[str, Link] = field(default_factory=dict)

    @property
    def partial(self) -> frozenset[str]:
        """Keys of claims whose figure is a part of a larger figure of the same event."""
        return frozenset(f.key for e in self.events for f in e.figures if f.partial_of)

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)
