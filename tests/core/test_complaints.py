"""The complaint workflow: steps give the status, nothing half-done is forgotten.

A complaint is logged, walked through the eight recovery steps, closed (never without
a result) and reopened; its follow-up lives in the calendar as a reminder that moves
with the date and goes when the complaint closes. Every refused action leaves the book
exactly as it was.
"""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import complaints as C
from custbook import money, settings
from custbook.customers import customers
from custbook.errors import ValidationError
from custbook.models import (
    Complaint,
    ComplaintCategory,
    Purchase,
    Reminder,
    SatisfactionRecord,
    Staff,
)

NOW = dt.datetime(2026, 11, 22, 15, 0)
RECEIVED = dt.datetime(2026, 11, 20, 10, 30)


def book_rows() -> dict[str, list]:
    """Every row of every table: what "the book is exactly as before" compares."""
    from tests.book_rows import every_row

    return every_row()


@pytest.fixture
def shop(book):
    """An empty book with two staff, one customer with a purchase."""
    boss = Staff.create(name="张伟", role="店长")
    clerk = Staff.create(name="李娜")
    customer = customers.save_customer({"name": "王芳"}, ["13800138000"])
    purchase = Purchase.create(customer=customer, purchased_on=dt.date(2026, 11, 1),
                               items="真丝衬衫", amount_cents=59900, staff=clerk)
    quality = ComplaintCategory.get(ComplaintCategory.sort_order == 0)
    return {"boss": boss.id, "clerk": clerk.id, "customer": customer.id,
            "purchase": purchase.id, "quality": quality.id}


def log(shop, **extra) -> Complaint:
    data = {"customer": shop["customer"], "received_at": RECEIVED, "channel": "in_store",
            "purchase": shop["purchase"], "category": shop["quality"], "severity": 2,
            "customer_words": "衬衫洗了一次就缩水了", "staff": shop["clerk"], **extra}
    return C.create_complaint(data, now=NOW)


def walk_to_result(shop, complaint_id: int, result: str = "satisfied") -> Complaint:
    at = RECEIVED + dt.timedelta(hours=1)
    C.record_step(complaint_id, "listen", {"listen_notes": "很生气，说才穿一次", "listen_at": at},
                  now=NOW)
    C.record_step(complaint_id, "apology", {"apology_given": True, "apology_words": "非常抱歉",
                                            "apology_at": at}, now=NOW)
    C.record_step(complaint_id, "cause", {"cause": "面料批次问题", "fault": "supplier"},
                  now=NOW)
    C.record_step(complaint_id, "remedy", {"remedy": "换一件新的", "remedy_accepted": True},
                  now=NOW)
    C.record_step(complaint_id, "compensation", {"compensation_kind": "voucher",
                                                 "compensation_cents": 5000}, now=NOW)
    return C.record_step(complaint_id, "result", {"result": result, "result_comment": "还行",
                                                  "satisfaction_score": 4}, now=NOW)


# ------------------------------------------------------------------ logging a complaint
def test_a_new_complaint_is_new_with_its_clock_running(shop):
    c = log(shop)
    assert (c.status, c.first_response_at) == ("new", None)
    assert C.next_step(c, NOW.date()) == "listen"
    clock = C.clock_of(c, NOW)
    assert clock.state == "overdue" and clock.deadline == RECEIVED + dt.timedelta(hours=24)


def test_a_walk_in_needs_a_name_or_phone_and_the_phone_is_checked(shop):
    before = book_rows()
    with pytest.raises(ValidationError) as caught:
        C.create_complaint({"customer_words": "态度不好", "received_at": RECEIVED}, now=NOW)
    assert caught.value.field == "customer"
    with pytest.raises(ValidationError) as caught:
        C.create_complaint({"walk_in_name": "路人", "walk_in_phone": "12345",
                            "customer_words": "态度不好", "received_at": RECEIVED}, now=NOW)
    assert caught.value.field == "walk_in_phone"
    assert book_rows() == before
    c = C.create_complaint({"walk_in_name": "路人甲", "walk_in_phone": "139 0000 1111",
                            "customer_words": "态度不好", "received_at": RECEIVED}, now=NOW)
    assert (c.customer_id, c.walk_in_phone) == (None, "+8613900001111")


