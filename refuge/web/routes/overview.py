"""Pages: the timeline of events by type, and the map of all events."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from refuge.records import CLAIM_TYPES
from refuge.store import queries
from refuge.web.charts import stacked_bars
from refuge.web.deps import ConnDep, EventFilterDep, ReaderDep, TranslatorDep
from refuge.web.geo import place_totals
from refuge.web.pages import render

router = APIRouter(include_in_schema=False)
# Places listed under the map (the map itself shows them all).
LISTED_PLACES = 100


@router.get("/timeline")
def timeline_page(
    request: Request,
    f: EventFilterDep,
    conn: ConnDep,
    reader: ReaderDep,
    t: TranslatorDep,
    by: Annotated[Literal["year", "month"], Query()] = "year",
) -> Response:
    buckets = queries.timeline(conn, reader.dialect, f, by)
    chart = stacked_bars(buckets, CLAIM_TYPES)
    return render(
        request,
        "timeline.html",
        {"f": f, "params": f.params(), "chart": chart, "buckets": buckets, "by": by},
        t,
    )


@router.get("/map")
def map_page(
    request: Request, f: EventFilterDep, conn: ConnDep, reader: ReaderDep, t: TranslatorDep
) -> Response:
    totals = place_totals(queries.event_places(conn, reader.dialect, f))
    return render(
        request,
        "map.html",
        {
            "f": f,
            "params": f.params(),
            "places": totals[:LISTED_PLACES],
            "place_count": len(totals),
        },
        t,
    )


@router.get("/api/docs")
def api_docs(request: Request, t: TranslatorDep) -> Response:
    """The API reference, rendered here from the OpenAPI schema (no assets from a CDN)."""
    return render(request, "api_docs.html", {"schema": request.app.openapi()}, t)
