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
from custbook import money
from custbook.letters import letter_templates, letters
from custbook.letters.letter_templates import Shop
from custbook.membership import accounts
from custbook.messages.message_templates import MEMBER_FIELDS, MessageTemplate, check_text, fill
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


def member_values(customer_id: int, language: str, today: dt.date) -> dict[str, str]:
    """{balance}, {points}, {card_expiry} of a member, from the ledger's balance rows."""
    found = accounts.balances(customer_id)
    values = {"balance": money.format_cents(found.value_cents), "points": str(found.points)}
    cards = sorted((c for c in found.cards if c.left > 0 and not c.expired(today)),
                   key=lambda c: c.expires_on or dt.date.max)
    if cards:
        card = cards[0]
        if language == "zh_CN":
            text = f"您的{card.name}还剩{card.left}次"
            if card.expires_on:
                text += f"，{card.expires_on.month}月{card.expires_on.day}日到期"
        else:
            text = f"{card.left} visits are left on your {card.name}"
            if card.expires_on:
                text += f" until {letter_templates.format_date(card.expires_on, 'en')}"
        values["card_expiry"] = text
    return values


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
    members = any(f in MEMBER_FIELDS for f in letter_templates.fields_in(words))
    out = []
    for cid in ids:
        person = people.get(cid)
        if person is None:
            continue
        accepts, on = consent.get(cid, (False, None))
        reason = consent_reason(template, accepts, on)
        values = dict((extra or {}).get(cid) or {})
        if members:
            values = {**member_values(cid, template.language, today), **values}
        out.append(Message(cid, person.name, phones.get(cid, ""),
                           fill(words, person, shop, template.language, today, values),
                           not reason, reason))
    return out


def message_for(customer_id: int, template: MessageTemplate, shop: Shop, today: dt.date,
                extra: dict[str, str] | None = None, text: str | None = None) -> Message | None:
    found = messages_for([customer_id], template, shop, today,
                         {customer_id: extra} if extra else None, text)
    return found[0] if found else None
