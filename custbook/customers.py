"""Creating, checking and listing customers.

Every change goes through here, inside one transaction, so the running figures and
the phone index never disagree with what the card shows. Validation raises
`ValidationError(field, message)` before anything is written.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from custbook import phones, settings
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerPhone, Tier, database

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TEXT_FIELDS = {
    "gender", "ethnicity", "wechat_id", "email", "address", "clothing_size", "shoe_size",
    "description", "occupation", "work_situation", "family", "personality",
    "spending_habits", "style_preferences", "hobbies", "lifestyle", "service_preference",
    "contact_preference", "contact_preference_note", "personal_values", "interest_topics",
    "source", "birthday_calendar",
}
_OTHER_FIELDS = {
    "birthday_month", "birthday_day", "birthday_leap", "birth_year", "birth_year_estimated",
    "accepts_promotions", "promotions_consent_on", "referred_by", "tier", "member_since",
}


def _check_birthday(data: dict[str, Any], today: dt.date) -> None:
    calendar = data.get("birthday_calendar", "")
    month, day = data.get("birthday_month"), data.get("birthday_day")
    if calendar not in ("", "solar", "lunar"):
        raise ValidationError("birthday_calendar", "solar/lunar")
    if not calendar:
        return
    if month is None or day is None:
        raise ValidationError("birthday", QT_TRANSLATE_NOOP(
            "Customer", "A birthday needs both a month and a day."))
    if calendar == "lunar":
        if not (1 <= month <= 12 and 1 <= day <= 30):
            raise ValidationError("birthday", QT_TRANSLATE_NOOP(
                "Customer", "A lunar birthday has a month from 1 to 12 and a day from 1 to 30."))
        return
    try:
        dt.date(data.get("birth_year") or 2000, month, day)
    except ValueError:
        raise ValidationError("birthday", QT_TRANSLATE_NOOP(
            "Customer", "{month}/{day} is not a date.").format(month=month, day=day)) from None


def validate(data: dict[str, Any], phone_texts: list[str], today: dt.date | None = None
             ) -> list[phones.Phone]:
    """Check a customer's fields; returns the normalised phones or raises ValidationError."""
    today = today or dt.date.today()
    if not (data.get("name") or "").strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Customer", "The name is required."))
    if len(data["name"].strip()) > 120:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Customer", "The name is too long."))
    email = (data.get("email") or "").strip()
    if email and not EMAIL_RE.match(email):
        raise ValidationError("email", QT_TRANSLATE_NOOP(
            "Customer", "“{email}” is not an e-mail address.").format(email=email))
    year = data.get("birth_year")
    if year is not None and not (1900 <= year <= today.year):
        raise ValidationError("birth_year", QT_TRANSLATE_NOOP(
            "Customer", "The birth year must be between 1900 and {year}.").format(year=today.year))
    _check_birthday(data, today)
    region = settings.get("phone_region")
    result: list[phones.Phone] = []
    for index, text in enumerate(t for t in phone_texts if t.strip()):
        phone = phones.normalise(text, region, field=f"phone{index}")
        if phone.number in {p.number for p in result}:
            continue
        result.append(phone)
    return result


def save_customer(data: dict[str, Any], phone_texts: list[str] | None = None,
                  customer_id: int | None = None) -> Customer:
    """Create (or update, with `customer_id`) a customer with its phones, in one transaction."""
    phone_texts = phone_texts or []
    normalised = validate(data, phone_texts)
    values = {k: v for k, v in data.items() if k in _TEXT_FIELDS | _OTHER_FIELDS}
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    values["name"] = data["name"].strip()
    now = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        if customer_id is None:
            customer = Customer.create(**values, created_at=now, updated_at=now)
        else:
            customer = Customer.get_by_id(customer_id)
            for key, value in values.items():
                setattr(customer, key, value)
            customer.updated_at = now
            customer.version += 1
            customer.save()
            CustomerPhone.delete().where(CustomerPhone.customer == customer).execute()
        for index, phone in enumerate(normalised):
            CustomerPhone.create(customer=customer, number=phone.number, digits=phone.digits,
                                 is_primary=index == 0)
    return customer


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list: what the table shows, nothing more."""

    id: int
    name: str
    phone: str
    tier: str
    last_visit_on: dt.date | None
    purchase_count: int
    total_spent_cents: int


# Sortable columns of the list, by key.
SORT_KEYS = {
    "name": Customer.name,
    "last_visit": Customer.last_visit_on,
    "purchases": Customer.purchase_count,
    "spent": Customer.total_spent_cents,
    "created": Customer.created_at,
}


def _list_query():
    primary = (CustomerPhone.select(CustomerPhone.number)
               .where((CustomerPhone.customer == Customer.id) & CustomerPhone.is_primary)
               .limit(1))
    return (Customer
            .select(Customer.id, Customer.name, primary.alias("phone"),
                    fn.COALESCE(Tier.name, "").alias("tier_name"), Customer.last_visit_on,
                    Customer.purchase_count, Customer.total_spent_cents)
            .join(Tier, JOIN.LEFT_OUTER)
            .where(Customer.deleted_at.is_null()))


def count_customers() -> int:
    """How many customers are in the book (not counting the trash)."""
    return Customer.select().where(Customer.deleted_at.is_null()).count()


def list_customers(offset: int, limit: int, sort: str = "name", descending: bool = False
                   ) -> list[CustomerRow]:
    """A page of the customer list, sorted by one of SORT_KEYS (ties broken by id)."""
    column = SORT_KEYS[sort]
    order = [column.desc(nulls="LAST") if descending else column.asc(nulls="LAST"),
             Customer.id]
    query = _list_query().order_by(*order).offset(offset).limit(limit)
    return [CustomerRow(r.id, r.name, phones.format_for_display(r.phone) if r.phone else "",
                        r.tier_name, r.last_visit_on, r.purchase_count, r.total_spent_cents)
            for r in query.objects()]
