"""Core operations report which kinds of record they changed (custbook.changes.reports).

The window's hub (ui/signals.py) subscribes; here a plain list does. An operation is
told once, after it returned; operations inside another are told with the outermost;
a failed operation tells nothing of its own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import changes
from custbook.calendar import reminder_actions
from custbook.customers import contacts, customers, purchases
from custbook.errors import ValidationError
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def alone(monkeypatch):
    """Only this test's listener (a window's hub from an earlier test hears nothing)."""
    monkeypatch.setattr(changes, "_listeners", [])


@pytest.fixture
def told():
    heard: list[frozenset] = []
    changes.subscribe(heard.append)
    yield heard
    changes.unsubscribe(heard.append)


def test_an_operation_is_told_once_after_it_returned(told):
    @changes.reports(changes.CUSTOMERS)
    def rename():
        assert told == []  # nothing before it is done
        return "renamed"

    assert rename() == "renamed"
    assert told == [frozenset({changes.CUSTOMERS})]


def test_operations_inside_another_are_told_once_with_the_outermost(told):
    @changes.reports(changes.PURCHASES)
    def add_purchase():
        pass

    @changes.reports(changes.REMINDERS)
    def after_purchase():
        add_purchase()
        changes.note(changes.CONTACTS)
        assert told == []

    after_purchase()
    assert told == [frozenset({changes.PURCHASES, changes.REMINDERS, changes.CONTACTS})]


def test_a_failed_operation_tells_nothing_of_its_own(told):
    @changes.reports(changes.CUSTOMERS)
    def refuse():
        raise ValidationError("name", "A customer needs a name.")

    with pytest.raises(ValidationError):
        refuse()
    assert told == []
    changes.note(changes.BOOK)  # outside an operation: told at once
    assert told == [frozenset({changes.BOOK})]


def test_unsubscribed_listeners_hear_nothing():
    heard: list = []
    changes.subscribe(heard.append)
    changes.subscribe(heard.append)  # once only
    changes.note(changes.SETTINGS)
    changes.unsubscribe(heard.append)
    changes.note(changes.SETTINGS)
    assert heard == [frozenset({changes.SETTINGS})]


def test_the_book_s_operations_report_what_they_changed(book, told):
    customer = customers.save_customer({"name": "王小明"}, ["13800138000"])
    assert changes.CUSTOMERS in told[-1]
    told.clear()
    purchases.add_purchase(customer.id, TODAY, 8800, "茶叶")
    assert {changes.PURCHASES, changes.CUSTOMERS} <= told[-1] and len(told) == 1
    contacts.add_contact(customer.id, dt.datetime(2026, 11, 22, 9, 30), "call", "问候")
    assert {changes.CONTACTS, changes.CUSTOMERS} <= told[-1]
    reminder = reminder_actions.save_reminder(
        {"customer_id": customer.id, "title": "回访", "kind": "follow_up",
         "due_on": TODAY}, TODAY)
    assert told[-1] == frozenset({changes.REMINDERS})
    told.clear()
    with pytest.raises(ValidationError):
        customers.save_customer({"name": ""}, [])
    assert told == []
    customers.move_to_trash([customer.id])
    assert told == [frozenset({changes.CUSTOMERS})]
    assert reminder.id
