"""Documents, raw bytes, removed blocks, segments, quarantine, claims, events, decisions.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(32), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("published_method", sa.String(64)),
        sa.Column("published_evidence", sa.Text),
        sa.Column("languages", sa.String(64), nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("first_seen", TZ, nullable=False),
        sa.UniqueConstraint("sha256", "path", name="uq_sources_sha256_path"),
    )
    op.create_index("ix_sources_sha256", "sources", ["sha256"])
    op.create_table(
        "removed_blocks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_removed_blocks_sha256", "removed_blocks", ["sha256"])
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
    )
    op.create_index("ix_segments_sha256", "segments", ["sha256"])
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("error", sa.String(32), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("first_seen", TZ, nullable=False),
        sa.UniqueConstraint("path", "sha256", "stage", "error", name="uq_quarantine"),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(160), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("documents.sha256"), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_note", sa.Text),
        sa.Column("places", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("count_value", sa.BigInteger),
        sa.Column("count_qualifier", sa.String(16)),
        sa.Column("count_min", sa.BigInteger),
        sa.Column("count_max", sa.BigInteger),
        sa.Column("actor", sa.String(8)),
        sa.Column("attribution", sa.Text),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
    )
    op.create_index("ix_claims_sha256", "claims", ["sha256"])
    op.create_index("ix_claims_type", "claims", ["type"])
    op.create_index("ix_claims_country", "claims", ["country"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("places", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("claim_count", sa.Integer, nullable=False),
        sa.Column("independent_sources", sa.Integer, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("linker_version", sa.String(32), nullable=False),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_table(
        "claim_events",
        sa.Column("claim_key", sa.String(160), primary_key=True),
        sa.Column("event_id", sa.String(64), sa.ForeignKey("events.id"), nullable=False),
        sa.Column("partial", sa.Boolean, nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("reasons", sa.Text, nullable=False),
    )
    op.create_index("ix_claim_events_event_id", "claim_events", ["event_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target_kind", sa.String(16), nullable=False),
        sa.Column("target_id", sa.String(160), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_index("ix_decisions_target_id", "decisions", ["target_id"])
    if op.get_bind().dialect.name == "sqlite":
        # Trigram tokens make substring search work for Korean, Japanese and Chinese,
        # which have no spaces between words (or glue particles to them).
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "sha256 UNINDEXED, title, text, tokenize='trigram')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE documents_fts")
    for name in (
        "decisions",
        "claim_events",
        "events",
        "claims",
        "quarantine",
        "segments",
        "removed_blocks",
        "sources",
        "blobs",
        "documents",
    ):
        op.drop_table(name)
