"""Changing a complaint: log it, record its steps, close, reopen, link it to a card.

Every function is one user action in one transaction: it checks what it was given
(raising `ValidationError(field, message)` before anything is written), writes the
complaint, derives its status and first-response time from the steps, keeps the
calendar's follow-up reminder in line with the follow-up step, and records the
customer's satisfaction when the result step is written.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from custbook import changes, clock, money, settings, vocab
from custbook.customers import customers, phones
from custbook.loyalty import satisfaction_records
from custbook.complaints.steps import (
    STEP_BY,
    STEP_FIELDS,
    compensation_kinds,
    derive_status,
    faults,
    first_response_at,
    follow_up_pending,
    promise_state,
)
from custbook.complaints.reminder import sync_follow_up_reminder
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint, ComplaintCategory, Customer, Purchase, Reminder, SatisfactionRecord, Staff,
    database,
)

HEADER_FIELDS = ("customer", "walk_in_name", "walk_in_phone", "received_at", "channel",
                 "purchase", "category", "severity", "customer_words", "staff")
_GRACE = dt.timedelta(minutes=5)  # a PC clock a little behind the till's is not "the future"
MAX_COMPENSATION_CENTS = 10_000_000_00  # ten million yuan: beyond that it is a typing slip


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or clock.now()).replace(microsecond=0)


def _get(complaint_id: int) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise ValidationError("complaint", QT_TRANSLATE_NOOP(
            "Complaint", "This complaint is no longer in the book."))
    return complaint


def _editable(complaint_id: int) -> Complaint:
    complaint = _get(complaint_id)
    if complaint.closed_at is not None:
        raise ValidationError("status", QT_TRANSLATE_NOOP(
            "Complaint", "This complaint is closed. Reopen it to change it."))
    return complaint


def _staff_id(field: str, value: Any) -> int | None:
    if value in (None, "", 0):
        return None
    if not Staff.select().where(Staff.id == int(value)).exists():
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Complaint", "That staff member is not in the book."))
    return int(value)


def _moment(field: str, value: Any, c: Complaint, now: dt.datetime) -> dt.datetime:
    """A step's time: now if not given; never before receipt, never in the future."""
    when = value or now
    if not isinstance(when, dt.datetime):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Complaint", "Give a date and time."))
    when = when.replace(microsecond=0)
    if when > now + _GRACE:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Complaint", "This time is in the future."))
    if when < c.received_at:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Complaint", "This is before the complaint was received ({when}).").format(
                when=c.received_at.strftime("%Y-%m-%d %H:%M")))
    return when


