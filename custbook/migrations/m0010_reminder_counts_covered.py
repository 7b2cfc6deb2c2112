"""Step 10: the calendar's counts read one index, not the reminders themselves.

Why: the month grid and the agenda count open reminders by day and kind, leaving out
customers in the trash (`customer_id NOT IN` the trashed). The index on (next_on, kind)
found the rows, but every one of them (100,000 in a six-week grid of a 100,000-customer
shop after the automatic rules) was then read from the table for its customer_id:
190 of the grid's 430 ms. The index now holds customer_id as well, so those counts are
answered from the index alone; it still serves every query the old one served (same
leading columns), so the old one is dropped.

Likewise the yearly series' index (repeat, year_day) gains pending_on: the grid's fast
path wants the series of the window's days still waiting on a day before the window,
and read every series of those days (~12,000 rows, 80 ms) to find none.
"""
from __future__ import annotations

from peewee import Database, SqliteDatabase
from playhouse.migrate import SchemaMigrator

INDEXES = {  # old index: the one that replaces it
    "reminder_next_on_kind": ('CREATE INDEX IF NOT EXISTS "reminder_next_on_kind_customer_id" '
                              'ON "reminder" ("next_on", "kind", "customer_id")'),
    "reminder_repeat_year_day": ('CREATE INDEX IF NOT EXISTS '
                                 '"reminder_repeat_year_day_pending_on" ON "reminder" '
                                 '("repeat", "year_day", "pending_on")'),
}


def apply(db: Database, migrator: SchemaMigrator) -> None:
    for old, new in INDEXES.items():
        db.execute_sql(new)
        db.execute_sql(f'DROP INDEX IF EXISTS "{old}"')
    if isinstance(db, SqliteDatabase) and db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        # A book with statistics (a sample shop) gets them for the new indexes too: without,
        # SQLite takes `repeat = 'none'` for a rare value and reads 150,000 one-off
        # reminders through the new index instead of a day's through done_at's.
        # (whole indexes: a sample of 1,000 rows saw one kind of repeat and counted 1,000
        # rows for each)
        db.execute_sql("PRAGMA analysis_limit = 0")
        for statement in INDEXES.values():
            db.execute_sql(f"ANALYZE {statement.split()[5]}")
