"""A queue: a whole list of customers, one message each, stepped through at the owner's pace.

Made from a selection, a reminder list or `due.due_on` (one kind of occasion, one
template). Each person's text is written when the queue is made (so it can be read
ahead and stays the same if the card changes meanwhile); people whom the consent rule
excludes are kept in the queue as "excluded" with the reason, so the owner sees who
was left out and why. The owner then goes through it: next / skip / mark sent; a
queue remembers where it stopped (its first pending item), across restarts and PCs.
Marking sent writes the contact-log entry in the same transaction.
"""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from custbook import changes, clock
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.letters.letter_templates import Shop
from custbook.messages import sent
from custbook.messages.compose import Message, messages_for
from custbook.messages.message_templates import MessageTemplate
from custbook.models import MessageQueue, MessageQueueItem, database

STATUSES = ("pending", "sent", "skipped", "excluded")
_CHUNK = 500


@dataclass(frozen=True)
class Item:
    id: int
    queue_id: int
    customer_id: int | None
    position: int
    name: str
    phone: str
    text: str
    status: str
    reason: str


@dataclass(frozen=True)
class Progress:
    total: int
    pending: int
    sent: int
    skipped: int
    excluded: int

    @property
    def done(self) -> int:
        """How many the owner has dealt with (sent or skipped) out of those to send."""
        return self.sent + self.skipped

    @property
    def to_send(self) -> int:
        return self.total - self.excluded


@dataclass(frozen=True)
class Queue:
    id: int
    name: str
    kind: str
    channel: str
    created_at: dt.datetime
    finished_at: dt.datetime | None
    progress: Progress


def _item(row: MessageQueueItem) -> Item:
    return Item(row.id, row.queue_id, row.customer_id, row.position, row.name, row.phone,
                row.text, row.status, row.reason)


def create_from(messages: list[Message], name: str, kind: str, template_key: str = "",
                channel: str = "wechat") -> int:
    """A queue of these (already written) messages; returns its id."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "Give the queue a name."))
    if channel not in sent.CHANNELS:
        raise ValidationError("channel", QT_TRANSLATE_NOOP(
            "Messages", "Choose how the message was sent."))
    with database.atomic():
        queue = MessageQueue.create(name=name[:120], kind=kind, template_key=template_key,
                                    channel=channel, created_at=clock.now_seconds())
        rows = [{"queue": queue.id, "customer": m.customer_id, "position": i, "name": m.name,
                 "phone": m.phone, "text": m.text,
                 "status": "pending" if m.allowed else "excluded", "reason": m.reason}
                for i, m in enumerate(messages, start=1)]
        for start in range(0, len(rows), _CHUNK):
            MessageQueueItem.insert_many(rows[start:start + _CHUNK]).execute()
        if not any(m.allowed for m in messages):
            queue.finished_at = clock.now_seconds()
            queue.save()
    return queue.id


def append(queue_id: int, messages: list[Message]) -> int:
    """Add these messages at the end of a queue (today's queue meets a reminder that came
    due after it was made); a finished queue with something new to send opens again.
    Returns how many were added."""
    if not messages:
        return 0
    with database.atomic():
        last = (MessageQueueItem.select(fn.MAX(MessageQueueItem.position))
                .where(MessageQueueItem.queue == queue_id).scalar()) or 0
        rows = [{"queue": queue_id, "customer": m.customer_id, "position": last + i,
                 "name": m.name, "phone": m.phone, "text": m.text,
                 "status": "pending" if m.allowed else "excluded", "reason": m.reason}
                for i, m in enumerate(messages, start=1)]
        for start in range(0, len(rows), _CHUNK):
            MessageQueueItem.insert_many(rows[start:start + _CHUNK]).execute()
        if any(m.allowed for m in messages):
            MessageQueue.update(finished_at=None).where(MessageQueue.id == queue_id).execute()
    return len(rows)


def create(customer_ids: Iterable[int], template: MessageTemplate, shop: Shop, today: dt.date,
           name: str, channel: str = "wechat", extra: dict[int, dict[str, str]] | None = None,
           text: str | None = None) -> int:
    """Write each person's message and keep them as a queue; returns its id."""
    messages = messages_for(customer_ids, template, shop, today, extra, text)
    return create_from(messages, name, template.kind, template.key, channel)


def progress(queue_id: int) -> Progress:
    counts = dict.fromkeys(STATUSES, 0)
    for status, n in (MessageQueueItem.select(MessageQueueItem.status,
                                              fn.COUNT(MessageQueueItem.id))
                      .where(MessageQueueItem.queue == queue_id)
                      .group_by(MessageQueueItem.status).tuples()):
        counts[status] = n
    return Progress(sum(counts.values()), counts["pending"], counts["sent"], counts["skipped"],
                    counts["excluded"])


