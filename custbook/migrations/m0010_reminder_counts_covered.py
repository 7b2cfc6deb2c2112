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

from peewee import Database
from playhouse.migrate import SchemaMigrator

from custbook.migrations.index_swap import swap

INDEXES = {  # old index: (the one that replaces it, its table, its columns)
    "reminder_next_on_kind": ("reminder_next_on_kind_customer_id", "reminder",
                              ("next_on", "kind", "customer_id")),
    "reminder_repeat_year_day": ("reminder_repeat_year_day_pending_on", "reminder",
                                 ("repeat", "year_day", "pending_on")),
}


def apply(db: Database, migrator: SchemaMigrator) -> None:
    swap(db, INDEXES)  # statistics for the new ones too: index_swap says why