def _yes_no(field: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValidationError(field, "yes/no")


# ------------------------------------------------------------------ the complaint itself
def _check_header(c: Complaint, data: dict[str, Any], now: dt.datetime) -> None:
    """Apply and check the header fields present in `data` onto `c`."""
    for key, value in data.items():
        if key in ("walk_in_name", "walk_in_phone", "customer_words"):
            setattr(c, key, (value or "").strip())
        elif key in ("customer", "purchase", "category", "staff"):
            setattr(c, f"{key}_id", value or None)
        elif key in HEADER_FIELDS:
            setattr(c, key, value)
    if c.customer_id is not None:
        customer = Customer.get_or_none(Customer.id == c.customer_id)
        if customer is None or customer.deleted_at is not None:
            raise ValidationError("customer", QT_TRANSLATE_NOOP(
                "Complaint", "That customer is no longer in the book."))
        c.walk_in_name = c.walk_in_phone = ""
    elif not (c.walk_in_name or c.walk_in_phone):
        raise ValidationError("customer", QT_TRANSLATE_NOOP(
            "Complaint", "Choose a customer, or enter the walk-in customer's name or phone."))
    if len(c.walk_in_name) > 120:
        raise ValidationError("walk_in_name", QT_TRANSLATE_NOOP(
            "Complaint", "The name is too long."))
    if c.walk_in_phone:
        c.walk_in_phone = phones.normalise(c.walk_in_phone, settings.get("phone_region"),
                                           field="walk_in_phone").number
    if not isinstance(c.received_at, dt.datetime):
        raise ValidationError("received_at", QT_TRANSLATE_NOOP(
            "Complaint", "Give the date and time the complaint was received."))
    c.received_at = c.received_at.replace(microsecond=0)
    if c.received_at > now + _GRACE:
        raise ValidationError("received_at", QT_TRANSLATE_NOOP(
            "Complaint", "A complaint cannot be received in the future."))
    earliest = first_response_at(c)
    for moment in (earliest, c.promise_settled_at, c.follow_up_at):
        if moment is not None and moment < c.received_at:
            raise ValidationError("received_at", QT_TRANSLATE_NOOP(
                "Complaint", "A step was already recorded at {when}, before this time.").format(
                    when=moment.strftime("%Y-%m-%d %H:%M")))
    if c.channel not in vocab.complaint_channels():
        raise ValidationError("channel", QT_TRANSLATE_NOOP(
            "Complaint", "Choose how the complaint came in."))
    if c.severity not in vocab.severities():
        raise ValidationError("severity", QT_TRANSLATE_NOOP(
            "Complaint", "Choose how serious the complaint is."))
    if c.category_id is not None and not ComplaintCategory.select().where(
            ComplaintCategory.id == c.category_id).exists():
        raise ValidationError("category", QT_TRANSLATE_NOOP(
            "Complaint", "That category is no longer in the list."))
    if c.purchase_id is not None:
        purchase = Purchase.get_or_none(Purchase.id == c.purchase_id)
        if purchase is None or purchase.customer_id != c.customer_id:
            raise ValidationError("purchase", QT_TRANSLATE_NOOP(
                "Complaint", "That purchase is not one of this customer's."))
    if not (c.customer_words or "").strip():
        raise ValidationError("customer_words", QT_TRANSLATE_NOOP(
            "Complaint", "Write down what the customer said, in their own words."))
    c.staff_id = _staff_id("staff", c.staff_id)


def _finish(c: Complaint, now: dt.datetime) -> Complaint:
    """Derive what follows from the steps, save, and bring the reminder in line."""
    c.first_response_at = first_response_at(c)
    c.status = derive_status(c)
    c.updated_at = now
    c.save()
    sync_follow_up_reminder(c)
    return c


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def create_complaint(data: dict[str, Any], now: dt.datetime | None = None) -> Complaint:
    """Log a new complaint from the header fields (customer or walk-in, words, …)."""
    now = _now(now)
    data = {"received_at": now, **{k: v for k, v in data.items() if v is not None}}
    with database.atomic():
        c = Complaint(created_at=now, updated_at=now)
        _check_header(c, data, now)
        return _finish(c, now)


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def update_details(complaint_id: int, data: dict[str, Any],
                   now: dt.datetime | None = None) -> Complaint:
    """Change who complained, when, how and about what (the header fields in `data`)."""
    now = _now(now)
    with database.atomic():
        c = _editable(complaint_id)
        _check_header(c, data, now)
        return _finish(c, now)


# ------------------------------------------------------------------ the steps
def _apply_listen(c, v, now):
    notes = (v.get("listen_notes") or "").strip()
    if not notes:
        raise ValidationError("listen_notes", QT_TRANSLATE_NOOP(
            "Complaint", "Write down what the customer said and how they felt."))
    c.listen_notes = notes
    c.listen_at = _moment("listen_at", v.get("listen_at"), c, now)


def _apply_apology(c, v, now):
    given = _yes_no("apology_given", v.get("apology_given"))
    if given is None:
        raise ValidationError("apology_given", QT_TRANSLATE_NOOP(
            "Complaint", "Say whether an apology was given."))
    c.apology_given = given
    c.apology_words = (v.get("apology_words") or "").strip() if given else ""
    c.apology_at = _moment("apology_at", v.get("apology_at"), c, now)


def _apply_cause(c, v, now):
    cause, fault = (v.get("cause") or "").strip(), v.get("fault") or ""
    if not cause:
        raise ValidationError("cause", QT_TRANSLATE_NOOP(
            "Complaint", "Write down what happened."))
    if fault not in faults():
        raise ValidationError("fault", QT_TRANSLATE_NOOP("Complaint", "Choose whose fault it was."))
    c.cause, c.fault = cause, fault
    c.cause_at = _moment("cause_at", v.get("cause_at"), c, now)


def _apply_remedy(c, v, now):
    remedy = (v.get("remedy") or "").strip()
    if not remedy:
        raise ValidationError("remedy", QT_TRANSLATE_NOOP(
            "Complaint", "Write down the solution proposed to the customer."))
    c.remedy = remedy
    c.remedy_accepted = _yes_no("remedy_accepted", v.get("remedy_accepted"))
    c.remedy_at = _moment("remedy_at", v.get("remedy_at"), c, now)


def _apply_compensation(c, v, now):
    kind, cents = v.get("compensation_kind") or "", v.get("compensation_cents") or 0
    if isinstance(cents, str):
        cents = money.parse(cents, "compensation_cents", empty=0)
    if kind not in compensation_kinds():
        raise ValidationError("compensation_kind", QT_TRANSLATE_NOOP(
            "Complaint", "Choose the kind of compensation (or “No compensation”)."))
    if not isinstance(cents, int) or cents < 0:
        raise ValidationError("compensation_cents", QT_TRANSLATE_NOOP(
            "Complaint", "The value cannot be negative."))
    if cents > MAX_COMPENSATION_CENTS:
        raise ValidationError("compensation_cents", QT_TRANSLATE_NOOP(
            "Complaint", "The value is too large; check the amount."))
    if kind == "none" and cents:
        raise ValidationError("compensation_cents", QT_TRANSLATE_NOOP(
            "Complaint", "“No compensation” has no value."))
    c.compensation_kind, c.compensation_cents = kind, cents
    c.compensation_at = _moment("compensation_at", v.get("compensation_at"), c, now)


def _apply_promise(c, v, now):
    promise, due = (v.get("promise") or "").strip(), v.get("promise_due")
    if not promise:
        raise ValidationError("promise", QT_TRANSLATE_NOOP(
            "Complaint", "Write down what was promised."))
    if not isinstance(due, dt.date) or isinstance(due, dt.datetime):
        raise ValidationError("promise_due", QT_TRANSLATE_NOOP(
            "Complaint", "Give the day the promise is due."))
    if due < c.received_at.date():
        raise ValidationError("promise_due", QT_TRANSLATE_NOOP(
            "Complaint", "The promise cannot be due before the complaint was received."))
    kept = _yes_no("promise_kept", v.get("promise_kept"))
    c.promise, c.promise_due, c.promise_kept = promise, due, kept
    c.promise_settled_at = (None if kept is None else
                            _moment("promise_settled_at", v.get("promise_settled_at"), c, now))


def _apply_result(c, v, now):
    result = v.get("result") or ""
    if result not in vocab.ratings():
        raise ValidationError("result", QT_TRANSLATE_NOOP(
            "Complaint", "Say whether the customer is satisfied now."))
    for field, low, high in (("satisfaction_score", 1, 5), ("satisfaction_recommend", 0, 10)):
        value = v.get(field)
        if value is not None and not (isinstance(value, int) and low <= value <= high):
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Complaint", "Give a number from {low} to {high}, or leave it empty.").format(
                    low=low, high=high))
    c.result, c.result_comment = result, (v.get("result_comment") or "").strip()
    c.result_at = _moment("result_at", v.get("result_at"), c, now)


