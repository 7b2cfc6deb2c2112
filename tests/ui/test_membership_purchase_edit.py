"""Changing a purchase on the card keeps the member card in step: the points follow the
new amount, the part paid from the balance can change, and a change the card cannot take
is refused beside its field with nothing written."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from custbook import settings
from custbook.customers import customers, purchases
from custbook.membership import accounts, ledger, sale
from custbook.models import MemberEntry
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking, type_into
from ui.customers import card_history
from ui.customers.card import open_card


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def card_with_a_sale(qtbot, value_cents: int, amount_cents: int, paid_cents: int):
    settings.set("member_points_per_yuan", "1")
    cid = customers.save_customer({"name": "王芳"}, ["138 0013 8000"]).id
    if value_cents:
        ledger.top_up(cid, value_cents)
    done = sale.record_sale(cid, TODAY, amount_cents, from_balance_cents=paid_cents,
                            items="丝巾")
    card = open_card(None, cid, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    panel = card.purchases_panel
    card.tabs.setCurrentWidget(panel)
    panel.table.selectRow(0)
    return cid, done.purchase_id, card, panel


def test_changing_the_amount_recomputes_the_points_and_the_balance_part(book, qtbot):
    cid, pid, card, panel = card_with_a_sale(qtbot, 50000, 40000, 40000)
    dialog = panel.edit()
    pay = dialog.payment
    assert pay.from_balance.text() == "400.00"  # what it paid is shown, and usable again
    assert pay.all_button_label.text() == "of ¥500.00"
    assert pay.earn.isChecked() and not pay.receipt.isVisibleTo(dialog)
    type_into(dialog.amount, "250")
    type_into(pay.from_balance, "250")
    assert pay.earn.text() == "Earn 250 points"
    assert pay.summary.text() == "Cash ¥0.00 · balance after ¥250.00"
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert purchases.purchase(pid).amount_cents == 25000
    b = accounts.balances(cid)
    assert (b.value_cents, b.points) == (25000, 250)
    membership = card.membership_panel
    qtbot.waitUntil(lambda: membership.points_label.text() == "250")
    assert membership.value_label.text() == "¥250.00"


def test_a_change_taking_back_points_already_used_is_refused_beside_the_amount(book, qtbot):
    cid, pid, card, panel = card_with_a_sale(qtbot, 0, 30000, 0)
    ledger.redeem_points(cid, 250)
    entries = MemberEntry.select().count()
    dialog = panel.edit()
    type_into(dialog.amount, "100")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "only 50 are left" in dialog.errors["amount"][1].text()
    assert purchases.purchase(pid).amount_cents == 30000
    assert MemberEntry.select().count() == entries
    type_into(dialog.amount, "280")  # takes back 20 of the 50 left: fine
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible() and accounts.balances(cid).points == 30


def test_paying_more_from_the_balance_than_it_holds_is_refused_beside_that_field(book, qtbot):
    cid, pid, card, panel = card_with_a_sale(qtbot, 10000, 30000, 10000)
    dialog = panel.edit()
    type_into(dialog.payment.from_balance, "150")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "¥100.00" in dialog.errors["from_balance"][1].text()
    assert accounts.balances(cid).value_cents == 0


def test_deleting_the_purchase_gives_back_its_balance_part_and_takes_its_points(book, qtbot,
                                                                                monkeypatch):
    cid, pid, card, panel = card_with_a_sale(qtbot, 20000, 30000, 20000)
    monkeypatch.setattr(card_history, "ask", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.delete()
    b = accounts.balances(cid)
    assert (b.value_cents, b.points) == (20000, 0)
    assert not purchases.purchases_of(cid)
