"""The linking rules of `rules.toml` as one typed, cached object."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from refuge.records import CLAIM_TYPES

Needs = Literal["moment", "figure", "like_figure", "none"]


@dataclass(frozen=True)
class TypeRule:
    short: str
    tolerance: int
    route: bool
    journey: bool
    ongoing: bool
    campaign: bool
    stock: bool
    stock_undated: bool
    stock_days: int
    count_weight: float


@dataclass(frozen=True)
class CoType:
    needs: Needs
    weight: float


@dataclass(frozen=True)
class Rules:
    threshold: float
    short_days: int
    duration_days: int
    statement_days: int
    forecast_days: int
    campaign_days: int
    campaign_span_days: int
    origin: frozenset[str]
    weights: dict[str, float]
    types: dict[str, TypeRule]
    cotypes: dict[frozenset[str], CoType]

    def partners(self, claim_type: str) -> tuple[str, ...]:
        """The claim's own type and the types it may share an event with."""
        others = sorted(t for pair in self.cotypes if claim_type in pair for t in pair)
        return (claim_type, *(t for t in dict.fromkeys(others) if t != claim_type))


@cache
def rules() -> Rules:
    data = tomllib.loads((Path(__file__).with_name("rules.toml")).read_text("utf-8"))
    types: dict[str, TypeRule] = {}
    for name in CLAIM_TYPES:
        t = data["types"][name]
        types[name] = TypeRule(
            short=t["short"],
            tolerance=int(t.get("tolerance", 0)),
            route=bool(t.get("route", False)),
            journey=bool(t.get("journey", False)),
            ongoing=bool(t.get("ongoing", False)),
            campaign=bool(t.get("campaign", False)),
            stock=bool(t.get("stock", False)),
            stock_undated=bool(t.get("stock_undated", False)),
            stock_days=int(t.get("stock_days", 31)),
            count_weight=float(t.get("count_weight", 1.0)),
        )
    cotypes = {
        frozenset(c["types"]): CoType(needs=c["needs"], weight=float(c["weight"]))
        for c in data["cotypes"]
    }
    return Rules(
        threshold=float(data["threshold"]),
        short_days=int(data["short_days"]),
        duration_days=int(data["duration_days"]),
        statement_days=int(data["statement_days"]),
        forecast_days=int(data["forecast_days"]),
        campaign_days=int(data["campaign_days"]),
        campaign_span_days=int(data["campaign_span_days"]),
        origin=frozenset(data["origin_countries"]),
        weights={k: float(v) for k, v in data["weights"].items()},
        types=types,
        cotypes=cotypes,
    )
