"""The 会员卡 tab as the shop uses it: a top-up with a bonus, a purchase paid from the
balance that earns points, selling and using a count card, a reversal, and a scanned
member number opening the card."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from custbook import settings
from custbook.customers import customers
from custbook.membership import ledger, numbers
from custbook.models import Purchase
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking, type_into
from ui.customers.card import open_card


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def member_card(qtbot, customer_id: int):
    card = open_card(None, customer_id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    card.tabs.setCurrentWidget(card.membership_tab)
    return card, card.membership_panel


def new_member(name: str = "王芳") -> int:
    return customers.save_customer({"name": name}, ["138 0013 8000"]).id


def test_a_top_up_with_a_bonus_shows_the_balance_after_before_confirming(book, qtbot):
    cid = new_member()
    card, panel = member_card(qtbot, cid)
    dialog = panel.top_up()
    type_into(dialog.cash, "500")
    type_into(dialog.bonus, "100")
    assert dialog.after_label.text() == "Value given ¥600.00 · balance after ¥600.00"
    dialog.ok_button.click()
    assert ledger.balances(cid).value_cents == 60000
    assert panel.value_label.text() == "¥600.00"
    assert panel.ledger_table.item(0, 1).text() == "Top-up (cash ¥500.00 + bonus ¥100.00)"
    # a spend beyond the balance is refused beside the field, nothing written
    dialog = panel.spend()
    type_into(dialog.amount, "700")
    dialog.ok_button.click()
    assert dialog.isVisible() and "¥600.00" in dialog.errors["amount"][1].text()
    type_into(dialog.amount, "120.50")
    assert dialog.after_label.text() == "Balance after ¥479.50"
    dialog.ok_button.click()
    assert not dialog.isVisible() and ledger.balances(cid).value_cents == 47950


def test_a_purchase_paid_from_the_balance_earns_points(book, qtbot):
    settings.set("member_points_per_yuan", "1")
    cid = new_member()
    ledger.top_up(cid, 20000)
    card, panel = member_card(qtbot, cid)
    dialog = card.purchases_panel.add()
    type_into(dialog.amount, "358")
    type_into(dialog.items, "丝巾")
    pay = dialog.payment
    type_into(pay.from_balance, "200")
    assert pay.earn.text() == "Earn 358 points"
    assert pay.summary.text() == "Cash ¥158.00 · balance after ¥0.00"
    dialog.buttons.accepted.emit()
    assert Purchase.select().count() == 1
    b = ledger.balances(cid)
    assert (b.value_cents, b.points) == (0, 358)
    qtbot.waitUntil(lambda: panel.points_label.text() == "358")
    assert panel.value_label.text() == "¥0.00"


def test_sell_a_count_card_use_a_visit_and_reverse_it(book, qtbot):
    cid = new_member()
    card, panel = member_card(qtbot, cid)
    assert not panel.buttons["use"].isEnabled()
    dialog = panel.sell_card()
    type_into(dialog.name, "洗剪吹10次卡")
    type_into(dialog.price, "680")
    assert dialog.after_label.text() == "10 visits for ¥680.00 (¥68.00 a visit)"
    dialog.ok_button.click()
    assert panel.cards_table.item(0, 1).text() == "10 of 10"
    assert panel.buttons["use"].isEnabled()
    dialog = panel.use_visit()
    assert dialog.after_label.text() == "Visits left after 9"
    dialog.ok_button.click()
    assert panel.cards_table.item(0, 1).text() == "9 of 10"
    panel.ledger_table.selectRow(0)
    dialog = panel.reverse()
    dialog.ok_button.click()  # a reason is required
    assert dialog.isVisible() and dialog.errors["note"][1].text()
    type_into(dialog.note, "pressed twice")
    dialog.ok_button.click()
    assert panel.cards_table.item(0, 1).text() == "10 of 10"
    assert panel.ledger_table.item(0, 1).text() == "Reversal: Visit used"
    assert panel.ledger_table.item(1, 1).text() == "Visit used — reversed"


def test_a_scanned_member_number_and_enter_open_the_card(window, qtbot):
    cid = customers.list_customers(0, 1, "spent", descending=True)[0].id
    number = numbers.assign(cid)
    window.show_page("customers")
    page = window.pages["customers"]
    page.search.setFocus()
    qtbot.keyClicks(page.search, number)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    card = next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "CustomerCardDialog" and w.isVisible())
    assert card.customer_id == cid
    assert card.tabs.currentWidget() is card.membership_tab
    assert card.membership_panel.number_label.text() == number
