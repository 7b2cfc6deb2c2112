"""Opening a customer book: where it lives, how SQLite is tuned, and the upgrade on open.

A book is one SQLite file by default (in the user's data folder), opened with WAL,
foreign keys and `synchronous=FULL`: the shop's years of relationships are worth the
few milliseconds a fully synced commit costs. The same models are meant to run on
PostgreSQL later; `open_book` already accepts a `postgresql://` URL for that.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
from peewee import Database, SqliteDatabase

from custbook import APP_NAME, migrations
from custbook.errors import BookDamaged, BookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a commit is on disk before we say it is saved
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB page cache
    "temp_store": 2,  # MEMORY
}


def data_dir() -> Path:
    """The per-user folder where Custbook keeps books and backups."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_book_path() -> Path:
    """The book opened when no other is named: `custbook.db` in the data folder."""
    return data_dir() / "custbook.db"


def sample_book_path() -> Path:
    """Where the sample shop is generated, beside (never over) the real book."""
    return data_dir() / "sample-shop.db"


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


def connect(location: str | Path) -> Database:
    """A peewee database for a file path or URL, not yet bound to the models."""
    if is_url(location):
        from playhouse.db_url import connect as url_connect

        return url_connect(str(location))
    path = Path(location).expanduser()
    if not path.parent.exists():
        raise BookError(QT_TRANSLATE_NOOP(
            "Book", "The folder {folder} does not exist.").format(folder=path.parent))
    if path.exists() and path.is_dir():
        raise BookError(QT_TRANSLATE_NOOP(
            "Book", "{path} is a folder, not a customer book.").format(path=path))
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)


_generation = 0  # bumped on every open: caches keyed on it never serve another book


def generation() -> int:
    """A number that changes whenever a (possibly other) book is opened."""
    return _generation


def open_book(location: str | Path, *, upgrade: bool = True) -> Database:
    """Open (creating if new) the book at `location`, upgrade its schema, bind the models.

    Raises BookDamaged for a file that is not a Custbook database, BookTooNew for a
    book written by a newer version, BookError for other reasons the user can fix.
    """
    db = connect(location)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master" if isinstance(db, SqliteDatabase)
                       else "SELECT 1")
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        from custbook.integrity import explain_opening

        reason = explain_opening(exc, location)  # locked or read-only: not the file's fault
        if reason:
            raise BookError(reason) from exc
        raise BookDamaged(QT_TRANSLATE_NOOP(
            "Book", "{path} is not a readable customer book ({reason}).").format(
                path=location, reason=exc)) from exc
    except Exception as exc:  # PostgreSQL not reachable, permissions, ...
        db.close()
        raise BookError(QT_TRANSLATE_NOOP(
            "Book", "Cannot open {path}: {reason}").format(path=location, reason=exc)) from exc
    global _generation
    _generation += 1
    database.initialize(db)
    try:
        migrations.prepare(db, location if not is_url(location) else None, upgrade=upgrade)
        if upgrade:  # a book made before the search index (or by an older one) gets it now
            from custbook import search

            search.ensure_index()
    except Exception:
        database.initialize(None)
        db.close()
        raise
    return db


def close_book() -> None:
    """Close the open book, if any (checkpointing SQLite's WAL into the main file)."""
    db = database.obj
    if db is None:
        return
    if isinstance(db, SqliteDatabase) and not db.is_closed():
        try:
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
    db.close()
    database.initialize(None)


def database_obj() -> Database:
    """The open book's peewee database (raises if no book is open)."""
    if database.obj is None:
        raise BookError("No customer book is open.")
    return database.obj


def book_location() -> str:
    """The path or URL of the open book, for titles and messages."""
    db = database.obj
    return "" if db is None else str(db.database)
