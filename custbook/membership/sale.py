"""A purchase paid partly (or wholly) from the stored value, earning points: one transaction.

The purchase is recorded as usual (custbook.customers.purchases), the part paid from
the balance is a `spend` entry pointing at it, and the points it earns (custbook.
membership.rules: on the purchase's whole amount) an `earn` entry. If any of it is
refused (not enough balance) nothing is written.

A change to the purchase (`edit_sale`) keeps the card in step the ledger's way: the
entries that no longer fit are reversed and the right ones posted, in the transaction
that changes the purchase; deleting it (`delete_sale`) reverses them all.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook import changes, money
from custbook.customers import purchases
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import accounts, ledger, rules
from custbook.models import MemberEntry

CHANGED = QT_TRANSLATE_NOOP("Membership", "The purchase was changed.")


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


def _posted(purchase_id: int, kind: str, action: str) -> tuple[list[int], int]:
    """(its entries not reversed yet, their net amount) of one kind and action a purchase
    posted on the card (a reversal carries the same purchase)."""
    rows = list(MemberEntry.select(MemberEntry.id, MemberEntry.amount, MemberEntry.reverses)
                .where((MemberEntry.purchase == purchase_id) & (MemberEntry.kind == kind)
                       & (MemberEntry.action == action)).order_by(MemberEntry.id))
    undone = {r.reverses_id for r in rows if r.reverses_id is not None}
    live = [r.id for r in rows if r.reverses_id is None and r.id not in undone]
    return live, sum(r.amount for r in rows)


def on_card(purchase_id: int) -> tuple[int, bool]:
    """(the part of a purchase paid from the balance now, whether it earns points)."""
    _, spent = _posted(purchase_id, ledger.VALUE, ledger.SPEND)
    return -spent, bool(_posted(purchase_id, ledger.POINTS, ledger.EARN)[0])


@changes.reports(changes.PURCHASES, changes.CUSTOMERS)
def edit_sale(purchase_id: int, *, from_balance_cents: int | None = None,
              earn_points: bool | None = None, **fields) -> Sale:
    """Change a purchase (the fields of purchases.update_purchase) and keep the card in step.

    The part paid from the balance stays what it was (`from_balance_cents=None`), or less
    when the purchase now costs less; the points are what the changed purchase earns
    (its day's birthday month, today's tier and points per yuan: the tier a customer had
    then is not kept) if it holds points now (`earn_points=None`: one recorded without
    earning, or turned off, stays so). Re-posted points still expire with the purchase's
    year (`rules.points_to_expire` dates a purchase's points by its day). What
    changed is reversed and posted again; what did not is left alone. Refused, with
    nothing written, when the balance cannot pay the new part or the points to take
    back have been used since.
    """
    with ledger.write_transaction():
        purchases.update_purchase(purchase_id, **fields)
        now = purchases.purchase(purchase_id)
        cid, amount = now.customer_id, now.amount_cents
        spent_ids, spent = _posted(purchase_id, ledger.VALUE, ledger.SPEND)
        paid = min(-spent, amount) if from_balance_cents is None else money.check(
            from_balance_cents, "from_balance", allow_negative=True)
        if paid < 0 or paid > amount:
            raise ValidationError("from_balance", QT_TRANSLATE_NOOP(
                "Membership", "Pay from the balance between nothing and what the purchase "
                "costs."))
        earned_ids, earned = _posted(purchase_id, ledger.POINTS, ledger.EARN)
        earns = bool(earned_ids) if earn_points is None else earn_points
        points = rules.points_for(cid, amount, now.purchased_on) if earns else 0
        if paid != -spent:  # give the old part back first, then take the new one
            for entry_id in spent_ids:
                ledger.reverse(entry_id, CHANGED)
            if paid:
                try:
                    ledger.spend(cid, paid, purchase_id=purchase_id, staff_id=now.staff_id,
                                 note=now.items)
                except ValidationError as exc:
                    raise ValidationError("from_balance", exc.message) from None
        if points != earned:
            held = accounts.balances(cid).points
            if earned - points > held:
                raise ValidationError("amount", QT_TRANSLATE_NOOP(
                    "Membership", "The change takes back {points} of this purchase's points, "
                    "but only {left} are left: they have been used since.").format(
                        points=f"{earned - points:,}", left=f"{held:,}"))
            if points:  # the new points first, so the old ones always can go
                ledger.earn_points(cid, points, purchase_id=purchase_id, staff_id=now.staff_id,
                                   note=now.items)
            for entry_id in earned_ids:
                ledger.reverse(entry_id, CHANGED)
        after = accounts.balances(cid)
    return Sale(purchase_id, amount, paid, amount - paid, points, after.value_cents,
                after.points)
