"""Read-only queries for the web app and the JSON API: filtered, paginated, parameterised.

Everything here reads; nothing writes. Filters are values (`EventFilter`), turned into
SQLAlchemy expressions in one place so that the pages, the API and the exports agree on
what "the current filter" means.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    bindparam,
    create_engine,
    event,
    extract,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection

from refuge.records import Claim
from refuge.store import tables as t
from refuge.store.dialect import Dialect
from refuge.store.store import EventRow, Store, claim_from_row
from refuge.store.summary import language_sets

Sort = Literal["newest", "oldest", "most_reports", "most_sources", "type"]
SORTS: tuple[str, ...] = Sort.__args__  # type: ignore[attr-defined]
# Full-text search finds documents first; an event matches when one of its claims comes
# from one of the matching documents, at most this many (the newest indexed), so that a
# common word costs no more than a rare one.
SEARCH_DOCUMENTS = 100
READER_MMAP_BYTES = 4 * 2**30


@dataclass(frozen=True)
class EventFilter:
    """The current filter of the event list, its exports and its map."""

    type: str | None = None
    since: date | None = None
    until: date | None = None
    country: str | None = None
    place: str | None = None
    language: str | None = None
    source: str | None = None
    q: str | None = None
    sort: Sort = "newest"
    page: int = 1
    per_page: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def params(self, **changes: Any) -> dict[str, str]:
        """Query-string parameters that reproduce this filter (for links and exports)."""
        values = replace(self, **changes) if changes else self
        out: dict[str, str] = {}
        for name in ("type", "since", "until", "country", "place", "language", "source", "q"):
            value = getattr(values, name)
            if value:
                out[name] = value.isoformat() if isinstance(value, date) else str(value)
        if values.sort != "newest":
            out["sort"] = values.sort
        if values.page != 1:
            out["page"] = str(values.page)
        if values.per_page != 50:
            out["per_page"] = str(values.per_page)
        return out


@dataclass(frozen=True)
class EventPage:
    items: list[EventRow]
    total: int
    counts: dict[str, int]


@dataclass(frozen=True)
class Member:
    """One claim inside an event, with its document and why it was linked there."""

    key: str
    claim: Claim
    sha256: str
    document_name: str
    title: str | None
    published: date | None
    partial: bool
    score: float | None
    reasons: list[str]


@dataclass(frozen=True)
class DocumentClaim:
    key: str
    claim: Claim
    event_id: str | None
    partial: bool


@dataclass(frozen=True)
class DocumentView:
    sha256: str
    name: str
    title: str | None
    text: str
    published: date | None
    published_method: str | None
    published_evidence: str | None
    languages: list[str]
    media_type: str
    encoding: str
    size: int
    ingested_at: Any
    pipeline_version: str
    sources: list[str]
    removed: list[tuple[str, str]]
    claims: list[DocumentClaim]


@dataclass(frozen=True)
class DocumentSummary:
    sha256: str
    name: str
    title: str | None
    published: date | None
    languages: list[str]
    size: int
    snippet: str | None = None


@dataclass(frozen=True)
class ClaimRow:
    key: str
    claim: Claim
    document_name: str
    published: date | None
    event_id: str | None
    partial: bool


@dataclass(frozen=True)
class ClaimFilter:
    type: str | None = None
    language: str | None = None
    country: str | None = None
    document: str | None = None
    event: str | None = None
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class TimelineBucket:
    year: int
    month: int | None
    counts: dict[str, int] = field(default_factory=dict)


def read_engine(store: Store) -> Engine:
    """An engine for readers only.

    The store's SQLite engine opens every transaction with BEGIN IMMEDIATE, which takes the
    write lock: right for the pipeline, wrong for a web app whose readers should run beside
    the writer (WAL). Readers get their own engine: statements in autocommit, `query_only`.
    """
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return store.engine
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # Readers share the file through memory mapping instead of each copying pages into
        # its own small cache: the web app runs several workers with pooled connections.
        cursor.execute(f"PRAGMA mmap_size={READER_MMAP_BYTES}")
        cursor.close()

    return engine


# -- events --------------------------------------------------------------------------


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _event_ids_of_documents(shas: Any) -> Select[Any]:
    return select(t.document_events.c.event_id).where(t.document_events.c.sha256.in_(shas))


def _earliest_start(conn: Connection, since: date) -> date | None:
    """The earliest start of an event that ends on or after `since`, if the summary knows.

    Redundant with the `since` condition itself, it gives the date index a lower bound.
    """
    ec = t.event_counts.c
    longest, unknown = conn.execute(
        select(func.max(ec.longest_days), func.count() - func.count(ec.longest_days))
    ).one()
    if longest is None or unknown:
        return None
    try:
        return since - timedelta(days=longest)
    except OverflowError:
        return None


def _conditions(conn: Connection, dialect: Dialect, f: EventFilter) -> list[ColumnElement[bool]]:
    """SQL conditions for everything in the filter but the type (kept apart for the counts)."""
    ev = t.events.c
    where: list[ColumnElement[bool]] = []
    if f.since:
        where.append(func.coalesce(ev.date_end, ev.date_start) >= f.since)
        earliest = _earliest_start(conn, f.since)
        if earliest is not None:
            where.append(ev.date_start >= earliest)
    if f.until:
        where.append(ev.date_start <= f.until)
    if f.country:
        where.append(ev.country == f.country)
    if f.place:
        # ASCII digits only: "²" is a digit to str.isdigit but no number to int().
        if f.place.isascii() and f.place.isdigit():
            pattern = f'%"geonames_id": {int(f.place)}%'
            where.append(ev.places.like(pattern))
        else:
            where.append(ev.places.like(f"%{_escape_like(f.place)}%", escape="\\"))
    if f.language:
        where.append(ev.languages.in_(language_sets(f.language)))
    if f.source:
        docs = select(t.documents.c.sha256).where(
            or_(
                t.documents.c.sha256.like(f"{_escape_like(f.source.lower())}%", escape="\\"),
                t.documents.c.name.like(f"%{_escape_like(f.source)}%", escape="\\"),
            )
        )
        where.append(ev.id.in_(_event_ids_of_documents(docs)))
    if f.q:
        shas = dialect.matching_documents(conn, f.q, SEARCH_DOCUMENTS)
        param = bindparam("search_shas", shas, expanding=True)
        where.append(ev.id.in_(_event_ids_of_documents(param)))
    return where


_ORDER = {
    # One direction for both columns, so that an index on (date_start, id) gives the order.
    "newest": (t.events.c.date_start.desc(), t.events.c.id.desc()),
    "oldest": (t.events.c.date_start.asc(), t.events.c.id.asc()),
    "most_reports": (t.events.c.claim_count.desc(), t.events.c.date_start.desc(), t.events.c.id),
    "most_sources": (
        t.events.c.independent_sources.desc(),
        t.events.c.date_start.desc(),
        t.events.c.id,
    ),
    "type": (t.events.c.type, t.events.c.date_start.desc(), t.events.c.id),
}


def _event_row(row: Any) -> EventRow:
    detail = _json(row.detail, {})
    return _row(row, detail if isinstance(detail, dict) else {})


def _row(row: Any, detail: dict[str, Any]) -> EventRow:
    return EventRow(
        id=row.id,
        type=row.type,
        date_start=row.date_start,
        date_end=row.date_end,
        date_precision=row.date_precision,
        places=[p for p in _json(row.places, []) if isinstance(p, dict)],
        country=row.country,
        claim_count=row.claim_count,
        independent_sources=row.independent_sources,
        detail=detail,
    )


def _list_columns(dialect: Dialect) -> list[Any]:
    """An event's columns for lists: the title instead of the whole `detail` (links and all)."""
    title = dialect.json_text(t.events.c.detail, "title").label("title")
    return [c for c in t.events.c if c.name != "detail"] + [title]


