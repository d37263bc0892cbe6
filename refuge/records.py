"""Plain typed records that pass between the pipeline stages.

Data flows Source -> RawDocument -> Document -> Segment/Sentence -> Claim -> Event.
Every record keeps provenance back to the archived bytes (the document's SHA-256 and
character offsets into the cleaned text), so any figure can be traced to its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ClaimType = Literal[
    "forced_repatriation",
    "asylum_seeking",
    "arrest",
    "detention",
    "disappearance",
    "execution",
    "resettlement",
    "protest",
    "population_estimate",
]
CLAIM_TYPES: tuple[str, ...] = ClaimType.__args__  # type: ignore[attr-defined]

Qualifier = Literal["exact", "about", "more_than", "up_to", "range", "vague"]
Modality = Literal["asserted", "reported", "uncertain", "planned", "conditional", "denied"]
Precision = Literal["day", "month", "year"]
LANGUAGES: tuple[str, ...] = ("ko", "en", "ja", "zh")


@dataclass(frozen=True)
class Source:
    """Where bytes came from."""

    path: str
    fetched_at: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """The exact bytes of one input file, decoded. `sha256` is the document id."""

    sha256: str
    name: str
    source: Source
    data: bytes
    media_type: Literal["text/html", "text/plain"]
    encoding: str
    text: str


@dataclass(frozen=True)
class RemovedBlock:
    """A piece of the input that cleaning took out, kept for audit."""

    text: str
    reason: str


@dataclass(frozen=True)
class Published:
    """The page's own publication date and how it was found."""

    value: date
    method: str
    evidence: str = ""


@dataclass(frozen=True)
class Document:
    """A cleaned document: main text, metadata and what was removed."""

    sha256: str
    name: str
    title: str | None
    text: str
    published: Published | None
    removed: tuple[RemovedBlock, ...] = ()
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    # The language the page says it is in (<html lang="ko">), as an ISO 639-1 code.
    declared_language: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    language: str


@dataclass(frozen=True)
class Segment:
    """A span of cleaned text in one language, with its sentences."""

    start: int
    end: int
    language: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Segmentation:
    languages: tuple[str, ...]
    segments: tuple[Segment, ...]

    def sentences(self) -> list[Sentence]:
        return [s for seg in self.segments for s in seg.sentences]


@dataclass(frozen=True)
class DateSpan:
    start: date
    end: date
    precision: Precision
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
        }
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    geonames_id: int | None = None
    admin1: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "country": self.country}
        if self.geonames_id is not None:
            out["geonames_id"] = self.geonames_id
        return out


@dataclass(frozen=True)
class Count:
    value: int | None
    qualifier: Qualifier
    min: int | None = None
    max: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier, "min": self.min, "max": self.max}


@dataclass(frozen=True)
class Claim:
    """One reported incident, as `claims.md` defines it, plus provenance."""

    type: ClaimType
    date: DateSpan | None
    places: tuple[Place, ...]
    count: Count | None
    actor: str | None
    attribution: str | None
    modality: Modality
    language: str
    evidence: str
    evidence_start: int
    evidence_end: int
    document: str = ""
    extractor_version: str = ""
    event: str | None = None
    partial: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "date": self.date.to_json() if self.date else None,
            "places": [p.to_json() for p in self.places],
            "count": self.count.to_json() if self.count else None,
            "actor": self.actor,
            "attribution": self.attribution,
            "modality": self.modality,
            "language": self.language,
            "evidence": self.evidence,
            "evidence_offsets": [self.evidence_start, self.evidence_end],
            "event": self.event,
        }


@dataclass(frozen=True)
class StoredClaim:
    """A claim as stored, with what a reader needs beside it."""

    key: str
    claim: Claim
    document_name: str
    published: date | None
    title: str | None


def claim_key(sha256: str, claim: Claim) -> str:
    return f"{sha256[:16]}:{claim.evidence_start}-{claim.evidence_end}:{claim.type}"


def claim_keys(sha256: str, claims: Sequence[Claim]) -> list[str]:
    """Stable keys; claims sharing evidence and type are told apart by their order."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for claim in claims:
        base = claim_key(sha256, claim)
        n = seen.get(base, 0)
        seen[base] = n + 1
        keys.append(base if n == 0 else f"{base}#{n}")
    return keys


@dataclass(frozen=True)
class Quarantine:
    """A failure is a record too: the batch goes on and the CLI and UI list these."""

    path: str
    stage: str
    error: str
    message: str
    sha256: str | None = None


@dataclass
class Extraction:
    """One document's result in the `claims.md` line format."""

    document: Document
    segmentation: Segmentation
    claims: list[Claim] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        pub = self.document.published
        return {
            "doc": self.document.name,
            "sha256": self.document.sha256,
            "published": pub.value.isoformat() if pub else None,
            "published_method": pub.method if pub else None,
            "languages": list(self.segmentation.languages),
            "title": self.document.title,
            "text": self.document.text,
            "claims": [c.to_json() for c in self.claims],
        }
