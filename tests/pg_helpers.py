"""PostgreSQL for the tests: a fresh database per test, or a skip when no server is given.

`CUSTBOOK_TEST_PG_URL` names a database on a server the tests may use (its role must be
allowed to create databases). Each test that asks for `pg_url` gets a brand-new
database beside it (same server, a unique name) and it is dropped afterwards, so tests
never see each other's rows and the named database itself is never touched.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import pytest

ENV = "CUSTBOOK_TEST_PG_URL"


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def with_database(url: str, name: str) -> str:
    """The same server address with another database name."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _admin(url: str):
    import psycopg2

    conn = psycopg2.connect(url)
    conn.autocommit = True
    return conn


def drop_database(url: str, name: str) -> None:
    """Drop a test database, first ending any session still connected to it."""
    conn = _admin(url)
    try:
        cur = conn.cursor()
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
    finally:
        conn.close()


@contextmanager
def fresh_database(prefix: str = "t") -> Iterator[str]:
    """The URL of a new, empty database (dropped on leaving); skips without a server."""
    url = server_url()
    if not url:
        pytest.skip(f"no PostgreSQL server ({ENV} not set)")
    base = urlsplit(url).path.lstrip("/") or "custbook"
    name = f"{base}_{prefix}{uuid.uuid4().hex[:10]}"
    conn = _admin(url)
    try:
        conn.cursor().execute(f'CREATE DATABASE "{name}"')
    finally:
        conn.close()
    try:
        yield with_database(url, name)
    finally:
        from custbook import db

        db.close_book()
        drop_database(url, name)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test (skipped without a server)."""
    with fresh_database() as url:
        yield url


def terminate_sessions(url: str) -> int:
    """End every session connected to the database of `url` (a server "going away")."""
    name = urlsplit(url).path.lstrip("/")
    conn = _admin(with_database(url, "postgres"))
    try:
        cur = conn.cursor()
        cur.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        return cur.fetchone()[0]
    finally:
        conn.close()


def refuse_connections(url: str, refuse: bool = True) -> None:
    """Make the database of `url` refuse (or accept again) new sessions, ending current ones:
    to the app, as if its server had gone away — without stopping the shared server."""
    name = urlsplit(url).path.lstrip("/")
    conn = _admin(with_database(url, "postgres"))
    try:
        cur = conn.cursor()
        cur.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"false" if refuse else "true"}')
    finally:
        conn.close()
    if refuse:
        terminate_sessions(url)
