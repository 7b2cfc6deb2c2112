"""The PostgreSQL half of the core fixtures: one database per test run, reset per test.

Why not a new database per test: CREATE DATABASE is cheap but DROP DATABASE costs
~0.4 s (a checkpoint), and the core has hundreds of tests. Instead each run gets one
database (`<name>_core_<pid>`); its tables are saved once into snapshot schemas —
`snap_empty` (a new book: schema, settings, search triggers, change counter) and
`snap_sample` (the 300-customer sample shop, copied from the SQLite sample) — and
before each test the tables are emptied and refilled from the snapshot in one
transaction (a few milliseconds), with the id sequences set past the copied rows.
Triggers and foreign-key checks are off while refilling (`session_replication_role`),
so the copy is exact, search index rows included.

`CUSTBOOK_TEST_PG_URL` names the server and a database the tests may connect to (its
role must be allowed to create databases and set session_replication_role, i.e. a
superuser on a throw-away test server, as `python3 main.py test` makes as root).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV = "CUSTBOOK_TEST_PG_URL"
SKIP_REASON = (f"PostgreSQL tests skipped: no server ({ENV} is not set; `python3 main.py "
               "test` starts one where PostgreSQL is installed, and installs it when run as "
               "root: see README 'Running tests')")


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def connect(url: str, autocommit: bool = True):
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = autocommit
    return conn


def create_database(url: str, name: str) -> str:
    """A new empty database beside the one in `url` (dropped first if left over)."""
    conn = connect(url)
    try:
        cur = conn.cursor()
        _end_sessions(cur, name)
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cur.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    finally:
        conn.close()
    return with_database(url, name)


def drop_database(url: str, name: str) -> None:
    conn = connect(url)
    try:
        cur = conn.cursor()
        _end_sessions(cur, name)
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        conn.close()


def _end_sessions(cur, name: str) -> None:
    cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))


def _tables() -> list[str]:
    from custbook.models import ALL_MODELS

    return [m._meta.table_name for m in ALL_MODELS]


def _serial_columns() -> list[tuple[str, str]]:
    from peewee import AutoField

    from custbook.models import ALL_MODELS

    return [(m._meta.table_name, m._meta.primary_key.column_name) for m in ALL_MODELS
            if isinstance(m._meta.primary_key, AutoField)]


def _setval_sql(table: str, column: str) -> str:
    return (f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f"COALESCE((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)")


def fix_sequences(cur) -> None:
    """Set every id sequence past the rows there (after rows were copied with their ids)."""
    for table, column in _serial_columns():
        cur.execute(_setval_sql(table, column))


def snapshot(url: str, schema: str) -> None:
    """Save the book's tables as they are now into `schema`."""
    conn = connect(url, autocommit=False)
    try:
        cur = conn.cursor()
        cur.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        cur.execute(f'CREATE SCHEMA "{schema}"')
        for table in _tables():
            cur.execute(f'CREATE TABLE "{schema}"."{table}" AS TABLE public."{table}"')
        conn.commit()
    finally:
        conn.close()


def restore(url: str, schema: str) -> None:
    """Put the tables back as saved in `schema` (every other session is ended first)."""
    name = urlsplit(url).path.lstrip("/")
    conn = connect(url, autocommit=False)
    try:
        cur = conn.cursor()
        _end_sessions(cur, name)
        conn.commit()
        # One round trip; DELETE beats TRUNCATE on tables this small (no new files).
        script = ["SET LOCAL session_replication_role = replica"]
        script += [f'DELETE FROM public."{t}"' for t in _tables()]
        script += [f'INSERT INTO public."{t}" SELECT * FROM "{schema}"."{t}"' for t in _tables()]
        script += [_setval_sql(t, c) for t, c in _serial_columns()]
        cur.execute(";\n".join(script))
        conn.commit()
    finally:
        conn.close()


def copy_sqlite_rows(sqlite_path: str | Path, url: str, progress=None) -> dict[str, int]:
    """Copy every row of a SQLite book into the (empty, same-schema) PostgreSQL book at url.

    Values are converted by the models' field types (SQLite keeps booleans as 0/1 and
    dates as text). Triggers and foreign-key checks are off while copying, so the
    search index rows are copied as they are. Returns the row count per table.
    """
    from peewee import BlobField, BooleanField
    from psycopg2 import Binary
    from psycopg2.extras import execute_values

    from custbook.models import ALL_MODELS

    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    conn = connect(url, autocommit=False)
    counts: dict[str, int] = {}
    try:
        cur = conn.cursor()
        cur.execute("SET session_replication_role = replica")
        for model in ALL_MODELS:
            table = model._meta.table_name
            fields = model._meta.sorted_fields
            columns = [f.column_name for f in fields]
            convert = []
            for f in fields:
                if isinstance(f, BooleanField):
                    convert.append(lambda v: None if v is None else bool(v))
                elif isinstance(f, BlobField):
                    convert.append(lambda v: None if v is None else Binary(v))
                else:
                    convert.append(None)
            cur.execute(f'DELETE FROM "{table}"')
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = source.execute(f'SELECT {quoted} FROM "{table}"')
            n = 0
            while True:
                batch = rows.fetchmany(5000)
                if not batch:
                    break
                if any(convert):
                    batch = [tuple(v if c is None else c(v) for c, v in zip(convert, row))
                             for row in batch]
                execute_values(cur, f'INSERT INTO "{table}" ({quoted}) VALUES %s', batch,
                               page_size=1000)
                n += len(batch)
                if progress:
                    progress(table, n)
            counts[table] = n
        fix_sequences(cur)
        cur.execute("SET session_replication_role = DEFAULT")
        conn.commit()
    finally:
        conn.close()
        source.close()
    return counts
