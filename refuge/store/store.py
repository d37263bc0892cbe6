"""The store: what the pipeline writes and the CLI and web app read.

Each document is written in one transaction (bytes, cleaned text, removed blocks, segments,
claims), so a process killed mid-batch leaves every document either wholly stored or absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, func, select
from sqlalchemy.engine import Connection

from refuge.records import (
    Claim,
    Count,
    DateSpan,
    Document,
    Place,
    Published,
    Quarantine,
    RawDocument,
    RemovedBlock,
    Segmentation,
    StoredClaim,
    claim_keys,
)
from refuge.store import summary
from refuge.store import tables as t
from refuge.store.dialect import Dialect, dialect_for

_MIGRATIONS = Path(__file__).parent / "migrations"


def default_url() -> str:
    return "sqlite:///refuge.db"


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class EventRow:
    """An event as the store keeps it; `detail` is the JSON the web app and CLI show."""

    id: str
    type: str
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    places: list[dict[str, Any]]
    country: str | None
    claim_count: int
    independent_sources: int
    detail: dict[str, Any]


@dataclass(frozen=True)
class Membership:
    """One claim's place in an event, with the reasons it was linked there."""

    claim_key: str
    event_id: str
    partial: bool
    score: float | None
    reasons: list[str]


class Store:
    def __init__(self, engine: Engine, dialect: Dialect) -> None:
        self.engine = engine
        self.dialect = dialect
        self.writer = engine.execution_options(writer=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    def known_versions(self) -> dict[str, str]:
        """Document id -> version of the pipeline that stored it."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.documents.c.sha256, t.documents.c.pipeline_version))
            return {sha: version for sha, version in rows}

    def add_source(self, sha256: str, path: str) -> None:
        with self.writer.begin() as conn:
            self._add_source(conn, sha256, path)

    def _add_source(self, conn: Connection, sha256: str, path: str) -> None:
        stmt = self.dialect.insert_ignore(t.sources, ["sha256", "path"])
        conn.execute(stmt.values(sha256=sha256, path=path, first_seen=_now()))

    def save(
        self,
        raw: RawDocument,
        doc: Document,
        segmentation: Segmentation,
        claims: Sequence[Claim],
        version: str,
    ) -> bool:
        """Store one document and its machine output, replacing an older version's output;
        True when it replaced one."""
        with self.writer.begin() as conn:
            exists = conn.execute(
                select(t.documents.c.sha256).where(t.documents.c.sha256 == raw.sha256)
            ).scalar()
            pub = doc.published
            values = {
                "name": raw.name,
                "media_type": raw.media_type,
                "encoding": raw.encoding,
                "size": len(raw.data),
                "title": doc.title,
                "text": doc.text,
                "published": pub.value if pub else None,
                "published_method": pub.method if pub else None,
                "published_evidence": pub.evidence if pub else None,
                "languages": ",".join(segmentation.languages),
                "pipeline_version": version,
                "ingested_at": _now(),
            }
            if exists:
                self._delete_machine_output(conn, raw.sha256)
                conn.execute(
                    t.documents.update().where(t.documents.c.sha256 == raw.sha256).values(**values)
                )
            else:
                conn.execute(t.blobs.insert().values(sha256=raw.sha256, data=raw.data))
                conn.execute(t.documents.insert().values(sha256=raw.sha256, **values))
            self._add_source(conn, raw.sha256, raw.source.path)
            if doc.removed:
                conn.execute(
                    t.removed_blocks.insert(),
                    [
                        {"sha256": raw.sha256, "seq": i, "reason": b.reason, "text": b.text}
                        for i, b in enumerate(doc.removed)
                    ],
                )
            rows = [
                {
                    "sha256": raw.sha256,
                    "kind": "segment",
                    "seq": i,
                    "start": s.start,
                    "end": s.end,
                    "language": s.language,
                }
                for i, s in enumerate(segmentation.segments)
            ]
            rows += [
                {
                    "sha256": raw.sha256,
                    "kind": "sentence",
                    "seq": i,
                    "start": s.start,
                    "end": s.end,
                    "language": s.language,
                }
                for i, s in enumerate(segmentation.sentences())
            ]
            if rows:
                conn.execute(t.segments.insert(), rows)
            if claims:
                conn.execute(t.claims.insert(), _claim_rows(raw.sha256, claims))
            self.dialect.index_document(conn, raw.sha256, doc.title, doc.text)
        return bool(exists)

    def _delete_machine_output(self, conn: Connection, sha256: str) -> None:
        keys = select(t.claims.c.key).where(t.claims.c.sha256 == sha256)
        conn.execute(delete(t.claim_events).where(t.claim_events.c.claim_key.in_(keys)))
        for table in (t.claims, t.segments, t.removed_blocks):
            conn.execute(delete(table).where(table.c.sha256 == sha256))
        self.dialect.unindex_document(conn, sha256)

    def quarantine(self, q: Quarantine) -> bool:
        """Record a failure; False when the same failure of the same input is already known."""
        stmt = self.dialect.insert_ignore(t.quarantine, ["path", "sha256", "stage", "error"])
        with self.writer.begin() as conn:
            result = conn.execute(
                stmt.values(
                    path=q.path,
                    sha256=q.sha256 or "",
                    stage=q.stage,
                    error=q.error,
                    message=q.message,
                    first_seen=_now(),
                )
            )
            return bool(result.rowcount)

    def save_linking(
        self, events: Sequence[EventRow], members: Sequence[Membership], linker_version: str
    ) -> None:
        """Replace all machine events in one transaction; human decisions stay as they are."""
        with self.writer.begin() as conn:
            conn.execute(delete(t.claim_events))
            conn.execute(delete(t.events))
            if events:
                conn.execute(
                    t.events.insert(),
                    [
                        {
                            "id": e.id,
                            "type": e.type,
                            "date_start": e.date_start,
                            "date_end": e.date_end,
                            "date_precision": e.date_precision,
                            "places": json.dumps(e.places, ensure_ascii=False),
                            "country": e.country,
                            "claim_count": e.claim_count,
                            "independent_sources": e.independent_sources,
                            "detail": json.dumps(e.detail, ensure_ascii=False, default=str),
                            "linker_version": linker_version,
                        }
                        for e in events
                    ],
                )
            if members:
                conn.execute(
                    t.claim_events.insert(),
                    [
                        {
                            "claim_key": m.claim_key,
                            "event_id": m.event_id,
                            "partial": m.partial,
                            "score": m.score,
                            "reasons": json.dumps(m.reasons, ensure_ascii=False),
                        }
                        for m in members
                    ],
                )
            summary.refresh(conn)

    def optimize(self) -> None:
        """Refresh the query planner's statistics, after a run has changed the tables."""
        with self.writer.begin() as conn:
            self.dialect.optimize(conn)

    # -- reading -------------------------------------------------------------

    def event_assignments(self) -> dict[str, str]:
        """Claim key -> event id, as the last linking left them (for stable ids)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.claim_events.c.claim_key, t.claim_events.c.event_id))
            return {key: event for key, event in rows}

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar() or 0
                for name, table in (
                    ("documents", t.documents),
                    ("claims", t.claims),
                    ("events", t.events),
                    ("quarantine", t.quarantine),
                )
            }

    def quarantined(self) -> list[Quarantine]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.quarantine).order_by(t.quarantine.c.id))
            return [Quarantine(r.path, r.stage, r.error, r.message, r.sha256 or None) for r in rows]

    def document(self, sha256: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.sha256 == sha256)).first()
            if row is None:
                return None
            removed = conn.execute(
                select(t.removed_blocks.c.reason, t.removed_blocks.c.text)
                .where(t.removed_blocks.c.sha256 == sha256)
                .order_by(t.removed_blocks.c.seq)
            )
            return _document(row, tuple(RemovedBlock(r.text, r.reason) for r in removed))

    def raw_bytes(self, sha256: str) -> bytes | None:
        with self.engine.connect() as conn:
            return conn.execute(select(t.blobs.c.data).where(t.blobs.c.sha256 == sha256)).scalar()

    def iter_claims(self) -> Iterator[StoredClaim]:
        query = (
            select(t.claims, t.documents.c.name, t.documents.c.published, t.documents.c.title)
            .join(t.documents, t.documents.c.sha256 == t.claims.c.sha256)
            .order_by(t.claims.c.sha256, t.claims.c.seq)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield StoredClaim(row.key, claim_from_row(row), row.name, row.published, row.title)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[str]:
        with self.engine.connect() as conn:
            return self.dialect.search(conn, query, limit, offset)


def _claim_rows(sha256: str, claims: Sequence[Claim]) -> list[dict[str, Any]]:
    rows = []
    for seq, (key, c) in enumerate(zip(claim_keys(sha256, claims), claims, strict=True)):
        rows.append(
            {
                "key": key,
                "sha256": sha256,
                "extractor_version": c.extractor_version,
                "seq": seq,
                "type": c.type,
                "date_start": c.date.start if c.date else None,
                "date_end": c.date.end if c.date else None,
                "date_precision": c.date.precision if c.date else None,
                "date_note": c.date.note if c.date else None,
                "places": json.dumps([p.to_json() for p in c.places], ensure_ascii=False),
                "country": next((p.country for p in c.places if p.country), None),
                "count_value": c.count.value if c.count else None,
                "count_qualifier": c.count.qualifier if c.count else None,
                "count_min": c.count.min if c.count else None,
                "count_max": c.count.max if c.count else None,
                "actor": c.actor,
                "attribution": c.attribution,
                "modality": c.modality,
                "language": c.language,
                "evidence": c.evidence,
                "evidence_start": c.evidence_start,
                "evidence_end": c.evidence_end,
            }
        )
    return rows


def claim_from_row(row: Any) -> Claim:
    span = None
    if row.date_start is not None:
        span = DateSpan(row.date_start, row.date_end, row.date_precision, row.date_note)
    count = None
    if row.count_qualifier is not None:
        count = Count(row.count_value, row.count_qualifier, row.count_min, row.count_max)
    places = tuple(
        Place(p["name"], p.get("country"), p.get("geonames_id")) for p in json.loads(row.places)
    )
    return Claim(
        type=row.type,
        date=span,
        places=places,
        count=count,
        actor=row.actor,
        attribution=row.attribution,
        modality=row.modality,
        language=row.language,
        evidence=row.evidence,
        evidence_start=row.evidence_start,
        evidence_end=row.evidence_end,
        document=row.sha256,
        extractor_version=row.extractor_version,
    )


def _document(row: Any, removed: tuple[RemovedBlock, ...]) -> Document:
    published = None
    if row.published is not None:
        published = Published(
            row.published, row.published_method or "", row.published_evidence or ""
        )
    return Document(
        sha256=row.sha256,
        name=row.name,
        title=row.title,
        text=row.text,
        published=published,
        removed=removed,
        media_type=row.media_type,
        encoding=row.encoding,
    )


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the store at a SQLAlchemy URL; SQLite file by default."""
    # Alembic is needed only here; importing it with this module would cost every command
    # that reads the store's row types (`refuge extract` among them) a sixth of a second.
    from alembic import command
    from alembic.config import Config

    engine = create_engine(url or default_url())
    dialect = dialect_for(engine)
    dialect.configure(engine)
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return Store(engine, dialect)
