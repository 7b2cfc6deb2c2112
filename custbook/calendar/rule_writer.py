"""What every automatic rule shares: the run's context and the writing of rule reminders.

A run is either full (every customer, every open rule reminder checked: the first
run in a book, after the rule settings changed, and once a week) or incremental
(only what can have changed since the last run: records edited since then, reasons
that came into view since then). Rules read with plain SQL through `rows()` because
a full run looks at 100,000 customers, and peewee's per-row conversions would
cost seconds there; dates come back as text from SQLite and as dates from
PostgreSQL, so `day()` accepts both.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from custbook import clock, settings
from custbook.calendar import recurrence, reminder_schedule
from custbook.models import Reminder, database

# The columns a rule reminder is written with, in the order of `Run._row`; the models'
# defaults are Python-side, so every NOT NULL column is named.
_COLUMNS = ("customer_id", "title", "kind", "due_on", "lead_days", "repeat", "lunar_month",
            "lunar_day", "lunar_leap", "rule", "rule_key", "purchase_id", "pending_on",
            "next_on", "show_on", "year_day", "created_at", "updated_at", "due_time", "notes",
            "repeat_interval", "outcome", "feb29_on", "result")


@dataclass
class RuleReport:
    """What a rule run changed."""

    created: int = 0
    updated: int = 0
    removed: int = 0
    full: bool = False
    seconds: float = 0.0


@dataclass(frozen=True)
class Want:
    """A reminder a rule wants to exist, named by its unique key."""

    key: str
    rule: str
    kind: str
    customer_id: int
    due_on: dt.date
    lead_days: int = 0
    repeat: str = "none"
    lunar: tuple[int, int, bool] | None = None
    purchase_id: int | None = None


def day(value) -> dt.date | None:
    """A date from a raw SQL value (ISO text in SQLite, a date in PostgreSQL)."""
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def rows(sql: str, params: tuple | list = ()) -> list[tuple]:
    """Run a read query written with ? placeholders; plain tuples back."""
    return database.execute_sql(sql.replace("?", database.param), tuple(params)).fetchall()


def execute(sql: str, params: tuple | list = ()) -> int:
    """Run a writing statement written with ? placeholders; returns the rows it touched."""
    return database.execute_sql(sql.replace("?", database.param), tuple(params)).rowcount


def chunks(items: list, size: int = 900):
    """Slices small enough for an IN (...) list on every database."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


@dataclass
class Run:
    """One rule run: the day, what to look at, and what it changed."""

    today: dt.date
    report: RuleReport
    full: bool = True
    grace: int = 0  # reasons this many days old still make their reminder
    since: dt.datetime | None = None  # the last run's moment (incremental runs)
    last_day: dt.date | None = None  # the last run's day (incremental runs)
    customer_id: int | None = None  # only this customer (after a change to them)
    cfg: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.cfg:
            self.cfg = {k: settings.get(k) for k in settings.DEFAULTS if k.startswith("rule_")}
        self.feb29 = reminder_schedule.feb29_setting()
        self.stamp = clock.now_seconds().isoformat(" ")

    # --- filters shared by the rules
    def only_customer(self, column: str) -> tuple[str, list]:
        """An extra "AND column = ?" when the run is for one customer."""
        if self.customer_id is None:
            return "", []
        return f" AND {column} = ?", [self.customer_id]

    def touched_customers(self, column: str) -> tuple[str, list]:
        """An extra condition keeping customers whose card or figures changed since the
        last run (incremental runs): edited, bought or visited lately."""
        if self.customer_id is not None:
            return self.only_customer(column)
        if self.full or self.since is None or self.last_day is None:
            return "", []
        recent = (self.last_day - dt.timedelta(days=self.grace + 1)).isoformat()
        condition = (f' AND {column} IN (SELECT id FROM "customer" WHERE updated_at >= ? '
                     "OR last_purchase_on >= ? OR last_visit_on >= ?)")
        return condition, [self.since.isoformat(" "), recent, recent]

    def changed_since(self, column: str) -> tuple[str, list]:
        """An extra condition keeping rows changed since the last run (incremental runs)."""
        if self.full or self.since is None:
            return "", []
        return f" AND {column} >= ?", [self.since.isoformat(" ")]

    # --- writing
    def _row(self, want: Want) -> tuple | None:
        lunar_m, lunar_d, leap = want.lunar or (None, None, False)
        rule = recurrence.Rule(want.repeat, want.due_on, lunar_month=lunar_m, lunar_day=lunar_d,
                               lunar_leap=leap, feb29=self.feb29)
        pending = reminder_schedule.first_pending(rule, self.today)
        if pending is None:
            return None
        if want.repeat == "yearly":
            year_day = want.due_on.month * 100 + want.due_on.day
            year_day = None if year_day == 229 else year_day  # see year_day_of
        else:
            year_day = lunar_m * 100 + lunar_d if lunar_m else None
        show = pending - dt.timedelta(days=want.lead_days)
        return (want.customer_id, "", want.kind, want.due_on.isoformat(), want.lead_days,
                want.repeat, lunar_m, lunar_d, leap, want.rule, want.key, want.purchase_id,
                pending.isoformat(), pending.isoformat(), show.isoformat(), year_day,
                self.stamp, self.stamp, "", "", 1, "", "", "")

    def insert(self, wants: list[Want]) -> None:
        """Add the wanted reminders whose key is new; a key already there is left alone."""
        new = [row for row in map(self._row, wants) if row is not None]
        if not new:
            return
        marks = ", ".join([database.param] * len(_COLUMNS))
        sql = (f'INSERT INTO "reminder" ({", ".join(_COLUMNS)}) VALUES ({marks}) '
               "ON CONFLICT DO NOTHING")
        cursor = database.cursor()
        for part in chunks(new, 1000):
            before = database.connection().total_changes if hasattr(
                database.connection(), "total_changes") else None
            cursor.executemany(sql, part)
            if before is not None:
                self.report.created += database.connection().total_changes - before
            else:
                self.report.created += max(cursor.rowcount, 0)

    def remove(self, ids: list[int]) -> None:
        """Delete open rule reminders whose reason is gone (done ones are history)."""
        for part in chunks(ids):
            self.report.removed += (Reminder.delete()
                                    .where(Reminder.id.in_(part) & Reminder.done_at.is_null())
                                    .execute())

    def remove_where(self, condition_sql: str, params: list) -> None:
        """Delete open rule reminders picked by an SQL condition on reminder `r`."""
        self.report.removed += execute(
            'DELETE FROM "reminder" WHERE id IN (SELECT r.id FROM "reminder" r '
            f"WHERE r.done_at IS NULL AND {condition_sql})", params)

    def move(self, reminder_id: int, **fields) -> None:
        """Change what a rule reminder is due on (its reason moved) and reschedule it."""
        reminder = Reminder.get_by_id(reminder_id)
        for name, value in fields.items():
            setattr(reminder, name, value)
        reminder_schedule.schedule(reminder, self.today, keep_snooze=True)
        reminder.save()
        self.report.updated += 1
