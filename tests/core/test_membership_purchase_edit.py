"""Changing or deleting a purchase keeps the member card in step (SQLite and PostgreSQL).

The ledger is never edited: what no longer fits is reversed and the right entry posted,
in the transaction that changes the purchase; a refusal writes nothing.
"""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import settings
from custbook.customers import customers, purchases
from custbook.errors import ValidationError
from custbook.membership import accounts, ledger, sale
from custbook.models import MemberEntry

TODAY = dt.date(2026, 11, 22)


def member(value_cents: int = 0) -> int:
    cid = customers.save_customer({"name": "李娜"}, ["139 0013 9000"]).id
    if value_cents:
        ledger.top_up(cid, value_cents)
    return cid


def live(purchase_id: int, action: str) -> list[accounts.Entry]:
    """The purchase's entries of one action that are not reversed (what it holds now)."""
    rows = MemberEntry.select(MemberEntry.customer).where(MemberEntry.purchase == purchase_id)
    cid = rows.first().customer_id
    return [e for e in accounts.ledger(cid) if e.purchase_id == purchase_id
            and e.action == action and e.reverses_id is None and e.reversed_by is None]


def test_a_dearer_purchase_earns_the_new_points_by_a_reversal_and_a_new_entry(book):
    cid = member()
    done = sale.record_sale(cid, TODAY, 30000, items="丝巾")
    old = live(done.purchase_id, "earn")[0]
    changed = sale.edit_sale(done.purchase_id, amount_cents=45000)
    assert (changed.points_earned, changed.points_after) == (450, 450)
    assert accounts.entry(old.id).reversed_by is not None  # the old entry stays, reversed
    [new] = live(done.purchase_id, "earn")
    assert (new.amount, new.note) == (450, "丝巾")
    assert purchases.purchase(done.purchase_id).amount_cents == 45000


def test_a_change_that_moves_no_amount_leaves_the_ledger_alone(book):
    cid = member(20000)
    done = sale.record_sale(cid, TODAY, 30000, from_balance_cents=10000)
    before = MemberEntry.select().count()
    sale.edit_sale(done.purchase_id, items="围巾", note="换了颜色")
    assert MemberEntry.select().count() == before
    assert purchases.purchase(done.purchase_id).items == "围巾"


def test_a_cheaper_purchase_gives_back_what_was_paid_beyond_its_price(book):
    cid = member(50000)
    done = sale.record_sale(cid, TODAY, 40000, from_balance_cents=40000)
    assert accounts.balances(cid).value_cents == 10000
    changed = sale.edit_sale(done.purchase_id, amount_cents=25000)
    assert (changed.from_balance_cents, changed.cash_cents) == (25000, 0)
    b = accounts.balances(cid)
    assert (b.value_cents, b.points) == (25000, 250)
    [spend] = live(done.purchase_id, "spend")
    assert spend.amount == -25000


def test_a_dearer_purchase_keeps_the_part_paid_from_the_balance(book):
    cid = member(20000)
    done = sale.record_sale(cid, TODAY, 20000, from_balance_cents=20000)
    changed = sale.edit_sale(done.purchase_id, amount_cents=26000)
    assert (changed.from_balance_cents, changed.cash_cents) == (20000, 6000)
    assert accounts.balances(cid).value_cents == 0
    assert len(live(done.purchase_id, "spend")) == 1


def test_paying_more_from_the_balance_than_it_holds_is_refused_and_nothing_changes(book):
    cid = member(20000)
    done = sale.record_sale(cid, TODAY, 30000, from_balance_cents=15000)
    entries = MemberEntry.select().count()
    with pytest.raises(ValidationError) as refused:
        sale.edit_sale(done.purchase_id, amount_cents=50000, from_balance_cents=30000)
    assert refused.value.field == "from_balance"
    assert MemberEntry.select().count() == entries
    assert purchases.purchase(done.purchase_id).amount_cents == 30000
    assert accounts.balances(cid).value_cents == 5000
    sale.edit_sale(done.purchase_id, from_balance_cents=20000)  # ¥50 more: the ¥50 left
    assert accounts.balances(cid).value_cents == 0


def test_points_used_since_are_not_taken_back_by_a_cheaper_purchase(book):
    cid = member()
    done = sale.record_sale(cid, TODAY, 30000)
    ledger.redeem_points(cid, 250)  # 50 of its 300 points left
    entries = MemberEntry.select().count()
    with pytest.raises(ValidationError) as refused:
        sale.edit_sale(done.purchase_id, amount_cents=10000)  # would take back 200
    assert refused.value.field == "amount" and "200" in refused.value.message
    assert MemberEntry.select().count() == entries
    assert purchases.purchase(done.purchase_id).amount_cents == 30000
    sale.edit_sale(done.purchase_id, amount_cents=26000)  # takes back 40 of the 50: fine
    assert accounts.balances(cid).points == 10


def test_a_purchase_that_earned_nothing_stays_so_unless_told(book):
    cid = member()
    done = sale.record_sale(cid, TODAY, 30000, earn_points=False)
    sale.edit_sale(done.purchase_id, amount_cents=40000)
    assert accounts.balances(cid).points == 0
    sale.edit_sale(done.purchase_id, earn_points=True)
    assert accounts.balances(cid).points == 400
    sale.edit_sale(done.purchase_id, earn_points=False)
    assert accounts.balances(cid).points == 0 and live(done.purchase_id, "earn") == []


def test_points_follow_the_rules_of_the_changed_day_and_amount(book):
    settings.set("member_points_per_yuan", "2")
    settings.set("member_birthday_double", True)
    cid = customers.save_customer({"name": "周敏", "birthday_month": 10, "birthday_day": 3},
                                  ["137 0013 7000"]).id
    done = sale.record_sale(cid, dt.date(2026, 11, 2), 10000)
    assert accounts.balances(cid).points == 200
    sale.edit_sale(done.purchase_id, purchased_on=dt.date(2026, 10, 5))  # birthday month
    assert accounts.balances(cid).points == 400


def test_a_bad_change_to_the_purchase_itself_writes_nothing_on_the_card(book):
    cid = member(20000)
    done = sale.record_sale(cid, TODAY, 30000, from_balance_cents=20000)
    entries = MemberEntry.select().count()
    with pytest.raises(ValidationError) as refused:
        sale.edit_sale(done.purchase_id, amount_cents=-5)
    assert refused.value.field == "amount"
    with pytest.raises(ValidationError):
        sale.edit_sale(done.purchase_id, purchased_on=TODAY + dt.timedelta(days=9))
    assert MemberEntry.select().count() == entries


def test_deleting_a_changed_purchase_reverses_what_it_holds_now(book):
    cid = member(50000)
    done = sale.record_sale(cid, TODAY, 40000, from_balance_cents=40000)
    sale.edit_sale(done.purchase_id, amount_cents=30000)
    assert sale.delete_sale(done.purchase_id) == 2  # the live spend and earn, not the old
    b = accounts.balances(cid)
    assert (b.value_cents, b.points) == (50000, 0)
