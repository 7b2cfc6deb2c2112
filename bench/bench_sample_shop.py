"""Benchmark the sample shop generator: time, row counts, file size and peak memory.

Usage: python bench/bench_sample_shop.py [CUSTOMERS] [--keep PATH]
(default 100000 customers, written into a temporary folder that is removed afterwards).
Not a test: run it by hand when the generator or the schema changes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook.sample import sample_shop  # noqa: E402


def main() -> int:
    """Generate the sample shop once and print what it cost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("customers", nargs="?", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--keep", metavar="PATH", help="write here and keep the file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="custbook-bench-") as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "sample-shop.db"
        ticks = []
        started = time.perf_counter()
        report = sample_shop.generate(path, args.customers, seed=args.seed,
                                      today=dt.date.today(),
                                      progress=lambda done, total: ticks.append(done) or True)
        seconds = time.perf_counter() - started
        size = path.stat().st_size
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        if sys.platform == "darwin":
            rss //= 1024
        print(f"customers requested : {args.customers:,}")
        print(f"seconds             : {seconds:.1f} (generator says {report.seconds:.1f})")
        for name in ("customers", "phones", "staff", "tags", "customer_tags", "purchases",
                     "contacts", "complaints", "satisfaction_records", "reminders"):
            print(f"{name:<20}: {getattr(report, name):,}")
        print(f"purchases/customer  : {report.purchases / max(1, report.customers):.2f}")
        print(f"progress calls      : {len(ticks)}")
        print(f"file size           : {size / 1e6:.1f} MB")
        print(f"peak RSS            : {rss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
