"""Events' report languages, events per type, country and languages, documents' events; indexes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The languages a filter can ask for, as `refuge.records.LANGUAGES` had them at this revision.
LANGUAGES = ("ko", "en", "ja", "zh")

# name -> (table, columns). Counts under a date range read these alone (covering), with or
# without a country or a type; a page of one type checks `since` (on date_end) in the index.
INDEXES = {
    "ix_events_type_date_end": ("events", ["type", "date_start", "id", "date_end"]),
    "ix_events_type_country_date_end": (
        "events",
        ["type", "country", "date_start", "id", "date_end"],
    ),
    "ix_events_dates_facets": (
        "events",
        ["date_start", "date_end", "type", "country", "languages"],
    ),
    "ix_events_country_dates_facets": (
        "events",
        ["country", "date_start", "date_end", "type", "languages"],
    ),
    # The list in date order, checking the language in the index: no row is read but the
    # page's. (An index led by `languages` would make the planner sort every match.)
    "ix_events_date_id_languages": ("events", ["date_start", "id", "languages"]),
    # Events found through documents (search, source) are sorted and counted from here.
    "ix_events_id_date_type": ("events", ["id", "date_start", "type"]),
}
# Superseded by the indexes above (each is a prefix of one, or lacks date_end so that the
# planner read rows for it).
DROPPED = {
    "ix_events_type": ("events", ["type"]),
    "ix_events_date_start": ("events", ["date_start"]),
    "ix_events_country": ("events", ["country"]),
    "ix_events_date_id": ("events", ["date_start", "id"]),
    "ix_events_type_date": ("events", ["type", "date_start", "id"]),
    "ix_events_type_country_date": ("events", ["type", "country", "date_start", "id"]),
    "ix_events_country_date": ("events", ["country", "date_start", "type", "date_end"]),
}


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("languages", sa.String(64), nullable=False, server_default=""))
    op.create_table(
        "event_counts",
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("languages", sa.String(64), nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("longest_days", sa.Integer),
    )
    op.create_table(
        "document_events",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.String(64), primary_key=True),
        sqlite_with_rowid=False,
    )
    _backfill(op.get_bind())
    for name, (table, _columns) in DROPPED.items():
        op.drop_index(name, table_name=table)
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def _backfill(conn: sa.engine.Connection) -> None:
    # Written out here rather than imported, so this revision keeps meaning what it meant.
    pairs = conn.execute(
        sa.text(
            "SELECT DISTINCT ce.event_id, c.language FROM claim_events ce "
            "JOIN claims c ON c.key = ce.claim_key"
        )
    )
    by_event: dict[str, set[str]] = defaultdict(set)
    for event_id, language in pairs:
        if language in LANGUAGES:
            by_event[event_id].add(language)
    rows = [{"e": e, "v": ",".join(sorted(ls))} for e, ls in by_event.items()]
    if rows:
        conn.execute(sa.text("UPDATE events SET languages = :v WHERE id = :e"), rows)
    conn.execute(
        sa.text(
            "INSERT INTO document_events (sha256, event_id) "
            "SELECT DISTINCT c.sha256, ce.event_id FROM claim_events ce "
            "JOIN claims c ON c.key = ce.claim_key"
        )
    )
    events = sa.table(
        "events",
        sa.column("type"),
        sa.column("country"),
        sa.column("languages"),
        sa.column("date_start", sa.Date),
        sa.column("date_end", sa.Date),
    )
    groups: dict[tuple[str, str | None, str], tuple[int, int | None]] = {}
    for type_, country, languages, start, end in conn.execute(sa.select(events.c)):
        n, longest = groups.get((type_, country, languages), (0, 0))
        span = 0 if end is None else None if start is None else max(0, (end - start).days)
        longest = None if span is None or longest is None else max(longest, span)
        groups[(type_, country, languages)] = (n + 1, longest)
    counts = [
        {"t": k[0], "c": k[1], "l": k[2], "n": n, "d": longest}
        for k, (n, longest) in groups.items()
    ]
    if counts:
        conn.execute(
            sa.text(
                "INSERT INTO event_counts (type, country, languages, events, longest_days) "
                "VALUES (:t, :c, :l, :n, :d)"
            ),
            counts,
        )


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
    for name, (table, columns) in DROPPED.items():
        op.create_index(name, table, columns)
    op.drop_table("document_events")
    op.drop_table("event_counts")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("languages")
