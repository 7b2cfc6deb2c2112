"""Moving a book: copy a SQLite book into an empty PostgreSQL database, and back.

`python main.py copy-book FROM TO` — FROM and TO are a book file or a `postgresql://`
address. A shop that grows to a second PC moves its book onto the server this way,
and the same command brings a server's book back into one file (to take it home, to
keep as an archive, or to leave the server).

What it promises:
- The target must be EMPTY (a PostgreSQL database without tables, or a file that does
  not exist yet): a copy never mixes with, or replaces, another book.
- Every table of the book is copied in dependency order (a customer before their
  purchases), in batches, from ONE consistent snapshot of the source: 100,000
  customers and 1,000,000 purchases never sit in memory at once.
- Ids are kept as they are (a complaint still points at its purchase); PostgreSQL's
  id sequences are then moved past the highest id so new rows do not collide.
- The rows of every table are counted on both sides and must agree; the counts are
  reported. Except the search's derived tables (DERIVED: its 1- and 2-character pieces
  and its queue of deleted keys): they are not copied but rebuilt in the target from
  the copied (and counted) search keys, so they match the keys by this Custbook's
  rules whatever state the source's were in (copy_target.py); their reported counts
  are the rebuilt rows, listed in `CopyReport.rebuilt`.
- If anything fails (or the user cancels) the target is left as it was: the
  PostgreSQL tables are dropped again, a new file is removed.
- The source is only read.

After the rows, the target is opened once as a book, so what a book needs besides
its rows is made there (SQLite's search index, PostgreSQL's change counter).
"""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import peewee
from peewee import (
    BlobField,
    BooleanField,
    Database,
    DateField,
    DateTimeField,
    PostgresqlDatabase,
    SqliteDatabase,
)

from custbook import changes, errors, migrations
from custbook import db as bookdb
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import ALL_MODELS, database
from custbook.shared_book.copy_target import DERIVED, finish_sqlite, open_once, rebuild_derived
from custbook.shared_book.server_address import is_server_url, strip_password
from psycopg2.extras import execute_values
from psycopg2.extras import execute_batch

BATCH = 5000
Progress = Callable[[int, int], object]
"""progress(rows_done, rows_total) -> False to cancel."""


class CopyError(CustbookError):
    """The book could not be copied; the message says why. The target is as it was."""


@dataclass
class CopyReport:
    """What was copied: rows per table (source and target agree), and how long it took."""

    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # tables/columns the source lacked (defaults)
    rebuilt: list[str] = field(default_factory=list)  # derived tables made anew, not copied

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _models():
    return ALL_MODELS


# ------------------------------------------------------------------ opening both ends

def _is_pg(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def _open_source(location: str) -> Database:
    if is_server_url(location):
        db = bookdb.connect(location)
    else:
        path = Path(location).expanduser()
        if not path.is_file():
            raise CopyError(QT_TRANSLATE_NOOP("CopyBook", "There is no book at {path}.").format(
                path=path))
        # Read-only: the source is never changed, even by accident.
        db = SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                            pragmas={"busy_timeout": 10000})
    try:
        db.connect()
        version = migrations.stored_version(db)
    except CustbookError:
        db.close()
        raise
    except Exception as exc:  # psycopg2/sqlite3 reasons, in words
        db.close()
        raise CopyError(QT_TRANSLATE_NOOP("CopyBook", "Cannot read {path}: {reason}").format(
            path=strip_password(location), reason=_reason(exc))) from exc
    if version is None:
        db.close()
        raise CopyError(QT_TRANSLATE_NOOP("CopyBook", "{path} is empty: there is nothing to "
                                                      "copy.").format(
                                                          path=strip_password(location)))
    if version != migrations.LATEST:
        db.close()
        raise CopyError(QT_TRANSLATE_NOOP(
            "CopyBook", "{path} is at schema version {found}; this Custbook copies version "
                        "{known}. Open the book once with this Custbook (it upgrades it), "
                        "then copy it.").format(path=strip_password(location), found=version,
                                                known=migrations.LATEST))
    return db