def _list_row(row: Any) -> EventRow:
    return _row(row, {} if row.title is None else {"title": row.title})


def _json(value: str | None, default: Any) -> Any:
    if not value:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def list_events(conn: Connection, dialect: Dialect, f: EventFilter) -> EventPage:
    """One page of events under the filter, the total, and the counts per type.

    Listed events carry only the title of their `detail`; `get_event` reads all of it.
    """
    where = _conditions(conn, dialect, f)
    typed = [*where, t.events.c.type == f.type] if f.type else where
    # Ids first, rows after: sorting and skipping read index entries, and only the page's
    # rows are read whole (with their long `detail`).
    page = (
        select(t.events.c.id)
        .where(and_(True, *typed))
        .order_by(*_ORDER[f.sort])
        .limit(f.per_page)
        .offset(f.offset)
    )
    query = select(*_list_columns(dialect)).where(t.events.c.id.in_(page)).order_by(*_ORDER[f.sort])
    items = [_list_row(r) for r in conn.execute(query)]
    counts = {type_: int(n) for type_, n in conn.execute(_counts_query(f, where))}
    total = counts.get(f.type, 0) if f.type else sum(counts.values())
    return EventPage(items, total, counts)


# What the summary of event counts knows, beside the order and the page; any other filter
# needs the events themselves.
_SUMMARISED = {"type", "country", "language", "sort", "page", "per_page"}


