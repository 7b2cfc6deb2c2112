"""The contact-reminder agenda: what is overdue, due today, coming; and the calendar's days.

This module only reads. It answers "what should the shop do now" (the Today panel,
the CLI's `reminders`), "what falls on these days" (week view, agenda list, visit
sheet) and "how many of each kind per day" (the month grid). Open reminders are
found through their stored schedule (`custbook.calendar.reminder_schedule`); later
occurrences of a series are expanded from its rule, after an indexed pre-selection
of the yearly series whose month/day can fall in the window.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace

from peewee import JOIN, SQL, Case, NodeList, fn

from custbook import settings
from custbook.calendar import reminder_titles
from custbook.customers import phones
from custbook.models import Customer, CustomerPhone, Reminder
from custbook.sql_dialect import is_sqlite, plain_rows

# Kinds in the order the shop deals with them: promises first.
KIND_ORDER = ("complaint", "follow_up", "visit", "birthday", "anniversary", "holiday",
              "repurchase", "slipping", "custom")


@dataclass(frozen=True)
class Occurrence:
    """One reminder on one day, as every view shows it.

    `status` is "open" (waiting: can be done, snoozed), "later" (a later occurrence of a
    series: it can be skipped ahead of time) or "done".
    """

    reminder_id: int
    day: dt.date
    occurrence_on: dt.date
    title: str
    kind: str
    customer_id: int | None
    customer_name: str
    phone: str
    due_time: str = ""
    notes: str = ""
    repeat: str = "none"
    rule: str = ""
    status: str = "open"
    overdue: bool = False
    snoozed: bool = False
    lead_days: int = 0
    last_purchase_on: dt.date | None = None
    result: str = ""

    @property
    def is_series(self) -> bool:
        return self.repeat != "none"


# Kept for callers of the first version of this module.
AgendaItem = Occurrence


@dataclass(frozen=True)
class Agenda:
    """The Today panel: overdue (newest first), today, and the next days.

    Each list holds at most the `limit` asked for; the totals count them all.
    """

    overdue: list[Occurrence]
    today: list[Occurrence]
    upcoming: list[Occurrence]
    overdue_total: int = 0
    today_total: int = 0
    upcoming_total: int = 0


@dataclass
class DayCounts:
    """What the month grid shows for one day: open reminders by kind, and how many done."""

    by_kind: dict[str, int] = field(default_factory=dict)
    done: int = 0

    @property
    def open_total(self) -> int:
        return sum(self.by_kind.values())


@lru_cache(maxsize=4096)
def _phone(number: str | None) -> str:
    return phones.format_for_display(number) if number else ""


def _primary_phone():
    return (CustomerPhone.select(CustomerPhone.number)
            .where((CustomerPhone.customer == Customer.id) & CustomerPhone.is_primary)
            .limit(1))


def _base(*extra):
    """Reminders with their customer's name, phone and last purchase, trash left out."""
    return (Reminder
            .select(Reminder.id, Reminder.title, Reminder.kind, Reminder.customer,
                    Reminder.due_on, Reminder.due_time, Reminder.notes, Reminder.repeat,
                    Reminder.repeat_interval, Reminder.repeat_weekday, Reminder.repeat_nth,
                    Reminder.repeat_until, Reminder.feb29_on, Reminder.lunar_month,
                    Reminder.lunar_day, Reminder.lunar_leap, Reminder.rule, Reminder.rule_key,
                    Reminder.lead_days, Reminder.pending_on, Reminder.next_on, Reminder.result,
                    Reminder.year_day,
                    Customer.name.alias("customer_name"),
                    Customer.last_purchase_on.alias("last_purchase_on"),
                    _primary_phone().alias("phone"), *extra)
            .join(Customer, JOIN.LEFT_OUTER)
            .where(Customer.deleted_at.is_null()))


class _Row(SimpleNamespace):
    """A reminder as read for showing: its columns as attributes, `customer_id` included."""

    def __init__(self, row: dict):
        row["customer_id"] = row.pop("customer", None)
        super().__init__(**row)


