"""What needs attention on a card: open complaints, promises coming due, the next reminder."""
from __future__ import annotations

import datetime as dt

from custbook import complaints as C
from custbook.calendar import reminder_actions
from custbook.customers import attention, customers
from tests.conftest import TODAY

NOW = dt.datetime(2026, 11, 22, 10, 0)


def test_a_customer_with_nothing_open_needs_no_attention(book):
    someone = customers.save_customer({"name": "王芳"}, ["13800138000"])
    found = attention.attention(someone.id, TODAY)
    assert found.nothing and found.next_reminder is None


def test_open_complaints_promises_and_the_next_reminder_are_listed(book):
    someone = customers.save_customer({"name": "王芳"}, ["13800138000"])
    c = C.create_complaint({"customer": someone.id, "customer_words": "拉链坏了",
                            "received_at": NOW - dt.timedelta(days=2)}, now=NOW)
    C.record_step(c.id, "promise", {"promise": "周五前换新", "promise_due": TODAY}, now=NOW)
    reminder_actions.save_reminder({"title": "问问新外套合不合身", "kind": "follow_up", "due_on": TODAY
                                    + dt.timedelta(days=3), "customer_id": someone.id}, TODAY)
    found = attention.attention(someone.id, TODAY)
    assert found.open_complaints == 1
    assert found.promises == ((TODAY, "周五前换新"),)
    assert found.next_reminder is not None and not found.nothing
    C.record_step(c.id, "promise", {"promise": "周五前换新", "promise_due": TODAY,
                                    "promise_kept": True}, now=NOW)
    assert attention.attention(someone.id, TODAY).promises == ()
