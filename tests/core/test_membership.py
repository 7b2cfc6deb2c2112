"""The membership ledger: stored value, points and count cards (SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from custbook import settings
from custbook.customers import customers
from custbook.errors import CustbookError, ValidationError
from custbook.membership import accounts, figures, ledger, numbers, rules, sale
from custbook.models import AuditEntry, Customer, MemberAccount, MemberEntry, Purchase, Staff
from custbook.safety import privacy

TODAY = dt.date(2026, 11, 22)


def new_customer(name="王芳", **fields) -> int:
    return customers.save_customer({"name": name, **fields}, ["138 0013 8000"]).id


def test_a_top_up_with_a_bonus_records_cash_and_value_apart(book):
    cid = new_customer()
    eid = ledger.top_up(cid, 50000, 10000, note="充500送100")
    assert accounts.balances(cid).value_cents == 60000
    e = accounts.entry(eid)
    assert (e.action, e.amount, e.cash_cents, e.bonus_cents) == ("top_up", 60000, 50000, 10000)
    assert (e.balance_before, e.balance_after) == (0, 60000)
    p = figures.period(TODAY, TODAY)
    assert (p.top_up_cash_cents, p.top_up_value_cents, p.bonus_cents) == (50000, 60000, 10000)
    assert figures.owed(TODAY).value_cents == 60000


def test_spending_never_overdraws_and_a_refusal_writes_nothing(book):
    cid = new_customer()
    ledger.top_up(cid, 10000)
    ledger.spend(cid, 8000)
    with pytest.raises(ValidationError) as refused:
        ledger.spend(cid, 2001)
    assert refused.value.field == "amount" and "20.00" in refused.value.message
    assert accounts.balances(cid).value_cents == 2000
    assert MemberEntry.select().count() == 2
    ledger.spend(cid, 2000)
    assert accounts.balances(cid).value_cents == 0
    with pytest.raises(ValidationError):
        ledger.spend(cid, 0)
    with pytest.raises(ValidationError):
        ledger.top_up(cid, -5)


def test_a_reversal_undoes_an_entry_once_and_never_edits_it(book):
    cid = new_customer()
    top = ledger.top_up(cid, 30000, 5000)
    spent = ledger.spend(cid, 10000)
    rev = ledger.reverse(spent, "wrong customer")
    assert accounts.balances(cid).value_cents == 35000
    r = accounts.entry(rev)
    assert (r.action, r.amount, r.reverses_id, r.note) == ("spend", 10000, spent, "wrong customer")
    assert accounts.entry(spent).reversed_by == rev
    assert accounts.entry(spent).amount == -10000  # the original is untouched
    with pytest.raises(ValidationError):
        ledger.reverse(spent, "again")
    with pytest.raises(ValidationError):
        ledger.reverse(rev, "undo the undo")
    with pytest.raises(ValidationError):
        ledger.reverse(top, "")  # a reason is required
    ledger.spend(cid, 30000)
    with pytest.raises(ValidationError):  # the money of the top-up is spent: would go negative
        ledger.reverse(top, "refund")
    assert accounts.balances(cid).value_cents == 5000
    # the period figures net the reversal out
    p = figures.period(TODAY, TODAY)
    assert (p.spent_cents, p.top_up_cash_cents) == (30000, 30000)
    assert [e.id for e in accounts.ledger(cid)][0] > rev


def test_count_cards_sell_use_expire_and_never_go_below_zero(book):
    cid = new_customer()
    card = ledger.sell_count_card(cid, "洗剪吹10次卡", 10, 50000,
                                  expires_on=TODAY + dt.timedelta(days=30))
    assert figures.owed(TODAY).count_cards_cents == 50000
    ledger.use_visit(card)
    ledger.use_visit(card, 2)
    c = accounts.balances(cid).card(card)
    assert (c.left, c.bought, c.value_left_cents) == (7, 10, 35000)
    with pytest.raises(ValidationError):
        ledger.use_visit(card, 8)
    p = figures.period(TODAY, TODAY)
    assert (p.count_cards_sold, p.count_cards_cash_cents, p.visits_used) == (1, 50000, 3)
    later = TODAY + dt.timedelta(days=31)
    with pytest.raises(ValidationError) as refused:
        ledger.use_visit(card, today=later)
    assert "expired" in refused.value.message
    assert figures.owed(later).count_cards_cents == 0
    assert rules.expire_cards(later) == 1
    assert accounts.balances(cid).card(card).left == 0
    assert accounts.ledger(cid)[0].action == "expire"
    assert rules.expire_cards(later) == 0
    with pytest.raises(ValidationError):
        ledger.sell_count_card(cid, "", 10, 100)
    with pytest.raises(ValidationError):
        ledger.sell_count_card(cid, "x", 0, 100)


def test_points_rules_per_yuan_tier_and_birthday_month(book):
    settings.set("member_points_per_yuan", "2")
    cid = new_customer(birthday_calendar="solar", birthday_month=3, birthday_day=9)
    assert rules.points_for(cid, 12_345, TODAY) == 246  # ¥123.45 × 2, rounded down
    assert rules.points_for(cid, 10_000, dt.date(2027, 3, 1)) == 400  # birthday month doubles
    settings.set("member_birthday_double", False)
    assert rules.points_for(cid, 10_000, dt.date(2027, 3, 1)) == 200
    from custbook.models import Tier

    tier = Tier.select().order_by(Tier.rank.desc()).first()
    Customer.update(tier=tier.id).where(Customer.id == cid).execute()
    settings.set("member_tier_multipliers", f"{tier.name}=1.5")
    assert rules.points_for(cid, 10_000, TODAY) == 300
    with pytest.raises(ValidationError):
        rules.parse_multipliers("Gold 1.5")
    settings.set("member_point_value_cents", 2)
    assert rules.points_value_cents(500) == 1000


def test_tier_multipliers_find_a_built_in_tier_by_any_of_its_names(book):
    from custbook.models import Tier

    settings.set("member_points_per_yuan", "1")
    settings.set("member_birthday_double", False)
    gold = Tier.get(Tier.key == "gold")  # stored by key (its name "Gold"), shown as 金卡会员
    silver = Tier.get(Tier.key == "silver")
    cid = new_customer()
    Customer.update(tier=gold.id).where(Customer.id == cid).execute()
    for line in ("金卡会员=1.5", "金卡=1.5", "GOLD=1.5", "gold = 1.5"):  # what an owner writes
        settings.set("member_tier_multipliers", f"银卡会员=3\n{line}")
        assert rules.multipliers_by_tier(settings.get("member_tier_multipliers")) == {
            gold.id: Decimal("1.5"), silver.id: Decimal(3)}, line
        assert rules.points_for(cid, 10_000, TODAY) == 150, line
    settings.set("member_tier_multipliers", "没有这个等级=2")  # no such tier: no multiplier
    assert rules.points_for(cid, 10_000, TODAY) == 100


def test_redeem_part_of_the_points_and_never_more(book):
    cid = new_customer()
    ledger.earn_points(cid, 500)
    ledger.redeem_points(cid, 200, note="¥2 off")
    assert accounts.balances(cid).points == 300
    with pytest.raises(ValidationError):
        ledger.redeem_points(cid, 301)
    p = figures.period(TODAY, TODAY)
    assert (p.points_earned, p.points_redeemed) == (500, 200)
    assert figures.owed(TODAY).points == 300


def test_points_earned_in_a_year_expire_at_the_end_of_the_next_oldest_first(book, fixed_clock):
    from custbook import clock

    settings.set("member_points_expire", True)
    cid = new_customer()
    clock.set_clock(clock.FixedClock(dt.datetime(2025, 3, 1, 10)))
    ledger.earn_points(cid, 100)
    clock.set_clock(clock.FixedClock(dt.datetime(2026, 5, 1, 10)))
    ledger.earn_points(cid, 50)
    ledger.redeem_points(cid, 30)  # used from 2025's points first
    assert rules.expire_points(dt.date(2026, 12, 31)) == 0  # 2025's points live through 2026
    clock.set_clock(clock.FixedClock(dt.datetime(2027, 1, 1, 9)))
    assert rules.expire_points(dt.date(2027, 1, 1)) == 1
    assert accounts.balances(cid).points == 50  # 100 - 30 used = 70 expired; 2026's 50 remain
    assert rules.expire_points(dt.date(2027, 1, 1)) == 0


def test_a_purchase_paid_partly_from_the_balance_earns_points_in_one_transaction(book):
    cid = new_customer()
    ledger.top_up(cid, 20000)
    done = sale.record_sale(cid, TODAY, 35000, from_balance_cents=20000, items="丝巾")
    assert (done.cash_cents, done.points_earned, done.value_after, done.points_after) == (
        15000, 350, 0, 350)
    spend = accounts.ledger(cid)[1]
    assert (spend.action, spend.purchase_id) == ("spend", done.purchase_id)
    with pytest.raises(ValidationError) as refused:  # not enough: nothing at all is written
        sale.record_sale(cid, TODAY, 5000, from_balance_cents=100)
    assert refused.value.field == "from_balance"
    assert Purchase.select().count() == 1 and MemberEntry.select().count() == 3


def test_adjust_needs_a_reason_and_every_action_is_audited(book):
    cid = new_customer()
    staff = Staff.create(name="小李")
    with pytest.raises(ValidationError):
        ledger.adjust(cid, "value", 500, "")
    ledger.adjust(cid, "value", 500, "counted the till", staff_id=staff.id)
    ledger.adjust(cid, "points", 40, "old card")
    with pytest.raises(ValidationError):
        ledger.adjust(cid, "points", -41, "too many")
    rows = list(AuditEntry.select().where(AuditEntry.action == "ledger").order_by(AuditEntry.id))
    assert [(r.field, r.old_value, r.new_value) for r in rows] == [
        ("value:adjust", "0", "500"), ("points:adjust", "0", "40")]
    assert accounts.ledger(cid)[1].staff_name == "小李"


def test_member_numbers_are_unique_and_found_by_a_scan(book):
    a, b = new_customer("甲"), new_customer("乙")
    assert numbers.assign(a) == f"8{a:07d}"
    assert numbers.assign(b, " old-0042 ") == "OLD-0042"
    assert numbers.find("old-0042") == b and numbers.find(f"8{a:07d}\n") == a
    assert numbers.find("nobody") is None
    with pytest.raises(ValidationError):
        numbers.assign(a, "OLD-0042")
    with pytest.raises(ValidationError):
        numbers.assign(a, "空 格!")


def test_a_trashed_or_erased_customer_keeps_the_money_figures(book):
    cid = new_customer()
    ledger.top_up(cid, 10000, note="王芳's card")
    ledger.sell_count_card(cid, "10次卡", 10, 30000)
    numbers.assign(cid)
    privacy.erase_customer(cid)
    assert figures.owed(TODAY).value_cents == 10000
    assert figures.owed(TODAY).count_cards_cents == 30000
    assert {e.customer_id for e in MemberEntry.select()} == {None}
    assert {e.note for e in MemberEntry.select()} == {""}
    assert MemberAccount.select().where(MemberAccount.customer.is_null(False)).count() == 0
    with pytest.raises(CustbookError):
        ledger.top_up(cid, 100)


def test_slipping_members_who_still_hold_money(book):
    cid = new_customer()
    other = new_customer("李")
    for c in (cid, other):
        for day in (dt.date(2026, 1, 10), dt.date(2026, 2, 10), dt.date(2026, 3, 10)):
            from custbook.customers import purchases

            purchases.add_purchase(c, day, 1000)
    ledger.top_up(cid, 10000)
    found = figures.slipping_with_balance(TODAY)
    assert [m.customer_id for m in found] == [cid]
    assert found[0].usual_days == 29 and found[0].days_away > 58


def test_deleting_a_purchase_gives_the_balance_back_and_takes_its_points(book):
    cid = new_customer()
    ledger.top_up(cid, 20000)
    done = sale.record_sale(cid, TODAY, 30000, from_balance_cents=20000)
    assert accounts.balances(cid).points == 300
    assert sale.delete_sale(done.purchase_id) == 2
    b = accounts.balances(cid)
    assert (b.value_cents, b.points) == (20000, 0) and Purchase.select().count() == 0
    again = sale.record_sale(cid, TODAY, 10000)
    ledger.redeem_points(cid, 100)  # its points are spent: the purchase cannot go quietly
    with pytest.raises(ValidationError):
        sale.delete_sale(again.purchase_id)
    assert Purchase.select().count() == 1


def test_the_daily_run_expires_cards_and_once_a_year_the_old_points(book, fixed_clock):
    from custbook import clock

    cid = new_customer()
    clock.set_clock(clock.FixedClock(dt.datetime(2024, 6, 1, 10)))
    ledger.earn_points(cid, 80)
    clock.set_clock(clock.FixedClock(dt.datetime(2026, 11, 22, 10)))
    ledger.sell_count_card(cid, "次卡", 3, 3000, expires_on=TODAY)
    settings.set("member_points_expire", True)
    assert rules.expire_due(TODAY) == 1  # 2024's points expired at the end of 2025
    assert rules.expire_due(TODAY) == 0
    assert rules.expire_due(TODAY + dt.timedelta(days=1)) == 1  # the card, the day after
    b = accounts.balances(cid)
    assert (b.points, b.cards[0].left) == (0, 0)
