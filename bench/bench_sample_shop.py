"""Benchmark the sample shop generator: time, row counts, file size and peak memory.

Usage: python bench/bench_sample_shop.py [CUSTOMERS] [--keep PATH] [--no-limit]
(default 100000 customers, written into a temporary folder that is removed afterwards).
Not a test: run it by hand when the generator or the schema changes.

The generator ends by building the search index (`search.rebuild_index`, the search's
own code): its share is timed apart and printed beside the rest (wall and CPU seconds).

The limit, measured in the same run (issue #20): the same rows written by plain
sqlite3 `executemany` into a new, empty book (its tables, indexes and triggers as
`open_book` makes them; the same journal settings the generator uses), read back from
the generated book 10,000 at a time. The ratio generator / limit is printed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db  # noqa: E402
from custbook.sample import sample_shop  # noqa: E402

TABLES = ("staff", "tag", "customer", "customer_phone", "customer_tag", "purchase",
          "contact_entry", "complaint", "reminder", "satisfaction_record")


def raw_executemany(source: Path, folder: str) -> tuple[float, int]:
    """Seconds to write the generated rows with plain executemany into a new book."""
    target = Path(folder) / "limit.db"
    db.open_book(target)  # the schema, as a new book has it
    db.close_book()
    src = sqlite3.connect(source)
    out = sqlite3.connect(target, isolation_level=None)
    rows_written = 0
    started = time.perf_counter()
    out.execute("PRAGMA journal_mode=MEMORY")
    out.execute("PRAGMA synchronous=OFF")
    out.execute("PRAGMA cache_size=-200000")
    out.execute("BEGIN")
    for table in TABLES:
        out.execute(f'DELETE FROM "{table}"')  # seeded rows (none of these tables has any)
        cursor = src.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        marks = ",".join("?" * len(cursor.description))
        while rows := cursor.fetchmany(10_000):
            out.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
            rows_written += len(rows)
    out.execute("COMMIT")
    seconds = time.perf_counter() - started
    src.close()
    out.close()
    return seconds, rows_written


def main() -> int:
    """Generate the sample shop once and print what it cost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("customers", nargs="?", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--keep", metavar="PATH", help="write here and keep the file")
    parser.add_argument("--no-limit", action="store_true", help="skip the executemany limit")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="custbook-bench-") as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "sample-shop.db"
        ticks = []
        search_share = [0.0, 0.0]  # wall, CPU seconds in search.rebuild_index
        rebuild = sample_shop.search.rebuild_index

        def timed_rebuild(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return rebuild(*args, **kwargs)
            finally:
                search_share[0] += time.perf_counter() - wall
                search_share[1] += time.process_time() - cpu

        sample_shop.search.rebuild_index = timed_rebuild
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            report = sample_shop.generate(path, args.customers, seed=args.seed,
                                          today=dt.date.today(),
                                          progress=lambda done, total: ticks.append(done) or True)
        finally:
            sample_shop.search.rebuild_index = rebuild
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        size = path.stat().st_size
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        if sys.platform == "darwin":
            rss //= 1024
        print(f"customers requested : {args.customers:,}")
        print(f"seconds             : {seconds:.1f} (generator says {report.seconds:.1f}); "
              f"CPU {cpu:.1f}")
        print(f"  the rows, indexes : {seconds - search_share[0]:.1f} s; "
              f"CPU {cpu - search_share[1]:.1f}")
        print(f"  the search index  : {search_share[0]:.1f} s; CPU {search_share[1]:.1f} "
              f"(search.rebuild_index)")
        for name in ("customers", "phones", "staff", "tags", "customer_tags", "purchases",
                     "contacts", "complaints", "satisfaction_records", "reminders"):
            print(f"{name:<20}: {getattr(report, name):,}")
        print(f"purchases/customer  : {report.purchases / max(1, report.customers):.2f}")
        print(f"progress calls      : {len(ticks)}")
        print(f"file size           : {size / 1e6:.1f} MB")
        print(f"peak RSS            : {rss / 1024:.0f} MB")
        if not args.no_limit:
            limit, rows = raw_executemany(path, folder)
            print(f"limit: executemany  : {limit:.1f} s ({rows:,} rows into a new book)")
            print(f"ratio               : {seconds / limit:.2f} (target: 1,000,000 in 8 min)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
