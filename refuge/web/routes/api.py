"""The JSON API under /api: events, claims, documents, search, timeline, places."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query

from refuge.store import queries
from refuge.web import schemas
from refuge.web.deps import (
    NOT_BLANK,
    ClaimFilterDep,
    ConnDep,
    EventFilterDep,
    OptLanguage,
    Page,
    PerPage,
    ReaderDep,
    clean_text,
)
from refuge.web.geo import geojson_feature, place_totals
from refuge.web.schemas import (
    ClaimListOut,
    ClaimRowOut,
    DocumentListOut,
    DocumentOut,
    EventDetailOut,
    EventListOut,
    SearchOut,
    TimelineBucketOut,
    TimelineOut,
)

router = APIRouter(prefix="/api")
EventId = Annotated[str, Path(max_length=64, description="Event id.")]
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="Document id (SHA-256).")]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Not found"}}


@router.get("/events", tags=["events"])
def list_events(f: EventFilterDep, conn: ConnDep, reader: ReaderDep) -> EventListOut:
    """Events under the filter, one page at a time, with the counts per type."""
    page = queries.list_events(conn, reader.dialect, f)
    return schemas.event_list_out(page, f.page, f.per_page)


@router.get("/events/{event_id}", tags=["events"], responses=NOT_FOUND)
def get_event(event_id: EventId, conn: ConnDep) -> EventDetailOut:
    """One event: every report's figure side by side, and why the reports were linked."""
    found = queries.get_event(conn, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return schemas.event_detail_out(*found)


@router.get("/claims", tags=["claims"])
def list_claims(f: ClaimFilterDep, conn: ConnDep) -> ClaimListOut:
    """Claims (one report's statement of an incident), filtered, one page at a time."""
    items, total = queries.list_claims(conn, f)
    return ClaimListOut(
        items=[schemas.claim_row_out(c) for c in items],
        total=total,
        page=f.page,
        per_page=f.per_page,
    )


@router.get("/claims/{key}", tags=["claims"], responses=NOT_FOUND)
def get_claim(key: Annotated[str, Path(max_length=160)], conn: ConnDep) -> ClaimRowOut:
    found = queries.get_claim(conn, key)
    if found is None:
        raise HTTPException(404, f"no claim {key!r}")
    return schemas.claim_row_out(found)


@router.get("/documents", tags=["documents"])
def list_documents(
    conn: ConnDep,
    language: Annotated[
        OptLanguage, Query(description="Documents with text in this language.")
    ] = None,
    page: Page = 1,
    per_page: PerPage = 50,
) -> DocumentListOut:
    items, total = queries.list_documents(conn, language=language, page=page, per_page=per_page)
    return DocumentListOut(
        items=[schemas.document_summary_out(d) for d in items],
        total=total,
        page=page,
        per_page=per_page,
    )


@router.get("/documents/{sha256}", tags=["documents"], responses=NOT_FOUND)
def get_document(sha256: Sha256, conn: ConnDep) -> DocumentOut:
    """A document: cleaned text, removed boilerplate, metadata and its claims with offsets."""
    doc = queries.get_document(conn, sha256)
    if doc is None:
        raise HTTPException(404, f"no document {sha256}")
    return schemas.document_out(doc)


@router.get("/search", tags=["search"])
def search(
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            pattern=NOT_BLANK,
            description="Words to find in documents' titles and text.",
        ),
    ],
    conn: ConnDep,
    reader: ReaderDep,
    page: Page = 1,
    per_page: PerPage = 20,
) -> SearchOut:
    """Documents containing `q`, best first, each with a snippet around the match."""
    words = clean_text(q)
    docs = (
        queries.search_documents(conn, reader.dialect, words, page=page, per_page=per_page)
        if words
        else []
    )
    return SearchOut(
        q=q,
        page=page,
        per_page=per_page,
        documents=[schemas.document_summary_out(d) for d in docs],
        events_url="/api/events?" + urlencode({"q": q}),
    )


@router.get("/timeline", tags=["events"])
def timeline(
    f: EventFilterDep,
    conn: ConnDep,
    reader: ReaderDep,
    by: Annotated[Literal["year", "month"], Query(description="Bucket size.")] = "year",
) -> TimelineOut:
    """Events per period and type under the filter (pagination ignored)."""
    buckets = queries.timeline(conn, reader.dialect, f, by)
    return TimelineOut(
        by=by,
        buckets=[
            TimelineBucketOut(
                period=f"{b.year}" if b.month is None else f"{b.year}-{b.month:02d}",
                counts=b.counts,
            )
            for b in buckets
        ],
    )


@router.get("/places", tags=["events"])
def places(f: EventFilterDep, conn: ConnDep, reader: ReaderDep) -> dict[str, Any]:
    """GeoJSON: one point per place with the number of events there, by type."""
    totals = place_totals(queries.event_places(conn, reader.dialect, f))
    return {
        "type": "FeatureCollection",
        "features": [
            geojson_feature(
                p.point,
                {
                    "name": p.name,
                    "country": p.country,
                    "geonames_id": p.geonames_id,
                    "exact": p.point.exact,
                    "events": p.events,
                    "by_type": p.by_type,
                },
            )
            for p in totals
        ],
    }
