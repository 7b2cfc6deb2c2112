"""Writing down how satisfied a customer said they were: after a purchase, a call, a complaint.

The seed practice is a quick question — satisfied, neutral or dissatisfied? — asked
after a sale, on the follow-up call and when a complaint is settled; some shops add a
1–5 score and "would you recommend us, 0–10". Every way in (the card, the calendar's
Done, the complaint's result step) goes through `record` here, so the same checks
hold everywhere and the reports (`custbook.loyalty.satisfaction`) count clean data.

A record made by a complaint's result step is that complaint's result: it is
changed or removed on the complaint, never from the card, so the two cannot
disagree. Like purchases and the contact log, these records are not in the card's
audit trail (that trail follows the card's own fields).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from custbook import changes, clock, vocab
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint,
    ComplaintCategory,
    Customer,
    Purchase,
    SatisfactionRecord,
    Staff,
    database,
)
from custbook.sql_dialect import as_date
from custbook.shop import words

SUBJECTS = ("purchase", "follow_up", "complaint", "other")
MAX_COMMENT = 2000
_EDITABLE = ("rating", "subject", "on", "score", "recommend", "comment", "staff_id",
             "purchase_id")


def subjects() -> dict[str, str]:
    """What a rating can be about, in the user's language."""
    return {"purchase": QT_TRANSLATE_NOOP("Satisfaction", "Purchase"),
            "follow_up": QT_TRANSLATE_NOOP("Satisfaction", "Follow-up call"),
            "complaint": QT_TRANSLATE_NOOP("Satisfaction", "Complaint"),
            "other": QT_TRANSLATE_NOOP("Satisfaction", "Other")}


@dataclass(frozen=True)
class SatisfactionRow:
    """One record as the card's Satisfaction tab lists it."""

    id: int
    customer_id: int | None
    recorded_on: dt.date
    subject: str
    purchase_id: int | None
    purchase_on: dt.date | None
    purchase_items: str
    purchase_cents: int | None
    complaint_id: int | None
    complaint_on: dt.date | None
    complaint_category: str
    rating: str
    score: int | None
    recommend: int | None
    comment: str
    staff_id: int | None
    staff_name: str

    @property
    def from_complaint(self) -> bool:
        """Written by a complaint's result step (changed there, not on the card)."""
        return self.subject == "complaint" and self.complaint_id is not None


def _error(field: str, text: str) -> ValidationError:
    return ValidationError(field, text)


