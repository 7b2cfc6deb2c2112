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
register it in `STEPS`, bump `LATEST` (in `custbook.book_format`, where `info` reads it
without peewee), change `custbook.models` to match, and add a
book of the previous version under `tests/data/books/` (see
`tests/core/test_migrations.py`, which checks that upgrading gives exactly the schema
a fresh book gets).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from peewee import Database, SqliteDatabase
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator

from custbook import __version__, clock, models, settings
from custbook.book_format import LATEST
from custbook.errors import BookDamaged, BookTooNew
from custbook.i18n import QT_TRANSLATE_NOOP

Step = Callable[[Database, SchemaMigrator], None]

from custbook.migrations import m0002_complaint_status_length  # noqa: E402
from custbook.migrations import m0003_shop_words  # noqa: E402
from custbook.migrations import m0004_membership  # noqa: E402
from custbook.migrations import m0005_messages_family_fields_files  # noqa: E402
from custbook.migrations import m0006_search_pieces  # noqa: E402
from custbook.migrations import m0007_search_postings  # noqa: E402
from custbook.migrations import m0008_family_titles_when_shown  # noqa: E402
from custbook.migrations import m0009_prior_spend_company  # noqa: E402
from custbook.migrations import m0010_reminder_counts_covered  # noqa: E402
from custbook.migrations import m0011_week_figures_covered  # noqa: E402
from custbook.migrations import m0012_slipping_away_covered  # noqa: E402
from custbook.migrations import m0013_todays_order_covered  # noqa: E402

# Version 1 is the first (released) schema.
STEPS: dict[int, Step] = {
    2: m0002_complaint_status_length.apply,  # complaint.status up to 20 characters
    3: m0003_shop_words.apply,  # built-in tiers/categories by key, tier rules and colours
    4: m0004_membership.apply,  # membership: member numbers, balances, the card ledger
    5: m0005_messages_family_fields_files.apply,  # messages, family, own fields, files
    6: m0006_search_pieces.apply,  # the search's 1-/2-character pieces table
    7: m0007_search_postings.apply,  # those pieces as posting lists, a row per 4,096 ids
    8: m0008_family_titles_when_shown.apply,  # family reminders named when shown
    9: m0009_prior_spend_company.apply,  # customer: spend before the book, company
    10: m0010_reminder_counts_covered.apply,  # the calendar's counts from one index
    11: m0011_week_figures_covered.apply,  # Home's week figures from two indexes
    12: m0012_slipping_away_covered.apply,  # Home's slipping-away from one index
    13: m0013_todays_order_covered.apply,  # today's agenda order, done days indexed
}
if max(STEPS) != LATEST:  # a step registered without its number where `info` reads it
    raise RuntimeError(f"schema step {max(STEPS)} is registered: set LATEST in "
                       f"custbook/book_format.py to {max(STEPS)} (it says {LATEST})")


def migrator_for(db: Database) -> SchemaMigrator:
    """The playhouse migrator that speaks this database's dialect."""
    return SqliteMigrator(db) if isinstance(db, SqliteDatabase) else PostgresqlMigrator(db)


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
    steps = STEPS if steps is None else steps
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
        backup_before_upgrade(db, path, version)
        migrator = migrator_for(db)
        with db.atomic():
            for target in range(version + 1, latest + 1):
                steps[target](db, migrator)
            models.SchemaVersion.update(version=latest, app_version=__version__,
                                 upgraded_at=clock.now_seconds()).execute()
    return version
