"""The store's tables, as SQLAlchemy Core metadata.

Machine output (documents, segments, claims, events) and human decisions live in separate
tables: re-running extraction replaces a document's machine claims for the new extractor
version, and never touches `decisions`. The Alembic migrations under `migrations/` create
these tables; this module describes them for queries.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("media_type", String(32), nullable=False),
    Column("encoding", String(32), nullable=False),
    Column("size", Integer, nullable=False),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("published", Date),
    Column("published_method", String(64)),
    Column("published_evidence", Text),
    Column("languages", String(64), nullable=False),
    Column("pipeline_version", String(32), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("documents.sha256"), nullable=False, index=True),
    Column("path", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    UniqueConstraint("sha256", "path", name="uq_sources_sha256_path"),
)

removed_blocks = Table(
    "removed_blocks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("documents.sha256"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("reason", String(64), nullable=False),
    Column("text", Text, nullable=False),
)

segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("documents.sha256"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("language", String(8), nullable=False),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("stage", String(16), nullable=False),
    Column("error", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    UniqueConstraint("path", "sha256", "stage", "error", name="uq_quarantine"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(160), nullable=False, unique=True),
    Column("sha256", String(64), ForeignKey("documents.sha256"), nullable=False, index=True),
    Column("extractor_version", String(32), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", String(32), nullable=False, index=True),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(8)),
    Column("date_note", Text),
    Column("places", Text, nullable=False),
    Column("country", String(8), index=True),
    Column("count_value", BigInteger),
    Column("count_qualifier", String(16)),
    Column("count_min", BigInteger),
    Column("count_max", BigInteger),
    Column("actor", String(8)),
    Column("attribution", Text),
    Column("modality", String(16), nullable=False),
    Column("language", String(8), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
)

# The indexes of events are composite and covering (migrations 0002, 0003).
events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("type", String(32), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(8)),
    Column("places", Text, nullable=False),
    Column("country", String(8)),
    Column("claim_count", Integer, nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("detail", Text, nullable=False),
    Column("linker_version", String(32), nullable=False),
    # The languages (of `LANGUAGES`) of the event's reports, sorted and comma-separated:
    # derived from its claims (`summary.refresh`) so the language filter reads one column.
    Column("languages", String(64), nullable=False, server_default=""),
)

# Which events each document reports on (`summary.refresh`): from full-text hits or a source
# to events in one index range per document, instead of a probe per claim.
document_events = Table(
    "document_events",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("event_id", String(64), primary_key=True),
    sqlite_with_rowid=False,
)

# Events per type, country and languages (`summary.refresh`): the counts per type of the
# event list without reading the events.
event_counts = Table(
    "event_counts",
    metadata,
    Column("type", String(32), nullable=False),
    Column("country", String(8)),
    Column("languages", String(64), nullable=False),
    Column("events", Integer, nullable=False),
    # Days from the earliest start to the end of these events' longest; NULL when one of
    # them has an end and no start.
    Column("longest_days", Integer),
)

claim_events = Table(
    "claim_events",
    metadata,
    Column("claim_key", String(160), primary_key=True),
    Column("event_id", String(64), ForeignKey("events.id"), nullable=False, index=True),
    Column("partial", Boolean, nullable=False),
    Column("score", Float),
    Column("reasons", Text, nullable=False),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("target_kind", String(16), nullable=False),
    Column("target_id", String(160), nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("payload", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("reason", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
