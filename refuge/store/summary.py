"""What the store keeps beside the events so that readers need not scan them: each event's
report languages, the number of events per type, country and languages, and the events of
each document.

All are derived from `events`, `claim_events` and `claims` and rewritten whenever the
events are (`Store.save_linking`). The counts also keep the longest span of their events,
which turns "ending on or after a day" into a date range an index can bound on both sides. The language filter of the event list then compares one
indexed column, the counts per type of an unfiltered list (or one filtered by country or
language alone) come from a table of at most a few thousand rows, and search results reach
their events through one index range per document.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection

from refuge.records import LANGUAGES
from refuge.store import tables as t

_BATCH = 5000


def languages_value(languages: set[str]) -> str:
    """The stored form of a set of languages: codes, sorted, comma-separated."""
    return ",".join(sorted(languages))


def language_sets(language: str) -> list[str]:
    """Every stored value that includes `language`, so a B-tree index answers the filter.

    An IN list of exact values works on any backend; with four languages it has eight items.
    """
    others = [x for x in LANGUAGES if x != language]
    return [
        languages_value({language, *extra})
        for n in range(len(others) + 1)
        for extra in combinations(others, n)
    ]


def refresh(conn: Connection) -> None:
    """Recompute every event's languages and the event counts, in the caller's transaction."""
    ce, c = t.claim_events.c, t.claims.c
    pairs = conn.execute(
        select(ce.event_id, c.language)
        .distinct()
        .join(t.claims, c.key == ce.claim_key)
        .where(c.language.in_(LANGUAGES))
    )
    by_event: dict[str, set[str]] = defaultdict(set)
    for event_id, language in pairs:
        by_event[event_id].add(language)
    conn.execute(update(t.events).values(languages=""))
    rows = [{"event": e, "value": languages_value(ls)} for e, ls in by_event.items()]
    statement = (
        update(t.events)
        .where(t.events.c.id == bindparam("event"))
        .values(languages=bindparam("value"))
    )
    for start in range(0, len(rows), _BATCH):
        conn.execute(statement, rows[start : start + _BATCH])

    conn.execute(delete(t.document_events))
    conn.execute(
        t.document_events.insert().from_select(
            ["sha256", "event_id"],
            select(c.sha256, ce.event_id).distinct().join(t.claims, c.key == ce.claim_key),
        )
    )

    conn.execute(delete(t.event_counts))
    counts = _counts(conn)
    if counts:
        conn.execute(t.event_counts.insert(), counts)


def span_days(start: date | None, end: date | None) -> int | None:
    """How far before its end an event starts, in days; None when its start is unknown."""
    if end is None:
        return 0
    if start is None:
        return None
    return max(0, (end - start).days)


def _counts(conn: Connection) -> list[dict[str, Any]]:
    ev = t.events.c
    groups: dict[tuple[str, str | None, str], tuple[int, int | None]] = {}
    rows = conn.execute(select(ev.type, ev.country, ev.languages, ev.date_start, ev.date_end))
    for type_, country, languages, start, end in rows:
        n, longest = groups.get((type_, country, languages), (0, 0))
        span = span_days(start, end)
        longest = None if span is None or longest is None else max(longest, span)
        groups[(type_, country, languages)] = (n + 1, longest)
    return [
        {"type": k[0], "country": k[1], "languages": k[2], "events": n, "longest_days": longest}
        for k, (n, longest) in groups.items()
    ]