def _counts_query(f: EventFilter, where: list[ColumnElement[bool]]) -> Select[Any]:
    """Events per type under the filter but its type: from the summary when it can answer."""
    if any(getattr(f, x.name) for x in fields(f) if x.name not in _SUMMARISED):
        ev = t.events.c
        return (
            select(ev.type, func.count())
            .where(and_(True, *where))
            .group_by(ev.type)
            .order_by(ev.type)
        )
    ec = t.event_counts.c
    summary: list[ColumnElement[bool]] = []
    if f.country:
        summary.append(ec.country == f.country)
    if f.language:
        summary.append(ec.languages.in_(language_sets(f.language)))
    return (
        select(ec.type, func.sum(ec.events))
        .where(and_(True, *summary))
        .group_by(ec.type)
        .order_by(ec.type)
    )


def iter_events(conn: Connection, dialect: Dialect, f: EventFilter) -> Iterator[EventRow]:
    """Every event under the filter, in its order, ignoring pagination (for exports).

    As in `list_events`, each event's `detail` holds its title only.
    """
    where = _conditions(conn, dialect, f)
    if f.type:
        where.append(t.events.c.type == f.type)
    query = select(*_list_columns(dialect)).where(and_(True, *where)).order_by(*_ORDER[f.sort])
    for row in conn.execution_options(yield_per=1000).execute(query):
        yield _list_row(row)


def event_places(
    conn: Connection, dialect: Dialect, f: EventFilter
) -> Iterator[tuple[str, str, str | None, list[dict[str, Any]]]]:
    """(id, type, country, places) of every event under the filter: what the map needs."""
    where = _conditions(conn, dialect, f)
    if f.type:
        where.append(t.events.c.type == f.type)
    ev = t.events.c
    query = select(ev.id, ev.type, ev.country, ev.places).where(and_(True, *where))
    for row in conn.execution_options(yield_per=2000).execute(query):
        places = _json(row.places, [])
        yield row.id, row.type, row.country, [p for p in places if isinstance(p, dict)]