@pytest.mark.parametrize("change, field", [
    ({"customer_words": "  "}, "customer_words"),
    ({"received_at": NOW + dt.timedelta(hours=2)}, "received_at"),
    ({"channel": "fax"}, "channel"),
    ({"severity": 7}, "severity"),
    ({"staff": 999}, "staff"),
])
def test_a_bad_header_names_its_field_and_writes_nothing(shop, change, field):
    before = book_rows()
    with pytest.raises(ValidationError) as caught:
        log(shop, **change)
    assert caught.value.field == field
    assert book_rows() == before


def test_the_purchase_must_be_the_customers_own(shop):
    other = customers.save_customer({"name": "李强"})
    theirs = Purchase.create(customer=other, purchased_on=dt.date(2026, 10, 1), items="外套")
    with pytest.raises(ValidationError) as caught:
        log(shop, purchase=theirs.id)
    assert caught.value.field == "purchase"


# ------------------------------------------------------------------ steps and status
def test_the_status_follows_the_steps_from_new_to_closed(shop):
    c = log(shop)
    c = C.record_step(c.id, "listen", {"listen_notes": "顾客很失望"},
                      now=RECEIVED + dt.timedelta(hours=3))
    assert c.status == "in_progress"
    assert c.first_response_at == RECEIVED + dt.timedelta(hours=3)
    assert c.listen_by_id == shop["clerk"]  # who defaults to the handler
    c = walk_to_result(shop, c.id)
    assert c.status == "resolved"
    assert C.next_step(c, NOW.date()) == "follow_up"
    c = C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29),
                                          "follow_up_by": shop["boss"]}, now=NOW)
    assert c.status == "awaiting_follow_up"
    c = C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29),
                                          "follow_up_outcome": "衣服很好，满意"},
                      now=dt.datetime(2026, 11, 29, 11))
    assert c.status == "resolved" and c.follow_up_at == dt.datetime(2026, 11, 29, 11)
    c = C.close_complaint(c.id, now=dt.datetime(2026, 11, 29, 12))
    assert c.status == "closed" and C.next_step(c, NOW.date()) is None
    assert C.derive_status(c) == c.status


def test_a_result_with_a_promise_still_pending_keeps_the_complaint_open(shop):
    c = log(shop)
    C.record_step(c.id, "promise", {"promise": "周五前到货后换新", "promise_due":
                                    dt.date(2026, 11, 27)}, now=NOW)
    c = walk_to_result(shop, c.id)
    assert c.status == "in_progress"  # the shop has not yet done what it promised
    assert c.status in C.OPEN_STATUSES
    c = C.record_step(c.id, "promise", {"promise": "周五前到货后换新", "promise_due":
                                        dt.date(2026, 11, 27), "promise_kept": True}, now=NOW)
    assert c.status == "resolved" and C.derive_status(c) == c.status


def test_a_step_time_cannot_be_before_receipt_or_in_the_future(shop):
    c = log(shop)
    for when in (RECEIVED - dt.timedelta(minutes=1), NOW + dt.timedelta(hours=1)):
        with pytest.raises(ValidationError) as caught:
            C.record_step(c.id, "listen", {"listen_notes": "x", "listen_at": when}, now=NOW)
        assert caught.value.field == "listen_at"
    assert Complaint.get_by_id(c.id).status == "new"


@pytest.mark.parametrize("step, values, field", [
    ("listen", {"listen_notes": " "}, "listen_notes"),
    ("apology", {}, "apology_given"),
    ("cause", {"cause": "", "fault": "shop"}, "cause"),
    ("cause", {"cause": "x", "fault": "martians"}, "fault"),
    ("remedy", {"remedy": ""}, "remedy"),
    ("compensation", {"compensation_kind": "gold"}, "compensation_kind"),
    ("compensation", {"compensation_kind": "refund", "compensation_cents": -100},
     "compensation_cents"),
    ("compensation", {"compensation_kind": "none", "compensation_cents": 100},
     "compensation_cents"),
    ("promise", {"promise": "三天内到货"}, "promise_due"),
    ("promise", {"promise": "x", "promise_due": dt.date(2026, 11, 1)}, "promise_due"),
    ("result", {"result": "meh"}, "result"),
    ("result", {"result": "neutral", "satisfaction_score": 9}, "satisfaction_score"),
    ("follow_up", {}, "follow_up_on"),
])
def test_each_step_says_what_it_is_missing(shop, step, values, field):
    c = log(shop)
    before = book_rows()
    with pytest.raises(ValidationError) as caught:
        C.record_step(c.id, step, values, now=NOW)
    assert caught.value.field == field and caught.value.message
    assert book_rows() == before


