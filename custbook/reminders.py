"""The contact-reminder agenda: what is overdue, what is due today, what comes next.

Repeating reminders and the automatic rules are described in `custbook.models.Reminder`;
this module answers "what should the shop do now", which the Calendar page and the
Today panel show.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from custbook import phones
from custbook.models import Customer, CustomerPhone, Reminder


@dataclass(frozen=True)
class AgendaItem:
    """One reminder as the agenda shows it: when, what, for whom."""

    id: int
    due_on: dt.date
    title: str
    kind: str
    customer_id: int | None
    customer_name: str
    phone: str
    overdue: bool


@dataclass(frozen=True)
class Agenda:
    overdue: list[AgendaItem]
    today: list[AgendaItem]
    upcoming: list[AgendaItem]


def agenda(today: dt.date, days_ahead: int = 7, overdue_limit: int = 500) -> Agenda:
    """Open one-off reminders: overdue (newest first), due today, and the next days."""
    horizon = today + dt.timedelta(days=days_ahead)
    primary = (CustomerPhone.select(CustomerPhone.number)
               .where((CustomerPhone.customer == Customer.id) & CustomerPhone.is_primary)
               .limit(1))
    base = (Reminder
            .select(Reminder.id, Reminder.due_on, Reminder.title, Reminder.kind,
                    Reminder.customer, Customer.name.alias("customer_name"),
                    primary.alias("phone"))
            .join(Customer, JOIN.LEFT_OUTER)
            .where(Reminder.done_at.is_null() & (Reminder.repeat == "none")
                   & (Customer.deleted_at.is_null())))

    def items(query) -> list[AgendaItem]:
        return [AgendaItem(r.id, r.due_on, r.title, r.kind, r.customer_id,
                           r.customer_name or "", phones.format_for_display(r.phone)
                           if r.phone else "", r.due_on < today)
                for r in query.objects()]

    return Agenda(
        overdue=items(base.where(Reminder.due_on < today)
                      .order_by(Reminder.due_on.desc(), Reminder.id).limit(overdue_limit)),
        today=items(base.where(Reminder.due_on == today).order_by(Reminder.id)),
        upcoming=items(base.where((Reminder.due_on > today) & (Reminder.due_on <= horizon))
                       .order_by(Reminder.due_on, Reminder.id)),
    )


def count_overdue(today: dt.date) -> int:
    """How many open one-off reminders are past their day."""
    return (Reminder.select().where(Reminder.done_at.is_null() & (Reminder.repeat == "none")
                                    & (Reminder.due_on < today)).count())
