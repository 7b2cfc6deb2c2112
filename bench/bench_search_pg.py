"""Search as you type on PostgreSQL beside SQLite, on the 100,000-customer sample shop.

Usage: python bench/bench_search_pg.py --server postgresql://USER:PASS@HOST/DB
       [BOOK] [--database pgcore_big] [--sequences N] [--seed S] [--reuse]

BOOK (default /tmp/big-100k.db) is only read: a temporary copy is what the SQLite side
opens, and the rows are copied into the PostgreSQL database `--database` on the
server of `--server` (created, or emptied, first; `--reuse` keeps a copy made by an
earlier run) with `custbook.shared_book.copy_book` — the same code as `python main.py
copy-book`. Not a test: run it by hand when search, the list or the schema changes.

Then the same keystrokes as bench/bench_search.py (its realistic searches typed one
character at a time, drawn from the book's own customers) are run through what the
Customers page does after each keystroke — the count and the first page of 100 rows
(`custbook.customers.customer_list`) — once on the SQLite copy and once on PostgreSQL, each
cold (the memo cleared before each keystroke). Prints median / p95 / max per
keystroke for both, per kind of search, and whether both found the same number of
customers for every keystroke (they must: same keys, same rules).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from bench_search import (  # noqa: E402 - the very same keystrokes and page work
    add_missing_columns,
    make_sequences,
    p95,
    page_keystroke,
    timed,
)

from custbook import db  # noqa: E402
from custbook.customers import search


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def prepare_pg(server: str, name: str, book: Path, reuse: bool) -> str:
    """The URL of a PostgreSQL copy of `book` (made now unless --reuse finds one)."""
    import psycopg2

    url = with_database(server, name)
    admin = psycopg2.connect(server)
    admin.autocommit = True
    cur = admin.cursor()
    cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
    exists = cur.fetchone() is not None
    if exists and reuse:
        admin.close()
        return url
    if exists:
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    (name,))
        cur.execute(f'DROP DATABASE "{name}"')
    cur.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    admin.close()
    from custbook.shared_book.copy_book import copy_book

    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        if time.perf_counter() - last[0] > 10:
            last[0] = time.perf_counter()
            print(f"  copying … {done:,} / {total:,} rows", flush=True)
        return True

    report = copy_book(str(book), url, progress)
    print(f"copied into PostgreSQL      : {time.perf_counter() - started:8.1f} s "
          f"({sum(report.counts.values()):,} rows)")
    return url


def run(label: str, keystrokes: list[tuple[str, str]]) -> tuple[list[float], list[tuple],
                                                               dict[str, list[float]]]:
    for _, text in keystrokes[:20]:  # warm the caches alike
        page_keystroke(text)
    times, counts = [], []
    by_kind: dict[str, list[float]] = {}
    for kind, text in keystrokes:
        search._forget()
        ms, (n, page) = timed(page_keystroke, text)
        times.append(ms)
        counts.append((n, [row.id for row in page]))
        by_kind.setdefault(kind, []).append(ms)
    return times, counts, by_kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--server", default=os.environ.get("CUSTBOOK_BENCH_PG_URL"),
                        help="a postgresql:// URL of a database on the server to use")
    parser.add_argument("--database", default="pgcore_big")
    parser.add_argument("--sequences", type=int, default=60)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--reuse", action="store_true",
                        help="keep the PostgreSQL copy made by an earlier run")
    args = parser.parse_args()
    if not args.server:
        parser.error("--server postgresql://… is needed (or CUSTBOOK_BENCH_PG_URL)")

    with tempfile.TemporaryDirectory(prefix="custbook-bench-pg-") as folder:
        path = Path(folder) / "book.db"
        shutil.copy(args.book, path)
        path.chmod(0o644)
        add_missing_columns(path)
        db.open_book(path)  # upgrades the copy and builds its index if needed
        db.close_book()
        url = prepare_pg(args.server, args.database, path, args.reuse)

        plain = sqlite3.connect(path)
        sequences = make_sequences(plain, args.sequences, args.seed)
        plain.close()
        keystrokes = [(kind, text) for kind, keys in sequences for text in keys]

        results = {}
        for label, location in (("SQLite", path), ("PostgreSQL", url)):
            opened, _ = timed(db.open_book, location)
            total = page_keystroke("")[0]
            print(f"{label:<11} open {opened:7.1f} ms, {total:,} customers")
            results[label] = run(label, keystrokes)
            db.close_book()

    (sq, sq_counts, sq_kinds), (pg, pg_counts, pg_kinds) = results["SQLite"], \
        results["PostgreSQL"]
    differ = [t for (_, t), a, b in zip(keystrokes, sq_counts, pg_counts) if a[0] != b[0]]
    pages = [t for (_, t), a, b in zip(keystrokes, sq_counts, pg_counts) if a[1] != b[1]]
    print(f"\nkeystrokes: {len(keystrokes)} in {len(sequences)} searches; between SQLite and "
          f"PostgreSQL, counts that differ: {len(differ)} {differ[:5] if differ else ''}; "
          f"first pages (ids in order) that differ: {len(pages)} {pages[:5] if pages else ''}")
    print(f"{'ms per keystroke':28}{'median':>9}{'p95':>9}{'max':>9}")
    for label, values in (("SQLite (FTS5 trigram)", sq), ("PostgreSQL (pg_trgm)", pg)):
        print(f"{label:28}{statistics.median(values):9.1f}{p95(values):9.1f}{max(values):9.1f}")
    print("\nby kind                      SQLite med/p95    PostgreSQL med/p95   keystrokes")
    for kind in sq_kinds:
        a, b = sq_kinds[kind], pg_kinds[kind]
        print(f"  {kind:<24}{statistics.median(a):8.1f}{p95(a):8.1f}    "
              f"{statistics.median(b):8.1f}{p95(b):8.1f}{len(a):12d}")
    slowest = sorted(zip(pg, (t for _, t in keystrokes)), reverse=True)[:8]
    print("slowest on PostgreSQL: " + ", ".join(f"{t!r} {ms:.0f}" for ms, t in slowest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
