"""The few places where SQLite and PostgreSQL need different SQL, in one module.

Why: the core writes some SQL by hand (search, lists, figures over a million
purchases) because peewee's expression tree would be slower or harder to read there.
That SQL is written once, with `?` placeholders and standard SQL, and runs on both
databases. What cannot be shared is decided here, not scattered through the modules:

- Placeholders: the PostgreSQL driver (psycopg2) wants `%s` and reads every `%` as
  the start of one. `PostgresBook.execute_sql` turns `?` (outside quoted text) into
  `%s` and a lone `%` into `%%`, so hand-written SQL needs no second copy. Peewee's
  own SQL and SQL already written with `%s` pass unchanged.
- Bulk writes: sqlite3 has `connection.executemany`; psycopg2 would send one round
  trip per row, so `executemany` here uses `psycopg2.extras.execute_batch`.
- Index hints: SQLite's `+column` ("do not use an index for this") is an error on
  PostgreSQL, whose planner needs no such hint: `no_index(expr)`.
- Dates: SQLite keeps them as ISO text and does arithmetic with `julianday`;
  PostgreSQL has real date/timestamp types: `hours_between`, `days_between`,
  `day_of`, `text_of`.
- Aggregating text: SQLite `group_concat`, PostgreSQL `string_agg`: `join_text`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from peewee import (Alias, BooleanField, CharField, Database, DateField, DateTimeField, Field,
                    ForeignKeyField, IntegerField, PostgresqlDatabase, SqliteDatabase, TextField)

from custbook.shared_book.server_link import ServerLink
from psycopg2.extras import execute_batch


def _to_pyformat(sql: str) -> str:
    """`?` placeholders (outside '…' and "…") to `%s`; every other `%` doubled.

    `%s` already in the text is kept as a placeholder (peewee's own SQL, and SQL
    written for psycopg2), `%%` is kept as an escaped percent sign.
    """
    if "?" not in sql and "%" not in sql:
        return sql
    out: list[str] = []
    quote = ""
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if quote:
            if ch == "%":
                out.append("%%")
            else:
                out.append(ch)
                if ch == quote:
                    quote = ""
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            nxt = sql[i + 1:i + 2]
            if nxt in ("s", "%"):
                out.append("%" + nxt)
                i += 1
            else:
                out.append("%%")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class PostgresBook(ServerLink, PostgresqlDatabase):
    """A PostgreSQL database that also accepts the core's `?`-style hand-written SQL.

    `ServerLink` (custbook.shared_book.server_link) turns a lost server into a plain ServerGone error.
    """

    def execute_sql(self, sql, params=None):
        return super().execute_sql(_to_pyformat(sql), params)


def as_date(value) -> dt.date | None:
    """A date from a raw SQL value: ISO text on SQLite, a date (or datetime) on PostgreSQL."""
    if value == "":
        return None
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value) -> dt.datetime | None:
    """A datetime from a raw SQL value (ISO text on SQLite, a datetime on PostgreSQL)."""
    if value == "":
        return None
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.min)
    return dt.datetime.fromisoformat(str(value))


def _raw_converter(node: Any) -> Callable[[Any], Any] | None:
    """How a selected column's raw value becomes what its field gives (None: as it is)."""
    field = node.node if isinstance(node, Alias) else node
    if not isinstance(field, Field) or isinstance(field, (IntegerField, CharField, TextField,
                                                          ForeignKeyField)):
        return None  # ints and text come from both drivers as Python ints and str
    if isinstance(field, DateTimeField):
        return as_datetime
    if isinstance(field, DateField):
        return as_date
    if isinstance(field, BooleanField):
        return lambda v: v if v is None else bool(v)
    return field.python_value


def plain_rows(query: Any) -> list[dict[str, Any]]:
    """A peewee SELECT's rows as dicts, named as `query.dicts()` names them.

    Converted only where the drivers' raw values differ from the fields' (dates, times,
    booleans); peewee's `dicts()` sends every value of every row through its field, a few
    microseconds each: half of the agenda's time for its 900 rows of 25 columns.
    """
    nodes = query._returning
    cursor = query.model._meta.database.execute(query)
    names = [n._alias if isinstance(n, Alias) else n.name if isinstance(n, Field)
             else getattr(n, "_alias", None) or d[0] for n, d in zip(nodes, cursor.description)]
    converters = [(i, c) for i, c in enumerate(map(_raw_converter, nodes)) if c is not None]
    rows = []
    for raw in cursor:
        row = dict(zip(names, raw))
        for i, convert in converters:
            row[names[i]] = convert(raw[i])
        rows.append(row)
    return rows


def is_sqlite(db: Database | None = None) -> bool:
    """True when `db` (default: the open book) is SQLite."""
    if db is None:
        # start-up: importing it here, not at the top, saves 30 ms when this module loads
        from custbook.models import database

        db = database.obj
    return isinstance(db, SqliteDatabase)


def executemany(db: Database, sql: str, rows: Sequence[Sequence[Any]] | Iterable) -> None:
    """Run one `?`-style statement for many rows, fast on both databases."""
    if isinstance(db, SqliteDatabase):
        db.connection().executemany(sql, rows)
        return

    execute_batch(db.cursor(), _to_pyformat(sql), list(rows), page_size=500)


def no_index(expr: str, db: Database | None = None) -> str:
    """`expr`, telling SQLite's planner not to use an index for it (`+expr`)."""
    return f"+{expr}" if is_sqlite(db) else expr


def hours_between(start: str, end: str, db: Database | None = None) -> str:
    """SQL for the hours from timestamp `start` to timestamp `end` (a real number)."""
    if is_sqlite(db):
        return f"((julianday({end}) - julianday({start})) * 24)"
    return f"(EXTRACT(EPOCH FROM ({end}) - ({start})) / 3600.0)"


def days_between(start: str, end: str, db: Database | None = None) -> str:
    """SQL for the whole days from date `start` to date `end`."""
    if is_sqlite(db):
        return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)"
    return f"(CAST({end} AS date) - CAST({start} AS date))"


def day_of(expr: str, db: Database | None = None) -> str:
    """SQL for the calendar day of a timestamp (or a date)."""
    return f"date({expr})" if is_sqlite(db) else f"CAST({expr} AS date)"


def text_of(expr: str, db: Database | None = None) -> str:
    """SQL for a value as text (a date as YYYY-MM-DD)."""
    return f"CAST({expr} AS TEXT)"


def join_text(expr: str, separator: str = ",", db: Database | None = None) -> str:
    """SQL aggregating text values into one string (`group_concat` / `string_agg`)."""
    sep = separator.replace("'", "''")
    if is_sqlite(db):
        return f"group_concat({expr}, '{sep}')"
    return f"string_agg(CAST({expr} AS TEXT), '{sep}')"
