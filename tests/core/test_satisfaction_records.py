"""Satisfaction records: what the customer said after a purchase, a call or a complaint,
checked field by field and written whole or not at all."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import complaints as C
from custbook.calendar import reminder_actions
from custbook.customers import customers, purchases
from custbook.loyalty import satisfaction_records
from custbook.errors import ValidationError
from custbook.models import SatisfactionRecord, Staff
from tests.core.test_complaints import NOW, log, shop, walk_to_result  # noqa: F401 (fixture)

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def counter(book):
    """Two customers, one purchase each, two staff."""
    boss = Staff.create(name="张伟")
    clerk = Staff.create(name="李娜")
    wang = customers.save_customer({"name": "王芳"}, ["13800138000"])
    chen = customers.save_customer({"name": "陈静"}, ["13900139000"])
    coat = purchases.add_purchase(wang.id, dt.date(2026, 11, 1), 129900, "羊绒大衣",
                                  staff_id=clerk.id)
    scarf = purchases.add_purchase(chen.id, dt.date(2026, 11, 3), 19900, "围巾")
    return {"boss": boss.id, "clerk": clerk.id, "wang": wang.id, "chen": chen.id,
            "coat": coat, "scarf": scarf}


def _count() -> int:
    return SatisfactionRecord.select().count()


def test_a_rating_about_a_purchase_is_kept_with_everything_said(counter):
    rid = satisfaction_records.record(
        counter["wang"], "satisfied", subject="purchase", on=dt.date(2026, 11, 5), score=5,
        recommend=9, comment="  大衣很暖和  ", staff_id=counter["clerk"],
        purchase_id=counter["coat"], today=TODAY)
    row = satisfaction_records.get(rid)
    assert (row.rating, row.score, row.recommend, row.comment) == ("satisfied", 5, 9, "大衣很暖和")
    assert (row.subject, row.purchase_id, row.purchase_items) == ("purchase", counter["coat"],
                                                                   "羊绒大衣")
    assert row.purchase_on == dt.date(2026, 11, 1) and row.purchase_cents == 129900
    assert row.staff_name == "李娜" and row.recorded_on == dt.date(2026, 11, 5)
    assert not row.from_complaint


@pytest.mark.parametrize("change, field", [
    ({"rating": None}, "rating"),
    ({"rating": "great"}, "rating"),
    ({"score": 0}, "score"),
    ({"score": 6}, "score"),
    ({"score": True}, "score"),
    ({"recommend": -1}, "recommend"),
    ({"recommend": 11}, "recommend"),
    ({"on": dt.date(2026, 11, 23)}, "recorded_on"),
    ({"on": "yesterday"}, "recorded_on"),
    ({"purchase_id": None}, "purchase"),
    ({"subject": "gossip"}, "subject"),
    ({"staff_id": 999}, "staff"),
    ({"comment": "很" * 2001}, "comment"),
])
def test_a_refused_rating_names_the_field_and_writes_nothing(counter, change, field):
    values = {"rating": "neutral", "subject": "purchase", "on": TODAY, "score": 3,
              "recommend": 7, "purchase_id": counter["coat"], **change}
    with pytest.raises(ValidationError) as caught:
        satisfaction_records.record(counter["wang"], values.pop("rating"), today=TODAY,
                                    **values)
    assert caught.value.field == field and caught.value.message
    assert _count() == 0


def test_the_purchase_must_be_the_customers_own(counter):
    with pytest.raises(ValidationError) as caught:
        satisfaction_records.record(counter["wang"], "satisfied", subject="purchase", on=TODAY,
                                    purchase_id=counter["scarf"], today=TODAY)
    assert caught.value.field == "purchase" and "not one of this customer's" in \
        caught.value.message
    assert _count() == 0


def test_a_customer_no_longer_in_the_book_is_refused(counter):
    with pytest.raises(ValidationError) as caught:
        satisfaction_records.record(12345, "satisfied", subject="other", on=TODAY, today=TODAY)
    assert caught.value.field == "customer"


def test_the_card_lists_a_customers_ratings_newest_first_and_adds_them_up(counter):
    for day, rating, score, recommend in ((1, "neutral", 3, None), (9, "satisfied", 5, 10),
                                          (5, "dissatisfied", None, 4)):
        satisfaction_records.record(counter["wang"], rating, subject="other",
                                    on=dt.date(2026, 11, day), score=score,
                                    recommend=recommend, today=TODAY)
    satisfaction_records.record(counter["chen"], "satisfied", subject="other", on=TODAY,
                                today=TODAY)
    rows = satisfaction_records.for_customer(counter["wang"])
    assert [r.recorded_on.day for r in rows] == [9, 5, 1]
    summary = satisfaction_records.summary(rows)
    assert summary.counts == {"satisfied": 1, "neutral": 1, "dissatisfied": 1}
    assert summary.total == 3
    assert summary.average_score == 4.0  # (3 + 5) / 2
    assert summary.average_recommend == 7.0  # (10 + 4) / 2


def test_a_record_is_corrected_and_checked_again(counter):
    rid = satisfaction_records.record(counter["wang"], "neutral", subject="other", on=TODAY,
                                      score=3, today=TODAY)
    satisfaction_records.update(rid, rating="satisfied", score=None, recommend=8,
                                subject="purchase", purchase_id=counter["coat"],
                                comment="后来很喜欢", staff_id=counter["boss"],
                                on=dt.date(2026, 11, 20), today=TODAY)
    row = satisfaction_records.get(rid)
    assert (row.rating, row.score, row.recommend, row.subject, row.purchase_id) == (
        "satisfied", None, 8, "purchase", counter["coat"])
    assert row.staff_name == "张伟" and row.recorded_on == dt.date(2026, 11, 20)
    with pytest.raises(ValidationError) as caught:
        satisfaction_records.update(rid, rating="neutral", recommend=12)
    assert caught.value.field == "recommend"
    assert satisfaction_records.get(rid).rating == "satisfied"  # nothing of it was kept
    with pytest.raises(ValidationError) as caught:
        satisfaction_records.update(rid, purchase_id=counter["scarf"])
    assert caught.value.field == "purchase"
    with pytest.raises(TypeError):
        satisfaction_records.update(rid, customer_id=counter["chen"])


def test_a_record_entered_by_mistake_is_deleted(counter):
    rid = satisfaction_records.record(counter["wang"], "neutral", subject="other", on=TODAY,
                                      today=TODAY)
    satisfaction_records.delete(rid)
    assert satisfaction_records.for_customer(counter["wang"]) == []
    with pytest.raises(ValidationError) as caught:
        satisfaction_records.get(rid)
    assert caught.value.field == "record"


def test_the_done_of_a_call_keeps_recommend_comment_and_who_asked(counter):
    call = reminder_actions.save_reminder({"title": "问问大衣合不合身", "kind": "follow_up",
                                           "due_on": TODAY, "customer_id": counter["wang"]},
                                          TODAY)
    done = reminder_actions.complete(call.id, TODAY, "reached", "很合身", staff_id=counter["boss"],
                                     rating="satisfied", score=4, recommend=9,
                                     comment="会介绍朋友来",
                                     when=dt.datetime(2026, 11, 22, 10, 30))
    row = satisfaction_records.get(done.satisfaction_id)
    assert (row.subject, row.rating, row.score, row.recommend) == ("follow_up", "satisfied", 4, 9)
    assert row.comment == "会介绍朋友来" and row.staff_name == "张伟"
    assert row.recorded_on == TODAY


def test_without_a_comment_the_done_keeps_the_note_as_before(counter):
    call = reminder_actions.save_reminder({"title": "回访", "kind": "follow_up", "due_on": TODAY,
                                           "customer_id": counter["chen"]}, TODAY)
    done = reminder_actions.complete(call.id, TODAY, "reached", "围巾很好", rating="neutral")
    row = satisfaction_records.get(done.satisfaction_id)
    assert row.comment == "围巾很好" and row.score is None and row.recommend is None


def test_a_done_with_a_bad_recommend_answer_writes_nothing(counter):
    call = reminder_actions.save_reminder({"title": "回访", "kind": "follow_up", "due_on": TODAY,
                                           "customer_id": counter["chen"]}, TODAY)
    with pytest.raises(ValidationError) as caught:
        reminder_actions.complete(call.id, TODAY, "reached", rating="satisfied", recommend=11)
    assert caught.value.field == "recommend"
    with pytest.raises(ValidationError) as caught:
        reminder_actions.complete(call.id, TODAY, "reached", score=4)  # a score, no rating
    assert caught.value.field == "rating"
    assert _count() == 0
    assert reminder_actions.Reminder.get_by_id(call.id).done_at is None


def test_the_complaint_result_writes_one_record_with_who_and_their_words(shop):  # noqa: F811
    c = walk_to_result(shop, log(shop).id)
    records = satisfaction_records.for_customer(shop["customer"])
    assert len(records) == 1
    row = records[0]
    assert (row.subject, row.complaint_id, row.purchase_id) == ("complaint", c.id,
                                                                shop["purchase"])
    assert row.comment == "还行" and row.staff_id == c.result_by_id is not None
    assert row.from_complaint
    # corrected on the complaint: the same record changes
    C.record_step(c.id, "result", {"result": "neutral", "result_comment": "一般",
                                   "satisfaction_recommend": 6, "result_by": shop["boss"]},
                  now=NOW)
    again = satisfaction_records.for_customer(shop["customer"])
    assert [(r.id, r.rating, r.comment, r.recommend, r.staff_id) for r in again] == [
        (row.id, "neutral", "一般", 6, shop["boss"])]


def test_a_complaints_result_is_changed_on_the_complaint_not_on_the_card(shop):  # noqa: F811
    walk_to_result(shop, log(shop).id)
    row = satisfaction_records.for_customer(shop["customer"])[0]
    for action in (lambda: satisfaction_records.update(row.id, rating="dissatisfied"),
                   lambda: satisfaction_records.delete(row.id)):
        with pytest.raises(ValidationError) as caught:
            action()
        assert caught.value.field == "complaint"
    assert satisfaction_records.get(row.id).rating == "satisfied"
    with pytest.raises(ValidationError):
        satisfaction_records.record(shop["customer"], "satisfied", subject="complaint",
                                    on=TODAY, today=TODAY)