def get_event(conn: Connection, event_id: str) -> tuple[EventRow, list[Member]] | None:
    row = conn.execute(select(t.events).where(t.events.c.id == event_id)).first()
    if row is None:
        return None
    ce = t.claim_events.c
    query = (
        select(
            t.claims,
            t.documents.c.name,
            t.documents.c.published,
            t.documents.c.title,
            ce.partial,
            ce.score,
            ce.reasons,
        )
        .join(t.claim_events, ce.claim_key == t.claims.c.key)
        .join(t.documents, t.documents.c.sha256 == t.claims.c.sha256)
        .where(ce.event_id == event_id)
        .order_by(t.documents.c.published, t.claims.c.key)
    )
    members = [
        Member(
            key=r.key,
            claim=claim_from_row(r),
            sha256=r.sha256,
            document_name=r.name,
            title=r.title,
            published=r.published,
            partial=bool(r.partial),
            score=r.score,
            reasons=[str(x) for x in _json(r.reasons, []) if isinstance(x, str | int | float)],
        )
        for r in conn.execute(query)
    ]
    return _event_row(row), members


def timeline(
    conn: Connection, dialect: Dialect, f: EventFilter, by: Literal["year", "month"]
) -> list[TimelineBucket]:
    """Events per period and type under the filter, oldest first; undated events left out."""
    where = _conditions(conn, dialect, f)
    if f.type:
        where.append(t.events.c.type == f.type)
    ev = t.events.c
    year = extract("year", ev.date_start).label("year")
    cols: list[Any] = [year]
    if by == "month":
        cols.append(extract("month", ev.date_start).label("month"))
    query = (
        select(*cols, ev.type, func.count())
        .where(ev.date_start.is_not(None), *where)
        .group_by(*cols, ev.type)
        .order_by(*cols)
    )
    buckets: dict[tuple[int, int | None], TimelineBucket] = {}
    for row in conn.execute(query):
        period = (int(row[0]), int(row[1]) if by == "month" else None)
        bucket = buckets.setdefault(period, TimelineBucket(*period))
        bucket.counts[row[-2]] = int(row[-1])
    return list(buckets.values())


# -- documents -----------------------------------------------------------------------


def get_document(conn: Connection, sha256: str) -> DocumentView | None:
    d = t.documents.c
    row = conn.execute(select(t.documents).where(d.sha256 == sha256)).first()
    if row is None:
        return None
    removed = conn.execute(
        select(t.removed_blocks.c.reason, t.removed_blocks.c.text)
        .where(t.removed_blocks.c.sha256 == sha256)
        .order_by(t.removed_blocks.c.seq)
    )
    sources = conn.execute(
        select(t.sources.c.path).where(t.sources.c.sha256 == sha256).order_by(t.sources.c.id)
    )
    ce = t.claim_events.c
    claims = conn.execute(
        select(t.claims, ce.event_id, ce.partial)
        .outerjoin(t.claim_events, ce.claim_key == t.claims.c.key)
        .where(t.claims.c.sha256 == sha256)
        .order_by(t.claims.c.evidence_start, t.claims.c.seq)
    )
    return DocumentView(
        sha256=row.sha256,
        name=row.name,
        title=row.title,
        text=row.text,
        published=row.published,
        published_method=row.published_method,
        published_evidence=row.published_evidence,
        languages=[x for x in (row.languages or "").split(",") if x],
        media_type=row.media_type,
        encoding=row.encoding,
        size=row.size,
        ingested_at=row.ingested_at,
        pipeline_version=row.pipeline_version,
        sources=[r.path for r in sources],
        removed=[(r.reason, r.text) for r in removed],
        claims=[
            DocumentClaim(r.key, claim_from_row(r), r.event_id, bool(r.partial)) for r in claims
        ],
    )


def raw_bytes(conn: Connection, sha256: str) -> bytes | None:
    return conn.execute(select(t.blobs.c.data).where(t.blobs.c.sha256 == sha256)).scalar()


def _summary(row: Any, snippet: str | None = None) -> DocumentSummary:
    return DocumentSummary(
        sha256=row.sha256,
        name=row.name,
        title=row.title,
        published=row.published,
        languages=[x for x in (row.languages or "").split(",") if x],
        size=row.size,
        snippet=snippet,
    )


