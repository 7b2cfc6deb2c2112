"""Benchmark the report figures and the PDF satisfaction report on a big book.

Usage: python bench/bench_reports.py [BOOK] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
(default BOOK /tmp/big-100k.db, a 100,000-customer / 1,000,000-purchase sample shop
built with `python main.py demo --customers 100000 --out /tmp/big-100k.db`; default
period: the year up to 2026-11-22).

The book is copied first, so the original is never changed. Each figure is the median
of a few runs, in milliseconds. Not a test: run it by hand when the report queries change.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db, loyalty, satisfaction
from custbook.complaints.figures import complaint_figures


def timed(label: str, work, runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    print(f"  {label:<48} {statistics.median(times):9.1f} ms")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--from", dest="start", type=dt.date.fromisoformat,
                        default=dt.date(2025, 11, 23))
    parser.add_argument("--to", dest="end", type=dt.date.fromisoformat,
                        default=dt.date(2026, 11, 22))
    args = parser.parse_args(argv)
    start, end = args.start, args.end
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "book.db"
        for suffix in ("", "-wal"):
            if Path(args.book + suffix).exists():
                shutil.copy(args.book + suffix, str(copy) + suffix)
        db.open_book(copy)
        try:
            print(f"Book {args.book}, period {start} … {end}")
            timed("loyalty_figures (segments, cohorts …)", lambda: loyalty.loyalty_figures(start, end))
            timed("satisfaction_figures", lambda: satisfaction.satisfaction_figures(start, end))
            timed("staff_figures", lambda: satisfaction.staff_figures(start, end))
            timed("top_customers", lambda: loyalty.top_customers(start, end))
            timed("at_risk_customers", lambda: loyalty.at_risk_customers(end))
            timed("complaint_figures", lambda: complaint_figures(start, end))
            try:
                from custbook.reports.satisfaction_report import write_satisfaction_report
            except ImportError:
                return 0
            out = Path(tmp) / "report.pdf"
            timed("whole PDF satisfaction report (year)",
                  lambda: write_satisfaction_report(out, start, end), runs=1)
        finally:
            db.close_book()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
