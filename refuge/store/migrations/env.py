"""Alembic environment: migrations run on the connection the store hands over.

`refuge.store.open_store` calls `alembic.command.upgrade` with the live connection in
`config.attributes["connection"]`, so migrations need no settings file and no URL of their own.
"""

from __future__ import annotations

from alembic import context

from refuge.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
