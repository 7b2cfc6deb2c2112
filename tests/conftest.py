"""Shared test set-up: offscreen Qt, private data/config folders, a real book on disk.

Every test gets real SQLite files in its own tmp_path; nothing is mocked.

The core tests (tests/core) that use `book` or `sample_book` run twice: on a SQLite
file and on a PostgreSQL database (`[sqlite]` / `[postgresql]` in their ids), when a
server is given in CUSTBOOK_TEST_PG_URL (`python3 main.py test` starts one when it can;
without one the PostgreSQL runs are skipped with the reason). A test that only means
something for a file is marked `@pytest.mark.sqlite_only(reason)`. See tests/pg_backend.py.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CUSTBOOK_NO_BOOTSTRAP"] = "1"

TODAY = __import__("datetime").date(2026, 11, 22)  # the sample shop's fixed "today"
# The moment every test starts at (custbook/clock.py): the machine's own date and time of
# day never reach a test. CUSTBOOK_TEST_NOW moves it (e.g. 2026-11-22T23:30) to try the
# suite at another time of day; .ci/run also runs a slice under faketime.
TEST_NOW = os.environ.get("CUSTBOOK_TEST_NOW", f"{TODAY.isoformat()}T10:00:00")


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """Every test runs on 2026-11-22 at 10:00 (ticking), in this process and its children."""
    from custbook import clock

    monkeypatch.setenv(clock.ENV, TEST_NOW)
    clock.set_clock(clock.FixedClock(clock.parse_moment(TEST_NOW)))
    yield clock
    clock.reset()


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Data and settings folders of our own, so tests never touch the user's book."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield
    from custbook import db

    db.close_book()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test is about a SQLite file (backups, the lock "
                   "file, a crash, a .sqlite fixture); it does not run on PostgreSQL")


def pytest_generate_tests(metafunc):
    """Core tests using the `backend` fixture (through `book`, `sample_book`) run on both."""
    if "backend" not in metafunc.fixturenames:
        return
    node = metafunc.definition
    if "tests/core/" not in str(node.path).replace("\\", "/") \
            or node.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_core(request):
    """This run's PostgreSQL test database with a new book in it, saved as `snap_empty`."""
    from tests import pg_backend

    server = pg_backend.server_url()
    if not server:
        pytest.skip(pg_backend.SKIP_REASON)
    from urllib.parse import urlsplit

    base = urlsplit(server).path.lstrip("/") or "custbook"
    name = f"{base}_core_{os.getpid()}"
    url = pg_backend.create_database(server, name)
    from custbook import db

    db.open_book(url)
    db.close_book()
    pg_backend.snapshot(url, "snap_empty")
    yield url
    db.close_book()
    pg_backend.drop_database(server, name)


@pytest.fixture(scope="session")
def pg_sample(pg_core, sample_master):
    """The 300-customer sample shop copied into the test database, saved as `snap_sample`."""
    from tests import pg_backend

    pg_backend.copy_sqlite_rows(sample_master, pg_core)
    pg_backend.snapshot(pg_core, "snap_sample")
    return pg_core


@pytest.fixture
def pg_book(pg_core):
    """A new, empty book on the PostgreSQL test server, opened; yields its URL."""
    from custbook import db
    from tests import pg_backend

    pg_backend.restore(pg_core, "snap_empty")
    db.open_book(pg_core)
    yield pg_core
    db.close_book()


@pytest.fixture
def backend(request):
    """Which database the book fixtures use: "sqlite" (default) or "postgresql"."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def book(tmp_path, backend, request):
    """A new, empty book: a file at tmp_path/book.db, or a URL of a PostgreSQL database."""
    from custbook import db

    if backend == "postgresql":
        from tests import pg_backend

        url = request.getfixturevalue("pg_core")
        pg_backend.restore(url, "snap_empty")
        db.open_book(url)
        yield url
        db.close_book()
        return
    path = tmp_path / "book.db"
    db.open_book(path)
    yield path
    db.close_book()


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory):
    """One sample shop of 300 customers, built once per test run (do not modify)."""
    from custbook import db
    from custbook.sample import sample_shop

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    sample_shop.generate(path, 300, seed=7, today=TODAY)
    db.close_book()
    return path


@pytest.fixture
def sample_book(sample_master, tmp_path, backend, request):
    """A private copy of the sample shop, opened (a file, or a PostgreSQL URL)."""
    from custbook import db

    if backend == "postgresql":
        from tests import pg_backend

        url = request.getfixturevalue("pg_sample")
        pg_backend.restore(url, "snap_sample")
        db.open_book(url)
        yield url
        db.close_book()
        return
    path = tmp_path / "sample.db"
    shutil.copy(sample_master, path)
    db.open_book(path)
    yield path
    db.close_book()