_SUMMARY_COLUMNS = (
    t.documents.c.sha256,
    t.documents.c.name,
    t.documents.c.title,
    t.documents.c.published,
    t.documents.c.languages,
    t.documents.c.size,
)


def list_documents(
    conn: Connection, *, language: str | None, page: int, per_page: int
) -> tuple[list[DocumentSummary], int]:
    d = t.documents.c
    where: list[ColumnElement[bool]] = []
    if language:
        where.append(("," + d.languages + ",").like(f"%,{_escape_like(language)},%", escape="\\"))
    total = conn.execute(select(func.count()).select_from(t.documents).where(*where)).scalar() or 0
    rows = conn.execute(
        select(*_SUMMARY_COLUMNS)
        .where(*where)
        .order_by(d.published.desc(), d.sha256)
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return [_summary(r) for r in rows], total


def search_documents(
    conn: Connection, dialect: Dialect, q: str, *, page: int, per_page: int
) -> list[DocumentSummary]:
    """Documents whose title or text contains `q`, best first, each with a snippet."""
    shas = dialect.search(conn, q, per_page, (page - 1) * per_page)
    if not shas:
        return []
    rows = conn.execute(
        select(*_SUMMARY_COLUMNS, t.documents.c.text).where(
            t.documents.c.sha256.in_(bindparam("shas", shas, expanding=True))
        )
    )
    by_sha = {r.sha256: _summary(r, snippet(r.text, q)) for r in rows}
    return [by_sha[s] for s in shas if s in by_sha]


def snippet(text: str, q: str, width: int = 80) -> str:
    """The text around the first occurrence of `q` (case-folded), or its opening."""
    at = text.casefold().find(q.casefold())
    if at < 0:
        return text[: 2 * width].strip()
    start = max(0, at - width)
    end = min(len(text), at + len(q) + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


# -- claims --------------------------------------------------------------------------


def list_claims(conn: Connection, f: ClaimFilter) -> tuple[list[ClaimRow], int]:
    c = t.claims.c
    ce = t.claim_events.c
    where: list[ColumnElement[bool]] = []
    if f.type:
        where.append(c.type == f.type)
    if f.language:
        where.append(c.language == f.language)
    if f.country:
        where.append(c.country == f.country)
    if f.document:
        where.append(c.sha256 == f.document)
    if f.event:
        where.append(ce.event_id == f.event)
    joined = t.claims.outerjoin(t.claim_events, ce.claim_key == c.key)
    count_from = joined if f.event else t.claims
    total = conn.execute(select(func.count()).select_from(count_from).where(*where)).scalar() or 0
    rows = conn.execute(
        select(t.claims, t.documents.c.name, t.documents.c.published, ce.event_id, ce.partial)
        .select_from(joined.join(t.documents, t.documents.c.sha256 == c.sha256))
        .where(*where)
        .order_by(c.id)
        .limit(f.per_page)
        .offset((f.page - 1) * f.per_page)
    )
    items = [
        ClaimRow(r.key, claim_from_row(r), r.name, r.published, r.event_id, bool(r.partial))
        for r in rows
    ]
    return items, total


def get_claim(conn: Connection, key: str) -> ClaimRow | None:
    ce = t.claim_events.c
    row = conn.execute(
        select(t.claims, t.documents.c.name, t.documents.c.published, ce.event_id, ce.partial)
        .select_from(
            t.claims.outerjoin(t.claim_events, ce.claim_key == t.claims.c.key).join(
                t.documents, t.documents.c.sha256 == t.claims.c.sha256
            )
        )
        .where(t.claims.c.key == key)
    ).first()
    if row is None:
        return None
    return ClaimRow(
        row.key, claim_from_row(row), row.name, row.published, row.event_id, bool(row.partial)
    )
