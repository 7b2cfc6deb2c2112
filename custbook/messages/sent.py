"""Recording a message the owner sent: one contact-log entry (WeChat or SMS, the text).

Custbook cannot send WeChat messages itself (automating a personal account risks it),
so the owner copies the text, pastes it into WeChat, and confirms; only then is the
contact recorded — a copied text that was never sent leaves no false entry.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from custbook import clock
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import ContactEntry, Customer, Staff, database

CHANNELS = ("wechat", "sms")
_CHUNK = 500


def channel_names() -> dict[str, str]:
    return {"wechat": QT_TRANSLATE_NOOP("Messages", "WeChat"),
            "sms": QT_TRANSLATE_NOOP("Messages", "SMS")}


def record_sent(sent: Iterable[tuple[int, str]], channel: str, staff_id: int | None = None,
                at: dt.datetime | None = None) -> list[int]:
    """Note each (customer id, text) as a contact of kind `channel`, in one transaction.
    Returns the new contact entries' ids."""
    if channel not in CHANNELS:
        raise ValidationError("channel", QT_TRANSLATE_NOOP(
            "Messages", "Choose how the message was sent."))
    pairs = [(int(cid), (text or "").strip()) for cid, text in sent]
    when = (at or clock.now()).replace(microsecond=0)
    ids = []
    with database.atomic():
        if staff_id is not None and Staff.get_or_none(Staff.id == staff_id) is None:
            raise ValidationError("staff", QT_TRANSLATE_NOOP(
                "Contact", "That member of staff is no longer in the book."))
        wanted = list(dict.fromkeys(cid for cid, _ in pairs))
        known: set[int] = set()
        for start in range(0, len(wanted), _CHUNK):
            known.update(c for (c,) in Customer.select(Customer.id)
                         .where(Customer.id.in_(wanted[start:start + _CHUNK])).tuples())
        if any(cid not in known for cid in wanted):
            raise ValidationError("customers", QT_TRANSLATE_NOOP(
                "Messages", "A customer of this message is no longer in the book."))
        for cid, text in pairs:
            ids.append(ContactEntry.insert(customer=cid, contacted_at=when, kind=channel,
                                           staff=staff_id, summary=text,
                                           outcome=QT_TRANSLATE_NOOP("Messages", "Sent")
                                           ).execute())
    return ids