def _open_target(location: str) -> tuple[Database, Path | None]:
    """The target database (checked empty) and, for a file, the partial file written first."""
    if is_server_url(location):
        db = bookdb.connect(location)
        try:
            db.connect()
            tables = db.get_tables()
        except Exception as exc:
            db.close()
            raise CopyError(QT_TRANSLATE_NOOP(
                "CopyBook", "Cannot open the database {path}: {reason}").format(
                    path=strip_password(location), reason=_reason(exc))) from exc
        if tables:
            db.close()
            raise CopyError(QT_TRANSLATE_NOOP(
                "CopyBook", "The database {path} is not empty (it has {count} tables, e.g. "
                            "{example}). A book is only copied into an empty database: create "
                            "a new one on the server (createdb) and copy into that.").format(
                                path=strip_password(location), count=len(tables),
                                example=tables[0]))
        return db, None
    path = Path(location).expanduser()
    if path.exists():
        raise CopyError(QT_TRANSLATE_NOOP(
            "CopyBook", "{path} already exists. A book is only copied into a new file: "
                        "choose a name that is not taken.").format(path=path))
    if not path.parent.is_dir():
        raise CopyError(QT_TRANSLATE_NOOP("CopyBook", "The folder {folder} does not exist.")
                        .format(folder=path.parent))
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    db = SqliteDatabase(str(partial), pragmas={"journal_mode": "off", "synchronous": 0,
                                               "foreign_keys": 0, "cache_size": -64000})
    db.connect()
    return db, partial


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


# ------------------------------------------------------------------ rows

def _converter(fld: peewee.Field, to_pg: bool) -> Callable | None:
    """How a value read from one database is written into the other (None: as it is)."""
    if isinstance(fld, peewee.ForeignKeyField):
        return None
    if isinstance(fld, BooleanField):
        return (lambda v: None if v is None else bool(v)) if to_pg else \
            (lambda v: None if v is None else int(bool(v)))
    if isinstance(fld, BlobField):
        return lambda v: None if v is None else bytes(v)
    if isinstance(fld, DateTimeField):
        if to_pg:
            return lambda v: v if v is None or isinstance(v, dt.datetime) else \
                fld.python_value(v)
        return lambda v: None if v is None else str(v)
    if isinstance(fld, DateField):
        if to_pg:
            return lambda v: v if v is None or isinstance(v, dt.date) else fld.python_value(v)
        return lambda v: None if v is None else (v.isoformat() if isinstance(v, dt.date)
                                                 else str(v))
    return None


@dataclass
class _Table:
    name: str
    columns: list[str]
    converters: list[Callable | None]
    key: str
    self_refs: list[int]  # positions of columns pointing at the same table (fixed later)
    autoincrement: bool
    defaults: list[object]  # each column's default (a value, or a callable giving one)
    missing: list[int] = field(default_factory=list)  # columns an older source lacks


def _plan(to_pg: bool) -> list[_Table]:
    plan = []
    for model in _models():
        meta = model._meta
        fields = list(meta.sorted_fields)
        self_refs = [i for i, f in enumerate(fields)
                     if isinstance(f, peewee.ForeignKeyField) and f.rel_model is model]
        if meta.table_name in DERIVED:
            continue
        plan.append(_Table(meta.table_name, [f.column_name for f in fields],
                           [_converter(f, to_pg) for f in fields], meta.primary_key.column_name,
                           self_refs, isinstance(meta.primary_key, peewee.AutoField),
                           [f.default for f in fields]))
    return plan


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read(source: Database, table: _Table) -> Iterator[list[tuple]]:
    """The table's rows in batches (a server-side cursor on PostgreSQL: little memory)."""
    # A column an older book lacks is read as NULL (quoting it would not do: SQLite reads
    # an unknown "name" as a string) and given its default in _write.
    picked = ["NULL" if i in table.missing else _quote(c) for i, c in enumerate(table.columns)]
    sql = f"SELECT {', '.join(picked)} FROM {_quote(table.name)} ORDER BY {_quote(table.key)}"
    if _is_pg(source):
        cursor = source.connection().cursor(name=f"copy_{table.name}", withhold=True)
        cursor.itersize = BATCH
    else:
        cursor = source.connection().cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(BATCH):
            yield rows
    finally:
        cursor.close()


