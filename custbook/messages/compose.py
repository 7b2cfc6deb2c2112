"""Each person's message, and whether it may be sent to them (the consent rule).

The rule, the same as the recommendation letters': a promotional message (a festival
offer, a recommendation — or any template the shop marked promotional) goes only to
customers who agreed to promotions. The others are listed with the reason and without
an override. Service messages (a follow-up after a purchase, a complaint's follow-up,
a greeting on their own or their family's day) go to everyone.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from custbook.customers.phones import is_mobile
from custbook.letters import letters
from custbook.letters.letter_templates import Shop
from custbook.messages.message_templates import MessageTemplate, check_text, fill
from custbook.models import Customer, CustomerPhone

_CHUNK = 500


@dataclass(frozen=True)
class Message:
    """One person's text, and whether it may go to them (reason when not)."""

    customer_id: int
    name: str
    phone: str  # the number an SMS goes to (E.164), "" when they have no mobile
    text: str
    allowed: bool
    reason: str


def _consent(ids: list[int]) -> dict[int, tuple[bool, dt.date | None]]:
    found = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for cid, accepts, on in (Customer.select(Customer.id, Customer.accepts_promotions,
                                                 Customer.promotions_consent_on)
                                 .where(Customer.id.in_(chunk)).tuples()):
            found[cid] = (bool(accepts), on)
    return found


def mobiles(ids: list[int]) -> dict[int, str]:
    """Each customer's number for SMS: the primary mobile, else the first mobile."""
    found: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for cid, number in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.number)
                            .where(CustomerPhone.customer.in_(chunk))
                            .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
                            .tuples()):
            if cid not in found and is_mobile(number):
                found[cid] = number
    return found


def consent_reason(template: MessageTemplate, accepts: bool, consent_on: dt.date | None) -> str:
    """Why this message may not go to a customer ("" when it may)."""
    if not template.promotional:
        return ""
    return letters.consent_reason(accepts, consent_on)


def messages_for(customer_ids: Iterable[int], template: MessageTemplate, shop: Shop,
                 today: dt.date, extra: dict[int, dict[str, str]] | None = None,
                 text: str | None = None) -> list[Message]:
    """Every person's message in the given order; `text` overrides the template's words
    (the owner edited it), `extra` gives per-person {festival}/{family_member}/… values."""
    words = template.text if text is None else text
    check_text(words)
    ids = list(dict.fromkeys(customer_ids))
    people = letters.recipients(ids)
    consent = _consent(ids)
    phones = mobiles(ids)
    out = []
    for cid in ids:
        person = people.get(cid)
        if person is None:
            continue
        accepts, on = consent.get(cid, (False, None))
        reason = consent_reason(template, accepts, on)
        out.append(Message(cid, person.name, phones.get(cid, ""),
                           fill(words, person, shop, template.language, today,
                                (extra or {}).get(cid)), not reason, reason))
    return out


def message_for(customer_id: int, template: MessageTemplate, shop: Shop, today: dt.date,
                extra: dict[str, str] | None = None, text: str | None = None) -> Message | None:
    found = messages_for([customer_id], template, shop, today,
                         {customer_id: extra} if extra else None, text)
    return found[0] if found else None
