"""Exports of the current event filter as CSV, JSON and GeoJSON (all pages, streamed)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from refuge.store import queries
from refuge.store.queries import EventFilter
from refuge.web.deps import EventFilterDep, Reader, ReaderDep
from refuge.web.geo import locate
from refuge.web.schemas import event_fields

router = APIRouter(prefix="/api/export", tags=["exports"])
CSV_COLUMNS = (
    "id",
    "type",
    "title",
    "date_start",
    "date_end",
    "date_precision",
    "country",
    "places",
    "geonames_ids",
    "claim_count",
    "independent_sources",
    "url",
)
# A spreadsheet runs a cell that starts with one of these as a formula; text from documents
# must stay text (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _events(reader: Reader, f: EventFilter) -> Iterator[dict[str, Any]]:
    with reader.engine.connect() as conn:
        for event in queries.iter_events(conn, reader.dialect, f):
            yield event_fields(event)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        places = row["places"]
        writer.writerow(
            [
                _cell(v)
                for v in (
                    row["id"],
                    row["type"],
                    row["title"],
                    row["date_start"],
                    row["date_end"],
                    row["date_precision"],
                    row["country"],
                    "; ".join(p.name for p in places),
                    "; ".join(str(p.geonames_id) for p in places if p.geonames_id is not None),
                    row["claim_count"],
                    row["independent_sources"],
                    row["url"],
                )
            ]
        )
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump()
    raise TypeError(type(value).__name__)


def _json_array(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for i, item in enumerate(items):
        yield ("," if i else "") + json.dumps(item, default=_json_default, ensure_ascii=False)
    yield "]\n"


def _feature(row: dict[str, Any]) -> dict[str, Any]:
    points = [locate(p.model_dump()) for p in row["places"]]
    coords = [[p.lon, p.lat] for p in points if p]
    if not coords and row["country"]:
        fallback = locate({"country": row["country"]})
        coords = [[fallback.lon, fallback.lat]] if fallback else []
    geometry: dict[str, Any] | None = None
    if len(coords) == 1:
        geometry = {"type": "Point", "coordinates": coords[0]}
    elif coords:
        geometry = {"type": "MultiPoint", "coordinates": coords}
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": row}


def _geojson(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":'
    yield from _json_array(_feature(r) for r in rows)
    yield "}\n"


def _download(body: Iterator[str], media_type: str, filename: str) -> StreamingResponse:
    return StreamingResponse(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


_CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}
}
_JSON_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/json": {"schema": {"type": "array"}}}, "description": "JSON"}
}
_GEOJSON_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"application/geo+json": {"schema": {"type": "object"}}},
        "description": "GeoJSON FeatureCollection",
    }
}


@router.get("/events.csv", response_class=StreamingResponse, responses=_CSV_RESPONSE)
def export_csv(f: EventFilterDep, reader: ReaderDep) -> StreamingResponse:
    """Every event under the filter as CSV (pagination ignored)."""
    return _download(_csv(_events(reader, f)), "text/csv; charset=utf-8", "refuge-events.csv")


@router.get("/events.json", response_class=StreamingResponse, responses=_JSON_RESPONSE)
def export_json(f: EventFilterDep, reader: ReaderDep) -> StreamingResponse:
    """Every event under the filter as a JSON array (pagination ignored)."""
    return _download(_json_array(_events(reader, f)), "application/json", "refuge-events.json")


@router.get("/events.geojson", response_class=StreamingResponse, responses=_GEOJSON_RESPONSE)
def export_geojson(f: EventFilterDep, reader: ReaderDep) -> StreamingResponse:
    """Every event under the filter as GeoJSON; an event at several places is a MultiPoint."""
    return _download(_geojson(_events(reader, f)), "application/geo+json", "refuge-events.geojson")
