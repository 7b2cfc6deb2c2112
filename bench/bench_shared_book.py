"""Benchmark moving a big book onto PostgreSQL and back, and backing a shared book up.

Usage: python bench/bench_shared_book.py SERVER_URL [BOOK]
SERVER_URL names a PostgreSQL database whose role may create databases (e.g. the
CUSTBOOK_TEST_PG_URL of the tests); a scratch database `<name>_bench` is made beside it
and dropped at the end. BOOK defaults to /tmp/big-100k.db (100,000 customers, about a
million purchases); it is copied first and never touched.

Measures: copy-book SQLite → PostgreSQL and PostgreSQL → SQLite (seconds, rows/s,
peak memory of this process), pg_dump backup of the shared book, the change token
(µs per call), and search on the shared book beside the same search on SQLite.
"""
from __future__ import annotations

import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import changes, db
from custbook.customers import customer_list, search
from custbook.safety import backup
from custbook.shared_book import copy_book, server_backup
from tests.pg_helpers import _admin, drop_database, with_database

QUERIES = ["张", "王芳", "zs", "1380", "138001", "zhang", "老客户"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_search(location: str) -> dict[str, float]:
    db.open_book(location)
    try:
        customer_list.search_customers(QUERIES[0], 50)  # warm up
        out = {}
        for q in QUERIES:
            start = time.perf_counter()
            for _ in range(5):
                search._forget()
                customer_list.search_customers(q, 50)
            out[q] = (time.perf_counter() - start) / 5 * 1000
        return out
    finally:
        db.close_book()


def main() -> int:
    server = sys.argv[1]
    source = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/big-100k.db")
    name = server.rsplit("/", 1)[1] + "_bench"
    admin = _admin(server)
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    admin.close()
    url = with_database(server, name)
    work = Path(tempfile.mkdtemp(prefix="pgops-bench-"))
    try:
        book = work / "book.db"
        shutil.copy(source, book)
        print(f"Book: {source} ({book.stat().st_size / 1e6:,.0f} MB)")
        db.open_book(book)  # brings an older sample up to this Custbook's schema
        db.close_book()
        report = copy_book.copy_book(book, url)
        print(f"SQLite → PostgreSQL: {report.seconds:6.1f} s  {report.rows:>10,} rows "
              f"({report.rows / report.seconds:,.0f} rows/s), peak memory {peak_mb():,.0f} MB")
        for table in ("customer", "purchase", "contact_entry", "reminder", "audit_entry"):
            print(f"    {table:<16} {report.counts.get(table, 0):>10,}")
        if report.notes:
            print(f"    not in the source (defaults): {', '.join(report.notes)}")
        back = work / "back.db"
        report = copy_book.copy_book(url, back)
        print(f"PostgreSQL → SQLite: {report.seconds:6.1f} s  {report.rows:>10,} rows "
              f"({report.rows / report.seconds:,.0f} rows/s), peak memory {peak_mb():,.0f} MB")
        start = time.perf_counter()
        result = server_backup.take_backup(url, kind=backup.MANUAL, root=work / "backups")
        print(f"Backup of the shared book ({result.backup.path.suffix}): "
              f"{time.perf_counter() - start:5.1f} s, {result.backup.size / 1e6:,.1f} MB")
        for location in (str(book), url):
            db.open_book(location)
            start = time.perf_counter()
            for _ in range(1000):
                changes.token()
            print(f"change token on {'PostgreSQL' if '://' in location else 'SQLite':<10}: "
                  f"{(time.perf_counter() - start) * 1000:.0f} µs per call")
            db.close_book()
        # the copy back has the full schema (the old sample lacks some newer columns)
        sqlite_ms, pg_ms = timed_search(str(back)), timed_search(url)
        print("search (50 best, ms):   query      SQLite  PostgreSQL")
        for q in QUERIES:
            print(f"                         {q:<10} {sqlite_ms[q]:6.1f}  {pg_ms[q]:8.1f}")
    finally:
        db.close_book()
        drop_database(server, name)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
