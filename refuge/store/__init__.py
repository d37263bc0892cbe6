"""Store: SQLAlchemy tables created by Alembic migrations; SQLite by default."""

from refuge.store.store import (
    EventRow,
    Membership,
    Store,
    StoredClaim,
    claim_keys,
    default_url,
    open_store,
)

__all__ = [
    "EventRow",
    "Membership",
    "Store",
    "StoredClaim",
    "claim_keys",
    "default_url",
    "open_store",
]
