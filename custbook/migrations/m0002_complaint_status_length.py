"""Step 2: a complaint's status column holds up to 20 characters (was 16).

Why: the status "awaiting_follow_up" has 18 characters. SQLite never enforced the
declared VARCHAR(16), so version-1 books hold it fine, but PostgreSQL refuses it —
a SQLite book could not be copied to a server, nor a complaint wait for its
follow-up there. Nothing is lost or converted: only the declared length grows.
"""
from __future__ import annotations

from peewee import CharField, Database, SqliteDatabase
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: Database, migrator: SchemaMigrator) -> None:
    if isinstance(db, SqliteDatabase):
        # SQLite keeps the declared type in the table's CREATE statement; the migrator
        # rewrites it (table copy, indexes re-created) inside the upgrade's transaction.
        migrate(migrator.alter_column_type("complaint", "status",
                                           CharField(max_length=20, default="new")))
    else:
        db.execute_sql("ALTER TABLE complaint ALTER COLUMN status TYPE VARCHAR(20)")
