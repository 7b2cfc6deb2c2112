"""The calendar reminder behind a complaint's follow-up step.

Setting a follow-up day puts a reminder in the calendar (kind "complaint", one per
complaint, found again by its `rule_key`); moving the day moves it, doing the
follow-up marks it done, and closing the complaint with the follow-up still pending
removes it, as does deleting the complaint. The Calendar page shows these rows like
any other reminder (its schedule columns are filled in by the calendar's catch-up),
and a reminder finished or dismissed there stays finished until the follow-up day is
moved.
"""
from __future__ import annotations

from typing import Any

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, Reminder

RULE = "complaint"


def rule_key(complaint_id: int) -> str:
    """The unique key of a complaint's follow-up reminder."""
    return f"complaint:{complaint_id}:follow_up"


def _find(c: Any) -> Reminder | None:
    reminder = Reminder.get_or_none(Reminder.rule_key == rule_key(c.id))
    if reminder is None:
        # A follow-up reminder someone made by hand for this complaint (or the sample
        # shop's) is adopted rather than doubled.
        reminder = (Reminder.select()
                    .where((Reminder.complaint == c.id) & (Reminder.kind == "complaint")
                           & Reminder.done_at.is_null() & Reminder.rule_key.is_null())
                    .order_by(Reminder.id).first())
    return reminder


def _title(c: Any) -> str:
    who = c.walk_in_name or c.walk_in_phone
    if c.customer_id is not None:
        who = Customer.select(Customer.name).where(Customer.id == c.customer_id).scalar() or who
    return QT_TRANSLATE_NOOP("Complaint", "Complaint follow-up: {who}").format(who=who)


def _notes(c: Any) -> str:
    lines = [(c.customer_words or "").strip().splitlines()[0][:120] if c.customer_words else ""]
    if c.result:
        lines.append(QT_TRANSLATE_NOOP("Complaint", "Result: {comment}").format(
            comment=c.result_comment or c.result))
    if c.promise:
        lines.append(QT_TRANSLATE_NOOP("Complaint", "Promised: {promise}").format(
            promise=c.promise))
    return "\n".join(line for line in lines if line)


def sync_follow_up_reminder(c: Any) -> None:
    """Make the reminder agree with complaint `c` (called inside the caller's transaction)."""
    reminder = _find(c)
    if c.follow_up_on is None or (c.closed_at is not None and c.follow_up_at is None):
        if reminder is not None and reminder.done_at is None:
            reminder.delete_instance()
        return
    if (reminder is not None and reminder.done_at is not None and c.follow_up_at is None
            and reminder.due_on == c.follow_up_on):
        return  # finished (or dismissed) in the calendar: not brought back by a later save
    values = {
        "customer": c.customer_id, "title": _title(c)[:200], "kind": "complaint",
        "due_on": c.follow_up_on, "notes": _notes(c), "rule": RULE,
        "rule_key": rule_key(c.id), "complaint": c.id, "repeat": "none",
        "staff": c.follow_up_by_id or c.staff_id, "updated_at": c.updated_at,
        "done_at": c.follow_up_at, "done_by": c.follow_up_by_id if c.follow_up_at else None,
        "outcome": c.follow_up_outcome if c.follow_up_at else "",
    }
    if c.follow_up_at is None and "result" in Reminder._meta.fields:
        values["result"] = ""  # a new day for the follow-up: waiting again, no outcome yet
    if reminder is None:
        Reminder.create(created_at=c.updated_at, **values)
    else:
        Reminder.update(**values).where(Reminder.id == reminder.id).execute()
