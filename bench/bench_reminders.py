"""Benchmark the reminder calendar on a big book: rule runs, the agenda, the month view.

Usage: python bench/bench_reminders.py [BOOK] [--today YYYY-MM-DD] [--keep PATH]
[--calendar-only] (default BOOK /tmp/big-100k.db, a 100,000-customer sample shop built with
`python main.py demo --customers 100000 --out /tmp/big-100k.db`).

The book is copied first (the original is never written). A sample built before the
schema gained columns is brought up to the current models on the copy, the way the
unreleased version-1 schema is still allowed to change. Not a test: run it by hand
when the rules, the schedule columns or the calendar queries change.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator, migrate

from custbook import db, models


def bring_up_to_date(path: Path) -> list[str]:
    """Add the tables, columns and indexes the current models have and the copy lacks."""
    database = SqliteDatabase(str(path))
    models.database.initialize(database)
    added = []
    with database.atomic():
        database.create_tables(models.ALL_MODELS, safe=True)
        migrator = SqliteMigrator(database)
        for model in models.ALL_MODELS:
            table = model._meta.table_name
            have = {c.name for c in database.get_columns(table)}
            for field in model._meta.sorted_fields:
                if field.column_name not in have:
                    index, field.index = field.index, False  # indexes come next, all at once
                    try:
                        migrate(migrator.add_column(table, field.column_name, field))
                    finally:
                        field.index = index
                    added.append(f"{table}.{field.column_name}")
            model._schema.create_indexes(safe=True)
    database.close()
    models.database.initialize(None)
    return added


def _has_version(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'")
                    .fetchone())
    finally:
        conn.close()


def timed(label: str, work, repeat: int = 1):
    """Run `work` `repeat` times; print the median and return the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    median = statistics.median(times) * 1000
    spread = f" (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})" if repeat > 1 else ""
    print(f"  {label:<46} {median:9.1f} ms{spread}")
    return result


def statements_of(work) -> list[str]:
    """The SQL statements `work` runs, with their values in (sqlite3's trace callback)."""
    conn = models.database.connection()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def beside_plain_sql(label: str, work, path: Path, repeat: int = 15) -> None:
    """`work` beside its own SELECTs run by plain sqlite3 on the same file: the limit.

    The limit is what the statements cost with no Python around them (rows fetched, not
    turned into anything), so the ratio is the core's own overhead."""
    statements = statements_of(work)
    conn = sqlite3.connect(path)

    def plain():
        for sql in statements:
            conn.execute(sql).fetchall()

    times, limits = [], []
    for _ in range(repeat):  # alternating, so both see the same machine
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        plain()
        limits.append(time.perf_counter() - started)
    conn.close()
    best, median = min(times) * 1000, statistics.median(times) * 1000
    lbest, lmedian = min(limits) * 1000, statistics.median(limits) * 1000
    print(f"  {label:<46} best {best:6.1f} median {median:6.1f} ms; plain sqlite3 "
          f"({len(statements)} statements) best {lbest:5.1f} median {lmedian:5.1f}; "
          f"ratio (medians) {median / lmedian:4.2f}")


