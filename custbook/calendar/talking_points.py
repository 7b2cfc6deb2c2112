"""What to have in mind before calling a customer: who, how to reach them, what they
bought last, and talking points from their profile (hobbies, tastes, family, the last
complaint), for the Calendar's detail pane and the printed visit sheet.

Everything is read for many customers at once (a visit sheet can hold hundreds), in a
handful of queries.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from custbook import clock, money, vocab
from custbook.calendar import lunar, recurrence
from custbook.customers import phones
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint,
    ComplaintCategory,
    Customer,
    CustomerPhone,
    Purchase,
    Tier,
)
from custbook.shop import words as shop_words

POINT_LENGTH = 90


@dataclass(frozen=True)
class CustomerBrief:
    """A customer as a caller needs them: reachable, remembered, with things to talk about."""

    customer_id: int
    name: str
    phones: tuple[str, ...] = ()
    tier: str = ""
    last_purchase_on: dt.date | None = None
    last_purchase_items: str = ""
    last_purchase_cents: int | None = None
    points: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def phone(self) -> str:
        return self.phones[0] if self.phones else ""

    def last_purchase_text(self) -> str:
        """The last purchase in one line: day, what, how much."""
        if self.last_purchase_on is None:
            return QT_TRANSLATE_NOOP("TalkingPoints", "No purchase yet")
        parts = [self.last_purchase_on.isoformat()]
        if self.last_purchase_items:
            parts.append(_short(self.last_purchase_items, 40))
        if self.last_purchase_cents is not None:
            parts.append(money.format_cents(self.last_purchase_cents))
        return " · ".join(parts)


def _short(text: str, length: int = POINT_LENGTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def _labels() -> dict[str, str]:
    return {
        "style_preferences": QT_TRANSLATE_NOOP("TalkingPoints", "Likes"),
        "hobbies": QT_TRANSLATE_NOOP("TalkingPoints", "Hobbies"),
        "family": QT_TRANSLATE_NOOP("TalkingPoints", "Family"),
        "interest_topics": QT_TRANSLATE_NOOP("TalkingPoints", "Interests"),
        "occupation": QT_TRANSLATE_NOOP("TalkingPoints", "Work"),
        "service_preference": QT_TRANSLATE_NOOP("TalkingPoints", "Likes to be served"),
        "contact_preference_note": QT_TRANSLATE_NOOP("TalkingPoints", "How to reach"),
    }


def _birthday_point(c, today: dt.date) -> str | None:
    if c.birthday_calendar not in ("solar", "lunar") or not c.birthday_month or not c.birthday_day:
        return None
    if c.birthday_calendar == "lunar":
        when = lunar.next_on_or_after(c.birthday_month, c.birthday_day, bool(c.birthday_leap),
                                      today)
        said = lunar.label(c.birthday_month, c.birthday_day, bool(c.birthday_leap))
    else:
        try:
            anchor = dt.date(2000, c.birthday_month, c.birthday_day)
        except ValueError:
            return None
        when = recurrence.first_on_or_after(recurrence.Rule("yearly", anchor), today)
        said = f"{c.birthday_month}/{c.birthday_day}"
    if when is None or (when - today).days > 30:
        return None
    return QT_TRANSLATE_NOOP("TalkingPoints", "{date}, next on {when}").format(
        date=said, when=when.isoformat())


def briefs(customer_ids: list[int], today: dt.date | None = None) -> dict[int, CustomerBrief]:
    """Briefs of these customers, by id (customers not found are left out)."""
    today = today or clock.today()
    ids = sorted({i for i in customer_ids if i is not None})
    found: dict[int, CustomerBrief] = {}
    for start in range(0, len(ids), 500):
        found.update(_briefs(ids[start:start + 500], today))
    return found


def brief(customer_id: int, today: dt.date | None = None) -> CustomerBrief | None:
    """The brief of one customer, or None."""
    return briefs([customer_id], today).get(customer_id)


def _briefs(ids: list[int], today: dt.date) -> dict[int, CustomerBrief]:
    people = {c.id: c for c in (Customer.select(Customer, Tier.name.alias("tier_name"))
                                .join(Tier, JOIN.LEFT_OUTER).where(Customer.id.in_(ids))
                                .objects())}
    numbers: dict[int, list[str]] = {}
    for cid, number in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.number)
                        .where(CustomerPhone.customer.in_(ids))
                        .order_by(CustomerPhone.customer, CustomerPhone.is_primary.desc(),
                                  CustomerPhone.id).tuples()):
        numbers.setdefault(cid, []).append(phones.format_for_display(number))
    last = {}
    latest = (Purchase.select(Purchase.customer, Purchase.items, Purchase.amount_cents)
              .join(Customer, on=(Customer.id == Purchase.customer))
              .where(Purchase.customer.in_(ids)
                     & (Purchase.purchased_on == Customer.last_purchase_on))
              .order_by(Purchase.id))
    for cid, items, cents in latest.tuples():
        last[cid] = (items, cents)
    complaints: dict[int, str] = {}
    category_names = shop_words.category_labels()
    for cid, received, category, status, words in (
            Complaint.select(Complaint.customer, Complaint.received_at,
                             fn.COALESCE(ComplaintCategory.name, ""), Complaint.status,
                             Complaint.customer_words)
            .join(ComplaintCategory, JOIN.LEFT_OUTER)
            .where(Complaint.customer.in_(ids)).order_by(Complaint.received_at).tuples()):
        status_name = vocab.complaint_statuses().get(status, status)
        category = category_names.get(category, category)
        text = " · ".join(p for p in (category, status_name, _short(words, 50)) if p)
        complaints[cid] = f"{received:%Y-%m-%d}: {text}"
    labels = _labels()
    result = {}
    for cid, c in people.items():
        points = []
        for name, label in labels.items():
            value = getattr(c, name, "") or ""
            if value.strip():
                points.append((label, _short(value)))
        birthday = _birthday_point(c, today)
        if birthday:
            points.insert(0, (QT_TRANSLATE_NOOP("TalkingPoints", "Birthday"), birthday))
        if cid in complaints:
            points.append((QT_TRANSLATE_NOOP("TalkingPoints", "Last complaint"), complaints[cid]))
        items, cents = last.get(cid, ("", None))
        result[cid] = CustomerBrief(cid, c.name, tuple(numbers.get(cid, ())),
                                    shop_words.show_tier(c.tier_name),
                                    c.last_purchase_on, items or "", cents, tuple(points))
    return result
