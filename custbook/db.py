"""Opening a customer book: where it lives, how SQLite is tuned, and the upgrade on open.

A book is one SQLite file by default (in the user's data folder), opened with WAL,
foreign keys and `synchronous=FULL`: the shop's years of relationships are worth the
few milliseconds a fully synced commit costs.

A shop with several PCs keeps its book on a PostgreSQL server instead and opens it
by URL (`postgresql://user:password@host/database`). The same models, migrations and
core functions serve both; what differs is decided in `custbook.sql_dialect`
(hand-written SQL), `custbook.customers.search_pg` (the search index) and
`custbook.changes` (the change counter other PCs poll). Things that only mean
something for a file (the lock file, WAL checkpoints, file backups) are skipped for
a URL. See docs/postgresql.md.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee
from peewee import Database, SqliteDatabase

from custbook import APP_NAME, changes, migrations, models
from custbook.book_format import SQLITE_PRAGMAS
# Where books live is known without peewee (custbook.book_paths); these names stay here
# for the callers that ask `db` (db.data_dir(), db.safe_location(), ...).
from custbook.book_paths import (  # noqa: F401
    POSTGRES_SCHEMES, data_dir, default_book_path, is_postgres, is_url, make_private,
    safe_location, sample_book_path,
)
from custbook.customers import search
from custbook.errors import BookDamaged, BookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database
from custbook.safety import integrity
from custbook.shared_book import server_link
from custbook.sql_dialect import PostgresBook

BUSY_SECONDS = 5  # = SQLITE_PRAGMAS["busy_timeout"]: how long a writer waits for another's turn


class BookSqlite(SqliteDatabase):
    """SQLite as the book uses it: a rollback after SQLite already rolled back is no error.

    A full disk (SQLITE_FULL) or an I/O error makes SQLite end the transaction itself;
    peewee's ROLLBACK then failed with "cannot rollback - no transaction is active",
    which hid the real reason from the user.
    """

    def rollback(self):
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            return None
        return super().rollback()


def connect(location: str | Path) -> Database:
    """A peewee database for a file path or URL, not yet bound to the models."""
    if is_url(location):
        if not is_postgres(location):
            raise BookError(QT_TRANSLATE_NOOP(
                "Book", "{location} is not a book address Custbook knows (use a file or "
                        "a postgresql:// address).").format(location=safe_location(location)))
        url = str(location)
        if url.lower().startswith("postgres://"):
            url = "postgresql://" + url.split("://", 1)[1]
        # A server that does not answer must not freeze the window for minutes.
        return PostgresBook(url, connect_timeout=10, application_name=APP_NAME)
    path = Path(location).expanduser()
    if not path.parent.exists():
        raise BookError(QT_TRANSLATE_NOOP(
            "Book", "The folder {folder} does not exist.").format(folder=path.parent))
    if path.exists() and path.is_dir():
        raise BookError(QT_TRANSLATE_NOOP(
            "Book", "{path} is a folder, not a customer book.").format(path=path))
    if path.is_file():
        make_private(path)
    # IMMEDIATE: a write transaction takes the write lock at BEGIN, so a second writer
    # (another window, a headless command) waits on the busy timeout for its turn. A
    # deferred one would fail at once with "database is locked" when it upgrades a read
    # lock that another writer's commit has made stale (SQLite cannot wait there).
    return BookSqlite(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False,
                      timeout=BUSY_SECONDS, lock_type="IMMEDIATE")


def generation() -> int:
    """A number that changes whenever a (possibly other) book is opened (models.generation)."""
    return models.generation()


def _server_refusal(location: str | Path, exc: BaseException) -> str:
    """Why a server book did not open, in the words "Test connection" uses when it can."""
    if is_url(location):
        outcome, sentence = server_link.check_server(str(location))
        if outcome not in (server_link.BOOK, server_link.EMPTY):
            return sentence
    return QT_TRANSLATE_NOOP("Book", "Cannot open {path}: {reason}").format(
        path=safe_location(location), reason=str(exc).strip())


# Called with the location after every successful open_book; one that raises closes the
# book again. The headless commands put their password check here (custbook.cli.unlock),
# so no command can open a password-locked book without it.
after_open: list[Callable[[str | Path], None]] = []


def open_book(location: str | Path, *, upgrade: bool = True) -> Database:
    """Open (creating if new) the book at `location`, upgrade its schema, bind the models.

    Raises BookDamaged for a file that is not a Custbook database, BookTooNew for a
    book written by a newer version, BookError for other reasons the user can fix.
    """
    db = connect(location)
    if not is_url(location):
        integrity.forget_clean_close(location)  # open now: a kill before a clean close is a crash
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master" if isinstance(db, SqliteDatabase)
                       else "SELECT 1")
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        if not isinstance(db, SqliteDatabase):  # a server: say why as "Test connection" does
            raise BookError(_server_refusal(location, exc)) from exc
        # locked or read-only: not the file's fault
        reason = integrity.explain_opening(exc, location)
        if reason:
            raise BookError(reason) from exc
        raise BookDamaged(QT_TRANSLATE_NOOP(
            "Book", "{path} is not a readable customer book ({reason}).").format(
                path=location, reason=exc)) from exc
    except Exception as exc:  # PostgreSQL not reachable, permissions, ...
        db.close()
        raise BookError(_server_refusal(location, exc)) from exc
    database.initialize(db)
    try:
        migrations.prepare(db, location if not is_url(location) else None, upgrade=upgrade)
        if upgrade:  # a book made before the search index (or by an older one) gets it now
            search.ensure_index()
        if not isinstance(db, SqliteDatabase):
            changes.install(db)  # the counter other PCs poll
    except Exception:
        database.initialize(None)
        db.close()
        raise
    try:
        for hook in after_open:
            hook(location)
    except BaseException:
        close_book()
        raise
    return db


def close_book() -> None:
    """Close the open book, if any (checkpointing SQLite's WAL into the main file)."""
    db = database.obj
    if db is None:
        return
    # Closing never fails: a read-only book, a WAL that cannot be checkpointed, a lost
    # server or a transaction left open by a failed write must not turn a finished
    # command into a traceback (peewee wraps sqlite3's errors in its own).
    try:
        if not db.is_closed() and db.in_transaction():
            while db.in_transaction():
                db.pop_transaction()
            db.rollback()
    except (sqlite3.Error, peewee.PeeweeException, OSError):
        pass
    clean = False  # every commit is in the file itself: the next open may skip the check
    if isinstance(db, SqliteDatabase) and not db.is_closed():
        try:
            busy = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            clean = busy == 0
        except (sqlite3.Error, peewee.PeeweeException):
            pass
    try:
        db.close()
    except (sqlite3.Error, peewee.PeeweeException, OSError):
        clean = False
    database.initialize(None)
    if clean:
        integrity.note_clean_close(db.database)


def database_obj() -> Database:
    """The open book's peewee database (raises if no book is open)."""
    if database.obj is None:
        raise BookError("No customer book is open.")
    return database.obj


def book_location() -> str:
    """The path or URL of the open book, as given to open_book (a URL keeps its password,
    so the book can be opened again: show it through `safe_location`)."""
    db = database.obj
    return "" if db is None else str(db.database)


def is_postgres_book() -> bool:
    """True when the open book is on a PostgreSQL server (no file, no lock file)."""
    return database.obj is not None and not isinstance(database.obj, SqliteDatabase)
