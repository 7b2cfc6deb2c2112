"""The card's Family tab: a family member whose birthday appears in the calendar; Message…
on the card."""
from __future__ import annotations

import datetime as dt

from custbook.calendar import reminder_titles, reminders
from custbook.models import ContactEntry, Customer, Reminder


def test_adding_a_family_member_puts_the_birthday_in_the_calendar(window, qtbot):
    from ui.customers.card import open_card

    cid = Customer.select(Customer.id).where(Customer.deleted_at.is_null()).first().id
    card = open_card(window, cid)
    qtbot.addWidget(card)
    panel = card.family_panel
    dialog = panel.edit(None)
    dialog.name.setText("小美")
    dialog.name.textEdited.emit("小美")
    dialog.relation.setCurrentIndex(dialog.relation.findData("child"))
    dialog.birthday.calendar.setCurrentIndex(dialog.birthday.calendar.findData("solar"))
    dialog.birthday.month.setValue(12)
    dialog.birthday.day.setValue(10)
    dialog.save()
    assert panel.people.rowCount() == 1
    assert panel.people.item(0, 0).text() == "小美"
    assert panel.people.item(0, 2).text() == "12-10"
    reminder = Reminder.get(Reminder.rule == "family")
    assert reminder.customer_id == cid and reminder.pending_on == dt.date(2026, 12, 10)
    month = reminders.month_range(2026, 12)
    assert month[0] <= reminder.next_on <= month[1]
    assert "小美" in reminder_titles.title(reminder.title, reminder.rule, reminder.rule_key,
                                          reminder.kind)


def test_message_from_the_card_logs_a_contact(window, qtbot):
    from ui.customers.card import open_card

    cid = Customer.select(Customer.id).where(Customer.deleted_at.is_null()).first().id
    card = open_card(window, cid)
    qtbot.addWidget(card)
    dialog = card.message()
    dialog.copy_button.click()
    dialog.sent_button.click()
    assert ContactEntry.select().where((ContactEntry.customer == cid)
                                       & (ContactEntry.kind == "wechat")
                                       & (ContactEntry.summary == dialog.items[0].text)).exists()


def test_message_from_a_reminder_in_the_calendar_uses_its_occasion(window, qtbot):
    from custbook.calendar import reminders as agenda
    from custbook.customers import relations
    from custbook.calendar import rules_family

    cid = Customer.select(Customer.id).where(Customer.deleted_at.is_null()).first().id
    relations.save_relation(cid, {"name": "小美", "relation": "child",
                                  "birthday_calendar": "solar", "birthday_month": 11,
                                  "birthday_day": 23})
    rules_family.after_family_change(cid, dt.date(2026, 11, 22))
    reminder = Reminder.get(Reminder.rule == "family")
    item = agenda.occurrence(reminder.id, dt.date(2026, 11, 22))
    page = window.pages["calendar"]
    page.detail.show_occurrence(item)
    assert page.detail.message.isEnabled()
    dialog = page.message(item)
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.currentData() == "family"
    assert "小美生日快乐" in dialog.text_edit.toPlainText() or \
        "小美" in dialog.text_edit.toPlainText()


def test_a_family_member_linked_to_their_own_card_shows_on_both(window, qtbot):
    from custbook.customers import relations
    from ui.customers.card import open_card

    first, second = [c for (c,) in Customer.select(Customer.id).where(
        Customer.deleted_at.is_null()).order_by(Customer.id).limit(2).tuples()]
    other = Customer.get_by_id(second).name
    card = open_card(window, first)
    qtbot.addWidget(card)
    dialog = card.family_panel.edit(None)
    dialog.name.setText(other)
    assert dialog.find_cards() >= 1
    assert dialog.card.currentData() == second
    dialog.relation.setCurrentIndex(dialog.relation.findData("spouse"))
    dialog.save()
    assert [(r.linked_id, r.relation) for r in relations.relations_of(first)] == [
        (second, "spouse")]
    assert [(r.linked_id, r.relation) for r in relations.relations_of(second)] == [
        (first, "spouse")]