def test_optional_steps_are_skipped_not_forgotten(shop):
    c = walk_to_result(shop, log(shop).id)
    states = {step: C.step_state(c, step, NOW.date()) for step in C.STEPS}
    assert states == {"listen": "done", "apology": "done", "cause": "done", "remedy": "done",
                      "compensation": "done", "promise": "skipped", "result": "done",
                      "follow_up": "todo"}


def test_a_step_recorded_by_mistake_can_be_cleared(shop):
    c = log(shop)
    C.record_step(c.id, "listen", {"listen_notes": "x"}, now=NOW)
    c = C.clear_step(c.id, "listen", now=NOW)
    assert (c.status, c.listen_notes, c.listen_at, c.first_response_at) == ("new", "", None, None)


# ------------------------------------------------------------------ closing and reopening
def test_a_complaint_cannot_be_closed_without_a_result(shop):
    c = log(shop)
    C.record_step(c.id, "listen", {"listen_notes": "顾客很失望"}, now=NOW)
    before = book_rows()
    with pytest.raises(ValidationError) as caught:
        C.close_complaint(c.id, now=NOW)
    assert caught.value.field == "result"
    assert "without a result" in caught.value.message
    assert book_rows() == before


def test_a_closed_complaint_is_read_only_until_reopened(shop):
    c = walk_to_result(shop, log(shop).id, result="dissatisfied")
    C.close_complaint(c.id, now=NOW)
    with pytest.raises(ValidationError) as caught:
        C.record_step(c.id, "remedy", {"remedy": "退款"}, now=NOW)
    assert caught.value.field == "status"
    with pytest.raises(ValidationError) as caught:
        C.reopen_complaint(c.id, "  ", now=NOW)
    assert caught.value.field == "reopen_reason"
    c = C.reopen_complaint(c.id, "顾客又来了，衬衫又缩了", now=NOW + dt.timedelta(hours=1))
    assert (c.status, c.reopened_count, c.closed_at, c.result) == ("in_progress", 1, None, "")
    assert C.next_step(c, NOW.date()) == "result"
    assert "顾客又来了" in c.reopen_notes and "Dissatisfied" in c.reopen_notes
    # The earlier result stays in the customer's satisfaction history.
    assert [r.rating for r in SatisfactionRecord.select().where(
        SatisfactionRecord.complaint == c.id)] == ["dissatisfied"]
    c = C.record_step(c.id, "result", {"result": "satisfied"}, now=NOW + dt.timedelta(hours=2))
    c = C.close_complaint(c.id, now=NOW + dt.timedelta(hours=2))
    assert c.status == "closed"
    assert sorted(r.rating for r in SatisfactionRecord.select().where(
        SatisfactionRecord.complaint == c.id)) == ["dissatisfied", "satisfied"]


def test_only_a_closed_complaint_can_be_reopened(shop):
    with pytest.raises(ValidationError):
        C.reopen_complaint(log(shop).id, "why not", now=NOW)


def test_closing_warns_about_a_pending_follow_up_and_promise(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "promise", {"promise": "下周到新货通知她",
                                    "promise_due": dt.date(2026, 11, 21)}, now=NOW)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 12, 1)}, now=NOW)
    warnings = C.close_warnings(c.id, NOW.date())
    assert len(warnings) == 2 and "2026-12-01" in warnings[0] and "2026-11-21" in warnings[1]


