"""Who is due a message on a day, and which kind: read from the calendar's reminders.

The calendar already knows the occasions (birthdays solar and lunar, festivals, the
follow-up stages after a purchase, complaint follow-ups, family birthdays and
anniversaries); a message is due for each reminder that comes due that day. This is
what `python3 main.py messages --on DAY` prints and what the Today panel's
"Message…" offers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from custbook.calendar import holidays
from custbook.calendar.rule_writer import day as as_day, rows
from custbook import changes, settings
from custbook.letters.letter_templates import Shop
from custbook.messages import queues
from custbook.messages.compose import Message, messages_for
from custbook.messages.message_templates import ANNIVERSARY_WORDS, FESTIVAL_WORDS, default_for
from custbook.sql_dialect import no_index
from custbook.models import (CustomerAnniversary, CustomerRelation, MessageQueue,
                             MessageQueueItem, Reminder)

# reminder rule (or kind, for reminders by hand) -> message kind
_BY_RULE = {"birthday": "birthday", "holiday": "festival", "purchase_reassure": "follow_up",
            "purchase_use": "follow_up", "purchase_keep": "follow_up", "complaint": "complaint",
            "family": "family", "family_day": "anniversary", "anniversary": "anniversary"}
_BY_KIND = {"birthday": "birthday", "holiday": "festival", "follow_up": "follow_up",
            "complaint": "complaint", "anniversary": "anniversary"}


@dataclass(frozen=True)
class Due:
    kind: str
    reminder_id: int
    message: Message


def _extra(rule: str, key: str | None, shop_days: str, language: str) -> dict[str, str]:
    """The occasion's words for a reminder, in the message's language."""
    key = key or ""
    language = language if language in FESTIVAL_WORDS else "en"
    if rule == "holiday" and key.count(":") >= 2:
        code = key.split(":")[1]
        if code in FESTIVAL_WORDS[language]:
            return {"festival": FESTIVAL_WORDS[language][code]}
        holiday = holidays.by_code(code, shop_days)  # one of the shop's own days: its name
        return {"festival": holiday.name} if holiday else {}
    if rule == "family" and key.startswith("fm:"):
        row = CustomerRelation.get_or_none(CustomerRelation.id == int(key[3:]))
        return {"family_member": row.name} if row else {}
    if rule == "family_day" and key.startswith("fa:"):
        row = CustomerAnniversary.get_or_none(CustomerAnniversary.id == int(key[3:]))
        if row:
            return {"anniversary": row.name or ANNIVERSARY_WORDS[language].get(row.kind, "")}
    if rule == "anniversary":  # the customer's own membership anniversary
        return {"anniversary": ANNIVERSARY_WORDS[language]["membership"]}
    return {}


def for_reminder(reminder_id: int, language: str = "zh_CN") -> tuple[str, dict[str, str]]:
    """The kind of message a reminder calls for, and its extra merge values (the festival,
    the family member …); ("follow_up", {}) for a reminder no template is written for."""
    row = Reminder.get_or_none(Reminder.id == reminder_id)
    if row is None:
        return "follow_up", {}
    kind = _BY_RULE.get(row.rule or "") or (None if row.rule else _BY_KIND.get(row.kind))
    return kind or "follow_up", _extra(row.rule, row.rule_key, settings.get("rule_shop_days"),
                                       language)


def due_on(day: dt.date, language: str = "zh_CN", kinds: tuple[str, ...] | None = None,
           shop: Shop | None = None) -> list[Due]:
    """Every message due on `day` (reminders showing that day), consent applied."""
    shop = shop or Shop.current()
    found = rows('SELECT r.id, r.customer_id, r.rule, r.kind, r.rule_key FROM "reminder" r '
                 'JOIN "customer" c ON c.id = r.customer_id WHERE r.next_on = ? '  # done: NULL
                 f"AND {no_index('c.deleted_at')} IS NULL ORDER BY c.name, r.id",
                 [day.isoformat()])
    shop_days = settings.get("rule_shop_days")
    groups: dict[str, list[tuple[int, int, dict[str, str]]]] = {}
    for rid, cid, rule, kind, key in found:
        message_kind = _BY_RULE.get(rule or "") or (None if rule else _BY_KIND.get(kind))
        if message_kind is None or (kinds and message_kind not in kinds):
            continue
        groups.setdefault(message_kind, []).append(
            (rid, cid, _extra(rule, key, shop_days, language)))
    out: list[Due] = []
    for message_kind, people in groups.items():
        template = default_for(message_kind, language)
        # one message per reminder, written a round at a time (a customer with two family
        # birthdays on one day is in two rounds): a few calls for the day, not one a person
        rounds: list[list[tuple[int, int, dict[str, str]]]] = []
        seen: dict[int, int] = {}
        for person in people:
            n = seen[person[1]] = seen.get(person[1], -1) + 1
            if n == len(rounds):
                rounds.append([])
            rounds[n].append(person)
        written: dict[int, Message] = {}
        for one in rounds:
            by_customer = {cid: rid for rid, cid, _ in one}
            for message in messages_for([cid for _, cid, _ in one], template, shop, day,
                                        {cid: extra for _, cid, extra in one}):
                written[by_customer[message.customer_id]] = message
        out += [Due(message_kind, rid, written[rid]) for rid, _, _ in people if rid in written]
    return out


# ------------------------------------------------------------------ today's queue (Home)

@dataclass(frozen=True)
class TodaysMessages:
    """What Home says about the day's messages, read without writing any of them."""

    to_send: int  # still to send today, consent respected
    by_kind: dict[str, int]  # today's occasions that call for a message (allowed), by kind
    left_out: int  # due today, but the consent rule leaves them out
    dealt_with: int  # already sent or skipped from today's queue
    queue_id: int | None  # today's queue, once the owner started it