class _Maker:
    """Turns query rows into Occurrences, reading the shop days setting once (and, for rows
    read through `read`, the family reminders' words at once: two queries, not one each)."""

    def __init__(self, today: dt.date):
        self.today = today
        self.shop_days = settings.get("rule_shop_days")
        self.family: reminder_titles.FamilyWords = {}
        self.read_keys: set[str] = set()

    def read(self, query) -> list:
        """The query's rows, the words of its family reminders read with them.

        Plain rows (a name per column, values converted as the fields convert them), not
        Reminder instances: making a model object per row, every field set through its
        descriptor, was most of the agenda's time (900 rows: ~45 of 63 ms at 100,000), and
        only the dates and booleans converted (`plain_rows`): peewee's `dicts()` sends every
        value through its field (~15 ms of 300 rows' 17)."""
        rows = [_Row(row) for row in plain_rows(query)]
        keys = {r.rule_key for r in rows if r.rule in reminder_titles.FAMILY and r.rule_key}
        self.family.update(reminder_titles.family_words(keys - self.read_keys))
        self.read_keys |= keys
        return rows

    def make(self, r, day: dt.date, occurrence_on: dt.date, status: str) -> Occurrence:
        title = reminder_titles.title(r.title, r.rule, r.rule_key, r.kind,
                                      (r.lunar_month, r.lunar_day, r.lunar_leap), self.shop_days,
                                      self.family if r.rule_key in self.read_keys else None)
        return Occurrence(
            r.id, day, occurrence_on, title, r.kind, r.customer_id,
            getattr(r, "customer_name", None) or "", _phone(getattr(r, "phone", None)),
            r.due_time or "",
            r.notes or "", r.repeat, r.rule or "", status,
            status == "open" and day < self.today,
            status == "open" and r.next_on is not None and r.next_on != r.pending_on,
            r.lead_days or 0, getattr(r, "last_purchase_on", None),
            getattr(r, "done_result", None) or r.result or "")

    def open_item(self, r) -> Occurrence:
        return self.make(r, r.next_on, r.pending_on or r.next_on, "open")


def _sort_key(item: Occurrence):
    kind = KIND_ORDER.index(item.kind) if item.kind in KIND_ORDER else len(KIND_ORDER)
    return (item.day, item.due_time or "99:99", kind, item.customer_name, item.reminder_id)


def _kind_rank():
    return Case(Reminder.kind, [(kind, i) for i, kind in enumerate(KIND_ORDER)], len(KIND_ORDER))


def not_trashed():
    """Reminders of no customer (the shop's) or of a customer not in the trash.

    Written as NOT IN (the few trashed customers) rather than a join, so counts over
    tens of thousands of reminders stay on the reminder indexes.
    """
    trashed = Customer.select(Customer.id).where(Customer.deleted_at.is_null(False))
    return Reminder.customer.is_null() | Reminder.customer.not_in(trashed)


def _count(condition) -> int:
    return Reminder.select().where(condition & not_trashed()).count()


def todays_first(today: dt.date, limit: int):
    """The ids of today's first `limit` reminders in the shop's order (kind, time of day).

    Picked from the reminders alone, then only those are joined with their customers:
    ordered by kind, today's thousands were each joined first (36 ms). Answered from the
    (next_on, kind, customer_id, due_time) index alone (schema step 13)."""
    return (Reminder.select(Reminder.id).where((Reminder.next_on == today) & not_trashed())
            .order_by(_kind_rank(), Reminder.due_time, Reminder.id).limit(limit))


