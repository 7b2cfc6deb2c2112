"""Home's "messages to send today": counted without writing them, consent respected, one
queue per day that goes on where it stopped and takes in what came due since."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import settings
from custbook.calendar import reminder_rules
from custbook.customers import customers, purchases, relations
from custbook.messages import due, queues
from custbook.models import MessageQueue
from custbook.shop import home

TODAY = dt.date(2026, 11, 22)
YES = {"accepts_promotions": True, "promotions_consent_on": dt.date(2026, 1, 5)}


@pytest.fixture
def shop(book):
    settings.set("shop_name", "云裳服饰")
    made = {
        # birthday today (a service message: goes to everyone)
        "zhao": customers.save_customer({"name": "赵敏", "gender": "female",
                                         "birthday_calendar": "solar", "birthday_month": 11,
                                         "birthday_day": 22}, ["13700001111"]).id,
        # bought 3 days ago: the reassuring follow-up is due today
        "wang": customers.save_customer({"name": "王芳", "gender": "female", **YES},
                                        ["138 1234 5678"]).id,
        "li": customers.save_customer({"name": "李强", "gender": "male"}, ["13900001111"]).id,
    }
    purchases.add_purchase(made["wang"], dt.date(2026, 11, 19), 89900, "真丝衬衫 ×1")
    reminder_rules.run_rules(TODAY)
    return made


def test_an_empty_day_says_so(book):
    customers.save_customer({"name": "孙丽"}, [])
    found = due.todays_messages(TODAY, "zh_CN")
    assert (found.to_send, found.by_kind, found.left_out, found.queue_id) == (0, {}, 0, None)
    assert due.todays_queue(TODAY, "今日消息") is None
    assert MessageQueue.select().count() == 0


def test_home_counts_todays_messages_by_occasion(shop):
    day = home.the_day(TODAY)
    assert day.messages.to_send == 2
    assert day.messages.by_kind == {"birthday": 1, "follow_up": 1}
    assert day.messages.queue_id is None
    # counting writes nothing: no queue until the owner opens it
    assert MessageQueue.select().count() == 0


def test_promotional_occasions_count_only_those_who_agreed(shop):
    from custbook.models import Reminder

    for cid in (shop["wang"], shop["li"]):  # a festival greeting for both, due today
        Reminder.create(customer=cid, title="", kind="holiday", due_on=TODAY, next_on=TODAY,
                        pending_on=TODAY, show_on=TODAY)
    found = due.todays_messages(TODAY, "zh_CN")
    assert found.by_kind["festival"] == 1  # 王芳 agreed; 李强 did not
    assert found.left_out == 1
    assert found.to_send == 3
    queue_id = due.todays_queue(TODAY, "今日消息")
    progress = queues.progress(queue_id)
    assert (progress.pending, progress.excluded) == (3, 1)


def test_the_days_queue_is_made_once_and_counts_down(shop):
    queue_id = due.todays_queue(TODAY, "今日消息")
    assert due.todays_queue(TODAY, "Today's messages") == queue_id  # not a second queue
    assert MessageQueue.select().count() == 1
    first = queues.current(queue_id)
    queues.mark_sent(first.id)
    assert due.todays_messages(TODAY).to_send == 1
    queues.skip(queues.current(queue_id).id)
    found = due.todays_messages(TODAY)
    assert (found.to_send, found.dealt_with, found.queue_id) == (0, 2, queue_id)
    assert queues.queue(queue_id).finished_at is not None


def test_what_comes_due_after_the_queue_was_made_joins_it(shop):
    queue_id = due.todays_queue(TODAY, "今日消息")
    for item in queues.items(queue_id):
        queues.mark_sent(item.id)
    assert due.todays_messages(TODAY).to_send == 0
    # the owner learns today is 王芳's daughter's birthday
    relations.save_relation(shop["wang"], {"name": "小美", "relation": "child",
                                           "birthday_calendar": "solar", "birthday_month": 11,
                                           "birthday_day": 22})
    reminder_rules.run_rules(TODAY)
    assert due.todays_messages(TODAY).to_send == 1
    assert due.todays_queue(TODAY, "今日消息") == queue_id
    item = queues.current(queue_id)
    assert item.name == "王芳" and "小美" in item.text
    assert queues.queue(queue_id).finished_at is None  # open again
    assert [i.position for i in queues.items(queue_id)] == [1, 2, 3]


def test_a_window_switched_to_english_does_not_double_the_days_queue(shop):
    queue_id = due.todays_queue(TODAY, "今日消息", "zh_CN")
    assert queues.progress(queue_id).total == 2
    assert due.todays_queue(TODAY, "Today's messages", "en") == queue_id
    assert queues.progress(queue_id).total == 2  # the same two, written in Chinese
    assert due.todays_messages(TODAY, "en").to_send == 2
