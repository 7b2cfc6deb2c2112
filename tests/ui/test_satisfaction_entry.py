"""Recording satisfaction as the owner does: one of three big buttons after a purchase
(from the card's purchase list) or a call (the calendar's Done), seeing it in the card's
Satisfaction tab, correcting and deleting it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from custbook.calendar import reminder_actions, reminders
from custbook.customers import customers, purchases
from custbook.loyalty import satisfaction_records
from custbook.safety import audit
from custbook.models import SatisfactionRecord, Staff
from tests.conftest import TODAY
from tests.ui.customer_helpers import answer_box, close_cards_without_asking, type_into
from ui.calendar.done_dialog import DoneDialog
from ui.customers.card import open_card
from ui.satisfaction_entry import RatingButtons, SatisfactionDialog
from ui.signals import bus

Click = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()
    audit.set_current_staff(None)


def card_for(qtbot, customer_id: int):
    card = open_card(None, customer_id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    return card


def customer_with_purchases() -> customers.CustomerRow:
    rows = customers.list_customers(0, 300, "spent", descending=True)
    return next(r for r in rows if "\u4e00" <= r.name[0] <= "\u9fff")


def table_rows(panel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_purchase_is_rated_from_the_card_and_listed_in_its_satisfaction_tab(sample_book,
                                                                              qtbot):
    someone = customer_with_purchases()
    clerk = Staff.select().order_by(Staff.id).first()
    audit.set_current_staff(clerk.id)
    card = card_for(qtbot, someone.id)
    before = len(satisfaction_records.for_customer(someone.id))
    card.tabs.setCurrentWidget(card.purchases_tab)
    panel = card.purchases_panel
    button = panel.findChild(type(panel.edit_button), "purchaseSatisfactionButton")
    assert not button.isEnabled()  # nothing chosen yet
    panel.table.selectRow(0)
    chosen = panel.current()
    qtbot.mouseClick(button, Click)
    dialog = panel.satisfaction_dialog
    assert dialog.isVisible() and dialog.about_value() == ("purchase", chosen.id)
    assert dialog.entry.staff.currentData() == clerk.id  # whoever is on duty asked
    qtbot.mouseClick(dialog.entry.rating.buttons["satisfied"], Click)
    dialog.entry.score.setValue(5)
    dialog.entry.recommend.setValue(9)
    type_into(dialog.entry.comment, "大衣很暖和，还想要围巾")
    changes = []
    bus().sig_data_changed.connect(changes.append)
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.save_button, Click)
    assert changes and "satisfaction" in changes[-1]
    rows = satisfaction_records.for_customer(someone.id)
    assert len(rows) == before + 1
    new = next(r for r in rows if r.id == dialog.record_id)
    assert (new.subject, new.purchase_id, new.rating, new.score, new.recommend) == (
        "purchase", chosen.id, "satisfied", 5, 9)
    assert new.comment == "大衣很暖和，还想要围巾" and new.staff_id == clerk.id
    card.tabs.setCurrentWidget(card.satisfaction_tab)
    shown = table_rows(card.satisfaction_panel)
    line = next(r for r in shown if r[5] == "大衣很暖和，还想要围巾")
    assert line[2] == "Satisfied" and line[3] == "5/5" and line[4] == "9/10"
    assert line[1].startswith("Purchase of " + chosen.purchased_on.isoformat())
    assert line[6] == clerk.name
    assert card.satisfaction_panel.totals.text().startswith(f"Ratings: {before + 1} (")


def test_a_rating_is_corrected_and_deleted_in_the_satisfaction_tab(sample_book, qtbot):
    someone = customer_with_purchases()
    rid = satisfaction_records.record(someone.id, "neutral", subject="other", on=TODAY,
                                      comment="还行吧", today=TODAY)
    card = card_for(qtbot, someone.id)
    card.tabs.setCurrentWidget(card.satisfaction_tab)
    panel = card.satisfaction_panel
    row = next(i for i, r in enumerate(panel.records) if r.id == rid)
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.edit_button, Click)
    dialog = panel.dialog
    assert dialog.entry.rating.value() == "neutral" and dialog.entry.comment.text() == "还行吧"
    qtbot.mouseClick(dialog.entry.rating.buttons["dissatisfied"], Click)
    type_into(dialog.entry.comment, "裤脚太长")
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(dialog.save_button, Click)
    assert satisfaction_records.get(rid).rating == "dissatisfied"
    row = next(i for i, r in enumerate(panel.records) if r.id == rid)
    assert table_rows(panel)[row][2] == "Dissatisfied" and table_rows(panel)[row][5] == "裤脚太长"
    panel.table.selectRow(row)
    answer_box(qtbot, QMessageBox.StandardButton.Yes, "deleteSatisfactionBox")
    qtbot.mouseClick(panel.delete_button, Click)
    qtbot.waitUntil(lambda: all(r.id != rid for r in panel.records), timeout=3000)
    assert SatisfactionRecord.get_or_none(SatisfactionRecord.id == rid) is None


def test_a_refused_rating_says_why_under_the_field_and_keeps_what_was_typed(sample_book,
                                                                             qtbot):
    someone = customer_with_purchases()
    before = SatisfactionRecord.select().count()
    dialog = SatisfactionDialog(None, someone.id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.entry.comment, "没说满不满意")
    dialog.save()  # no rating chosen
    _widget, error = dialog.entry.errors["rating"]
    assert error.isVisible() and "satisfied, neutral or dissatisfied" in error.text()
    assert dialog.isVisible() and dialog.entry.comment.text() == "没说满不满意"
    assert SatisfactionRecord.select().count() == before
    qtbot.mouseClick(dialog.entry.rating.buttons["neutral"], Click)
    dialog.save()
    assert SatisfactionRecord.select().count() == before + 1


def test_a_complaints_result_shows_on_the_card_but_is_changed_on_the_complaint(sample_book,
                                                                               qtbot):
    found = (SatisfactionRecord.select()
             .where((SatisfactionRecord.subject == "complaint")
                    & SatisfactionRecord.complaint.is_null(False)
                    & SatisfactionRecord.customer.is_null(False)).first())
    card = card_for(qtbot, found.customer_id)
    panel = card.satisfaction_panel
    row = next(i for i, r in enumerate(panel.records) if r.id == found.id)
    assert table_rows(panel)[row][1].startswith("Complaint of ")
    panel.table.selectRow(row)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    assert "Complaints page" in panel.edit_button.toolTip()


def test_the_done_dialog_records_rating_recommend_comment_and_who_called(sample_book, qtbot):
    someone = customer_with_purchases()
    boss = Staff.select().order_by(Staff.id.desc()).first()
    audit.set_current_staff(boss.id)
    made = reminder_actions.save_reminder({"title": "问问大衣合不合身", "kind": "follow_up",
                                           "due_on": TODAY, "customer_id": someone.id}, TODAY)
    item = next(o for o in reminders.agenda(TODAY).today if o.reminder_id == made.id)
    before = SatisfactionRecord.select().count()
    dialog = DoneDialog(item, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.staff.currentData() == boss.id
    assert not dialog.entry.recommend.isEnabled()  # nothing to add to before a rating
    dialog.note.setPlainText("很合身")
    qtbot.mouseClick(dialog.rating.buttons["satisfied"], Click)
    assert dialog.entry.recommend.isEnabled()
    dialog.score.setValue(4)
    dialog.recommend.setValue(10)
    type_into(dialog.comment, "会介绍朋友来")
    dialog.save()
    assert dialog.result() == "reached" and dialog.completion is not None
    assert SatisfactionRecord.select().count() == before + 1
    row = satisfaction_records.get(dialog.completion.satisfaction_id)
    assert (row.subject, row.rating, row.score, row.recommend, row.comment) == (
        "follow_up", "satisfied", 4, 10, "会介绍朋友来")
    assert row.staff_id == boss.id


def test_a_done_without_a_rating_writes_no_satisfaction(sample_book, qtbot):
    someone = customer_with_purchases()
    made = reminder_actions.save_reminder({"title": "回访", "kind": "follow_up",
                                           "due_on": TODAY, "customer_id": someone.id}, TODAY)
    item = next(o for o in reminders.agenda(TODAY).today if o.reminder_id == made.id)
    before = SatisfactionRecord.select().count()
    dialog = DoneDialog(item, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.rating.buttons["neutral"], Click)
    qtbot.mouseClick(dialog.rating.buttons["neutral"], Click)  # second click: not asked
    assert dialog.rating.value() is None
    dialog.save()
    assert dialog.completion.satisfaction_id is None
    assert SatisfactionRecord.select().count() == before


def test_a_required_rating_is_changed_but_never_cleared(qtbot):
    buttons = RatingButtons(optional=False)
    qtbot.addWidget(buttons)
    buttons.show()
    qtbot.mouseClick(buttons.buttons["satisfied"], Click)
    qtbot.mouseClick(buttons.buttons["satisfied"], Click)
    assert buttons.value() == "satisfied"
    qtbot.mouseClick(buttons.buttons["dissatisfied"], Click)
    assert buttons.value() == "dissatisfied"
    assert [b.isChecked() for b in buttons.buttons.values()] == [False, False, True]


def test_right_clicking_a_purchase_offers_to_record_satisfaction(sample_book, qtbot):
    someone = customer_with_purchases()
    card = card_for(qtbot, someone.id)
    card.tabs.setCurrentWidget(card.purchases_tab)
    panel = card.purchases_panel
    second = panel.table.visualItemRect(panel.table.item(1, 0)).center()
    panel.table.customContextMenuRequested.emit(second)
    menu = panel.context_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "Record satisfaction…" and "Edit…" in texts
    menu.actions()[0].trigger()
    dialog = panel.satisfaction_dialog
    assert dialog.about_value() == ("purchase", panel.records[1].id)
    menu.close()
    dialog.reject()


def test_correcting_a_calls_rating_keeps_the_purchase_the_call_was_about(sample_book, qtbot):
    someone = customer_with_purchases()
    bought = purchases.purchases_of(someone.id)[0]
    rid = satisfaction_records.record(someone.id, "neutral", subject="follow_up", on=TODAY,
                                      purchase_id=bought.id, today=TODAY)
    dialog = SatisfactionDialog(None, someone.id, TODAY, record=satisfaction_records.get(rid))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.about_value() == ("follow_up", None)
    qtbot.mouseClick(dialog.entry.rating.buttons["satisfied"], Click)
    dialog.save()
    row = satisfaction_records.get(rid)
    assert (row.rating, row.subject, row.purchase_id) == ("satisfied", "follow_up", bought.id)