def _apply_follow_up(c, v, now):
    outcome = (v.get("follow_up_outcome") or "").strip()
    day = v.get("follow_up_on")
    done_at = _moment("follow_up_at", v.get("follow_up_at"), c, now) if outcome else None
    if day is None and done_at is not None:
        day = done_at.date()
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError("follow_up_on", QT_TRANSLATE_NOOP(
            "Complaint", "Choose the day to follow up."))
    if day < c.received_at.date():
        raise ValidationError("follow_up_on", QT_TRANSLATE_NOOP(
            "Complaint", "The follow-up cannot be before the complaint was received."))
    c.follow_up_on, c.follow_up_outcome, c.follow_up_at = day, outcome, done_at


_APPLY = {"listen": _apply_listen, "apology": _apply_apology, "cause": _apply_cause,
          "remedy": _apply_remedy, "compensation": _apply_compensation,
          "promise": _apply_promise, "result": _apply_result, "follow_up": _apply_follow_up}


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def record_step(complaint_id: int, step: str, values: dict[str, Any],
                now: dt.datetime | None = None) -> Complaint:
    """Record (or correct) one recovery step with who, when and what; returns the complaint.

    `values` holds the step's columns (see `steps.STEP_FIELDS`); who defaults to the
    staff member handling the complaint and when to now. The result step also takes
    `satisfaction_score` (1–5) and `satisfaction_recommend` (0–10), both optional, and
    writes the customer's satisfaction record for the complaint.
    """
    if step not in _APPLY:
        raise KeyError(step)
    now = _now(now)
    with database.atomic():
        c = _editable(complaint_id)
        had_result = bool(c.result)
        _APPLY[step](c, values, now)
        by = STEP_BY[step]
        setattr(c, f"{by}_id", _staff_id(by, values.get(by)) or c.staff_id)
        _finish(c, now)
        if step == "result":
            _write_satisfaction(c, values, had_result)
        return c


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def clear_step(complaint_id: int, step: str, now: dt.datetime | None = None) -> Complaint:
    """Undo a step recorded by mistake: its columns go back to empty."""
    now = _now(now)
    defaults = {name: Complaint._meta.fields[name].default for name in STEP_FIELDS[step]}
    with database.atomic():
        c = _editable(complaint_id)
        if step == "result" and c.result:
            SatisfactionRecord.delete().where(_satisfaction_of_result(c)).execute()
        for name, default in defaults.items():
            setattr(c, name, default() if callable(default) else default)
        return _finish(c, now)


