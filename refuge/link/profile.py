"""A claim reduced to what comparison needs: day numbers, a head-count interval, place sets, sources."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from refuge.link.fingerprint import fingerprint
from refuge.link.model import LinkInput
from refuge.link.rules import Rules
from refuge.link.sources import claim_sources
from refuge.records import Claim, Count, Place

# How far each qualifier lets the true number stray from the stated one, as (low, high) factors.
_BOUNDS: dict[str, tuple[float, float]] = {
    "exact": (1.0, 1.0),
    "about": (0.85, 1.15),
    "more_than": (1.0, 1.5),
    "up_to": (0.5, 1.0),
}


@dataclass(slots=True)
class Profile:
    idx: int
    key: str
    type: str
    lo: int | None
    hi: int | None
    precision: str | None
    by_publication: bool
    stock: bool
    pub: int | None
    ids: frozenset[int]
    names: dict[int, str]
    admin1: frozenset[str]
    countries: frozenset[str]
    # Countries in which the claim names a city or a province, not just the country.
    local: frozenset[str]
    count: tuple[float, float] | None
    value: int | None
    vague: bool
    # The figure is a plain head-count, not an estimate ("22 defectors").
    exact: bool
    figure: str
    actor: str | None
    sources: tuple[str, ...]
    doc: str
    modality: str
    fingerprint: int
    shape: int
    # Days the incident may lie before (`back`) or after (`ahead`) the claim's date, when
    # that date is the day something was said rather than the day it happened.
    back: int = 0
    ahead: int = 0
    # Days a campaign told as under way may go on after the last day its text tells.
    runs: int = 0
    # Figures some page gives beside one like this claim's, for the same day and type, from
    # another source or at another crossing: rival accounts of one event, not other groups.
    rivals: tuple[tuple[float, float], ...] = ()
    # What comparison asks of each claim of every pair it weighs, read once per claim:
    # how many days its span covers past the first, whether it names any place, whether it
    # is a short incident or a total over a long span (dated to the day, not by the page).
    days: int = 0
    has_places: bool = False
    short: bool = False
    lasting: bool = False


def describe(count: Count | None) -> str:
    """A figure as a reviewer reads it: "about 600", "more than 500", "50–60"."""
    if count is None:
        return "no figure"
    q, v = count.qualifier, count.value
    if q in ("range", "vague") or v is None:
        span = f"{count.min}–{count.max}" if count.min is not None else "?"
        return span if q == "range" else f"vague ({span})"
    words = {"exact": "", "about": "about ", "more_than": "more than ", "up_to": "up to "}
    return f"{words.get(q, '')}{v:,}"


_FIGURES: dict[Count, tuple[str, tuple[float, float] | None]] = {}


def _figure(count: Count) -> tuple[str, tuple[float, float] | None]:
    """A figure's text and interval, shared by the many claims that state the same figure."""
    found = _FIGURES.get(count)
    if found is None:
        if len(_FIGURES) > 100_000:
            _FIGURES.clear()
        found = _FIGURES[count] = (describe(count), interval(count))
    return found


def interval(count: Count | None) -> tuple[float, float] | None:
    if count is None:
        return None
    if count.qualifier in ("range", "vague"):
        lo = count.min if count.min is not None else count.value
        hi = count.max if count.max is not None else count.value
        if lo is None or hi is None:
            return None
        slack = 0.9 if count.qualifier == "range" else 1.0
        return (lo * slack, hi / slack)
    if count.value is None:
        return None
    low, high = _BOUNDS.get(count.qualifier, (1.0, 1.0))
    return (count.value * low, count.value * high)


_SHAPES: dict[tuple[object, ...], int] = {}
# Ids are never reused, so clearing the table can only split a shape, never join two.
_NEXT_SHAPE = itertools.count()


def _shape(key: tuple[object, ...]) -> int:
    """A small id for everything comparison reads except the document and its sources: two
    claims of one shape score alike against any third, so one of them stands for both."""
    found = _SHAPES.get(key)
    if found is None:
        if len(_SHAPES) > 500_000:
            _SHAPES.clear()
        found = _SHAPES[key] = next(_NEXT_SHAPE)
    return found


def reshape(shape: int, rivals: tuple[tuple[float, float], ...]) -> int:
    """The shape of a claim whose page also gives rival figures: they compare differently."""
    return _shape((shape, rivals))


_PlaceSets = tuple[frozenset[int], dict[int, str], frozenset[str], frozenset[str], frozenset[str]]
_PLACE_SETS: dict[tuple[Place, ...], _PlaceSets] = {}


def _place_sets(places: tuple[Place, ...]) -> _PlaceSets:
    """The id, province and country sets of a place list, shared between claims that name the
    same places (a million claims name a few thousand distinct lists)."""
    found = _PLACE_SETS.get(places)
    if found is None:
        if len(_PLACE_SETS) > 100_000:
            _PLACE_SETS.clear()
        found = _PLACE_SETS[places] = (
            frozenset(p.geonames_id for p in places if p.geonames_id is not None),
            {p.geonames_id: p.name for p in places if p.geonames_id is not None},
            frozenset(p.admin1 for p in places if p.admin1),
            frozenset(p.country for p in places if p.country),
            frozenset(
                p.country for p in places if p.country and (p.geonames_id is not None or p.admin1)
            ),
        )
    return found


