"""The schema version of a book and the steps that upgrade an older one.

How it works:
- A new, empty book is created directly at the latest schema from `custbook.models`
  and stamped with `LATEST` — on SQLite and on PostgreSQL alike.
- An existing book at version v < LATEST is first copied aside (SQLite's online
  backup), then `STEPS[v+1] … STEPS[LATEST]` run inside ONE transaction together with
  the new version stamp: either the book is fully upgraded or it is untouched.
- A book stamped above LATEST was written by a newer Custbook and is refused.
- PostgreSQL: the same steps run through playhouse's PostgresqlMigrator (or plain SQL
  where the dialects differ), in one transaction — DDL is transactional there too.
  There is no file to copy aside; the server's own backups cover an upgrade.

Adding a schema change: append a module `mNNNN_what.py` with `apply(db, migrator)`,
register it in `STEPS` (custbook/migrations/steps.py, loaded only for an upgrade;
tests/core/test_cli_light.py checks it against `LATEST`), bump `LATEST` (in
`custbook.book_format`, where `info` reads it without peewee), change `custbook.models`
to match, and add a book of the previous version under `tests/data/books/` (see
`tests/core/test_migrations.py`, which checks that upgrading gives exactly the schema
a fresh book gets).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database, SqliteDatabase

from custbook import __version__, clock, models, settings
from custbook.book_format import LATEST
from custbook.errors import BookDamaged, BookTooNew
from custbook.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from custbook.migrations.steps import Step


def stored_version(db: Database) -> int | None:
    """The version stamped in the book, or None for an empty (new) database."""
    tables = set(db.get_tables())
    if not tables:
        return None
    if "schema_version" not in tables:
        raise BookDamaged(QT_TRANSLATE_NOOP(
            "Book", "This database was not made by Custbook (it has no schema version)."))
    row = db.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    if row is None or row[0] is None:
        raise BookDamaged(QT_TRANSLATE_NOOP("Book", "The book's schema version is missing."))
    return int(row[0])


def backup_before_upgrade(db: Database, path: str | Path, version: int) -> Path | None:
    """Copy the book aside before upgrading it; returns the copy's path."""
    if not isinstance(db, SqliteDatabase) or path is None:
        return None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = Path(path).with_name(f"{Path(path).name}.v{version}-before-upgrade-{stamp}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def create_fresh(db: Database, latest: int = LATEST) -> None:
    """Create every table of a new book at the latest schema, with the shop's defaults."""
    with db.atomic():
        db.create_tables(models.ALL_MODELS)
        models.SchemaVersion.create(version=latest, app_version=__version__)
        settings.seed_defaults()


def prepare(db: Database, path: str | Path | None, *, upgrade: bool = True,
            steps: dict[int, Step] | None = None, latest: int | None = None) -> int:
    """Bring the opened book to the latest schema; returns the version it had before.

    `steps`/`latest` exist for tests of the runner itself.
    """
    latest = LATEST if latest is None else latest
    version = stored_version(db)
    if version is None:
        create_fresh(db, latest)
        return latest
    if version > latest:
        raise BookTooNew(QT_TRANSLATE_NOOP(
            "Book", "This book was saved by a newer Custbook (schema {found}; this version "
                    "knows up to {known}). Please update Custbook to open it.").format(
                        found=version, known=latest))
    if version < latest and upgrade:
        # start-up: the steps (and playhouse's migrator) only for a book that needs them
        from custbook.migrations.steps import STEPS, migrator_for

        steps = STEPS if steps is None else steps
        backup_before_upgrade(db, path, version)
        migrator = migrator_for(db)
        with db.atomic():
            for target in range(version + 1, latest + 1):
                steps[target](db, migrator)
            models.SchemaVersion.update(version=latest, app_version=__version__,
                                 upgraded_at=clock.now_seconds()).execute()
    return version
