"""Indexes for the web app's lists, filters, counts and search on large stores.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# name -> (table, columns). Most are covering: the event list's counts per type, and the
# path from a full-text hit (document) to its events, read no table rows at all.
INDEXES = {
    "ix_events_date_id": ("events", ["date_start", "id"]),
    "ix_events_type_date": ("events", ["type", "date_start", "id"]),
    "ix_events_type_country_date": ("events", ["type", "country", "date_start", "id"]),
    "ix_events_country_date": ("events", ["country", "date_start", "type", "date_end"]),
    "ix_claims_sha256_key": ("claims", ["sha256", "key"]),
    "ix_claim_events_key_event": ("claim_events", ["claim_key", "event_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