# ------------------------------------------------------------------ satisfaction
def test_the_result_is_written_as_the_customers_satisfaction(shop):
    c = walk_to_result(shop, log(shop).id, result="neutral")
    record = SatisfactionRecord.get(SatisfactionRecord.complaint == c.id)
    assert (record.subject, record.rating, record.score, record.customer_id, record.staff_id,
            record.recorded_on) == ("complaint", "neutral", 4, shop["customer"],
                                    shop["clerk"], NOW.date())
    # Correcting the result corrects that record rather than adding another.
    C.record_step(c.id, "result", {"result": "satisfied", "result_by": shop["boss"]}, now=NOW)
    records = list(SatisfactionRecord.select().where(SatisfactionRecord.complaint == c.id))
    assert [(r.rating, r.staff_id) for r in records] == [("satisfied", shop["boss"])]
    C.clear_step(c.id, "result", now=NOW)
    assert not SatisfactionRecord.select().where(SatisfactionRecord.complaint == c.id).exists()


# ------------------------------------------------------------------ the follow-up reminder
def follow_up_reminder(complaint_id: int) -> Reminder | None:
    return Reminder.get_or_none(Reminder.rule_key == f"complaint:{complaint_id}:follow_up")


def test_the_follow_up_date_makes_moves_and_completes_a_calendar_reminder(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29),
                                      "follow_up_by": shop["boss"]}, now=NOW)
    reminder = follow_up_reminder(c.id)
    assert (reminder.kind, reminder.rule, reminder.due_on, reminder.customer_id,
            reminder.complaint_id, reminder.staff_id, reminder.done_at) == (
        "complaint", "complaint", dt.date(2026, 11, 29), shop["customer"], c.id,
        shop["boss"], None)
    assert reminder.title == "Complaint follow-up: 王芳"
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 12, 3)}, now=NOW)
    assert follow_up_reminder(c.id).due_on == dt.date(2026, 12, 3)
    assert Reminder.select().where(Reminder.complaint == c.id).count() == 1
    done = dt.datetime(2026, 12, 3, 10)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 12, 3),
                                      "follow_up_outcome": "已经穿了，很满意"}, now=done)
    reminder = follow_up_reminder(c.id)
    assert (reminder.done_at, reminder.outcome) == (done, "已经穿了，很满意")
    C.close_complaint(c.id, now=done)
    assert follow_up_reminder(c.id).done_at == done  # a done follow-up stays as history


def test_closing_with_the_follow_up_pending_removes_its_reminder(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29)}, now=NOW)
    assert follow_up_reminder(c.id) is not None
    C.close_complaint(c.id, now=NOW)
    assert not Reminder.select().where(Reminder.complaint == c.id).exists()


def test_clearing_the_follow_up_or_deleting_the_complaint_removes_the_reminder(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29)}, now=NOW)
    C.clear_step(c.id, "follow_up", now=NOW)
    assert follow_up_reminder(c.id) is None
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29)}, now=NOW)
    C.delete_complaint(c.id)
    assert Reminder.select().count() == 0 and Complaint.select().count() == 0
    assert SatisfactionRecord.select().count() == 1  # the customer's rating is kept


def test_reopening_keeps_the_old_follow_up_and_allows_a_new_one(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 22),
                                      "follow_up_outcome": "满意"}, now=NOW)
    C.close_complaint(c.id, now=NOW)
    C.reopen_complaint(c.id, "又坏了", now=NOW)
    C.record_step(c.id, "result", {"result": "neutral"}, now=NOW)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 12, 10)}, now=NOW)
    rows = list(Reminder.select().where(Reminder.complaint == c.id).order_by(Reminder.id))
    assert [(r.due_on, r.done_at is not None) for r in rows] == [
        (dt.date(2026, 11, 22), True), (dt.date(2026, 12, 10), False)]


def test_a_failed_step_leaves_the_reminder_as_it_was(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29)}, now=NOW)
    before = book_rows()
    with pytest.raises(ValidationError):
        C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2020, 1, 1)}, now=NOW)
    assert book_rows() == before


# ------------------------------------------------------------------ the clock
def test_the_response_clock_uses_the_shops_promised_hours(shop):
    c = log(shop)
    C.record_step(c.id, "listen", {"listen_notes": "x",
                                   "listen_at": RECEIVED + dt.timedelta(hours=30)}, now=NOW)
    c = Complaint.get_by_id(c.id)
    clock = C.clock_of(c, NOW)
    assert (clock.state, clock.hours, clock.promised_hours) == ("late", 30.0, 24)
    settings.set("promised_response_hours", 48)
    assert C.clock_of(c, NOW).state == "on_time"


