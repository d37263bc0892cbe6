"""The JSON API's shapes (pydantic), and how store records become them."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from refuge.records import Claim, Count
from refuge.store.queries import ClaimRow, DocumentSummary, DocumentView, EventPage, Member
from refuge.store.store import EventRow


class PlaceOut(BaseModel):
    name: str
    country: str | None = None
    geonames_id: int | None = None


class DateOut(BaseModel):
    start: date
    end: date
    precision: str
    note: str | None = None


class CountOut(BaseModel):
    value: int | None
    qualifier: str
    min: int | None = None
    max: int | None = None


class EventOut(BaseModel):
    id: str
    type: str
    title: str | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    places: list[PlaceOut]
    country: str | None
    claim_count: int
    independent_sources: int
    url: str


class EventListOut(BaseModel):
    items: list[EventOut]
    total: int
    page: int
    per_page: int
    counts: dict[str, int] = Field(description="Events per type under the filter (all types).")


class ClaimOut(BaseModel):
    key: str
    document: str
    type: str
    date: DateOut | None
    places: list[PlaceOut]
    count: CountOut | None
    actor: str | None
    attribution: str | None
    modality: str
    language: str
    evidence: str
    evidence_offsets: tuple[int, int]
    extractor_version: str


class MemberOut(ClaimOut):
    document_name: str
    document_title: str | None
    published: date | None
    partial: bool
    score: float | None
    reasons: list[str]


class LinkOut(BaseModel):
    a: str
    b: str
    score: float | None = None
    reasons: list[str] = []


class EventDetailOut(EventOut):
    members: list[MemberOut]
    links: list[LinkOut]
    copies: list[dict[str, Any]]
    sources: list[dict[str, Any]]


class ClaimRowOut(ClaimOut):
    document_name: str
    published: date | None
    event: str | None
    partial: bool


class ClaimListOut(BaseModel):
    items: list[ClaimRowOut]
    total: int
    page: int
    per_page: int


class DocumentSummaryOut(BaseModel):
    sha256: str
    name: str
    title: str | None
    published: date | None
    languages: list[str]
    size: int
    snippet: str | None = None
    url: str


class DocumentListOut(BaseModel):
    items: list[DocumentSummaryOut]
    total: int
    page: int
    per_page: int


class DocumentClaimOut(ClaimOut):
    event: str | None
    partial: bool


class RemovedOut(BaseModel):
    reason: str
    text: str


class DocumentOut(DocumentSummaryOut):
    published_method: str | None
    published_evidence: str | None
    media_type: str
    encoding: str
    pipeline_version: str
    sources: list[str]
    text: str
    removed: list[RemovedOut]
    claims: list[DocumentClaimOut]
    original_url: str


class SearchOut(BaseModel):
    q: str
    page: int
    per_page: int
    documents: list[DocumentSummaryOut]
    events_url: str = Field(description="The event list filtered by this search.")


class TimelineBucketOut(BaseModel):
    period: str
    counts: dict[str, int]


class TimelineOut(BaseModel):
    by: str
    buckets: list[TimelineBucketOut]


def _count(count: Count | None) -> CountOut | None:
    if count is None:
        return None
    return CountOut(value=count.value, qualifier=count.qualifier, min=count.min, max=count.max)


def claim_fields(key: str, claim: Claim) -> dict[str, Any]:
    span = claim.date
    return {
        "key": key,
        "document": claim.document,
        "type": claim.type,
        "date": DateOut(start=span.start, end=span.end, precision=span.precision, note=span.note)
        if span
        else None,
        "places": [
            PlaceOut(name=p.name, country=p.country, geonames_id=p.geonames_id)
            for p in claim.places
        ],
        "count": _count(claim.count),
        "actor": claim.actor,
        "attribution": claim.attribution,
        "modality": claim.modality,
        "language": claim.language,
        "evidence": claim.evidence,
        "evidence_offsets": (claim.evidence_start, claim.evidence_end),
        "extractor_version": claim.extractor_version,
    }


def _places(places: list[dict[str, Any]]) -> list[PlaceOut]:
    out = []
    for p in places:
        gid = p.get("geonames_id")
        country = p.get("country")
        out.append(
            PlaceOut(
                name=str(p.get("name") or ""),
                country=country if isinstance(country, str) else None,
                geonames_id=gid if isinstance(gid, int) and not isinstance(gid, bool) else None,
            )
        )
    return out


def event_title(event: EventRow) -> str | None:
    title = event.detail.get("title")
    return title if isinstance(title, str) else None


def event_fields(event: EventRow) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "title": event_title(event),
        "date_start": event.date_start,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "places": _places(event.places),
        "country": event.country,
        "claim_count": event.claim_count,
        "independent_sources": event.independent_sources,
        "url": f"/events/{event.id}",
    }


def event_list_out(page: EventPage, number: int, per_page: int) -> EventListOut:
    return EventListOut(
        items=[EventOut(**event_fields(e)) for e in page.items],
        total=page.total,
        page=number,
        per_page=per_page,
        counts=page.counts,
    )


def _link(link: dict[str, Any]) -> LinkOut | None:
    a, b, score = link.get("a"), link.get("b"), link.get("score")
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    reasons = link.get("reasons")
    return LinkOut(
        a=a,
        b=b,
        score=float(score) if isinstance(score, int | float) else None,
        reasons=[str(r) for r in reasons] if isinstance(reasons, list) else [],
    )


def event_detail_out(event: EventRow, members: list[Member]) -> EventDetailOut:
    detail = event.detail
    links = [_link(x) for x in detail.get("links", []) if isinstance(x, dict)]
    return EventDetailOut(
        **event_fields(event),
        members=[
            MemberOut(
                **claim_fields(m.key, m.claim),
                document_name=m.document_name,
                document_title=m.title,
                published=m.published,
                partial=m.partial,
                score=m.score,
                reasons=m.reasons,
            )
            for m in members
        ],
        links=[x for x in links if x is not None],
        copies=[c for c in detail.get("copies", []) if isinstance(c, dict)],
        sources=[s for s in detail.get("sources", []) if isinstance(s, dict)],
    )


def claim_row_out(row: ClaimRow) -> ClaimRowOut:
    return ClaimRowOut(
        **claim_fields(row.key, row.claim),
        document_name=row.document_name,
        published=row.published,
        event=row.event_id,
        partial=row.partial,
    )


def document_summary_out(doc: DocumentSummary) -> DocumentSummaryOut:
    return DocumentSummaryOut(
        sha256=doc.sha256,
        name=doc.name,
        title=doc.title,
        published=doc.published,
        languages=doc.languages,
        size=doc.size,
        snippet=doc.snippet,
        url=f"/documents/{doc.sha256}",
    )


def document_out(doc: DocumentView) -> DocumentOut:
    return DocumentOut(
        sha256=doc.sha256,
        name=doc.name,
        title=doc.title,
        published=doc.published,
        languages=doc.languages,
        size=doc.size,
        url=f"/documents/{doc.sha256}",
        published_method=doc.published_method,
        published_evidence=doc.published_evidence,
        media_type=doc.media_type,
        encoding=doc.encoding,
        pipeline_version=doc.pipeline_version,
        sources=doc.sources,
        text=doc.text,
        removed=[RemovedOut(reason=r, text=x) for r, x in doc.removed],
        claims=[
            DocumentClaimOut(**claim_fields(c.key, c.claim), event=c.event_id, partial=c.partial)
            for c in doc.claims
        ],
        original_url=f"/documents/{doc.sha256}/original",
    )