def main() -> int:
    """Copy the book, run the rules twice, then time the calendar's queries."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--keep", metavar="PATH", help="keep the worked copy here")
    parser.add_argument("--calendar-only", action="store_true",
                        help="skip the rule runs (a book the rules have already run on): "
                             "only the agenda and the month grid, each beside its own SQL")
    args = parser.parse_args()

    from custbook.calendar import calendar_days, reminder_rules, reminders
    from custbook.models import Customer, Purchase, Reminder

    with tempfile.TemporaryDirectory(prefix="custbook-bench-") as folder:
        path = Path(args.keep) if args.keep else Path(folder) / "book.db"
        shutil.copy(args.book, path)
        # a book with a schema version is upgraded by its migration steps when opened;
        # only a sample from before version 1 is brought up to the models by hand
        added = [] if _has_version(path) else bring_up_to_date(path)
        db.open_book(path)
        today = args.today or (Purchase.select(Purchase.purchased_on)
                               .order_by(Purchase.purchased_on.desc()).scalar()
                               + dt.timedelta(days=1))
        print(f"Book: {args.book} (copied), today = {today}")
        print(f"  {Customer.select().count():,} customers, {Purchase.select().count():,} "
              f"purchases, {Reminder.select().count():,} reminders; columns added: {len(added)}")
        if args.calendar_only:
            print(f"Calendar, {today} (targets: the agenda ≤ 50 ms, the month grid ≤ 100 ms):")
            beside_plain_sql("agenda(today): overdue, today, next 7 days",
                             lambda: reminders.agenda(today), path)
            for year, month in ((today.year, today.month), (today.year + 1, 2)):
                start, end = reminders.month_range(year, month)
                beside_plain_sql(f"day_counts(month grid {year}-{month:02})",
                                 lambda: calendar_days.day_counts(start, end, today), path)
            db.close_book()
            return 0
        print("Rules:")
        first = timed("run_rules, first run in this book", lambda: reminder_rules.run_rules(today))
        print(f"    created {first.created:,}, updated {first.updated:,}, "
              f"removed {first.removed:,}")
        again = timed("run_rules again the same day (nothing to do)",
                      lambda: reminder_rules.run_rules(today), repeat=3)
        print(f"    created {again.created:,}, updated {again.updated:,}, "
              f"removed {again.removed:,}")
        tomorrow = today + dt.timedelta(days=1)
        nxt = timed("run_rules the next day", lambda: reminder_rules.run_rules(tomorrow))
        print(f"    created {nxt.created:,}, updated {nxt.updated:,}, removed {nxt.removed:,}")
        busy = (Customer.select(Customer.id).where(Customer.purchase_count > 5)
                .order_by(Customer.id).first().id)
        timed("after_purchase_change(one customer)",
              lambda: reminder_rules.after_purchase_change(busy, tomorrow), repeat=5)
        print(f"  {Reminder.select().count():,} reminders now, "
              f"{Reminder.select().where(Reminder.next_on.is_null(False)).count():,} open")
        print("Calendar (target: under 200 ms each):")
        agenda = timed("agenda(today): overdue, today, next 7 days",
                       lambda: reminders.agenda(tomorrow), repeat=5)
        print(f"    overdue {agenda.overdue_total:,}, today {agenda.today_total:,}, next 7 days "
              f"{agenda.upcoming_total:,} (at most {len(agenda.today)} listed per section)")
        start, end = reminders.month_range(tomorrow.year, tomorrow.month)
        counts = timed("day_counts(six-week month grid)",
                       lambda: calendar_days.day_counts(start, end, tomorrow), repeat=5)
        print(f"    {sum(c.open_total for c in counts.values()):,} open, "
              f"{sum(c.done for c in counts.values()):,} done in the grid")
        feb = dt.date(tomorrow.year + 1, 2, 1)
        start2, end2 = reminders.month_range(feb.year, feb.month)
        timed("day_counts(a month with Spring Festival)",
              lambda: calendar_days.day_counts(start2, end2, tomorrow), repeat=5)
        week_start = tomorrow - dt.timedelta(days=tomorrow.weekday())
        week = timed("occurrences_between(this week, first 2,000)",
                     lambda: calendar_days.occurrences_between(
                         week_start, week_start + dt.timedelta(days=6), tomorrow, limit=2000),
                     repeat=5)
        print(f"    {len(week):,} items")
        timed("reminders_of(one customer) + next_reminder_on",
              lambda: (reminders.reminders_of(busy, tomorrow, include_done=True),
                       reminders.next_reminder_on(busy)), repeat=5)
        try:
            from custbook.paper import visit_sheet
        except ImportError:
            visit_sheet = None
        if visit_sheet is not None:
            pdf = Path(folder) / "visit.pdf"
            sheet = timed("visit sheet PDF for today (first 300 entries)",
                          lambda: visit_sheet.write_visit_sheet(pdf, tomorrow, tomorrow,
                                                                tomorrow, limit=300))
            print(f"    {sheet.entries} entries on {sheet.pages} pages, "
                  f"{pdf.stat().st_size // 1024} KB")
        db.close_book()
    return 0


if __name__ == "__main__":
    sys.exit(main())
