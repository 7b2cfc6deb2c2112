"""The people around a customer: family and other relations, and the days they keep.

A relation is a person (name, relation — spouse, child, parent, sibling, friend, other —,
a birthday solar or lunar, a phone, a note). When that person is a customer too, the
relation links to their card, both ways: linking 王芳's daughter to 李小美's card gives
李小美's card the reverse relation (mother: 王芳), and removing one removes the other.

Anniversaries are named yearly days of the customer (wedding, first visit, membership,
or any day), solar or lunar. Birthdays and anniversaries marked "remind" become yearly
reminders through the calendar's rule (`custbook.calendar.rules_family`), with the same
lunar and 29 February handling as customers' own birthdays.

Search: a family member's name and phone digits are part of the customer's search keys
(`custbook.customers.search`), so typing the daughter's name finds her mother's card.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from custbook import clock
from custbook.customers import phones, search
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerAnniversary, CustomerRelation, Reminder, database

RELATIONS = ("spouse", "child", "parent", "sibling", "friend", "other")
INVERSE = {"spouse": "spouse", "child": "parent", "parent": "child", "sibling": "sibling",
           "friend": "friend", "other": "other"}
ANNIVERSARY_KINDS = ("wedding", "first_visit", "membership", "other")
_CHUNK = 500


def relation_names() -> dict[str, str]:
    return {"spouse": QT_TRANSLATE_NOOP("Family", "Spouse"),
            "child": QT_TRANSLATE_NOOP("Family", "Child"),
            "parent": QT_TRANSLATE_NOOP("Family", "Parent"),
            "sibling": QT_TRANSLATE_NOOP("Family", "Brother or sister"),
            "friend": QT_TRANSLATE_NOOP("Family", "Friend"),
            "other": QT_TRANSLATE_NOOP("Family", "Other")}


def anniversary_names() -> dict[str, str]:
    return {"wedding": QT_TRANSLATE_NOOP("Family", "Wedding anniversary"),
            "first_visit": QT_TRANSLATE_NOOP("Family", "First visit"),
            "membership": QT_TRANSLATE_NOOP("Family", "Membership day"),
            "other": QT_TRANSLATE_NOOP("Family", "Other day")}


@dataclass(frozen=True)
class RelationRow:
    id: int
    customer_id: int
    name: str
    relation: str
    linked_id: int | None
    birthday_calendar: str
    birthday_month: int | None
    birthday_day: int | None
    birthday_leap: bool
    birth_year: int | None
    phone: str
    note: str
    remind: bool


@dataclass(frozen=True)
class AnniversaryRow:
    id: int
    customer_id: int
    kind: str
    name: str
    calendar: str
    month: int
    day: int
    leap: bool
    year: int | None
    note: str
    remind: bool

    def title(self) -> str:
        return self.name or anniversary_names().get(self.kind, self.kind)


def _relation_row(r: CustomerRelation) -> RelationRow:
    return RelationRow(r.id, r.customer_id, r.name, r.relation, r.linked_id, r.birthday_calendar,
                       r.birthday_month, r.birthday_day, bool(r.birthday_leap), r.birth_year,
                       r.phone, r.note, bool(r.remind))


def relations_of(customer_id: int) -> list[RelationRow]:
    return [_relation_row(r) for r in CustomerRelation.select()
            .where(CustomerRelation.customer == customer_id)
            .order_by(CustomerRelation.relation, CustomerRelation.id)]


def relation(relation_id: int) -> RelationRow | None:
    row = CustomerRelation.get_or_none(CustomerRelation.id == relation_id)
    return _relation_row(row) if row else None


def check_day(calendar: str, month: Any, day: Any, year: Any = None, field: str = "birthday"
              ) -> tuple[str, int | None, int | None]:
    """A yearly day as a card keeps it: ("", None, None) for none, else checked numbers."""
    if calendar in ("", None) and month in (None, "") and day in (None, ""):
        return "", None, None
    if calendar not in ("solar", "lunar"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Family", "Choose solar or lunar."))
    try:
        month, day = int(month), int(day)
    except (TypeError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Family", "A day needs both a month and a day.")) from None
    if calendar == "lunar":
        if not (1 <= month <= 12 and 1 <= day <= 30):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Family", "A lunar day has a month from 1 to 12 and a day from 1 to 30."))
        return calendar, month, day
    try:
        dt.date(int(year) if year else 2000, month, day)
    except (TypeError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Family", "{month}/{day} is not a date.").format(month=month, day=day)) from None
    return calendar, month, day


def _year(value: Any, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        year = 0
    if not 1900 <= year <= clock.today().year:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Family", "The year must be between 1900 and this year."))
    return year


def _customer_name(customer_id: int) -> str:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise ValidationError("linked", QT_TRANSLATE_NOOP(
            "Family", "That customer is no longer in the book."))
    return row.name


def save_relation(customer_id: int, data: dict[str, Any], relation_id: int | None = None) -> int:
    """Add or change a relation of a customer (and its reverse on a linked card); returns its id."""
    kind = data.get("relation") or "other"
    if kind not in RELATIONS:
        raise ValidationError("relation", QT_TRANSLATE_NOOP("Family", "Choose the relation."))
    linked = data.get("linked_id") or None
    if linked is not None:
        linked = int(linked)
        if linked == customer_id:
            raise ValidationError("linked", QT_TRANSLATE_NOOP(
                "Family", "A customer cannot be their own relation."))
    name = " ".join((data.get("name") or "").split())
    if linked is not None and not name:
        name = _customer_name(linked)
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Family", "Enter the person's name."))
    year = _year(data.get("birth_year"), "birthday")
    calendar, month, day = check_day(data.get("birthday_calendar") or "",
                                     data.get("birthday_month"), data.get("birthday_day"), year)
    phone_text = (data.get("phone") or "").strip()
    number = digits = ""
    if phone_text:
        parsed = phones.normalise(phone_text)
        number, digits = parsed.number, parsed.digits
    values = dict(name=name[:120], relation=kind, linked=linked, birthday_calendar=calendar,
                  birthday_month=month, birthday_day=day,
                  birthday_leap=bool(data.get("birthday_leap")) and calendar == "lunar",
                  birth_year=year, phone=number, phone_digits=digits,
                  note=(data.get("note") or "").strip(), remind=bool(data.get("remind", True)),
                  updated_at=clock.now_seconds())
    with database.atomic():
        owner_name = _customer_name(customer_id)
        old = None
        if relation_id is None:
            row = CustomerRelation.create(customer=customer_id, **values)
        else:
            row = CustomerRelation.get_or_none((CustomerRelation.id == relation_id)
                                               & (CustomerRelation.customer == customer_id))
            if row is None:
                raise ValidationError("relation", QT_TRANSLATE_NOOP(
                    "Family", "This relation is no longer on the card."))
            old = row.linked_id
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        if old is not None and old != linked:
            _drop_reverse(old, customer_id)
        if linked is not None:
            reverse = CustomerRelation.get_or_none((CustomerRelation.customer == linked)
                                                   & (CustomerRelation.linked == customer_id))
            if reverse is None:
                CustomerRelation.create(customer=linked, linked=customer_id, name=owner_name,
                                        relation=INVERSE[kind], remind=False,
                                        updated_at=clock.now_seconds())
            elif reverse.relation != INVERSE[kind]:
                reverse.relation = INVERSE[kind]
                reverse.updated_at = clock.now_seconds()
                reverse.save()
        search.index_customers([customer_id] + ([linked] if linked else []) +
                               ([old] if old else []))
    return row.id


def _drop_reverse(other_id: int, customer_id: int) -> None:
    reverse = [r.id for r in CustomerRelation.select(CustomerRelation.id).where(
        (CustomerRelation.customer == other_id) & (CustomerRelation.linked == customer_id))]
    if reverse:
        Reminder.delete().where(Reminder.rule_key.in_([f"fm:{i}" for i in reverse])
                                & Reminder.done_at.is_null()).execute()
        CustomerRelation.delete().where(CustomerRelation.id.in_(reverse)).execute()


def delete_relation(relation_id: int) -> None:
    """Remove a relation, its reverse on a linked card, and their open reminders."""
    with database.atomic():
        row = CustomerRelation.get_or_none(CustomerRelation.id == relation_id)
        if row is None:
            return
        Reminder.delete().where((Reminder.rule_key == f"fm:{relation_id}")
                                & Reminder.done_at.is_null()).execute()
        touched = [row.customer_id]
        if row.linked_id:
            _drop_reverse(row.linked_id, row.customer_id)
            touched.append(row.linked_id)
        row.delete_instance()
        search.index_customers(touched)


# ------------------------------------------------------------------ anniversaries

def _anniversary_row(r: CustomerAnniversary) -> AnniversaryRow:
    return AnniversaryRow(r.id, r.customer_id, r.kind, r.name, r.calendar, r.month, r.day,
                          bool(r.leap), r.year, r.note, bool(r.remind))


def anniversaries_of(customer_id: int) -> list[AnniversaryRow]:
    return [_anniversary_row(r) for r in CustomerAnniversary.select()
            .where(CustomerAnniversary.customer == customer_id)
            .order_by(CustomerAnniversary.month, CustomerAnniversary.day, CustomerAnniversary.id)]


def save_anniversary(customer_id: int, data: dict[str, Any],
                     anniversary_id: int | None = None) -> int:
    kind = data.get("kind") or "other"
    if kind not in ANNIVERSARY_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Family", "Choose which day it is."))
    name = " ".join((data.get("name") or "").split())
    if kind == "other" and not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Family", "Give the day a name."))
    year = _year(data.get("year"), "day")
    calendar, month, day = check_day(data.get("calendar") or "solar", data.get("month"),
                                     data.get("day"), year, field="day")
    if not calendar:
        raise ValidationError("day", QT_TRANSLATE_NOOP("Family", "Enter the day."))
    values = dict(kind=kind, name=name[:80], calendar=calendar, month=month, day=day,
                  leap=bool(data.get("leap")) and calendar == "lunar", year=year,
                  note=(data.get("note") or "").strip(), remind=bool(data.get("remind", True)),
                  updated_at=clock.now_seconds())
    with database.atomic():
        _customer_name(customer_id)
        if anniversary_id is None:
            return CustomerAnniversary.create(customer=customer_id, **values).id
        row = CustomerAnniversary.get_or_none((CustomerAnniversary.id == anniversary_id)
                                              & (CustomerAnniversary.customer == customer_id))
        if row is None:
            raise ValidationError("day", QT_TRANSLATE_NOOP(
                "Family", "This day is no longer on the card."))
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
        return row.id


def delete_anniversary(anniversary_id: int) -> None:
    with database.atomic():
        Reminder.delete().where((Reminder.rule_key == f"fa:{anniversary_id}")
                                & Reminder.done_at.is_null()).execute()
        CustomerAnniversary.delete().where(CustomerAnniversary.id == anniversary_id).execute()
