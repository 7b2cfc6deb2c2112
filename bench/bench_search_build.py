"""Benchmark building the search index: the keys + FTS5 trigram index, and the short pieces.

Usage: python bench/bench_search_build.py [BOOK]   (default /tmp/big-100k.db)
The book is COPIED into a temporary folder (the original is never written) and opened
(an older book is upgraded and indexed then: not timed here). Then, in the same run:

- `search.rebuild_index()` as it is: keys, FTS5 index and the 1-/2-character pieces;
- the same without the pieces (the index as it was before schema step 6), the limit
  the pieces are measured against;
- the size of each part (SQLite's dbstat, when compiled in).

Prints seconds, the ratio, and seconds per 100,000 customers beside the issue's limit (a
linear build, at most 70 s at 1,000,000 customers: 7 s per 100,000), and the machine's
load average before and after (the build runs in two threads, `search_sqlite.Writer`:
another busy program on a two-core machine takes one of them).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db  # noqa: E402
from custbook.customers import search, search_pieces  # noqa: E402

LIMIT_PER_100K = 7.0  # issue #20: at most 70 s at 1,000,000 customers, linear in the book


def sizes(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name IN ('customer_search', "
            "'customer_search_posting', 'customer_search_posting_piece_tier_block') "
            "OR name LIKE 'customer_search_fts%' GROUP BY name ORDER BY name").fetchall()
        return ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in rows)
    except sqlite3.Error:
        return "(no dbstat in this SQLite)"
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="custbook-bench-build-") as folder:
        path = Path(folder) / "book.db"
        shutil.copy(args.book, path)
        path.chmod(0o644)
        db.open_book(path)
        customers = db.database_obj().execute_sql("SELECT count(*) FROM customer").fetchone()[0]

        started = time.perf_counter()
        search.rebuild_index()
        full = time.perf_counter() - started
        rows, pieces = db.database_obj().execute_sql(
            f"SELECT count(*), sum(length(ids)) / 4 FROM {search_pieces.TABLE}").fetchone()
        db.close_book()
        print(f"customers                  : {customers:,}")
        print(f"index sizes                : {sizes(path)}")
        db.open_book(path)

        class NoPieces(search_pieces.Loader):
            def add(self, rows):
                pass

            def write(self):
                pass

        real, search_pieces.Loader = search_pieces.Loader, NoPieces
        try:
            started = time.perf_counter()
            search.rebuild_index()
            without = time.perf_counter() - started
        finally:
            search_pieces.Loader = real
        db.close_book()
        per = 100_000 / max(1, customers)
        print(f"rebuild with the pieces    : {full:8.1f} s ({pieces:,} pieces in {rows:,} rows, "
              f"{full * per:.1f} s per 100,000 customers; limit {LIMIT_PER_100K:.1f} s, "
              f"{LIMIT_PER_100K * 10:.0f} s at 1,000,000)")
        print(f"rebuild without the pieces : {without:8.1f} s (the index before step 6)")
        print(f"ratio                      : {full / without:8.2f}")
        print(f"load average               : {load_before:8.2f} before, "
              f"{os.getloadavg()[0]:.2f} after ({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
