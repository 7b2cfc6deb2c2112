"""Benchmark the complaint log on a big book: the list and its filters, the counts, one
complaint's view, the figures, the customer picker and the complaint sheet.

Usage: python bench/bench_complaints.py [BOOK] [--now "YYYY-MM-DD HH:MM"]
(default BOOK /tmp/big-100k.db, a 100,000-customer sample shop built with
`python main.py demo --customers 100000 --out /tmp/big-100k.db`).

The book is copied first (recording a step writes), so the original is never changed.
Each figure is the median of several runs, in milliseconds. Not a test: run it by
hand when the complaint queries change.
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

from custbook import complaints as C  # noqa: E402
from custbook import db  # noqa: E402
from custbook.models import Complaint, ComplaintCategory, Staff  # noqa: E402
from custbook.paper.complaint_sheet import write_complaint_sheet  # noqa: E402


def timed(label: str, work, runs: int = 7) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"  {label:<48} {statistics.median(times):8.1f} ms   ({size})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--now", default="2026-11-22 15:00")
    args = parser.parse_args(argv)
    now = dt.datetime.fromisoformat(args.now)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "book.db"
        shutil.copy(args.book, copy)
        db.open_book(copy)
        print(f"{Complaint.select().count():,} complaints in {args.book}")
        category = ComplaintCategory.select().first().id
        staff = Staff.select().first().id
        some = Complaint.select().where(Complaint.customer.is_null(False)).first()
        filters = {
            "open (first page)": C.ComplaintFilter("open"),
            "all (first page)": C.ComplaintFilter("all"),
            "overdue": C.ComplaintFilter("overdue"),
            "category + staff": C.ComplaintFilter("all", category_id=category, staff_id=staff),
            "last 90 days": C.ComplaintFilter("all", start=now.date() - dt.timedelta(89),
                                              end=now.date()),
            "one customer": C.ComplaintFilter("all", customer_id=some.customer_id),
            "search a name": C.ComplaintFilter("all", text="王"),
            "search phone digits": C.ComplaintFilter("all", text="1380"),
        }
        print("list (200 rows) and count:")
        for label, flt in filters.items():
            timed(f"list {label}", lambda f=flt: C.list_complaints(f, now, 200, 0))
            timed(f"count {label}", lambda f=flt: C.count_complaints(f, now))
        timed("count by status", C.count_by_status)
        timed("count overdue", lambda: C.count_overdue(now))
        timed("promises due (7 days)", lambda: C.promises_due(now.date()))
        timed("complaint view (detail)", lambda: C.complaint_view(some.id, now).steps)
        timed("figures, last 12 months", lambda: C.complaint_figures(
            now.date() - dt.timedelta(days=364), now.date()).received)
        timed("figures, two years", lambda: C.complaint_figures(
            now.date() - dt.timedelta(days=729), now.date()).received)
        timed("customer picker: 王", lambda: C.find_customers("王"))
        timed("customer picker: 1380", lambda: C.find_customers("1380"))
        open_one = Complaint.select().where(Complaint.status == "in_progress").first()
        timed("record a step (one transaction)", lambda: C.record_step(
            open_one.id, "listen", {"listen_notes": "bench"}, now=now).id)
        sheet = Path(tmp) / "sheet.pdf"
        timed("complaint sheet PDF", lambda: write_complaint_sheet(some.id, sheet, now).stat()
              .st_size, runs=5)
        db.close_book()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