def test_the_clock_reads_naturally_an_answer_at_once_is_not_after_0_minutes(shop):
    from custbook.complaints.view import clock_text

    c = log(shop)
    C.record_step(c.id, "listen", {"listen_notes": "x", "listen_at": RECEIVED}, now=NOW)
    c = Complaint.get_by_id(c.id)
    assert clock_text(C.clock_of(c, NOW)) == "Answered at once (promised within 24 h)."
    C.record_step(c.id, "listen", {"listen_notes": "x", "listen_at":
                                   RECEIVED + dt.timedelta(minutes=45)}, now=NOW)
    c = Complaint.get_by_id(c.id)
    assert clock_text(C.clock_of(c, NOW)) == "Answered in 45 min (promised within 24 h)."


def test_an_unanswered_complaint_turns_overdue_when_the_promised_time_is_up(shop):
    settings.set("promised_response_hours", 4)
    c = log(shop)
    assert C.clock_of(c, RECEIVED + dt.timedelta(hours=3, minutes=59)).state == "waiting"
    at_deadline = RECEIVED + dt.timedelta(hours=4, minutes=1)
    assert C.clock_of(c, at_deadline).overdue
    flt = C.ComplaintFilter(show="overdue")
    assert C.count_complaints(flt, RECEIVED + dt.timedelta(hours=3)) == 0
    [row] = C.list_complaints(flt, at_deadline)
    assert row.response_overdue and not row.promise_overdue


# ------------------------------------------------------------------ overdue promises
def test_a_promise_past_its_day_is_flagged_until_kept(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "promise", {"promise": "周五前调到同款",
                                    "promise_due": dt.date(2026, 11, 27)}, now=NOW)
    on_time = dt.datetime(2026, 11, 27, 20)
    late = dt.datetime(2026, 11, 28, 9)
    assert not C.list_complaints(C.ComplaintFilter(show="all"), on_time)[0].promise_overdue
    [row] = C.list_complaints(C.ComplaintFilter(show="overdue"), late)
    assert row.promise_overdue and row.overdue
    coming = C.promises_due(dt.date(2026, 11, 22), days_ahead=7)
    assert [(p.complaint_id, p.overdue) for p in coming] == [(c.id, False)]
    assert [p.overdue for p in C.promises_due(late.date())] == [True]
    C.record_step(c.id, "promise", {"promise": "周五前调到同款",
                                    "promise_due": dt.date(2026, 11, 27), "promise_kept": True},
                  now=late)
    assert C.count_complaints(C.ComplaintFilter(show="overdue"), late) == 0
    assert C.promises_due(late.date()) == []


# ------------------------------------------------------------------ walk-ins become cards
def test_a_walk_in_becomes_a_customer_card_with_its_history(shop):
    c = C.create_complaint({"walk_in_name": "赵女士", "walk_in_phone": "13911112222",
                            "customer_words": "试衣间太脏", "received_at": RECEIVED,
                            "staff": shop["clerk"]}, now=NOW)
    walk_to_result(shop, c.id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29)}, now=NOW)
    customer = C.make_customer(c.id, {"name": "赵敏", "source": "walk_in"}, ["139 1111 2222"])
    c = Complaint.get_by_id(c.id)
    assert (c.customer_id, c.walk_in_name) == (customer.id, "")
    assert follow_up_reminder(c.id).customer_id == customer.id
    assert SatisfactionRecord.get(SatisfactionRecord.complaint == c.id).customer_id == customer.id
    assert C.customer_by_phone("13911112222").id == customer.id
    with pytest.raises(ValidationError):
        C.make_customer(c.id, {"name": "又一个"}, [])


def test_a_bad_new_card_leaves_the_walk_in_as_it_was(shop):
    c = C.create_complaint({"walk_in_name": "赵女士", "customer_words": "太慢",
                            "received_at": RECEIVED}, now=NOW)
    before = book_rows()
    with pytest.raises(ValidationError) as caught:
        C.make_customer(c.id, {"name": ""}, [])
    assert caught.value.field == "name"
    assert book_rows() == before


