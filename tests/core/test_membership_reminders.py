"""Membership calls: a count card about to expire, and a member with money who stopped coming."""
from __future__ import annotations

import datetime as dt

from custbook.calendar import reminder_rules, reminder_titles
from custbook.customers import customers, purchases
from custbook.membership import figures, ledger
from custbook.models import Reminder

TODAY = dt.date(2026, 11, 22)


def calls(rule: str) -> list[Reminder]:
    return list(Reminder.select().where(Reminder.rule == rule))


def test_a_count_card_expiring_within_30_days_gets_one_call_that_goes_when_used_up(book):
    cid = customers.save_customer({"name": "王芳"}, []).id
    card = ledger.sell_count_card(cid, "10次卡", 2, 20000, expires_on=TODAY + dt.timedelta(days=20))
    ledger.sell_count_card(cid, "远期卡", 2, 20000, expires_on=TODAY + dt.timedelta(days=90))
    reminder_rules.run_rules(TODAY, full=True)
    made = calls("member_card")
    assert [(r.customer_id, r.due_on) for r in made] == [(cid, TODAY + dt.timedelta(days=6))]
    assert reminder_titles.title("", "member_card", made[0].rule_key, made[0].kind) == \
        "Count card expiring soon"
    reminder_rules.run_rules(TODAY, full=True)
    assert len(calls("member_card")) == 1
    ledger.use_visit(card, 2)
    reminder_rules.run_rules(TODAY, full=True)
    assert calls("member_card") == []


def test_a_member_with_money_who_stopped_coming_is_one_slipping_call(book):
    cid = customers.save_customer({"name": "李娜"}, []).id
    plain = customers.save_customer({"name": "张伟"}, []).id
    for c in (cid, plain):
        for day in (dt.date(2026, 1, 10), dt.date(2026, 2, 10), dt.date(2026, 3, 10)):
            purchases.add_purchase(c, day, 1000)
    ledger.top_up(cid, 50000)
    assert [m.customer_id for m in figures.slipping_with_balance(TODAY)] == [cid]
    reminder_rules.run_rules(TODAY, full=True)
    mine = calls("member_slipping")
    assert [r.customer_id for r in mine] == [cid]
    # the plain slipping-away rule makes no second call for the member
    assert not [r for r in calls("slipping") if r.customer_id == cid]
    ledger.spend(cid, 50000)  # no money left: no new member call after the next visit
    reminder_rules.run_rules(TODAY, full=True)
    assert len(calls("member_slipping")) == 1
