"""A purchase brings its follow-up calls to the calendar at once, and takes them away."""
from __future__ import annotations

import datetime as dt

from custbook import clock
from custbook.customers import customers, purchases
from custbook.models import Reminder


def follow_ups(customer_id: int) -> list[Reminder]:
    return list(Reminder.select().where((Reminder.customer == customer_id)
                                        & (Reminder.rule != "")))


def test_a_new_purchase_schedules_calls_and_deleting_it_removes_them(book):
    customer = customers.save_customer({"name": "王芳"}, ["13800138000"])
    bought = purchases.add_purchase(customer.id, clock.today(), 59900, "真丝衬衫 ×1")
    calls = follow_ups(customer.id)
    assert calls, "the post-purchase cycle should plan at least one call"
    assert all(r.due_on >= clock.today() for r in calls)
    rules = {r.rule for r in calls}
    purchases.delete_purchase(bought)
    left = [r for r in follow_ups(customer.id) if r.rule in rules and r.done_at is None]
    assert left == []
