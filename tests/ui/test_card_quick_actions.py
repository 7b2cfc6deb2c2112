"""The card's header: quick actions, what needs attention, and fields in the language's order."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from custbook.models import Complaint
from tests.ui.customer_helpers import close_cards_without_asking
from tests.ui.test_customer_card import card_for, some_customer
from ui import i18n


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def test_the_header_offers_the_everyday_actions_each_in_one_click(sample_book, qtbot):
    card = card_for(qtbot, some_customer().id)
    quick = card.quick
    assert quick.isVisible()
    opened = {
        "contact": (quick.log_contact, card.contacts_tab),
        "purchase": (quick.add_purchase, card.purchases_tab),
        "rating": (quick.add_rating, card.satisfaction_tab),
    }
    for key, (act, tab) in opened.items():
        dialog = act()
        assert dialog is not None and dialog.isVisible(), key
        assert card.tabs.currentWidget() is tab
        dialog.reject()
    reminder = quick.new_reminder()
    assert reminder.isVisible() and reminder.objectName() != ""
    reminder.reject()
    complaint = quick.new_complaint()
    assert complaint.isVisible()
    complaint.reject()


def test_the_header_says_what_needs_attention(sample_book, qtbot):
    c = Complaint.select().where(Complaint.customer.is_null(False),
                                 Complaint.status != "closed").first()
    card = card_for(qtbot, c.customer_id)
    text = card.quick.attention.text()
    assert "open complaint" in text
    new = card_for(qtbot, None)
    assert not new.quick.isVisible()  # a new card has nothing to act on yet


def test_a_birthday_reads_month_then_day_in_the_languages_order(sample_book, qtbot):
    i18n.install("zh_CN")
    try:
        card = card_for(qtbot, None)
        editor = card.form.fields["birthday"].widget
        layout = editor.layout()
        order = []
        for i in range(layout.count()):
            widget = layout.itemAt(i).widget()
            if widget is editor.month:
                order.append("month")
            elif widget is editor.day:
                order.append("day")
            elif isinstance(widget, QLabel):
                order.append(widget.text())
        assert order == ["month", "月", "day", "日"]  # 11 月 8 日, not 月 11 日 8
    finally:
        i18n.install("en")


def test_an_empty_figures_chart_and_history_say_so_in_words(book, qtbot):
    from custbook.customers import customers

    someone = customers.save_customer({"name": "新客人"}, ["13900139000"])
    card = card_for(qtbot, someone.id)
    chart = card.figures_panel.chart
    assert not chart.grab().isNull()  # paints the "no purchases" sentence
    assert not card.audit_panel.table.isVisible() or card.audit_panel.table.rowCount()
    widths = [card.audit_panel.table.columnWidth(c) for c in range(4)]
    assert min(widths) > 40  # never squashed to the column titles


def _answer_duplicate(qtbot, button_name: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    def answer(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "duplicateQuestion":
            box.findChild(QPushButton, button_name).click()
            return
        if tries:
            QTimer.singleShot(10, lambda: answer(tries - 1))
    QTimer.singleShot(0, answer)


def _new_card_like(qtbot, someone):
    from tests.ui.customer_helpers import type_into

    card = card_for(qtbot, None)
    type_into(card.form.name_edit, "随便")
    card.form.phones.edits()[0].setText(someone.phone)
    return card


def test_a_known_phone_is_asked_about_before_the_first_save(sample_book, qtbot):
    from custbook.customers import customers

    someone = some_customer()
    before = customers.count_customers()
    card = _new_card_like(qtbot, someone)
    _answer_duplicate(qtbot, "duplicateOpen")  # open theirs: nothing is saved
    assert not card.save()
    assert customers.count_customers() == before
    from ui.customers.card import open_cards
    assert any(c.customer_id == someone.id for c in open_cards())
    card = _new_card_like(qtbot, someone)
    _answer_duplicate(qtbot, "duplicateSave")  # save anyway
    assert card.save() and customers.count_customers() == before + 1


def test_merge_into_the_existing_card_opens_the_merge_with_both(sample_book, qtbot):
    someone = some_customer()
    card = _new_card_like(qtbot, someone)
    _answer_duplicate(qtbot, "duplicateMerge")
    assert card.save()
    dialog = card.merge_dialog
    assert dialog.isVisible()
    assert {row.id for row in dialog.rows} == {someone.id, card.customer_id}
    dialog.reject()
