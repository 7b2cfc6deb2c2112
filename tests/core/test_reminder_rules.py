"""The automatic rules: idempotent runs, and reminders that come and go with their reason."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import clock, settings
from custbook.calendar import reminder_actions, reminder_rules, reminders
from custbook.customers import purchases
from custbook.errors import Cancelled
from custbook.models import Complaint, Customer, CustomerTag, Reminder, Tag
from custbook.calendar.reminder_titles import AUTOMATIC
from tests.conftest import TODAY

D = dt.date
NOW = dt.datetime(2026, 11, 22, 10, 0)  # the tests' clock (tests/conftest.py)


def run(day: dt.date = TODAY, **kwargs) -> reminder_rules.RuleReport:
    return reminder_rules.run_rules(day, **kwargs)


def rule_state() -> set[tuple]:
    return {(r.rule_key, r.next_on, r.done_at) for r in
            Reminder.select().where(Reminder.rule.in_(AUTOMATIC))}


def open_of(customer_id: int, rule: str) -> list[Reminder]:
    return list(Reminder.select().where((Reminder.customer == customer_id)
                                        & (Reminder.rule == rule)
                                        & Reminder.next_on.is_null(False)))


def regular() -> Customer:
    """A customer with enough purchases for a usual interval, seen lately."""
    return (Customer.select().where((Customer.purchase_count >= 4)
                                    & (Customer.last_purchase_on >= TODAY - dt.timedelta(days=60)))
            .order_by(Customer.id).first())


def touch(customer_id: int, **fields) -> None:
    Customer.update(updated_at=clock.now_seconds(), **fields).where(
        Customer.id == customer_id).execute()


def test_running_the_rules_again_makes_nothing_new(sample_book):
    first = run()
    assert first.full and first.created > 100
    state = rule_state()
    keys = [key for key, _, _ in state]
    assert len(keys) == len(set(keys))
    again = run()
    assert (again.created, again.updated, again.removed) == (0, 0, 0) and not again.full
    full = run(full=True)
    assert (full.created, full.updated, full.removed) == (0, 0, 0)
    assert rule_state() == state


def test_the_first_run_in_a_book_makes_no_overdue_calls(sample_book):
    run()
    late = Reminder.select().where(Reminder.rule.in_(AUTOMATIC) & (Reminder.next_on < TODAY))
    assert late.count() == 0
    kinds = {r.rule for r in Reminder.select(Reminder.rule).where(Reminder.rule.in_(AUTOMATIC))}
    assert {"purchase_reassure", "purchase_use", "purchase_keep", "repurchase", "birthday",
            "anniversary"} <= kinds


def test_daily_runs_find_exactly_what_a_full_run_would(sample_book):
    run()
    for days in range(1, 10):
        run(TODAY + dt.timedelta(days=days))
    check = run(TODAY + dt.timedelta(days=9), full=True)
    assert (check.created, check.updated, check.removed) == (0, 0, 0)


def test_a_new_purchase_brings_its_calls_and_the_previous_ones_go(sample_book):
    run()
    customer = regular()
    pid = purchases.add_purchase(customer.id, TODAY, 19900, "真丝围巾")
    reminder_rules.after_purchase_change(customer.id, TODAY)
    calls = {r.rule: r for r in Reminder.select().where(Reminder.purchase == pid)}
    assert {rule: r.due_on for rule, r in calls.items()} == {
        "purchase_reassure": TODAY + dt.timedelta(days=3),
        "purchase_use": TODAY + dt.timedelta(days=14),
        "purchase_keep": TODAY + dt.timedelta(days=90)}
    assert [r.purchase_id for r in open_of(customer.id, "purchase_keep")] == [pid]
    again = Customer.get_by_id(customer.id)
    interval = reminder_rules.usual_interval(again.first_purchase_on, TODAY, again.purchase_count)
    repurchase = open_of(customer.id, "repurchase")
    assert [(r.rule_key, r.due_on) for r in repurchase] == [
        (f"rp:{customer.id}:{TODAY.isoformat()}", TODAY + dt.timedelta(days=interval - 7))]
    assert reminder_rules.after_purchase_change(customer.id, TODAY).created == 0


def test_a_deleted_purchase_takes_its_calls_with_it(sample_book):
    run()
    customer = regular()
    before = {r.rule_key for r in Reminder.select().where(Reminder.customer == customer.id)}
    pid = purchases.add_purchase(customer.id, TODAY, 19900, "真丝围巾")
    reminder_rules.after_purchase_change(customer.id, TODAY)
    purchases.delete_purchase(pid)
    reminder_rules.after_purchase_change(customer.id, TODAY)
    assert Reminder.select().where(Reminder.purchase == pid).count() == 0
    assert not [r for r in open_of(customer.id, "repurchase") if TODAY.isoformat() in r.rule_key]
    after = {r.rule_key for r in Reminder.select().where(Reminder.customer == customer.id)}
    assert after <= before | {r.rule_key for r in open_of(customer.id, "repurchase")}


def test_turning_a_rule_off_removes_its_open_reminders_but_not_the_done_ones(sample_book):
    run()
    done = Reminder.select().where(Reminder.rule == "purchase_use").first()
    reminder_actions.complete(done.id, TODAY, "reached", "Fits well")
    settings.set("rule_post_purchase_days", "3,0,90")
    report = run()
    assert report.full and report.removed > 0
    left = list(Reminder.select().where(Reminder.rule == "purchase_use"))
    assert [r.id for r in left] == [done.id] and left[0].done_at is not None


def test_changing_the_offsets_moves_the_open_calls(sample_book):
    run()
    settings.set("rule_post_purchase_days", "5,14,90")
    run()
    for reminder in Reminder.select().where((Reminder.rule == "purchase_reassure")
                                            & Reminder.next_on.is_null(False)):
        assert reminder.due_on == reminder.purchase.purchased_on + dt.timedelta(days=5)


def test_a_birthday_follows_the_card_solar_or_lunar_and_goes_with_it(sample_book):
    run()
    customer = Customer.select().where(Customer.birthday_calendar == "").first()
    touch(customer.id, birthday_calendar="lunar", birthday_month=8, birthday_day=15)
    run(TODAY + dt.timedelta(days=1))  # the daily run sees the changed card
    series = Reminder.get(Reminder.rule_key == f"bd:{customer.id}")
    assert (series.repeat, series.lunar_month, series.lunar_day) == ("yearly_lunar", 8, 15)
    assert (series.next_on, series.show_on) == (D(2027, 9, 15), D(2027, 9, 12))
    coming = reminders.agenda(D(2027, 9, 12)).upcoming  # shown three days ahead
    assert series.id in [item.reminder_id for item in coming]
    touch(customer.id, birthday_calendar="solar", birthday_month=12, birthday_day=24)
    reminder_rules.after_customer_change(customer.id, TODAY)
    series = Reminder.get_by_id(series.id)
    assert (series.repeat, series.next_on) == ("yearly", D(2026, 12, 24))
    touch(customer.id, birthday_calendar="", birthday_month=None, birthday_day=None)
    reminder_rules.after_customer_change(customer.id, TODAY)
    assert Reminder.get_or_none(Reminder.rule_key == f"bd:{customer.id}") is None


def test_a_birthday_already_in_the_book_is_not_greeted_twice(sample_book):
    hand_made = Reminder.select().where((Reminder.kind == "birthday") & (Reminder.rule == "sample")
                                        & Reminder.next_on.is_null(False)).first()
    run()
    series = Reminder.get(Reminder.rule_key == f"bd:{hand_made.customer_id}")
    assert series.next_on > hand_made.due_on + dt.timedelta(days=300)


def test_holiday_greetings_go_to_customers_who_accept_promotions_or_carry_the_tag(sample_book):
    settings.set("rule_holiday_list", "mid_autumn,mothers_day")
    settings.set("rule_holiday_tag", "月饼礼盒名单")
    day = D(2027, 9, 1)  # Mid-Autumn 2027 is 15 September
    promoted = Customer.select().where(Customer.accepts_promotions).first()
    tagged, neither = (Customer.select().where(~Customer.accepts_promotions)
                       .order_by(Customer.id).limit(2))
    tag, _ = Tag.get_or_create(name="月饼礼盒名单")
    CustomerTag.get_or_create(customer=tagged, tag=tag)
    run(day)
    keys = {r.rule_key for r in Reminder.select().where(Reminder.rule == "holiday")}
    assert f"hd:mid_autumn:2027:{promoted.id}" in keys
    assert f"hd:mid_autumn:2027:{tagged.id}" in keys
    assert f"hd:mid_autumn:2027:{neither.id}" not in keys
    greeting = Reminder.get(Reminder.rule_key == f"hd:mid_autumn:2027:{promoted.id}")
    assert greeting.next_on == D(2027, 9, 15)
    item = reminders.occurrence(greeting.id, day)
    assert item.title == "Mid-Autumn Festival greeting"
    touch(promoted.id, accepts_promotions=False)
    run(day + dt.timedelta(days=1))
    assert Reminder.get_or_none(Reminder.rule_key == f"hd:mid_autumn:2027:{promoted.id}") is None
    run(D(2027, 9, 23))  # a greeting nobody sent is dropped a week after the day
    assert Reminder.select().where((Reminder.rule == "holiday")
                                   & Reminder.next_on.is_null(False)).count() == 0


def test_mothers_day_greets_women_only(sample_book):
    settings.set("rule_holiday_list", "mothers_day")
    run(D(2027, 4, 20))  # Mother's Day 2027 is 9 May
    greeted = [r.customer for r in Reminder.select().where(Reminder.rule == "holiday")]
    assert greeted and {c.gender for c in greeted} == {"female"}


def test_a_closed_complaint_takes_its_follow_up_with_it(sample_book):
    run()
    follow_up = Reminder.select().where((Reminder.kind == "complaint")
                                        & Reminder.next_on.is_null(False)
                                        & Reminder.complaint.is_null(False)).first()
    Complaint.update(status="closed", closed_at=NOW).where(
        Complaint.id == follow_up.complaint_id).execute()
    report = reminder_rules.after_complaint_change(follow_up.complaint_id, TODAY)
    assert report.removed == 1
    assert Reminder.get_or_none(Reminder.id == follow_up.id) is None


def test_a_customer_slipping_away_gets_a_call_and_it_goes_when_they_come_back(sample_book):
    run()
    customer = Customer.select().where(Customer.purchase_count == 1).first()
    seen = TODAY - dt.timedelta(days=181)  # more than the 180 days of the setting
    touch(customer.id, first_purchase_on=seen, last_purchase_on=seen, last_visit_on=seen)
    run(TODAY + dt.timedelta(days=1))
    call = open_of(customer.id, "slipping")
    assert [(r.rule_key, r.kind) for r in call] == [(f"sl:{customer.id}:{seen}", "slipping")]
    touch(customer.id, last_visit_on=TODAY + dt.timedelta(days=1))
    run(TODAY + dt.timedelta(days=2))
    assert open_of(customer.id, "slipping") == []


def test_a_cancelled_run_changes_nothing(sample_book):
    count = Reminder.select().count()
    with pytest.raises(Cancelled):
        run(progress=lambda done, total: done < 4)
    assert Reminder.select().count() == count
    assert settings.get("rules_ran_on") == ""


def test_what_the_customer_card_shows(sample_book):
    run()
    customer = regular()
    items = reminders.reminders_of(customer.id, TODAY)
    assert items and all(i.customer_id == customer.id and i.status == "open" for i in items)
    assert reminders.next_reminder_on(customer.id) == min(i.day for i in items)
    assert reminders.next_reminder_on(999_999) is None


def test_a_follow_up_written_by_the_complaint_log_shows_and_moves_with_it(sample_book):
    """The complaint log writes its reminder rows itself; the calendar catches them up."""
    from custbook.calendar import reminder_schedule

    customer = regular()
    row = Reminder.create(customer=customer, title="投诉回访：换货", kind="complaint",
                          due_on=TODAY + dt.timedelta(days=2), rule="complaint",
                          rule_key="complaint:999:follow_up")
    assert reminder_schedule.catch_up(TODAY, "complaint") == 1
    assert row.id in [i.reminder_id for i in reminders.agenda(TODAY).upcoming]
    Reminder.update(due_on=TODAY).where(Reminder.id == row.id).execute()  # the day moved
    reminder_schedule.catch_up(TODAY, "complaint")
    assert row.id in [i.reminder_id for i in reminders.agenda(TODAY).today]
    Reminder.update(done_at=NOW).where(Reminder.id == row.id).execute()  # done in the log
    reminder_schedule.catch_up(TODAY, "complaint")
    assert Reminder.get_by_id(row.id).next_on is None
