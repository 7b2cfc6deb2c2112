"""Moving a book: SQLite → PostgreSQL → SQLite, every row checked; refused when unsafe."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from custbook import db
from custbook.shared_book import copy_book
from custbook.errors import Cancelled
from custbook.models import ALL_MODELS
from tests.pg_helpers import pg_url  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
# The source of these copies is the SQLite sample file; PostgreSQL is the target (pg_url).
pytestmark = pytest.mark.sqlite_only("copies a SQLite book file into and out of PostgreSQL")
TABLES = [m._meta.table_name for m in ALL_MODELS]


def sqlite_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


SPOT_CHECKS = [
    ("SELECT id, name, wechat_id, description, birthday_month, birthday_day, member_since, "
     "accepts_promotions, referred_by_id, tier_id, version, created_at FROM customer "
     "ORDER BY id"),
    ("SELECT id, customer_id, purchased_on, amount_cents, items, created_at FROM purchase "
     "ORDER BY id LIMIT 500"),
    "SELECT customer_id, image, mime, updated_at FROM customer_photo ORDER BY customer_id",
    "SELECT id, title, due_on, done_at, customer_id FROM reminder ORDER BY id",
    "SELECT id, status, received_at, customer_id, purchase_id FROM complaint ORDER BY id",
    "SELECT customer_id, keys, in_trash FROM customer_search ORDER BY customer_id",
    "SELECT key, value FROM setting ORDER BY key",
]


def test_round_trip_sqlite_postgresql_sqlite_keeps_every_row(sample_book, pg_url,  # noqa: F811
                                                              tmp_path):
    from custbook.customers import customers

    photo = bytes(range(256)) * 40 + "照片".encode()  # every byte value, NULs included
    for cid in (1, 150, 300):
        customers.set_photo(cid, photo + bytes([cid % 256]), "image/png")
    db.close_book()
    source = sample_book
    before = sqlite_counts(source)
    assert before["customer"] == 300 and before["purchase"] > 1000
    seen = []
    report = copy_book.copy_book(source, pg_url, lambda done, total: seen.append((done, total)))
    assert report.counts == before
    assert seen and seen[-1][0] == seen[-1][1] == sum(before.values())
    assert "custbook:custbook@" not in report.target  # the password is never shown
    back = tmp_path / "back.db"
    report2 = copy_book.copy_book(pg_url, back)
    assert report2.counts == before
    assert sqlite_counts(back) == before
    for sql in SPOT_CHECKS:
        assert rows(back, sql) == rows(source, sql), sql
    chinese = rows(back, "SELECT name FROM customer WHERE name GLOB '*[^ -~]*' LIMIT 1")
    assert chinese  # the sample shop's names are Chinese, and came back as such
    photos = rows(back, "SELECT customer_id, image FROM customer_photo ORDER BY customer_id")
    assert [(cid, bytes(image)) for cid, image in photos] == [
        (cid, photo + bytes([cid % 256])) for cid in (1, 150, 300)]
    # the copy is a working book: opened, searched, written to
    db.open_book(back)
    from custbook.customers import customer_list, customers

    name = chinese[0][0]
    assert any(r.name == name for r in customer_list.search_customers(name, 20))
    customers.save_customer({"name": "新客户"}, [])
    db.close_book()


def test_on_postgresql_new_rows_get_new_ids_after_the_copy(sample_book, pg_url):  # noqa: F811
    db.close_book()
    copy_book.copy_book(sample_book, pg_url)
    db.open_book(pg_url)
    from custbook.customers import customers

    created = customers.save_customer({"name": "复制后"}, [])
    assert created.id == 301  # the id sequence moved past the copied ids


def test_a_target_that_is_not_empty_is_refused_and_left_alone(book, pg_url, tmp_path):  # noqa: F811
    db.close_book()
    conn = psycopg2.connect(pg_url)
    with conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE their_data (id int)")
    conn.close()
    with pytest.raises(copy_book.CopyError, match="not empty"):
        copy_book.copy_book(book, pg_url)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"someone's file")
    with pytest.raises(copy_book.CopyError, match="already exists"):
        copy_book.copy_book(book, existing)
    assert existing.read_bytes() == b"someone's file"


def test_a_failed_copy_leaves_the_postgresql_database_empty(sample_book, pg_url):  # noqa: F811
    db.close_book()
    conn = sqlite3.connect(str(sample_book))
    conn.execute("PRAGMA foreign_keys = OFF")
    # a purchase of a customer who is not there: PostgreSQL refuses it
    conn.execute("INSERT INTO purchase(customer_id, purchased_on, items, product_codes, "
                 "amount_cents, staff_id, note, created_at) SELECT 99999, purchased_on, items, "
                 "product_codes, amount_cents, staff_id, note, created_at FROM purchase LIMIT 1")
    conn.commit()
    conn.close()
    with pytest.raises(copy_book.CopyError, match="left as it was"):
        copy_book.copy_book(sample_book, pg_url)
    check = psycopg2.connect(pg_url)
    with check, check.cursor() as cur:
        cur.execute("SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = 'public'")
        assert cur.fetchone()[0] == 0
    check.close()


def test_cancelling_removes_the_new_file(sample_book, tmp_path):
    db.close_book()
    target = tmp_path / "copy.db"
    with pytest.raises(Cancelled):
        copy_book.copy_book(sample_book, target, lambda done, total: done < 2000)
    assert not target.exists()
    assert list(tmp_path.glob("copy.db*")) == []


def _command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, check=False, cwd=ROOT, timeout=120,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})


def test_sqlite_to_sqlite_copy_and_the_command_line(sample_book, tmp_path):
    db.close_book()
    target = tmp_path / "copy.db"
    result = _command("copy-book", str(sample_book), str(target))
    assert result.returncode == 0, result.stderr
    assert "customer " in result.stdout and "300" in result.stdout
    assert sqlite_counts(target) == sqlite_counts(sample_book)
    again = _command("copy-book", str(sample_book), str(target))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_a_book_missing_a_newer_table_or_column_is_copied_with_defaults(sample_book, tmp_path):
    db.close_book()
    conn = sqlite3.connect(str(sample_book))
    conn.execute("DROP TABLE merge_record")  # as in a book made before merging existed
    conn.execute("ALTER TABLE reminder DROP COLUMN repeat_until")
    conn.commit()
    conn.close()
    target = tmp_path / "copy.db"
    report = copy_book.copy_book(sample_book, target)
    assert set(report.notes) == {"merge_record", "reminder.repeat_until"}
    assert report.counts["merge_record"] == 0
    assert report.counts["reminder"] == rows(sample_book, "SELECT count(*) FROM reminder")[0][0] > 0
    assert rows(target, "SELECT count(*) FROM reminder WHERE repeat_until IS NOT NULL") == [(0,)]
    assert rows(target, "SELECT count(*) FROM reminder WHERE repeat_until = 'repeat_until'") \
        == [(0,)]
