"""Benchmark importing and exporting customer lists.

Usage: python bench/bench_exchange.py [--rows N]   (default 100,000)

Writes an N-row Chinese CSV (姓名, 手机, 生日, 地址, 备注), plans and imports it into an
empty book, and compares with a plain sqlite3 `executemany` of the same rows into a
bare table (the floor: no validation, no phones table, no search index). Then exports
the imported customers to CSV and XLSX.
"""
from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    from custbook import db
    from custbook.io import export, importer

    work = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    source = work / "list.csv"
    rows = [(f"客户{i}", f"139{i:08d}", f"19{60 + i % 40}-{1 + i % 12:02d}-{1 + i % 28:02d}",
             f"杭州市西湖区文三路 {i} 号", "老客户") for i in range(args.rows)]
    with open(source, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机", "生日", "地址", "备注"])
        writer.writerows(rows)

    plain = sqlite3.connect(work / "plain.db")
    plain.execute("CREATE TABLE c (name, phone, birthday, address, note)")
    start = time.perf_counter()
    with plain:
        plain.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?)", rows)
    floor = time.perf_counter() - start
    plain.close()

    db.open_book(work / "book.db")
    start = time.perf_counter()
    plan = importer.plan_file(source)
    planned = time.perf_counter() - start
    start = time.perf_counter()
    result = importer.apply_plan(plan)
    applied = time.perf_counter() - start
    print(f"rows {args.rows:,}: plan {planned:.1f} s, apply {applied:.1f} s "
          f"(total {planned + applied:.1f} s; created {result.created:,}); "
          f"sqlite3 executemany {floor:.2f} s; ratio {(planned + applied) / floor:.0f}x")
    for fmt in ("csv", "xlsx"):
        start = time.perf_counter()
        report = export.export_customers(work / f"out.{fmt}", fmt)
        print(f"export {fmt}: {report.customers:,} customers in "
              f"{time.perf_counter() - start:.1f} s")
    db.close_book()
    return 0


if __name__ == "__main__":
    sys.exit(main())
