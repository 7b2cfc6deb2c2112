"""Opening older and newer books: upgrade in one transaction after a backup, or refuse."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from playhouse.migrate import migrate
from peewee import IntegerField

from custbook import db, migrations
from custbook.errors import BookDamaged, BookTooNew

BOOKS = Path(__file__).resolve().parent.parent / "data" / "books"


def schema_of(path: Path) -> dict[str, list[tuple]]:
    """Tables with their columns (name, type, notnull, default, pk) and indexes."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
        schema = {t: [tuple(c[1:]) for c in conn.execute(f'PRAGMA table_info("{t}")')]
                  for t in tables}
        schema["(indexes)"] = sorted(r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"))
        return schema
    finally:
        conn.close()


def version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version FROM schema_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", sorted(BOOKS.glob("book-v*.sqlite")), ids=lambda p: p.name)
def test_every_older_book_upgrades_to_exactly_the_fresh_schema(fixture, tmp_path):
    old = tmp_path / fixture.name
    shutil.copy(fixture, old)
    db.open_book(old)
    db.close_book()
    fresh = tmp_path / "fresh.db"
    db.open_book(fresh)
    db.close_book()
    assert version_of(old) == migrations.LATEST
    assert schema_of(old) == schema_of(fresh)


def test_there_is_a_fixture_for_the_first_schema():
    assert (BOOKS / "book-v1.sqlite").exists()


def add_loyalty_points(database, migrator):
    migrate(migrator.add_column("customer", "loyalty_points", IntegerField(default=0)))


def break_halfway(database, migrator):
    migrate(migrator.add_column("customer", "half_done", IntegerField(default=0)))
    raise RuntimeError("disk full")


def test_an_upgrade_backs_up_first_then_runs_its_steps(tmp_path):
    path = tmp_path / "book.db"
    db.open_book(path)
    database = db.database_obj()
    now = migrations.LATEST
    before = migrations.prepare(database, path, steps={now + 1: add_loyalty_points},
                                latest=now + 1)
    assert before == now
    assert migrations.stored_version(database) == now + 1
    columns = [c.name for c in database.get_columns("customer")]
    assert "loyalty_points" in columns
    backups = list(tmp_path.glob(f"book.db.v{now}-before-upgrade-*.bak"))
    assert len(backups) == 1 and version_of(backups[0]) == now


def test_a_failing_upgrade_leaves_the_book_as_it_was(tmp_path):
    path = tmp_path / "book.db"
    db.open_book(path)
    database = db.database_obj()
    now = migrations.LATEST
    with pytest.raises(RuntimeError):
        migrations.prepare(database, path, steps={now + 1: add_loyalty_points,
                                                  now + 2: break_halfway}, latest=now + 2)
    assert migrations.stored_version(database) == now
    columns = [c.name for c in database.get_columns("customer")]
    assert "loyalty_points" not in columns and "half_done" not in columns


def test_a_book_from_a_newer_custbook_is_refused_and_untouched(tmp_path):
    path = tmp_path / "book.db"
    db.open_book(path)
    db.database_obj().execute_sql("UPDATE schema_version SET version = 99")
    db.close_book()
    before = path.read_bytes()
    with pytest.raises(BookTooNew, match="newer Custbook"):
        db.open_book(path)
    assert version_of(path) == 99
    assert path.read_bytes() == before


def test_a_database_from_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(BookDamaged, match="not made by Custbook"):
        db.open_book(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is a JPEG, not a book" * 100)
    with pytest.raises(BookDamaged, match="not a readable customer book"):
        db.open_book(path)
    assert path.read_bytes().startswith(b"\xff\xd8")
