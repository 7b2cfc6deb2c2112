"""Member numbers: one unique card number per member, and finding a member by it.

New members get `8` followed by their customer id on seven digits (80000042): digits
only, so any barcode scanner types it, and made from the id so two PCs never hand out
the same number. The owner may keep the numbers of an old system instead (letters,
digits and - _ . /, up to 40 characters). A scanner types the number and Enter into
search; `find` answers with the customer, ignoring case and surrounding spaces.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from peewee import IntegrityError, fn

from custbook import changes, clock
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership.ledger import _check_customer, write_transaction
from custbook.models import Member
from custbook.safety import audit

_ALLOWED = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._/-]{0,39}$")


def clean(text: str) -> str:
    """The number as stored: full-width folded, spaces removed, upper case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).upper()


def check(text: str) -> str:
    number = clean(text)
    if not number:
        raise ValidationError("number", QT_TRANSLATE_NOOP("Membership", "Enter a card number."))
    if not _ALLOWED.match(number):
        raise ValidationError("number", QT_TRANSLATE_NOOP(
            "Membership", "“{text}” cannot be a card number (letters, digits and - _ . / only, "
                          "40 at most).").format(text=text.strip()))
    return number


def number_of(customer_id: int) -> str:
    row = Member.get_or_none(Member.customer == customer_id)
    return row.number if row else ""


def suggested(customer_id: int) -> str:
    return f"8{customer_id:07d}"


def find(text: str) -> int | None:
    """The customer whose card number this is (None if nobody's)."""
    number = clean(text)
    if not number or not _ALLOWED.match(number):
        return None
    row = Member.get_or_none(Member.number == number)
    return row.customer_id if row else None


@changes.reports(changes.CUSTOMERS)
def assign(customer_id: int, number: str | None = None,
           opened_on: dt.date | None = None) -> str:
    """Give (or change) a member's card number; a number already used is refused."""
    wanted = check(number) if number else None
    with write_transaction():
        _check_customer(customer_id)
        current = Member.get_or_none(Member.customer == customer_id)
        if wanted is None:
            if current is not None:
                return current.number
            wanted = suggested(customer_id)
            step = 0
            while Member.get_or_none(Member.number == wanted) is not None:
                step += 1
                wanted = f"{suggested(customer_id)}{step}"
        owner = Member.get_or_none(Member.number == wanted)
        if owner is not None and owner.customer_id != customer_id:
            raise ValidationError("number", QT_TRANSLATE_NOOP(
                "Membership", "Card number {number} belongs to another member.").format(
                    number=wanted))
        try:
            with Member._meta.database.atomic():
                if current is None:
                    Member.create(customer=customer_id, number=wanted,
                                  opened_on=opened_on or clock.today())
                elif current.number != wanted:
                    Member.update(number=wanted).where(Member.id == current.id).execute()
        except IntegrityError:
            raise ValidationError("number", QT_TRANSLATE_NOOP(
                "Membership", "Card number {number} belongs to another member.").format(
                    number=wanted)) from None
        old = current.number if current else ""
        if old != wanted:
            audit.record(customer_id, "changed", "member_number", old, wanted)
        return wanted


def count() -> int:
    return Member.select(fn.COUNT(Member.id)).scalar() or 0