def queue_key(day: dt.date) -> str:
    """How today's queue is known (its template_key): one queue per day, whatever language
    the window had when it was made."""
    return f"due:{day.isoformat()}"


def _todays_queue_row(day: dt.date) -> MessageQueue | None:
    return (MessageQueue.select().where(MessageQueue.template_key == queue_key(day))
            .order_by(MessageQueue.id.desc()).first())


def todays_messages(day: dt.date, language: str = "zh_CN") -> TodaysMessages:
    """How many messages are still to send on `day`: the due ones (as `due_on` finds them,
    consent applied) not yet in the day's queue, plus the queue's pending ones.

    Home calls this on every refresh, so it writes no text: one query over the day's
    reminders (the next_on index) and one over the day's queue."""
    found = rows('SELECT r.customer_id, r.rule, r.kind, c.accepts_promotions FROM "reminder" r '
                 'JOIN "customer" c ON c.id = r.customer_id WHERE r.next_on = ? '
                 f"AND {no_index('c.deleted_at')} IS NULL", [day.isoformat()])
    # (as the agenda asks: by next_on's index; a done reminder has no next_on, and adding
    # "done_at IS NULL" led SQLite to done_at's index, 25 ms instead of 1 at 20,000; with
    # deleted_at's index allowed, SQLite walked every customer first: 422 ms at 1,000,000)
    promotional: dict[str, bool] = {}
    due_by_customer: dict[int, int] = {}
    by_kind: dict[str, int] = {}
    left_out = 0
    for cid, rule, kind, accepts in found:
        message_kind = _BY_RULE.get(rule or "") or (None if rule else _BY_KIND.get(kind))
        if message_kind is None:
            continue
        if message_kind not in promotional:
            promotional[message_kind] = default_for(message_kind, language).promotional
        if promotional[message_kind] and not accepts:
            left_out += 1
            continue
        by_kind[message_kind] = by_kind.get(message_kind, 0) + 1
        due_by_customer[cid] = due_by_customer.get(cid, 0) + 1
    row = _todays_queue_row(day)
    if row is None:
        return TodaysMessages(sum(due_by_customer.values()), by_kind, left_out, 0, None)
    queued: dict[int, int] = {}
    pending = dealt_with = 0
    for cid, status, n in (MessageQueueItem.select(MessageQueueItem.customer,
                                                   MessageQueueItem.status, fn.COUNT(1))
                           .where(MessageQueueItem.queue == row.id)
                           .group_by(MessageQueueItem.customer, MessageQueueItem.status)
                           .tuples()):
        if status == "excluded":
            continue
        queued[cid] = queued.get(cid, 0) + n
        pending += n if status == "pending" else 0
        dealt_with += n if status != "pending" else 0
    new = sum(max(0, n - queued.get(cid, 0)) for cid, n in due_by_customer.items())
    return TodaysMessages(pending + new, by_kind, left_out, dealt_with, row.id)


@changes.reports(changes.CONTACTS)  # Home counts what is left to send
def todays_queue(day: dt.date, name: str, language: str = "zh_CN") -> int | None:
    """The day's queue of every due message, made on first use; later calls add what came
    due since (a family birthday added today) instead of making a second queue. None when
    nothing is due and no queue was made."""
    found = due_on(day, language)
    row = _todays_queue_row(day)
    if row is None:
        if not found:
            return None
        return queues.create_from([d.message for d in found], name, "custom", queue_key(day))
    # What is new is counted per customer, not matched by text: the queue may have been
    # written in the other language (the window switched) and must not double.
    have: set[tuple[int, str]] = set()
    queued: dict[int, int] = {}
    for cid, text in (MessageQueueItem.select(MessageQueueItem.customer, MessageQueueItem.text)
                      .where(MessageQueueItem.queue == row.id).tuples()):
        have.add((cid, text))
        queued[cid] = queued.get(cid, 0) + 1
    by_customer: dict[int, list[Message]] = {}
    for d in found:
        by_customer.setdefault(d.message.customer_id, []).append(d.message)
    new = []
    for cid, messages in by_customer.items():
        surplus = len(messages) - queued.get(cid, 0)
        if surplus > 0:  # those not written in the queue already come first
            messages = sorted(messages, key=lambda m: (cid, m.text) in have)
            new += messages[:surplus]
    queues.append(row.id, new)
    return row.id


__all__ = ["Due", "TodaysMessages", "as_day", "due_on", "todays_messages", "todays_queue"]