def agenda(today: dt.date, days_ahead: int = 7, limit: int = 300) -> Agenda:
    """Open reminders: overdue (newest first), due today, and those of the next days.

    A reminder with `lead_days` shows among the coming ones from that many days before.
    Each list is cut at `limit` (today's promises and follow-ups first); the totals say
    how many there are. The queries follow the (next_on, kind) index, so a big shop's
    tens of thousands of open reminders cost no sorting.
    """
    maker = _Maker(today)
    horizon = today + dt.timedelta(days=days_ahead)
    overdue_q = (_base().where(Reminder.next_on < today)
                 .order_by(Reminder.next_on.desc()).limit(limit))
    today_q = _base().where(Reminder.id.in_(todays_first(today, limit)))
    soon = (Reminder.next_on > today) & (Reminder.next_on <= horizon)
    # shown lead days ahead. Found through the partial index reminder_show_on_early
    # (show_on < next_on, implied here): the planner would otherwise walk next_on's
    # index, every reminder after the horizon (~200 ms at 100,000 customers).
    after = NodeList((SQL("+"), Reminder.next_on), glue="") if is_sqlite() else Reminder.next_on
    early = ((Reminder.show_on <= today) & (after > horizon)
             & (Reminder.show_on < Reminder.next_on))
    soon_q = (_base().where(soon).order_by(Reminder.next_on, Reminder.kind, Reminder.id)
              .limit(limit))
    early_q = _base().where(early).limit(limit)  # few: no order, so show_on's index is used
    overdue = sorted((maker.open_item(r) for r in maker.read(overdue_q)),
                     key=lambda item: (-item.day.toordinal(), *_sort_key(item)[1:]))
    todays = sorted((maker.open_item(r) for r in maker.read(today_q)), key=_sort_key)
    upcoming = sorted([maker.open_item(r) for r in maker.read(soon_q)]
                      + [maker.open_item(r) for r in maker.read(early_q)], key=_sort_key)[:limit]
    return Agenda(
        overdue, todays, upcoming,
        len(overdue) if len(overdue) < limit else _count(Reminder.next_on < today),
        len(todays) if len(todays) < limit else _count(Reminder.next_on == today),
        len(upcoming) if len(upcoming) < limit else _count(soon) + _count(early))


def count_overdue(today: dt.date) -> int:
    """How many open reminders are past their day (customers in the trash left out)."""
    return _count(Reminder.next_on < today)


def due_summary(today: dt.date) -> dict[str, int]:
    """The counts for the summary shown when the app opens: overdue, today, by kind today."""
    rows = (Reminder.select(Reminder.kind, fn.COUNT(Reminder.id))
            .where((Reminder.next_on == today) & not_trashed())
            .group_by(Reminder.kind).tuples())
    summary = {f"today_{kind}": int(n) for kind, n in rows}
    summary["today"] = sum(summary.values())
    summary["overdue"] = count_overdue(today)
    return summary


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The six weeks a month grid shows for `month`, from the shop's first day of the week."""
    start = settings.week_start(dt.date(year, month, 1))
    return start, start + dt.timedelta(days=41)


def reminders_of(customer_id: int, today: dt.date, include_done: bool = False,
                 limit: int = 50) -> list[Occurrence]:
    """A customer's reminders for the card: open ones by day, then (optionally) done ones."""
    maker = _Maker(today)
    query = (_base().where((Reminder.customer == customer_id) & Reminder.next_on.is_null(False))
             .order_by(Reminder.next_on, Reminder.id).limit(limit))
    found = [maker.open_item(r) for r in maker.read(query)]
    if include_done:
        done = (_base(Reminder.done_at.alias("when"))
                .where((Reminder.customer == customer_id) & Reminder.done_at.is_null(False))
                .order_by(Reminder.done_at.desc()).limit(limit))
        found += [maker.make(r, r.when.date(), r.due_on, "done") for r in maker.read(done)]
    return found


def next_reminder_on(customer_id: int) -> dt.date | None:
    """The day of a customer's next open reminder (overdue ones included), or None."""
    return (Reminder.select(fn.MIN(Reminder.next_on))
            .where((Reminder.customer == customer_id) & Reminder.next_on.is_null(False)).scalar())


def occurrence(reminder_id: int, today: dt.date) -> Occurrence | None:
    """The waiting occurrence of one reminder (None when it is finished or not found)."""
    row = (_base().where((Reminder.id == reminder_id) & Reminder.next_on.is_null(False))
           .objects().first())
    return _Maker(today).open_item(row) if row is not None else None