def _write(target: Database, table: _Table, rows: list[tuple]) -> None:
    fixed = []
    convert = list(enumerate(table.converters))
    for row in rows:
        values = list(row)
        for i, fn in convert:
            if fn is not None:
                values[i] = fn(values[i])
        for i in table.self_refs:
            values[i] = None  # pointed-at rows may come later: set in a second pass
        for i in table.missing:
            default = table.defaults[i]
            values[i] = default() if callable(default) else default
            if table.converters[i] is not None:
                values[i] = table.converters[i](values[i])
        fixed.append(values)
    columns = ", ".join(map(_quote, table.columns))
    cursor = target.connection().cursor()
    if _is_pg(target):
        execute_values(cursor, f"INSERT INTO {_quote(table.name)} ({columns}) VALUES %s",
                       fixed, page_size=1000)
    else:
        marks = ", ".join("?" * len(table.columns))
        cursor.executemany(f"INSERT INTO {_quote(table.name)} ({columns}) VALUES ({marks})",
                           fixed)


def _fix_self_refs(target: Database, table: _Table, links: list[tuple[object, list]]) -> None:
    """Second pass: point rows at rows of the same table (a customer's referrer)."""
    if not links:
        return
    cursor = target.connection().cursor()
    for n, i in enumerate(table.self_refs):
        column = _quote(table.columns[i])
        pairs = [(values[n], key) for key, values in links if values[n] is not None]
        if _is_pg(target):
            execute_batch(cursor, f"UPDATE {_quote(table.name)} SET {column} = %s "
                                  f"WHERE {_quote(table.key)} = %s", pairs, page_size=1000)
        else:
            cursor.executemany(f"UPDATE {_quote(table.name)} SET {column} = ? "
                               f"WHERE {_quote(table.key)} = ?", pairs)


def _count(db: Database, table: str) -> int:
    return int(db.execute_sql(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])


def _reset_sequences(target: Database, plan: list[_Table]) -> None:
    """Move each id sequence past the highest copied id (PostgreSQL only)."""
    for table in plan:
        if not table.autoincrement:
            continue
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), "
            f"COALESCE(MAX({_quote(table.key)}), 1), MAX({_quote(table.key)}) IS NOT NULL) "
            f"FROM {_quote(table.name)}", (table.name, table.key))


def _create_schema(target: Database) -> None:
    with target.bind_ctx(_models()):
        target.create_tables(_models())


def _drop_schema(target: Database) -> None:
    """Leave a PostgreSQL target as empty as it was (after a failure past the commit)."""
    with suppress(Exception):  # nothing may be open
        target.rollback()
    changes.uninstall(target)
    for name in reversed([m._meta.table_name for m in _models()]):
        target.execute_sql(f"DROP TABLE IF EXISTS {_quote(name)} CASCADE")


# ------------------------------------------------------------------ the copy

