"""Benchmark satisfaction entry on a big book: listing one customer's ratings (every time
a card opens or anything changes), recording, correcting and deleting one, and a
follow-up Done with a rating.

Usage: python bench/bench_satisfaction.py [BOOK] [--rounds N]
(default /tmp/big-100k.db, the 100,000-customer sample). The book is copied to a
temporary file first, because recording writes; the copy is deleted.
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

from custbook import db
from custbook.calendar import reminder_actions
from custbook.customers import purchases
from custbook.loyalty import satisfaction_records
from custbook.models import SatisfactionRecord


def median_ms(work, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-satisfaction-"))
    try:
        copy = folder / "book.db"
        shutil.copy(args.book, copy)
        db.open_book(copy)
        today = dt.date.today()
        total = SatisfactionRecord.select().count()
        busiest = db.database_obj().execute_sql(
            "SELECT customer_id, count(*) FROM satisfaction_record WHERE customer_id IS NOT NULL "
            "GROUP BY customer_id ORDER BY 2 DESC LIMIT 1").fetchone()
        cid, count = busiest
        print(f"book: {total:,} satisfaction records; busiest customer #{cid}: {count} records")
        ms = median_ms(lambda: satisfaction_records.for_customer(cid), args.rounds)
        print(f"{'for_customer (the card tab), median':<48} {ms:8.2f} ms")
        purchase = purchases.purchases_of(cid)[0]
        made: list[int] = []
        ms = median_ms(lambda: made.append(satisfaction_records.record(
            cid, "satisfied", subject="purchase", on=today, score=5, recommend=9,
            comment="bench", purchase_id=purchase.id)), args.rounds)
        print(f"{'record (one transaction), median':<48} {ms:8.2f} ms")
        ms = median_ms(lambda: satisfaction_records.update(made[0], rating="neutral"),
                       args.rounds)
        print(f"{'update, median':<48} {ms:8.2f} ms")
        ms = median_ms(lambda: satisfaction_records.delete(made.pop()), args.rounds)
        print(f"{'delete, median':<48} {ms:8.2f} ms")
        try:
            reminders = [reminder_actions.save_reminder(
            {"title": "bench", "kind": "follow_up", "due_on": today, "customer_id": cid},
                today).id for _ in range(args.rounds)]
        except Exception as exc:  # noqa: BLE001 - an older sample book: say so, go on
            print(f"Done with a rating: skipped, this book cannot take a reminder ({exc})")
        else:
            ms = median_ms(lambda: reminder_actions.complete(
                reminders.pop(), today, "reached", "bench", rating="satisfied", score=4,
                recommend=8), args.rounds)
            print(f"{'Done with a rating (contact + record), median':<48} {ms:8.2f} ms")
        db.close_book()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
