"""A purchase's points expire by the purchase's year, however late they were posted
(SQLite and PostgreSQL): changing a purchase in January re-posts its points, and they
still go with the year it was made; so do the points of a purchase entered late."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import clock, settings
from custbook.calendar import reminder_rules
from custbook.customers import customers
from custbook.membership import accounts, ledger, rules, sale
from custbook.models import MemberEntry, Reminder


@pytest.fixture
def points_expire(book):
    settings.set("member_points_per_yuan", "1")
    settings.set("member_points_expire", True)
    return customers.save_customer({"name": "陈静"}, ["137 0013 7001"]).id


def at(day: dt.date) -> None:
    clock.set_clock(clock.FixedClock(dt.datetime.combine(day, dt.time(10))))


def test_points_reposted_by_a_change_in_january_keep_the_purchases_year(points_expire):
    cid = points_expire
    at(dt.date(2025, 12, 20))
    done = sale.record_sale(cid, dt.date(2025, 12, 20), 10000)
    at(dt.date(2026, 1, 5))
    sale.edit_sale(done.purchase_id, amount_cents=12000)
    reposted = MemberEntry.get((MemberEntry.purchase == done.purchase_id)
                               & (MemberEntry.amount == 120))
    assert reposted.at.year == 2026  # the ledger line says when it was written
    assert accounts.balances(cid).points == 120
    assert rules.points_to_expire(cid, 2025) == 120  # ... but they were earned in 2025
    at(dt.date(2026, 12, 1))
    reminder_rules.run_rules(dt.date(2026, 12, 1))
    assert Reminder.select().where((Reminder.rule == "member_points")
                                   & (Reminder.customer == cid)).count() == 1
    at(dt.date(2027, 1, 1))
    assert rules.expire_points(dt.date(2027, 1, 1)) == 1
    assert accounts.balances(cid).points == 0


def test_a_purchase_entered_late_earns_in_its_own_year(points_expire):
    cid = points_expire
    at(dt.date(2026, 1, 5))
    sale.record_sale(cid, dt.date(2025, 12, 28), 5000)
    sale.record_sale(cid, dt.date(2026, 1, 5), 3000)
    assert rules.points_to_expire(cid, 2025) == 50
    assert rules.points_to_expire(cid, 2026) == 80


def test_moving_a_purchase_into_the_next_year_moves_its_points_with_it(points_expire):
    cid = points_expire
    at(dt.date(2026, 1, 5))
    done = sale.record_sale(cid, dt.date(2025, 12, 31), 4000)
    sale.edit_sale(done.purchase_id, purchased_on=dt.date(2026, 1, 2), amount_cents=6000)
    assert rules.points_to_expire(cid, 2025) == 0
    assert rules.points_to_expire(cid, 2026) == 60


def test_points_given_by_hand_count_on_the_day_they_were_given(points_expire):
    cid = points_expire
    at(dt.date(2025, 6, 1))
    ledger.earn_points(cid, 30)
    at(dt.date(2026, 3, 1))
    ledger.earn_points(cid, 20)
    assert rules.points_to_expire(cid, 2025) == 30
