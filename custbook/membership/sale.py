"""A purchase paid partly (or wholly) from the stored value, earning points: one transaction.

The purchase is recorded as usual (custbook.customers.purchases), the part paid from
the balance is a `spend` entry pointing at it, and the points it earns (custbook.
membership.rules: on the purchase's whole amount) an `earn` entry. If any of it is
refused (not enough balance) nothing is written.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook import changes
from custbook.customers import purchases
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import accounts, ledger, rules
from custbook.models import MemberEntry


@dataclass(frozen=True)
class Sale:
    purchase_id: int
    amount_cents: int
    from_balance_cents: int
    cash_cents: int
    points_earned: int
    value_after: int
    points_after: int


@changes.reports(changes.PURCHASES, changes.CUSTOMERS)
def record_sale(customer_id: int, purchased_on: dt.date, amount_cents: int, *,
                from_balance_cents: int = 0, earn_points: bool = True, items: str = "",
                product_codes: str = "", staff_id: int | None = None, note: str = "") -> Sale:
    """Record a purchase, pay `from_balance_cents` of it from the balance, earn its points."""
    if from_balance_cents < 0:
        raise ValidationError("from_balance", QT_TRANSLATE_NOOP(
            "Membership", "The amount cannot be negative."))
    if from_balance_cents > amount_cents:
        raise ValidationError("from_balance", QT_TRANSLATE_NOOP(
            "Membership", "More cannot be paid from the balance than the purchase costs."))
    with ledger.write_transaction():
        purchase_id = purchases.add_purchase(customer_id, purchased_on, amount_cents, items,
                                             product_codes, staff_id, note)
        if from_balance_cents:
            try:
                ledger.spend(customer_id, from_balance_cents, purchase_id=purchase_id,
                             staff_id=staff_id, note=items)
            except ValidationError as exc:
                raise ValidationError("from_balance", exc.message) from None
        points = rules.points_for(customer_id, amount_cents, purchased_on) if earn_points else 0
        if points:
            ledger.earn_points(customer_id, points, purchase_id=purchase_id, staff_id=staff_id,
                               note=items)
        after = accounts.balances(customer_id)
    return Sale(purchase_id, amount_cents, from_balance_cents,
                amount_cents - from_balance_cents, points, after.value_cents, after.points)


@changes.reports(changes.PURCHASES, changes.CUSTOMERS)
def delete_sale(purchase_id: int) -> int:
    """Delete a purchase and reverse what it did on the member's card; returns the reversals.

    The part paid from the balance goes back to it and the points it earned are taken
    back, in the transaction that deletes the purchase. If the points were spent since,
    nothing is deleted and the refusal says why.
    """
    reason = QT_TRANSLATE_NOOP("Membership", "The purchase was deleted.")
    with ledger.write_transaction():
        mine = [e.id for e in MemberEntry.select(MemberEntry.id).where(
            (MemberEntry.purchase == purchase_id) & MemberEntry.reverses.is_null())
            .order_by(MemberEntry.id.desc())]
        undone = {e.reverses_id for e in MemberEntry.select(MemberEntry.reverses).where(
            MemberEntry.reverses.in_(mine))} if mine else set()
        entries = [i for i in mine if i not in undone]
        for entry_id in entries:
            ledger.reverse(entry_id, reason)
        purchases.delete_purchase(purchase_id)
    return len(entries)
