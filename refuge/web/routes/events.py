"""Pages: the event list (filters, search, counts, sorting, pages) and one event."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from refuge.store import queries
from refuge.store.queries import SORTS
from refuge.web.charts import report_timeline
from refuge.web.deps import ConnDep, EventFilterDep, ReaderDep, TranslatorDep
from refuge.web.geo import locate
from refuge.web.highlight import claim_anchor
from refuge.web.i18n import UI_LANGUAGES
from refuge.web.pages import render

router = APIRouter(include_in_schema=False)
EventId = Annotated[str, Path(max_length=64)]


@router.get("/")
def home() -> Response:
    return RedirectResponse("/events", status_code=307)


@router.get("/events")
def event_list(
    request: Request, f: EventFilterDep, conn: ConnDep, reader: ReaderDep, t: TranslatorDep
) -> Response:
    page = queries.list_events(conn, reader.dialect, f)
    pages = max(1, -(-page.total // f.per_page))
    return render(
        request,
        "events.html",
        {
            "f": f,
            "params": f.params(),
            "result": page,
            "pages": pages,
            "sorts": SORTS,
        },
        t,
    )


def map_places(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Places with coordinates, as the map script reads them from a data attribute."""
    out = []
    for place in places:
        point = locate(place)
        if point:
            out.append(
                {
                    "name": str(place.get("name") or ""),
                    "country": place.get("country"),
                    "lat": point.lat,
                    "lon": point.lon,
                    "exact": point.exact,
                }
            )
    return out


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: EventId, conn: ConnDep, t: TranslatorDep) -> Response:
    found = queries.get_event(conn, event_id)
    if found is None:
        raise HTTPException(404, t("errors.no_event", id=event_id))
    event, members = found
    labels = {m.key: str(i) for i, m in enumerate(members, 1)}
    detail = event.detail
    links = [
        link
        for link in detail.get("links", [])
        if isinstance(link, dict) and isinstance(link.get("reasons", []), list)
    ]
    names = {m.sha256: m.title or m.document_name for m in members}
    timeline = report_timeline(
        [(m.published, labels[m.key], claim_anchor(m.key)) for m in members],
        (event.date_start, event.date_end),
    )
    return render(
        request,
        "event.html",
        {
            "event": event,
            "members": members,
            "labels": labels,
            "links": links,
            "copies": [c for c in detail.get("copies", []) if isinstance(c, dict)],
            "sources": [s for s in detail.get("sources", []) if isinstance(s, dict)],
            "names": names,
            "timeline": timeline,
            "map_json": json.dumps(map_places(event.places), ensure_ascii=False),
            "anchor": claim_anchor,
        },
        t,
    )


@router.get("/lang/{code}")
def switch_language(
    code: Annotated[str, Path(max_length=8)],
    next: Annotated[str, Query(max_length=2000)] = "/events",
) -> Response:
    """Remember the interface language in a cookie and go back where the reader was."""
    if code not in UI_LANGUAGES:
        raise HTTPException(
            404, f"no interface in {code!r}; choose one of {', '.join(UI_LANGUAGES)}"
        )
    # Only paths on this site: no scheme, no host, no protocol-relative //evil.example.
    target = next if next.startswith("/") and not next.startswith(("//", "/\\")) else "/events"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response
