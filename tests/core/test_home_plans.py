"""Home's week figures are counted from indexes alone (issue 20, schema step 11): the
buyers per day from (purchased_on, customer_id), the visits from (contacted_at, kind,
customer_id), so the window's first paint does not read two weeks of purchases row by
row. Checked by SQLite's query plans of the statements week_figures runs (never by
timing), and by the figures themselves."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.sql_dialect import is_sqlite
from custbook.customers import customers
from custbook.models import ContactEntry, Purchase, database
from custbook.messages.due import todays_messages
from custbook.shop import home

TODAY = dt.date(2026, 11, 22)


def _statements(work) -> list[str]:
    """The SQL `work()` runs, with its values filled in (SQLite's trace)."""
    seen: list[str] = []
    conn = database.connection()
    conn.set_trace_callback(seen.append)
    try:
        work()
    finally:
        conn.set_trace_callback(None)
    return seen


# sqlite_stat1 of the 1,000,000-customer sample shop: what led SQLite astray there
BIG_SHOP_STATS = [
    ("customer", "customer_deleted_at", "1008678 1001"),
    ("customer", "customer_created_at", "1048393 1"),
    ("customer", "customer_last_purchase_on_figures", "2759400 667 667 667 667"),
    ("customer", "customer_total_spent_cents", "1585122 118"),
    ("reminder", "reminder_next_on_kind_customer_id_due_time", "120890 2418 983 1 1"),
    ("reminder", "reminder_customer_id", "119016 2"),
]


def _as_a_big_shop() -> None:
    """Give the planner the statistics of a big shop (an empty book has none)."""
    database.execute_sql("ANALYZE")
    database.execute_sql("DELETE FROM sqlite_stat1")
    for table, index, stat in BIG_SHOP_STATS:
        database.execute_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                             (table, index, stat))
    database.execute_sql("ANALYZE sqlite_schema")  # read them again


def _plan(sql: str) -> str:
    return "\n".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())


def test_week_figures_count_buyers_and_visits_from_indexes(book):
    ann = customers.save_customer({"name": "王芳"}, ["13800138000"])
    bo = customers.save_customer({"name": "李强"}, ["13900139000"])
    for who, day in ((ann, TODAY), (ann, TODAY), (bo, TODAY - dt.timedelta(days=2)),
                     (bo, TODAY - dt.timedelta(days=9))):
        Purchase.create(customer=who, purchased_on=day, amount_cents=1000)
    ContactEntry.create(customer=bo, kind="visit",  # a visit without buying counts too
                        contacted_at=dt.datetime.combine(TODAY, dt.time(15)))
    ContactEntry.create(customer=ann, kind="visit",  # bought the same day: counted once
                        contacted_at=dt.datetime.combine(TODAY, dt.time(11)))
    week = home.week_figures(TODAY)
    assert week.visits == 3 and week.visits_before == 1
    assert week.visits_per_day[-1] == 2 and week.visits_per_day[-3] == 1
    if not is_sqlite():
        pytest.skip("SQLite's plans")
    plans = [_plan(sql) for sql in _statements(lambda: home.week_figures(TODAY))
             if "purchase" in sql or "contact_entry" in sql or '"customer"' in sql]
    assert any("COVERING INDEX purchase_purchased_on_customer_id" in p for p in plans), plans
    assert any("COVERING INDEX contact_entry_contacted_at_kind_customer_id" in p
               for p in plans), plans
    assert not any("SCAN purchase" in p or "SCAN contact_entry" in p for p in plans), plans
    # new customers by their creation day, not by walking every customer not in the trash
    assert any("customer_created_at" in p for p in plans), plans
    assert not any("customer_deleted_at" in p for p in plans), plans


def test_slipping_away_reads_the_customers_of_its_window_only(book):
    """Through last_purchase_on's index, not deleted_at's (every customer not in the trash)."""
    if not is_sqlite():
        pytest.skip("SQLite's plans")
    _as_a_big_shop()
    plans = [_plan(sql) for sql in _statements(lambda: home.slipping_away(TODAY))
             if "FROM \"customer\"" in sql]
    assert plans and all("customer_last_purchase_on_figures" in p for p in plans), plans


def test_the_days_messages_start_from_the_days_reminders(book):
    """Home's "N still to send" reads the day's reminders through next_on's index; SQLite
    walked every customer not in the trash first (0.4 s at 1,000,000 customers)."""
    if not is_sqlite():
        pytest.skip("SQLite's plans")
    _as_a_big_shop()
    plans = [_plan(sql) for sql in _statements(lambda: todays_messages(TODAY))
             if '"reminder"' in sql]
    assert plans and not any("customer_deleted_at" in p for p in plans), plans
