"""The gazetteer's data files (TOML beside this module), read once and cached."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

LANGS: tuple[str, ...] = ("ko", "en", "ja", "zh")


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))


@dataclass(frozen=True)
class CuratedPlace:
    """One place of overlay.toml or countries.toml with its names in each script."""

    name: str
    country: str
    kind: str
    geonames_id: int | None
    admin1: str | None
    prior: float
    aliases: tuple[str, ...]
    weak: frozenset[str]


@dataclass(frozen=True)
class FacilityRules:
    embassy: tuple[str, ...] = ()
    consulate: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    city_links: tuple[str, ...] = ()
    in_city: str | None = None
    host_prefixes: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    default_host: str | None = None
    # what names a country's capital after the country or its demonym ("the Chinese capital",
    # "중국 수도", "中国首都")
    capital_after: str | None = None


@dataclass(frozen=True)
class LangRules:
    stop: tuple[str, ...]
    weak: tuple[str, ...]
    list_words: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    place_prefixes: tuple[str, ...]
    facility: FacilityRules


def _aliases(entry: dict[str, Any]) -> tuple[str, ...]:
    return tuple(a for key in ("en", "ko", "cjk") for a in entry.get(key, ()))


@cache
def overlay() -> tuple[CuratedPlace, ...]:
    return tuple(
        CuratedPlace(
            name=e["name"],
            country=e["country"],
            kind=e.get("kind", "city"),
            geonames_id=e.get("geonames_id"),
            admin1=e.get("admin1"),
            prior=float(e.get("prior", 1.0)),
            aliases=_aliases(e),
            weak=frozenset(e.get("weak", ())),
        )
        for e in _read("overlay.toml")["place"]
    )


@cache
def countries() -> tuple[CuratedPlace, ...]:
    return tuple(
        CuratedPlace(
            name=e["name"],
            country=code,
            kind="country",
            geonames_id=None,
            admin1=None,
            prior=float(e.get("prior", 1.0)),
            aliases=_aliases(e),
            weak=frozenset(e.get("weak", ())),
        )
        for code, e in _read("countries.toml").items()
    )


@cache
def sources() -> dict[str, Any]:
    return _read("sources.toml")["geonames"]


@cache
def lang_rules(lang: str) -> LangRules:
    raw = _read(f"lang/{lang}.toml")
    fac = raw.get("facility", {})
    link = fac.get("city_link")
    return LangRules(
        stop=tuple(raw.get("stop", ())),
        weak=tuple(raw.get("weak", ())),
        list_words=tuple(raw.get("list_words", ())),
        place_suffixes=tuple(raw.get("place_suffixes", ())),
        place_prefixes=tuple(raw.get("place_prefixes", ())),
        facility=FacilityRules(
            embassy=tuple(fac.get("embassy", ())),
            consulate=tuple(fac.get("consulate", ())),
            other=tuple(fac.get("other", ())),
            city_links=(link,) if link else (),
            in_city=fac.get("in_city"),
            host_prefixes=dict(fac.get("host_prefixes", {})),
            demonyms=dict(fac.get("demonyms", {})),
            default_host=fac.get("default_host"),
            capital_after=fac.get("capital_after"),
        ),
    )