def queue(queue_id: int) -> Queue:
    row = MessageQueue.get_by_id(queue_id)
    return Queue(row.id, row.name, row.kind, row.channel, row.created_at, row.finished_at,
                 progress(row.id))


def queues(include_finished: bool = False) -> list[Queue]:
    """The queues, newest first (the unfinished ones only, unless asked)."""
    query = MessageQueue.select().order_by(MessageQueue.created_at.desc(), MessageQueue.id.desc())
    if not include_finished:
        query = query.where(MessageQueue.finished_at.is_null())
    return [Queue(r.id, r.name, r.kind, r.channel, r.created_at, r.finished_at, progress(r.id))
            for r in query]


def items(queue_id: int) -> list[Item]:
    return [_item(r) for r in MessageQueueItem.select()
            .where(MessageQueueItem.queue == queue_id).order_by(MessageQueueItem.position)]


def current(queue_id: int) -> Item | None:
    """Where the queue stopped: its first pending message (None when all are dealt with)."""
    row = (MessageQueueItem.select().where((MessageQueueItem.queue == queue_id)
                                           & (MessageQueueItem.status == "pending"))
           .order_by(MessageQueueItem.position).first())
    return _item(row) if row else None


def _settle(item_id: int, status: str) -> MessageQueueItem:
    row = MessageQueueItem.get_or_none(MessageQueueItem.id == item_id)
    if row is None:
        raise ValidationError("item", QT_TRANSLATE_NOOP(
            "Messages", "This message is no longer in the queue."))
    row.status = status
    row.done_at = clock.now_seconds()
    row.save()
    return row


def _finish_if_done(queue_id: int) -> None:
    if current(queue_id) is None:
        MessageQueue.update(finished_at=clock.now_seconds()).where(
            (MessageQueue.id == queue_id) & MessageQueue.finished_at.is_null()).execute()


@changes.reports(changes.CONTACTS, changes.CUSTOMERS)
def mark_sent(item_id: int, staff_id: int | None = None, text: str | None = None) -> Item:
    """The owner sent this message: note it in the contact log, move on."""
    with database.atomic():
        row = MessageQueueItem.get_by_id(item_id)
        if row.status == "excluded":
            raise ValidationError("item", row.reason or QT_TRANSLATE_NOOP(
                "Messages", "This customer is left out of this message."))
        channel = MessageQueue.get_by_id(row.queue_id).channel
        if text is not None and text.strip():
            row.text = text.strip()
        if row.customer_id is not None:
            sent.record_sent([(row.customer_id, row.text)], channel, staff_id)
        row.save()
        row = _settle(item_id, "sent")
        _finish_if_done(row.queue_id)
    return _item(row)


@changes.reports(changes.CONTACTS)  # Home counts what is left to send
def skip(item_id: int) -> Item:
    """Not this one: nothing is logged, the queue moves on."""
    with database.atomic():
        row = _settle(item_id, "skipped")
        _finish_if_done(row.queue_id)
    return _item(row)


@changes.reports(changes.CONTACTS)
def delete_queue(queue_id: int) -> None:
    MessageQueue.delete().where(MessageQueue.id == queue_id).execute()


# ------------------------------------------------------------------ SMS platforms

CSV_HEADER = ("phone", "message")


def national(number: str) -> str:
    """A number as Chinese bulk-SMS platforms take it: 13812345678 for +8613812345678."""
    return number[3:] if number.startswith("+86") else number.lstrip("+")


def export_sms_csv(queue_id: int, path: str | Path, mark_sent: bool = True,
                   staff_id: int | None = None) -> tuple[int, int]:
    """Write the queue's pending messages as CSV (phone, message) for a bulk-SMS service.

    UTF-8 with a byte-order mark (Excel and the platforms' upload pages read Chinese
    right), one row per person with a mobile; excluded people (the consent rule) never
    appear. With `mark_sent`, those written are marked sent (kind SMS in the contact log)
    in one transaction after the file is written. Returns (written, left out: no mobile).
    """
    pending = [i for i in items(queue_id) if i.status == "pending"]
    with_phone = [i for i in pending if i.phone]
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for item in with_phone:
            writer.writerow((national(item.phone), " ".join(item.text.split())))
    tmp.replace(path)
    try:
        path.chmod(0o600)
    except OSError:
        pass
    if mark_sent and with_phone:
        with database.atomic():
            sent.record_sent([(i.customer_id, i.text) for i in with_phone if i.customer_id],
                             "sms", staff_id)
            ids = [i.id for i in with_phone]
            for start in range(0, len(ids), _CHUNK):
                MessageQueueItem.update(status="sent", done_at=clock.now_seconds()).where(
                    MessageQueueItem.id.in_(ids[start:start + _CHUNK])).execute()
            _finish_if_done(queue_id)
    return len(with_phone), len(pending) - len(with_phone)
