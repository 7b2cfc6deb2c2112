"""What the owner does with a reminder: done (into the contact log, with a rating), edit,
remove; each in one transaction."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.calendar import reminder_actions, reminder_rules, reminders
from custbook.customers import contacts
from custbook.errors import ValidationError
from custbook.models import Customer, Reminder, SatisfactionRecord
from tests.conftest import TODAY


def _customer() -> Customer:
    return Customer.select().order_by(Customer.id).first()


def test_done_writes_the_contact_log_and_a_follow_up_rating(sample_book):
    customer = _customer()
    once = reminder_actions.save_reminder({"title": "Ask how the coat fits", "kind": "follow_up",
                                           "due_on": TODAY, "customer_id": customer.id}, TODAY)
    done = reminder_actions.complete(once.id, TODAY, "reached", "Loves it, wants the scarf too",
                                     contact_kind="wechat", rating="satisfied", score=5)
    entry = contacts.contacts_of(customer.id)[0]
    assert entry.id == done.contact_id and entry.kind == "wechat"
    assert entry.summary == "Ask how the coat fits"
    assert entry.outcome == "Reached: Loves it, wants the scarf too"
    record = SatisfactionRecord.get_by_id(done.satisfaction_id)
    assert (record.subject, record.rating, record.score) == ("follow_up", "satisfied", 5)
    row = Reminder.get_by_id(once.id)
    assert row.done_at is not None and row.result == "reached" and row.next_on is None
    assert once.id not in [i.reminder_id for i in reminders.agenda(TODAY).today]


def test_a_refused_done_writes_nothing(sample_book):
    customer = _customer()
    once = reminder_actions.save_reminder({"title": "Call", "kind": "follow_up", "due_on": TODAY,
                                           "customer_id": customer.id}, TODAY)
    before = len(contacts.contacts_of(customer.id))
    with pytest.raises(ValidationError) as caught:
        reminder_actions.complete(once.id, TODAY, "reached", rating="great")
    assert caught.value.field == "rating"
    assert len(contacts.contacts_of(customer.id)) == before
    assert Reminder.get_by_id(once.id).done_at is None


def test_removing_a_rule_reminder_dismisses_it_so_the_rule_does_not_bring_it_back(sample_book):
    reminder_rules.run_rules(TODAY)
    made = Reminder.select().where(Reminder.rule == "purchase_use").first()
    assert reminder_actions.remove(made.id) == "dismissed"
    reminder_rules.run_rules(TODAY, full=True)
    row = Reminder.get_by_id(made.id)
    assert row.result == "dismissed" and row.next_on is None
    hand = reminder_actions.save_reminder({"title": "Mine", "kind": "custom", "due_on": TODAY},
                                          TODAY)
    assert reminder_actions.remove(hand.id) == "deleted"
    assert Reminder.get_or_none(Reminder.id == hand.id) is None


def test_editing_a_rule_reminder_keeps_its_rule_and_moves_only_this_time(sample_book):
    reminder_rules.run_rules(TODAY)
    made = Reminder.select().where((Reminder.rule == "purchase_use")
                                   & (Reminder.next_on > TODAY)).first()
    later = made.next_on + dt.timedelta(days=2)
    reminder_actions.save_reminder({"title": "Show her the new scarves", "notes": "blue",
                                    "due_on": later}, TODAY, made.id)
    row = Reminder.get_by_id(made.id)
    assert (row.rule, row.pending_on, row.next_on) == ("purchase_use", made.pending_on, later)
    assert row.title == "Show her the new scarves"
    reminder_rules.run_rules(TODAY, full=True)
    assert Reminder.get_by_id(made.id).next_on == later