def profile(idx: int, item: LinkInput, rules: Rules) -> Profile:
    c = item.claim
    pub = item.published.toordinal() if item.published else None
    lo = hi = None
    precision: str | None = None
    by_publication = False
    if c.date is not None:
        lo, hi, precision = c.date.start.toordinal(), c.date.end.toordinal(), c.date.precision
    elif (rules.types[c.type].stock or rules.types[c.type].stock_undated) and pub is not None:
        # A stock figure with no date is stated as of the page's date.
        lo = hi = pub
        precision, by_publication = "month", True
    ids, names, admin1, countries, local = _place_sets(c.places)
    figure, count = _figure(c.count) if c.count is not None else (describe(None), None)
    value = c.count.value if c.count and c.count.qualifier not in ("range", "vague") else None
    vague = bool(c.count and c.count.qualifier == "vague")
    stock = _stock(c, precision, by_publication, local, rules)
    back, ahead = _said(c, lo, hi, precision, pub, stock, rules)
    runs = _runs(c, lo, hi, precision, rules)
    days = 0 if lo is None or hi is None else hi - lo
    by_day = precision == "day" and not by_publication
    shape = (
        c.type,
        lo,
        hi,
        precision,
        by_publication,
        pub if lo is None else None,
        ids,
        admin1,
        countries,
        count,
        value,
        vague,
        c.actor,
        c.modality,
        local,
        back,
        ahead,
        runs,
    )
    return Profile(
        idx=idx,
        key=item.key,
        type=c.type,
        lo=lo,
        hi=hi,
        precision=precision,
        by_publication=by_publication,
        stock=stock,
        pub=pub,
        ids=ids,
        names=names,
        admin1=admin1,
        countries=countries,
        local=local,
        count=count,
        value=value,
        vague=vague,
        exact=bool(c.count and c.count.qualifier == "exact"),
        figure=figure,
        actor=c.actor,
        sources=claim_sources(c.attribution, item.outlet or item.document),
        doc=item.document,
        modality=c.modality,
        fingerprint=item.fingerprint if item.fingerprint is not None else fingerprint(c.evidence),
        shape=_shape(shape),
        back=back,
        ahead=ahead,
        runs=runs,
        days=days,
        has_places=bool(countries or admin1 or ids),
        short=by_day and days <= rules.short_days,
        lasting=by_day and days > rules.duration_days,
    )


def _runs(c: Claim, lo: int | None, hi: int | None, precision: str | None, rules: Rules) -> int:
    """How long after its span a campaign may go on: a hunger strike "since the 21st", told on
    the 23rd, is still under way when another page tells its eleventh day. An announced
    gathering is only what it announces."""
    if (
        not rules.types[c.type].campaign
        or lo is None
        or hi is None
        or precision != "day"
        or hi - lo < rules.campaign_span_days
        or c.modality == "planned"
    ):
        return 0
    return rules.campaign_days


def _stock(
    c: Claim, precision: str | None, by_publication: bool, local: frozenset[str], rules: Rules
) -> bool:
    """Whether a claim is a figure held at a time rather than an incident: a stock type, or a
    type that is one when it tells no group (`stock_undated`): undated or dated only roughly,
    or told with no head-count finer than a loose word and no place finer than a country
    ("hundreds are still held in China", dated by the statement that says so)."""
    r = rules.types[c.type]
    if r.stock or not r.stock_undated:
        return r.stock
    if by_publication or precision != "day":
        return True
    loose = c.count is None or c.count.qualifier == "vague"
    return loose and bool(c.places) and not local


def _said(
    c: Claim,
    lo: int | None,
    hi: int | None,
    precision: str | None,
    pub: int | None,
    stock: bool,
    rules: Rules,
) -> tuple[int, int]:
    """(back, ahead): how far the incident may lie from a date that is the day of a statement.

    A page reports a briefing, a denial or a UN statement on the day it was made, a few days
    before the page came out; what the statement is about happened earlier. Only claims that
    carry nothing else to date them (no figure, or a vague one; or a denial) are read so. A
    condition ("acceptable if they leave") is said before what it foresees."""
    r = rules.types[c.type]
    if (
        lo is None
        or hi is None
        or pub is None
        or precision != "day"
        or hi - lo > rules.short_days
        or not pub - rules.statement_days <= lo <= hi <= pub
        or r.ongoing
        or stock
    ):
        return 0, 0
    if c.modality == "conditional":
        return 0, rules.forecast_days
    bare = c.count is None or c.count.qualifier == "vague"
    if c.modality == "denied" or (bare and c.modality != "planned"):
        return rules.statement_days, 0
    return 0, 0


def more_specific(part: Profile, whole: Profile) -> bool:
    """Whether `part` names places strictly inside what `whole` names (Dandong within four cities)."""
    if not part.has_places or not whole.has_places:
        return False
    if part.ids and whole.ids:
        return part.ids < whole.ids
    if part.ids or (part.admin1 and not whole.admin1):
        if whole.admin1 and part.admin1:
            return part.admin1 <= whole.admin1
        return part.countries <= whole.countries and not whole.ids
    return False