def _satisfaction_of_result(c: Complaint):
    """The condition that finds the satisfaction record written for the current result."""
    return ((SatisfactionRecord.complaint == c.id) & (SatisfactionRecord.subject == "complaint")
            & (SatisfactionRecord.recorded_on == c.result_at.date())
            & (SatisfactionRecord.rating == c.result))


def _write_satisfaction(c: Complaint, values: dict[str, Any], had_result: bool) -> None:
    """The result is also the customer's satisfaction with the complaint: one record per result."""
    fields = {"on": c.result_at.date(), "subject": "complaint", "complaint_id": c.id,
              "purchase_id": c.purchase_id, "rating": c.result, "comment": c.result_comment,
              "staff_id": c.result_by_id, "score": values.get("satisfaction_score"),
              "recommend": values.get("satisfaction_recommend")}
    latest = None
    if had_result:  # a correction: change the record of this result, not add another
        latest = (SatisfactionRecord.select()
                  .where((SatisfactionRecord.complaint == c.id)
                         & (SatisfactionRecord.subject == "complaint"))
                  .order_by(SatisfactionRecord.id.desc()).first())
    today = c.result_at.date()  # the step's time was checked against now already
    if latest is None:
        satisfaction_records.record(c.customer_id, fields.pop("rating"), today=today, **fields)
    else:
        satisfaction_records.update(latest.id, today=today, from_complaint=True, **fields)


