"""Geometry for the small server-rendered SVG charts (no JavaScript needed to see them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from refuge.store.queries import TimelineBucket


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    type: str
    count: int
    period: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class StackedBars:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    max_total: int


def period_label(bucket: TimelineBucket) -> str:
    return f"{bucket.year}" if bucket.month is None else f"{bucket.year}-{bucket.month:02d}"


def stacked_bars(
    buckets: Sequence[TimelineBucket], types: Sequence[str], width: int = 900, height: int = 240
) -> StackedBars:
    """Bars per period, stacked by type in the given order; at most ~12 axis labels."""
    if not buckets:
        return StackedBars(width, height, [], [], 0)
    plot = height - 24
    max_total = max(sum(b.counts.values()) for b in buckets) or 1
    step = width / len(buckets)
    bars: list[Bar] = []
    ticks: list[Tick] = []
    every = max(1, len(buckets) // 12)
    for i, bucket in enumerate(buckets):
        x = i * step
        y = float(plot)
        label = period_label(bucket)
        for type_ in types:
            n = bucket.counts.get(type_, 0)
            if not n:
                continue
            h = plot * n / max_total
            y -= h
            bars.append(Bar(x + step * 0.1, y, step * 0.8, h, type_, n, label))
        if i % every == 0:
            ticks.append(Tick(x + step / 2, label))
    return StackedBars(width, height, bars, ticks, max_total)


@dataclass(frozen=True)
class Dot:
    x: float
    day: date
    label: str
    anchor: str


@dataclass(frozen=True)
class ReportTimeline:
    width: int
    start: date | None
    end: date | None
    dots: list[Dot]
    span: tuple[float, float] | None


def report_timeline(
    reports: Sequence[tuple[date | None, str, str]],
    event_span: tuple[date | None, date | None],
    width: int = 600,
) -> ReportTimeline:
    """When each report appeared, on one axis with the event's own dates.

    `reports` are (published, label, anchor); undated reports are left off the axis.
    """
    days = [d for d, _, _ in reports if d]
    days += [d for d in event_span if d]
    if not days:
        return ReportTimeline(width, None, None, [], None)
    first, last = min(days), max(days)
    total = max((last - first).days, 1)
    margin = 20

    def x(day: date) -> float:
        return margin + (width - 2 * margin) * (day - first).days / total

    dots = [Dot(x(d), d, label, anchor) for d, label, anchor in reports if d]
    span = None
    if event_span[0]:
        span = (x(event_span[0]), x(event_span[1] or event_span[0]))
    return ReportTimeline(width, first, last, dots, span)
