"""Backend differences, kept in one place: SQLite (the default) and PostgreSQL (for teams).

Everything else in the store speaks plain SQLAlchemy Core; what differs between the two
backends (connection set-up, insert-or-ignore, full-text search) is a method here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, case, cast, event, func, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

# Rows ANALYZE samples per index on SQLite: enough for the planner, quick on big stores.
ANALYSIS_ROWS = 1000


class Dialect:
    name = "generic"

    def configure(self, engine: Engine) -> None:
        """Set up an engine once, before its first connection."""

    def insert_ignore(self, table: Table, conflict: list[str]) -> Insert:
        raise NotImplementedError

    def index_document(self, conn: Connection, sha256: str, title: str | None, body: str) -> None:
        """Make a document findable by full-text search."""

    def unindex_document(self, conn: Connection, sha256: str) -> None:
        """Forget a document's full-text entry before it is indexed anew."""

    def optimize(self, conn: Connection) -> None:
        """Refresh the planner's statistics."""
        conn.execute(text("ANALYZE"))

    def json_text(self, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
        """The value at `key` of the JSON object stored as text in `column`, as text."""
        raise NotImplementedError

    def search(self, conn: Connection, query: str, limit: int, offset: int) -> list[str]:
        """Document ids whose title or text contains `query`, best first."""
        pattern = f"%{_escape_like(query)}%"
        rows = conn.execute(
            text(
                "SELECT sha256 FROM documents WHERE text LIKE :p ESCAPE '\\' "
                "OR title LIKE :p ESCAPE '\\' ORDER BY published DESC, sha256 "
                "LIMIT :limit OFFSET :offset"
            ),
            {"p": pattern, "limit": limit, "offset": offset},
        )
        return [r[0] for r in rows]

    def matching_documents(self, conn: Connection, query: str, limit: int) -> list[str]:
        """Ids of up to `limit` documents whose title or text contains `query`, unranked.

        For filters: no ranking, so the work stops at `limit` matches however common the word.
        """
        pattern = f"%{_escape_like(query)}%"
        rows = conn.execute(
            text(
                "SELECT sha256 FROM documents WHERE text LIKE :p ESCAPE '\\' "
                "OR title LIKE :p ESCAPE '\\' LIMIT :limit"
            ),
            {"p": pattern, "limit": limit},
        )
        return [r[0] for r in rows]


def _escape_like(query: str) -> str:
    return query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqliteDialect(Dialect):
    name = "sqlite"

    def configure(self, engine: Engine) -> None:
        # One writer at a time, readers alongside: WAL, and BEGIN IMMEDIATE for the store's
        # writes (connections with the "writer" option) so that a writer takes its lock at the
        # start instead of failing half-way through; reads begin deferred and never wait.
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            immediate = conn.get_execution_options().get("writer", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    def insert_ignore(self, table: Table, conflict: list[str]) -> Insert:
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=conflict)

    def index_document(self, conn: Connection, sha256: str, title: str | None, body: str) -> None:
        conn.execute(
            text("INSERT INTO documents_fts (sha256, title, text) VALUES (:s, :t, :b)"),
            {"s": sha256, "t": title or "", "b": body},
        )

    def unindex_document(self, conn: Connection, sha256: str) -> None:
        conn.execute(text("DELETE FROM documents_fts WHERE sha256 = :s"), {"s": sha256})

    def optimize(self, conn: Connection) -> None:
        conn.execute(text(f"PRAGMA analysis_limit={ANALYSIS_ROWS}"))
        conn.execute(text("ANALYZE"))

    def json_text(self, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
        # json_extract fails the whole statement on malformed JSON; such a row gets NULL.
        value = func.json_extract(column, f"$.{key}")
        return case((func.json_valid(column) == 1, value), else_=None)

    def search(self, conn: Connection, query: str, limit: int, offset: int) -> list[str]:
        # The trigram tokenizer needs three characters; shorter queries (two-syllable
        # Korean words such as 북송) fall back to a scan.
        if len(query.strip()) < 3:
            return super().search(conn, query, limit, offset)
        rows = conn.execute(
            text(
                "SELECT sha256 FROM documents_fts WHERE documents_fts MATCH :q "
                "ORDER BY rank LIMIT :limit OFFSET :offset"
            ),
            {"q": _phrase(query), "limit": limit, "offset": offset},
        )
        return [r[0] for r in rows]

    def matching_documents(self, conn: Connection, query: str, limit: int) -> list[str]:
        if len(query.strip()) < 3:
            return super().matching_documents(conn, query, limit)
        # Newest indexed first: FTS5 walks its rowids backwards without sorting.
        rows = conn.execute(
            text(
                "SELECT sha256 FROM documents_fts WHERE documents_fts MATCH :q "
                "ORDER BY rowid DESC LIMIT :limit"
            ),
            {"q": _phrase(query), "limit": limit},
        )
        return [r[0] for r in rows]


def _phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


class PostgresDialect(Dialect):
    name = "postgresql"

    def json_text(self, column: ColumnElement[Any], key: str) -> ColumnElement[Any]:
        return cast(column, postgresql.JSONB)[key].astext

    def insert_ignore(self, table: Table, conflict: list[str]) -> Insert:
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=conflict)


def dialect_for(engine: Engine) -> Dialect:
    if engine.dialect.name == "sqlite":
        return SqliteDialect()
    if engine.dialect.name == "postgresql":
        return PostgresDialect()
    raise ValueError(
        f"unsupported database backend: {engine.dialect.name} (use SQLite or PostgreSQL)"
    )