# ------------------------------------------------------------------ closing and reopening
def close_warnings(complaint_id: int, today: dt.date) -> list[str]:
    """Things still open that closing would leave behind (the window asks to confirm)."""
    c = _get(complaint_id)
    warnings = []
    if follow_up_pending(c):
        warnings.append(QT_TRANSLATE_NOOP(
            "Complaint", "The follow-up planned for {day} is not done; its reminder will be "
                         "removed.").format(day=c.follow_up_on.isoformat()))
    if promise_state(c, today) in ("pending", "overdue"):
        warnings.append(QT_TRANSLATE_NOOP(
            "Complaint", "The promise due {day} is not marked kept or broken.").format(
                day=c.promise_due.isoformat() if c.promise_due else "?"))
    return warnings


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def close_complaint(complaint_id: int, now: dt.datetime | None = None) -> Complaint:
    """Close a complaint; refused (field "result") while the result step is not recorded."""
    now = _now(now)
    with database.atomic():
        c = _editable(complaint_id)
        if not c.result:
            raise ValidationError("result", QT_TRANSLATE_NOOP(
                "Complaint", "A complaint cannot be closed without a result: first record "
                             "whether the customer is satisfied."))
        c.closed_at = max(now, c.result_at or now)
        return _finish(c, now)


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def reopen_complaint(complaint_id: int, reason: str, now: dt.datetime | None = None
                     ) -> Complaint:
    """Reopen a closed complaint: the result and follow-up are set aside (kept in the
    reopen notes) so that the steps, and therefore the status, are open again."""
    now = _now(now)
    reason = (reason or "").strip()
    with database.atomic():
        c = _get(complaint_id)
        if c.closed_at is None:
            raise ValidationError("status", QT_TRANSLATE_NOOP(
                "Complaint", "Only a closed complaint can be reopened."))
        if not reason:
            raise ValidationError("reopen_reason", QT_TRANSLATE_NOOP(
                "Complaint", "Say why the complaint is reopened."))
        line = QT_TRANSLATE_NOOP("Complaint", "{when} reopened: {reason}").format(
            when=now.strftime("%Y-%m-%d %H:%M"), reason=reason)
        if c.result:
            line += " " + QT_TRANSLATE_NOOP(
                "Complaint", "(Earlier result: {result}{comment}.)").format(
                    result=vocab.ratings().get(c.result, c.result),
                    comment=f" — {c.result_comment}" if c.result_comment else "")
        if c.follow_up_at is not None:
            line += " " + QT_TRANSLATE_NOOP(
                "Complaint", "(Earlier follow-up {day}: {outcome}.)").format(
                    day=c.follow_up_at.strftime("%Y-%m-%d"), outcome=c.follow_up_outcome)
        c.reopen_notes = "\n".join(filter(None, [c.reopen_notes, line]))
        c.reopened_count += 1
        # The finished round's follow-up reminder stays in the calendar's history under
        # its own key, so the next follow-up can have the complaint's key again.
        Reminder.update(rule_key=f"complaint:{c.id}:follow_up:{c.reopened_count}").where(
            Reminder.rule_key == f"complaint:{c.id}:follow_up").execute()
        for name in STEP_FIELDS["result"] + STEP_FIELDS["follow_up"]:
            default = Complaint._meta.fields[name].default
            setattr(c, name, default)
        c.closed_at = None
        return _finish(c, now)


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION)
def delete_complaint(complaint_id: int) -> None:
    """Delete a complaint logged by mistake, with its follow-up reminders."""
    with database.atomic():
        c = _get(complaint_id)
        Reminder.delete().where(Reminder.complaint == c.id).execute()
        SatisfactionRecord.update(complaint=None).where(
            SatisfactionRecord.complaint == c.id).execute()
        c.delete_instance()


# ------------------------------------------------------------------ walk-ins and cards
@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION, changes.CUSTOMERS)
def link_customer(complaint_id: int, customer_id: int, now: dt.datetime | None = None
                  ) -> Complaint:
    """Attach a walk-in complaint to a customer card (with its reminder and satisfaction)."""
    now = _now(now)
    with database.atomic():
        c = _get(complaint_id)
        _check_header(c, {"customer": customer_id}, now)
        _finish(c, now)
        Reminder.update(customer=customer_id).where(Reminder.complaint == c.id).execute()
        SatisfactionRecord.update(customer=customer_id).where(
            SatisfactionRecord.complaint == c.id).execute()
        return c


@changes.reports(changes.COMPLAINTS, changes.REMINDERS, changes.SATISFACTION, changes.CUSTOMERS)
def make_customer(complaint_id: int, data: dict[str, Any], phone_texts: list[str],
                  now: dt.datetime | None = None) -> Customer:
    """Give a walk-in complainant a customer card and link the complaint to it."""
    with database.atomic():
        c = _get(complaint_id)
        if c.customer_id is not None:
            raise ValidationError("customer", QT_TRANSLATE_NOOP(
                "Complaint", "This complaint already belongs to a customer card."))
        customer = customers.save_customer(data, phone_texts)
        link_customer(complaint_id, customer.id, now)
        return customer
