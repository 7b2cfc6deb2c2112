"""A change token other PCs can poll cheaply: "has anyone written to the book since?"

Why: with a shared book on PostgreSQL, the Today panel of the PC at the counter must
drop a reminder that the PC in the back office has just done. Asking every page to
re-read every few seconds would cost 100,000-customer queries on every PC; asking
one number is free. When the number moved, the window refreshes what it shows.

How:
- PostgreSQL: a sequence `custbook_changes` and, on every table of the book, one
  statement-level AFTER INSERT/UPDATE/DELETE/TRUNCATE trigger that calls `nextval`.
  A sequence is non-transactional and takes no row lock, so two PCs writing at the
  same moment never wait on each other because of it (a counter row would serialise
  them). `token()` is `SELECT last_value FROM custbook_changes`: one tiny read.
  A rolled-back write may still move the number: that only costs one needless
  refresh.
- SQLite: `PRAGMA data_version`, which SQLite itself changes whenever ANOTHER
  connection commits (a second window, a script). Our own writes do not move it: the
  window already refreshes after its own changes.

`install(db)` is idempotent and cheap when all is in place (one catalogue query): it
only creates what is missing, because re-creating a trigger would lock the table and
wait for every other PC's open transaction.

Within this process (the end of this file), the same question is answered without
asking the database: each core operation that writes is marked `@reports(KINDS...)`,
and once it has returned (its transaction committed) the kinds of record it changed
are told to whoever subscribed — the window's one hub (`ui/signals.py`), which tells
the open screens, as Anki's operations return `OpChanges`. Operations called by
another one are told once, together, when the outermost ends. A headless command has
no subscriber and pays nothing.
"""
from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator

from peewee import Database, SqliteDatabase

from custbook.errors import BookError
from custbook.i18n import QT_TRANSLATE_NOOP

SEQUENCE = "custbook_changes"
FUNCTION = "custbook_changed"
TRIGGER_PREFIX = "custbook_changes_"

_FUNCTION_SQL = (
    f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN PERFORM nextval('{SEQUENCE}'); RETURN NULL; END $$")


def _is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def _database(db: Database | None) -> Database:
    if db is not None:
        return db
    # start-up: importing custbook.models here, not at the top, saves 39 ms when this module loads
    from custbook.models import database

    if database.obj is None:
        raise BookError(QT_TRANSLATE_NOOP("Changes", "No customer book is open."))
    return database.obj


def watched_tables(db: Database) -> list[str]:
    """The book's tables that get a change trigger: every table of the models present."""
    # start-up: importing custbook.models here, not at the top, saves 34 ms when this module loads
    from custbook.models import ALL_MODELS

    present = set(db.get_tables())
    return [m._meta.table_name for m in ALL_MODELS if m._meta.table_name in present]


def missing_triggers(db: Database) -> list[str]:
    """The watched tables that have no change trigger yet (PostgreSQL)."""
    rows = db.execute_sql(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND t.tgname LIKE %s",
        (TRIGGER_PREFIX + "%",)).fetchall()
    done = {r[0] for r in rows}
    return [t for t in watched_tables(db) if t not in done]


def install(db: Database) -> int:
    """Put the change counter in place (PostgreSQL); returns how many triggers were added.

    Nothing to do on SQLite (its `data_version` needs no set-up). Safe to call on every
    opening: when everything exists it only reads the catalogue.
    """
    if _is_sqlite(db):
        return 0
    has_sequence = db.execute_sql(
        "SELECT to_regclass(%s) IS NOT NULL", (SEQUENCE,)).fetchone()[0]
    has_function = db.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE p.proname = %s AND n.nspname = current_schema())", (FUNCTION,)).fetchone()[0]
    missing = missing_triggers(db)
    if has_sequence and has_function and not missing:
        return 0
    with db.atomic():
        if not has_sequence:
            db.execute_sql(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}")
        if not has_function:
            db.execute_sql(_FUNCTION_SQL)
        for table in missing:
            db.execute_sql(
                f'CREATE TRIGGER "{TRIGGER_PREFIX}{table}" AFTER INSERT OR UPDATE OR DELETE '
                f'OR TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()')
    return len(missing)


def uninstall(db: Database) -> None:
    """Remove the counter and its triggers (PostgreSQL): before copying a book elsewhere."""
    if _is_sqlite(db):
        return
    db._custbook_changes_ready = False
    with db.atomic():
        for table in db.get_tables():
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{TRIGGER_PREFIX}{table}" ON "{table}"')
        db.execute_sql(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
        db.execute_sql(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")


def token(db: Database | None = None) -> int:
    """A number that moves when the book changes (on SQLite: when ANOTHER connection commits).

    Compare it with an earlier value; its size means nothing. On PostgreSQL a book opened
    without the counter gets it now.
    """
    db = _database(db)
    if _is_sqlite(db):
        return int(db.execute_sql("PRAGMA data_version").fetchone()[0])
    if not getattr(db, "_custbook_changes_ready", False):  # checked once per connection set-up
        exists = db.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (SEQUENCE,)).fetchone()[0]
        if not exists:
            install(db)
        db._custbook_changes_ready = True
    return int(db.execute_sql(f"SELECT last_value FROM {SEQUENCE}").fetchone()[0])


# --- what changed, told within this process (the window's hub subscribes) -------------

CUSTOMERS, PURCHASES, CONTACTS, REMINDERS, COMPLAINTS, SATISFACTION, SETTINGS, BOOK = (
    "customers", "purchases", "contacts", "reminders", "complaints", "satisfaction",
    "settings", "book")
"""The kinds of record an operation reports; BOOK means "anything: read it all again"."""
EVERYTHING = frozenset({CUSTOMERS, PURCHASES, CONTACTS, REMINDERS, COMPLAINTS, SATISFACTION,
                        SETTINGS, BOOK})

Listener = Callable[[frozenset], None]
_listeners: list[Listener] = []
_pending = threading.local()  # per thread: the kinds gathered by the running operation


def subscribe(listener: Listener) -> None:
    """Call `listener(kinds)` after every reported change (on the thread that made it)."""
    if listener not in _listeners:
        _listeners.append(listener)


def unsubscribe(listener: Listener) -> None:
    """Stop telling `listener`."""
    with contextlib.suppress(ValueError):
        _listeners.remove(listener)


def _tell(kinds: frozenset) -> None:
    for listener in list(_listeners):
        listener(kinds)


@contextlib.contextmanager
def operation(*kinds: str) -> Iterator[None]:
    """Around one operation: its kinds (and those of operations inside it) are told once,
    when the outermost ends; nothing of its own is told if it raised."""
    outermost = getattr(_pending, "kinds", None) is None
    if outermost:
        _pending.kinds = set()
    try:
        yield
        _pending.kinds.update(kinds)
    finally:
        if outermost:
            gathered, _pending.kinds = _pending.kinds, None
            if gathered:
                _tell(frozenset(gathered))


def reports(*kinds: str):
    """Mark a core function that writes: once it returned, `kinds` changed."""
    def mark(function):
        @functools.wraps(function)
        def reporting(*args, **kwargs):
            with operation(*kinds):
                return function(*args, **kwargs)
        return reporting
    return mark


def note(*kinds: str) -> None:
    """Say that `kinds` changed outside any marked operation (e.g. another PC wrote, or
    another book was opened); inside one, they are told with it."""
    gathered = getattr(_pending, "kinds", None)
    if gathered is not None:
        gathered.update(kinds)
    elif kinds:
        _tell(frozenset(kinds))