def _whole(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return -1  # never a score: fails the range check below
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return -1


def check_rating(rating: Any, score: Any = None, recommend: Any = None
                 ) -> tuple[str, int | None, int | None]:
    """The rating, 1–5 score and 0–10 recommend answer, checked; or ValidationError(field)."""
    if rating not in vocab.ratings():
        raise _error("rating", QT_TRANSLATE_NOOP(
            "Satisfaction", "Choose whether the customer was satisfied, neutral or "
                            "dissatisfied."))
    clean_score, clean_recommend = _whole(score), _whole(recommend)
    if clean_score is not None and not 1 <= clean_score <= 5:
        raise _error("score", QT_TRANSLATE_NOOP(
            "Satisfaction", "The score is a whole number from 1 to 5, or none."))
    if clean_recommend is not None and not 0 <= clean_recommend <= 10:
        raise _error("recommend", QT_TRANSLATE_NOOP(
            "Satisfaction", "“Would recommend us” is a whole number from 0 to 10, or none."))
    return rating, clean_score, clean_recommend


def _check_day(on: Any, today: dt.date | None) -> dt.date:
    if isinstance(on, dt.datetime):
        on = on.date()
    if not isinstance(on, dt.date):
        raise _error("recorded_on", QT_TRANSLATE_NOOP(
            "Satisfaction", "Choose the day the customer said it."))
    limit = today or clock.today()
    if on > limit:
        raise _error("recorded_on", QT_TRANSLATE_NOOP(
            "Satisfaction", "{day} is in the future: record what the customer has already "
                            "said.").format(day=on.isoformat()))
    if on.year < 1900:
        raise _error("recorded_on", QT_TRANSLATE_NOOP(
            "Satisfaction", "{day} is too long ago.").format(day=on.isoformat()))
    return on


def _check_staff(staff_id: Any) -> int | None:
    if staff_id in (None, "", 0):
        return None
    if Staff.get_or_none(Staff.id == staff_id) is None:
        raise _error("staff", QT_TRANSLATE_NOOP(
            "Satisfaction", "That member of staff is no longer in the book."))
    return int(staff_id)


def _check_links(customer_id: int | None, subject: str, purchase_id: Any,
                 complaint_id: Any) -> tuple[int | None, int | None]:
    if subject not in SUBJECTS:
        raise _error("subject", QT_TRANSLATE_NOOP(
            "Satisfaction", "Choose what the rating is about."))
    purchase_id = purchase_id or None
    complaint_id = complaint_id or None
    if subject == "purchase" and purchase_id is None:
        raise _error("purchase", QT_TRANSLATE_NOOP(
            "Satisfaction", "Choose the purchase the customer is rating."))
    if purchase_id is not None:
        purchase = Purchase.get_or_none(Purchase.id == purchase_id)
        if purchase is None or purchase.customer_id != customer_id:
            raise _error("purchase", QT_TRANSLATE_NOOP(
                "Satisfaction", "That purchase is not one of this customer's."))
    if complaint_id is not None:
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None or complaint.customer_id != customer_id:
            raise _error("complaint", QT_TRANSLATE_NOOP(
                "Satisfaction", "That complaint is not one of this customer's."))
    elif subject == "complaint":
        raise _error("complaint", QT_TRANSLATE_NOOP(
            "Satisfaction", "A rating about a complaint is recorded in the complaint's "
                            "result step."))
    return (int(purchase_id) if purchase_id is not None else None,
            int(complaint_id) if complaint_id is not None else None)


def _check_comment(comment: Any) -> str:
    text = (comment or "").strip()
    if len(text) > MAX_COMMENT:
        raise _error("comment", QT_TRANSLATE_NOOP(
            "Satisfaction", "The comment is too long (at most {count} characters).").format(
                count=MAX_COMMENT))
    return text


def _check_customer(customer_id: Any, subject: str) -> int | None:
    if customer_id is None and subject == "complaint":
        return None  # a walk-in's complaint: the record joins a card when it is linked
    if customer_id is None or Customer.get_or_none(Customer.id == customer_id) is None:
        raise _error("customer", QT_TRANSLATE_NOOP(
            "Satisfaction", "That customer is not in the book (any more)."))
    return int(customer_id)


@changes.reports(changes.SATISFACTION)
def record(customer_id: int | None, rating: str, *, subject: str, on: dt.date,
           score: int | None = None, recommend: int | None = None, comment: str = "",
           staff_id: int | None = None, purchase_id: int | None = None,
           complaint_id: int | None = None, today: dt.date | None = None) -> int:
    """Write one satisfaction record; returns its id (ValidationError names the field).

    `today` is the last day a record may carry (the PC's date if not given).
    """
    rating, score, recommend = check_rating(rating, score, recommend)
    day = _check_day(on, today)
    text = _check_comment(comment)
    with database.atomic():
        customer = _check_customer(customer_id, subject)
        purchase, complaint = _check_links(customer, subject, purchase_id, complaint_id)
        created = SatisfactionRecord.create(
            customer=customer, recorded_on=day, subject=subject, purchase=purchase,
            complaint=complaint, rating=rating, score=score, recommend=recommend,
            comment=text, staff=_check_staff(staff_id))
    return created.id


def _existing(record_id: int, from_complaint: bool) -> SatisfactionRecord:
    found = SatisfactionRecord.get_or_none(SatisfactionRecord.id == record_id)
    if found is None:
        raise _error("record", QT_TRANSLATE_NOOP(
            "Satisfaction", "This satisfaction record is no longer in the book."))
    if found.subject == "complaint" and found.complaint_id is not None and not from_complaint:
        raise _error("complaint", QT_TRANSLATE_NOOP(
            "Satisfaction", "This rating is the result of a complaint: change it in the "
                            "complaint's result step."))
    return found


@changes.reports(changes.SATISFACTION)
def update(record_id: int, *, today: dt.date | None = None, from_complaint: bool = False,
           **fields: Any) -> None:
    """Change a record (any of rating, subject, on, score, recommend, comment, staff_id,
    purchase_id); the whole record is checked again as if it were new.

    Only the complaint's own result step (`from_complaint=True`) changes the record it
    wrote.
    """
    unknown = set(fields) - set(_EDITABLE) - ({"complaint_id"} if from_complaint else set())
    if unknown:
        raise TypeError(f"unknown satisfaction fields: {', '.join(sorted(unknown))}")
    with database.atomic():
        found = _existing(record_id, from_complaint)
        rating, score, recommend = check_rating(
            fields.get("rating", found.rating), fields.get("score", found.score),
            fields.get("recommend", found.recommend))
        subject = fields.get("subject", found.subject)
        day = (_check_day(fields["on"], today) if "on" in fields else found.recorded_on)
        text = _check_comment(fields.get("comment", found.comment))
        purchase, complaint = _check_links(
            found.customer_id, subject, fields.get("purchase_id", found.purchase_id),
            fields.get("complaint_id", found.complaint_id))
        staff = (_check_staff(fields["staff_id"]) if "staff_id" in fields
                 else found.staff_id)
        SatisfactionRecord.update(
            recorded_on=day, subject=subject, purchase=purchase, complaint=complaint,
            rating=rating, score=score, recommend=recommend, comment=text, staff=staff,
        ).where(SatisfactionRecord.id == found.id).execute()


@changes.reports(changes.SATISFACTION)
def delete(record_id: int, *, from_complaint: bool = False) -> None:
    """Delete a record entered by mistake (a complaint's result is cleared on the complaint)."""
    with database.atomic():
        _existing(record_id, from_complaint).delete_instance()


def _query():
    return (SatisfactionRecord
            .select(SatisfactionRecord, Staff.name.alias("staff_name"),
                    Purchase.purchased_on.alias("purchase_on"),
                    Purchase.items.alias("purchase_items"),
                    Purchase.amount_cents.alias("purchase_cents"),
                    Complaint.received_at.alias("complaint_at"),
                    ComplaintCategory.name.alias("category_name"))
            .join(Staff, JOIN.LEFT_OUTER, on=(SatisfactionRecord.staff == Staff.id))
            .switch(SatisfactionRecord)
            .join(Purchase, JOIN.LEFT_OUTER, on=(SatisfactionRecord.purchase == Purchase.id))
            .switch(SatisfactionRecord)
            .join(Complaint, JOIN.LEFT_OUTER, on=(SatisfactionRecord.complaint == Complaint.id))
            .join(ComplaintCategory, JOIN.LEFT_OUTER,
                  on=(Complaint.category == ComplaintCategory.id)))


def _row(s: SatisfactionRecord) -> SatisfactionRow:
    return SatisfactionRow(
        s.id, s.customer_id, as_date(s.recorded_on), s.subject, s.purchase_id,
        as_date(s.purchase_on), s.purchase_items or "", s.purchase_cents, s.complaint_id,
        as_date(s.complaint_at), words.show_category(s.category_name), s.rating, s.score, s.recommend,
        s.comment or "", s.staff_id, s.staff_name or "")


def for_customer(customer_id: int) -> list[SatisfactionRow]:
    """A customer's satisfaction records, newest first."""
    query = (_query().where(SatisfactionRecord.customer == customer_id)
             .order_by(SatisfactionRecord.recorded_on.desc(), SatisfactionRecord.id.desc()))
    return [_row(s) for s in query.objects()]


def get(record_id: int) -> SatisfactionRow:
    """One record by id (ValidationError if it is gone)."""
    found = _query().where(SatisfactionRecord.id == record_id).objects().first()
    if found is None:
        raise _error("record", QT_TRANSLATE_NOOP(
            "Satisfaction", "This satisfaction record is no longer in the book."))
    return _row(found)


@dataclass(frozen=True)
class CustomerSummary:
    """What a customer's records add up to, for the line above the card's list."""

    counts: dict[str, int]  # rating -> records
    average_score: float | None
    average_recommend: float | None

    @property
    def total(self) -> int:
        """Records in all."""
        return sum(self.counts.values())


def summary(rows: list[SatisfactionRow]) -> CustomerSummary:
    """Count the ratings and average the score and recommend answers of `rows`."""
    counts = {code: 0 for code in vocab.ratings()}
    for row in rows:
        counts[row.rating] = counts.get(row.rating, 0) + 1
    scores = [r.score for r in rows if r.score is not None]
    recommends = [r.recommend for r in rows if r.recommend is not None]
    return CustomerSummary(counts, round(sum(scores) / len(scores), 1) if scores else None,
                           round(sum(recommends) / len(recommends), 1) if recommends else None)