# ------------------------------------------------------------------ categories and pickers
def test_categories_are_an_editable_list(shop):
    extra = C.add_category("尺码不准")
    with pytest.raises(ValidationError):
        C.add_category("尺码不准")
    C.rename_category(extra.id, "尺码偏小")
    C.move_category(extra.id, -1)
    names = [c.name for c in C.categories()]
    assert names[-2] == "尺码偏小"
    log(shop, category=extra.id)
    assert C.retire_category(extra.id) is False  # in use: hidden, not deleted
    assert "尺码偏小" not in [c.name for c in C.categories()]
    assert ComplaintCategory.get_by_id(extra.id).name == "尺码偏小"


def test_customers_are_found_by_name_or_phone_digits(shop):
    customers.save_customer({"name": "王小明"}, ["13700001234"])
    assert {c.name for c in C.find_customers("王")} == {"王小明", "王芳"}
    assert [c.name for c in C.find_customers("0138")] == ["王芳"]
    assert C.find_customers("1234")[0].phone == "137 0000 1234"
    assert C.find_customers("") == []
    assert [p.items for p in C.recent_purchases(shop["customer"])] == ["真丝衬衫"]
    assert [s.name for s in C.staff_choices()] == sorted(["张伟", "李娜"])


# ------------------------------------------------------------------ the sample shop
def test_the_status_rule_agrees_with_every_sample_complaint(sample_book):
    stored = [(c.id, c.status, C.derive_status(c)) for c in Complaint.select()]
    assert {s for _, s, _ in stored} == set(C.STATUSES)
    assert [row for row in stored if row[1] != row[2]] == []


def test_sample_follow_up_reminders_are_adopted_not_doubled(sample_book):
    c = Complaint.select().where(Complaint.status == "awaiting_follow_up").first()
    before = Reminder.select().where(Reminder.complaint == c.id).count()
    C.record_step(c.id, "follow_up", {"follow_up_on": c.follow_up_on,
                                      "follow_up_outcome": "回访了，满意"},
                  now=dt.datetime(2026, 11, 22, 9))
    rows = list(Reminder.select().where(Reminder.complaint == c.id))
    assert len(rows) == before
    assert [r.done_at is not None for r in rows if r.kind == "complaint"][-1]


def test_every_sample_complaint_can_be_viewed(sample_book):
    now = dt.datetime(2026, 11, 22, 8)
    for c in Complaint.select():
        view = C.complaint_view(c.id, now)
        assert len(view.steps) == 8 and view.customer_name
        assert sum(step.is_next for step in view.steps) <= 1


@pytest.mark.parametrize("typed, cents", [
    ("128.5", 12850), ("¥1,280", 128000), (" 0.05 ", 5), ("", 0), ("￥99", 9900),
    ("88 元", 8800),  # read as a purchase's amount is (custbook.money)
])
def test_amounts_are_read_as_typed(typed, cents):
    assert money.parse(typed, "compensation_cents", empty=0) == cents


@pytest.mark.parametrize("typed", ["12.345", "abc", "1e3x", "NaN", "-5"])
def test_a_wrong_amount_says_so(typed):
    with pytest.raises(ValidationError) as caught:
        money.parse(typed, "compensation_cents", empty=0)
    assert caught.value.field == "compensation_cents" and typed in caught.value.message \
        or typed == "-5" and "negative" in caught.value.message


def test_a_follow_up_finished_in_the_calendar_is_not_brought_back(shop):
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 29)}, now=NOW)
    done = dt.datetime(2026, 11, 22, 16)
    Reminder.update(done_at=done, outcome="打过电话了").where(
        Reminder.rule_key == f"complaint:{c.id}:follow_up").execute()  # as the calendar does
    C.record_step(c.id, "remedy", {"remedy": "换一件新的，另送一条丝巾"}, now=done)
    assert follow_up_reminder(c.id).done_at == done
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 12, 6)}, now=done)
    moved = follow_up_reminder(c.id)
    assert (moved.due_on, moved.done_at) == (dt.date(2026, 12, 6), None)


def test_a_complaint_view_without_a_given_moment_reads_the_clock(shop):
    c = log(shop)
    view = C.complaint_view(c.id)  # now=None: the one clock, not a shadowed name
    assert view.clock.state == "overdue"  # received two days before the tests' today