def copy_book(source: str | Path, target: str | Path, progress: Progress | None = None,
              *, open_target: bool = True) -> CopyReport:
    """Copy the book at `source` into the empty `target`; returns the checked counts.

    `open_target=False` (a backup taken while the window uses its book) skips opening a
    PostgreSQL target as a book, which would bind the models to it for a moment.

    Raises CopyError (target untouched) when the source cannot be read, the target is not
    empty, the counts disagree or a row is refused; Cancelled if `progress` says stop.
    """
    source, target = str(source), str(target)
    if not is_server_url(source) and not is_server_url(target) and \
            Path(source).expanduser().resolve() == Path(target).expanduser().resolve():
        raise CopyError(QT_TRANSLATE_NOOP("CopyBook", "The source and the target are the same."))
    started = time.monotonic()
    report = CopyReport(strip_password(source), strip_password(target))
    src = _open_source(source)
    try:
        dst, partial = _open_target(target)
    except BaseException:
        src.close()
        raise
    to_pg = _is_pg(dst)
    plan = _plan(to_pg)
    committed = created = False
    previous = database.obj
    try:
        try:
            _snapshot(src)
            present = set(src.get_tables())  # a book from before a table existed lacks it
            for table in plan:
                if table.name in present:
                    have = {c.name for c in src.get_columns(table.name)}
                    table.missing = [i for i, c in enumerate(table.columns) if c not in have]
                    report.notes += [f"{table.name}.{table.columns[i]}" for i in table.missing]
                elif table.name not in present:
                    report.notes.append(table.name)
            totals = {t.name: _count(src, t.name) if t.name in present else 0 for t in plan}
            derived = {name: _count(src, name) if name in present else 0 for name in DERIVED}
            total = max(sum(totals.values()) + sum(derived.values()), 1)
            done = 0
            with dst.atomic():
                _create_schema(dst)
                for table in plan:
                    links: list[tuple] = []
                    for rows in (_read(src, table) if table.name in present else ()):
                        _write(dst, table, rows)
                        if table.self_refs:
                            key = table.columns.index(table.key)
                            links += [(r[key], [r[i] for i in table.self_refs]) for r in rows
                                      if any(r[i] is not None for i in table.self_refs)]
                        done += len(rows)
                        if progress is not None and progress(done, total) is False:
                            raise errors.Cancelled(QT_TRANSLATE_NOOP(
                                "CopyBook", "Cancelled. The target was left as it was."))
                    _fix_self_refs(dst, table, links)
                    copied = _count(dst, table.name)
                    if copied != totals[table.name]:
                        raise CopyError(QT_TRANSLATE_NOOP(
                            "CopyBook", "The table {table} has {source} rows in the source "
                                        "but {target} in the copy.").format(
                                            table=table.name, source=totals[table.name],
                                            target=copied))
                    report.counts[table.name] = copied
                rebuild_derived(dst)
                for name in DERIVED:
                    report.counts[name] = _count(dst, name)
                    report.rebuilt.append(name)
                done += sum(derived.values())  # the work the source's rows stood for
                if progress is not None and progress(done, total) is False:
                    raise errors.Cancelled(QT_TRANSLATE_NOOP(
                        "CopyBook", "Cancelled. The target was left as it was."))
                if to_pg:
                    _reset_sequences(dst, plan)
            committed = True
        finally:
            _end_snapshot(src)
        if partial is not None:
            dst.close()
            finish_sqlite(partial)
            _finish_file(partial, Path(target).expanduser())
            partial, created = None, True
        else:
            dst.close()
            if open_target:
                open_once(target)
    except BaseException as exc:
        _undo(dst, partial, target, committed, created)
        if isinstance(exc, CustbookError) or not isinstance(exc, Exception):
            raise
        raise CopyError(QT_TRANSLATE_NOOP(
            "CopyBook", "The book could not be copied: {reason}. The target was left as "
                        "it was.").format(reason=_reason(exc))) from exc
    finally:
        src.close()
        if previous is not None and database.obj is not previous:
            database.initialize(previous)
        elif previous is None and database.obj is not None:
            bookdb.close_book()
    report.seconds = time.monotonic() - started
    return report


def _snapshot(src: Database) -> None:
    """Read every table from one moment of the source, even if others write meanwhile."""
    if _is_pg(src):
        src.execute_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    else:
        src.execute_sql("BEGIN")


def _end_snapshot(src: Database) -> None:
    with suppress(Exception):  # the source is only read: nothing to keep
        src.execute_sql("COMMIT")


def _finish_file(partial: Path, final: Path) -> None:
    with open(partial, "rb+") as file:
        os.fsync(file.fileno())
    if final.exists():
        raise CopyError(QT_TRANSLATE_NOOP(
            "CopyBook", "{path} appeared while the book was being copied; it was left alone.")
            .format(path=final))
    os.replace(partial, final)


def _undo(dst: Database, partial: Path | None, target: str, committed: bool,
          created: bool) -> None:
    """Put the target back as it was: drop what was created, remove the new file."""
    if database.obj is not None and str(database.obj.database) in (str(dst.database), target):
        bookdb.close_book()
    if is_server_url(target):
        try:
            with suppress(Exception):  # report the first problem, not this one
                if dst.is_closed():
                    dst.connect()
                if committed:
                    _drop_schema(dst)
        finally:
            dst.close()
        return
    with suppress(Exception):
        dst.close()
    if partial is not None:
        partial.unlink(missing_ok=True)
    if created:  # only a file this copy made
        final = Path(target).expanduser()
        for suffix in ("", "-wal", "-shm"):
            Path(str(final) + suffix).unlink(missing_ok=True)
