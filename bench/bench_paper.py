"""Benchmark the printed customer paper on a big book: the list as shown, labels, one sheet.

    python bench/bench_paper.py [BOOK]      (default BOOK: /tmp/big-100k.db)

The book is copied first (opening a book may write: search index, upgrades) to
/tmp/bench-paper-copy.db, which is removed at the end. Each case runs in its own
process so its peak memory (ru_maxrss) is its own:

- list-all: the whole book as a list, the page's default eight columns, by last visit;
- list-filtered: a typical filtered list (search 张 and the tier with most customers);
- labels-all: address labels for the whole book on 3 × 7 sheets (plan, then write);
- sheet: the customer sheet of the customer with the most purchases.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["CUSTBOOK_NO_BOOTSTRAP"] = "1"
COPY = Path("/tmp/bench-paper-copy.db")
CASES = ("list-all", "list-filtered", "labels-all", "sheet")
SHOWN = ["name", "phone", "tier", "tags", "last_visit", "next_reminder", "purchases", "spent"]


def run_case(case: str, book: Path, out: Path) -> dict:
    from custbook import db
    from custbook.paper import label_layouts
    from custbook.customers.customer_query import CustomerQuery
    from custbook.models import database
    from custbook.paper import customer_list_pdf, customer_sheet, labels

    db.open_book(book)
    today = dt.date(2026, 11, 22)
    started = time.perf_counter()
    figures: dict = {}
    if case == "list-all":
        query = CustomerQuery(sort="last_visit", descending=True, today=today)
        result = customer_list_pdf.write_customer_list(out, SHOWN, query=query)
        figures = {"customers": result.customers, "pages": result.pages}
    elif case == "list-filtered":
        tier = database.execute_sql("SELECT tier_id FROM customer WHERE tier_id IS NOT NULL "
                                    "GROUP BY tier_id ORDER BY count(*) DESC LIMIT 1").fetchone()
        query = CustomerQuery(text="张", tier_id=tier[0] if tier else None, sort="name",
                              today=today)
        result = customer_list_pdf.write_customer_list(out, SHOWN, query=query)
        figures = {"customers": result.customers, "pages": result.pages}
    elif case == "labels-all":
        layout = label_layouts.preset("3x7-70x42.3")
        query = CustomerQuery(sort="name", today=today)
        plan = labels.plan(layout, query=query)
        figures["plan_s"] = round(time.perf_counter() - started, 2)
        result = labels.write_labels(out, layout, query=query, show_phone=True)
        figures.update({"labels": result.labels, "skipped": result.skipped,
                        "pages": result.pages, "planned_sheets": plan.sheets})
    elif case == "sheet":
        customer_id = database.execute_sql(
            "SELECT id FROM customer ORDER BY purchase_count DESC LIMIT 1").fetchone()[0]
        result = customer_sheet.write_customer_sheet(out, customer_id, today)
        figures = {"pages": result.pages}
    figures["seconds"] = round(time.perf_counter() - started, 2)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["file_mb"] = round(out.stat().st_size / 1e6, 2)
    db.close_book()
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)  # one, in this process
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.case, Path(args.book), Path(args.out))))
        return 0
    shutil.copy(args.book, COPY)
    folder = Path(tempfile.mkdtemp(prefix="bench-paper-"))
    try:
        print(f"book: {args.book} (copied to {COPY})")
        for case in CASES:
            done = subprocess.run([sys.executable, __file__, str(COPY), "--case", case,
                                   "--out", str(folder / f"{case}.pdf")],
                                  capture_output=True, text=True, check=False)
            if done.returncode:
                print(f"{case}: failed\n{done.stderr[-2000:]}")
                continue
            print(f"{case}: {done.stdout.strip().splitlines()[-1]}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{COPY}{suffix}").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
